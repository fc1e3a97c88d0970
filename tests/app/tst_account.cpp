// The account runtime (app/account.h), without a server: where its objects live, and the drafts the
// cache keeps coming back after a restart for the user they are for, and only for them.

#include "../store/storefixtures.h"
#include "account.h"

#include "actions/operatoractions.h"
#include "live/identity.h"
#include "live/workspace.h"
#include "session/sessionworker.h"
#include "store/commandpump.h"
#include "store/storewriter.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pilothouse;
using namespace Qt::StringLiterals;

namespace {

protocol::Draft draft(const std::string &id, const std::string &forUser, const std::string &text, protocol::Millis at)
{
    return protocol::Draft {id, "c-1", forUser, text, "refund", 0.8, at};
}

/// A cache holding one conversation and the AI's drafts in it, written as the io thread would.
void fillCache(const QString &path)
{
    models::StoreWriter writer(path);
    writer.open();
    protocol::Snapshot snapshot;
    snapshot.position = {"E1", 1};
    snapshot.customers = {storefixtures::customer("cu-1")};
    snapshot.conversations = {storefixtures::conversation("c-1", "Where is my refund?")};
    writer.applySnapshot(snapshot);
    writer.applyEvents({storefixtures::makeEvent(2, "E1", draft("d-1", "ana", "Your refund left today.", 100),
                            protocol::kinds::DraftCreated),
        storefixtures::makeEvent(
            3, "E1", draft("d-2", "ana", "It reaches you within 5 days.", 200), protocol::kinds::DraftCreated),
        storefixtures::makeEvent(4, "E1", draft("d-3", "sam", "", 300), protocol::kinds::DraftCreated)});
    writer.flush();
    writer.close();
}

} // namespace

class TestAccount : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void objectsLiveOnTheirThreads()
    {
        QTemporaryDir dir;
        app::Account account;
        account.openCache(dir.filePath(u"cache.sqlite"_s));
        QVERIFY(account.session()->thread() != QThread::currentThread());
        QCOMPARE(account.storeWriter()->thread(), account.session()->thread());
        QCOMPARE(account.outboxPump()->thread(), account.session()->thread());
        QCOMPARE(account.workspace()->thread(), QThread::currentThread());
        QCOMPARE(account.actions()->thread(), QThread::currentThread());
        QCOMPARE(account.actions()->identity(), account.identity());
        QCOMPARE(account.workspace()->identity(), account.identity());
        // Reopening the same cache reloads the board instead of opening the files twice.
        auto *writer = account.storeWriter();
        account.openCache(dir.filePath(u"cache.sqlite"_s));
        QCOMPARE(account.storeWriter(), writer);
        account.closeCache();
        QVERIFY(!account.storeWriter());
        QVERIFY(!account.outboxPump());
    }

    void cachedDraftsComeBackAfterARestart()
    {
        QTemporaryDir dir;
        const QString cache = dir.filePath(u"cache.sqlite"_s);
        fillCache(cache);

        app::Account account; // a console started again, offline
        account.openCache(cache);
        models::Workspace *workspace = account.workspace();
        QTRY_COMPARE(workspace->conversationCount(), 1);
        account.identity()->set(u"ana"_s, u"Ana Lopez"_s, models::Role::Agent);
        QSignalSpy changed(workspace, &models::Workspace::draftsChanged);
        workspace->requestTranscript(u"c-1"_s); // what opening the conversation asks for
        QTRY_COMPARE(changed.count(), 1);
        const auto drafts = workspace->drafts(u"c-1"_s);
        QCOMPARE(drafts.size(), 2); // ana's, newest first; sam's draft is not hers to see
        QCOMPARE(drafts.at(0).id, u"d-2"_s);
        QCOMPARE(drafts.at(1).id, u"d-1"_s);

        // Another user signs in on this machine: ana's suggestions go.
        account.identity()->set(u"sam"_s, u"Sam Ortiz"_s, models::Role::Agent);
        QVERIFY(workspace->drafts(u"c-1"_s).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAccount)
#include "tst_account.moc"
