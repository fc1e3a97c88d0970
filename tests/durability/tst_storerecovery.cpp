// Durability of the console's local files, on real SQLite files: a damaged cache (a smashed page,
// or random bytes) is moved aside byte for byte and replaced by a fresh one; a newer schema is
// refused untouched; a damaged outbox is moved aside and its readable unsent rows are salvaged
// with the same command ids and states; a healthy outbox beside a damaged cache is left alone.

#include "damage.h"
#include "storefixtures.h"

#include "store/commandpump.h"
#include "store/localstore.h"
#include "store/outbox.h"
#include "store/storecheck.h"
#include "store/storewriter.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pilothouse::models;
using namespace durability;
using namespace storefixtures;
using namespace Qt::StringLiterals;

namespace {

/// A cache with 40 conversations and 1,200 messages, closed cleanly (no -wal left).
bool fillCache(const QString &path)
{
    StoreWriter writer(path);
    QSignalSpy opened(&writer, &StoreWriter::opened);
    writer.open();
    if (opened.count() != 1)
        return false;
    std::vector<pilothouse::protocol::Event> events;
    std::int64_t seq = 0;
    for (int i = 0; i < 1200; ++i) {
        const std::string conversationId = "c-" + std::to_string(i % 40);
        if (i < 40)
            events.push_back(conversationEvent(++seq, "E1", conversationId, "hello"));
        events.push_back(messageEvent(++seq, "E1", QStringLiteral("m-%1").arg(i, 4, 10, QChar(u'0')).toStdString(),
            conversationId, 1'700'000'000'000 + i));
    }
    writer.applyEvents(std::move(events));
    writer.flush();
    writer.close();
    return writer.cursor() == std::nullopt && QFile::exists(path);
}

OutboxRecord command(int i, pilothouse::models::OutboxState::Value state)
{
    OutboxRecord record;
    record.commandId = u"cmd-%1"_s.arg(i, 4, 10, QChar(u'0'));
    record.action = pilothouse::models::Action::Send;
    record.conversationId = u"c-%1"_s.arg(i % 7);
    // Long enough that 300 rows fill several table pages.
    record.text = u"reply %1 "_s.arg(i, 4, 10, QChar(u'0')) + QString(180, QChar(u'x'));
    record.args = u"{\"text\":\"reply %1\"}"_s.arg(i);
    record.state = state;
    const bool failed = state == pilothouse::models::OutboxState::Failed;
    record.errorCode = failed ? u"conflict"_s : QString();
    record.error = failed ? u"Someone else owns it"_s : QString();
    record.createdAt = 1'700'000'000'000 + i;
    record.attempts = i % 3;
    return record;
}

/// An outbox of `count` rows cycling through pending, inflight, acked and failed. Returns the
/// unsettled ones in creation order.
QList<OutboxRecord> fillOutbox(const QString &path, int count)
{
    namespace S = pilothouse::models::OutboxState;
    static const QList<S::Value> states {S::Pending, S::Inflight, S::Acked, S::Failed};
    QList<OutboxRecord> unsettled;
    Outbox outbox;
    if (!outbox.open(path))
        return unsettled;
    for (int i = 0; i < count; ++i) {
        const OutboxRecord record = command(i, states.at(i % states.size()));
        if (!outbox.add(record))
            return {};
        if (record.state != pilothouse::models::OutboxState::Acked)
            unsettled.append(record);
    }
    outbox.close();
    return unsettled;
}

QString cacheNotice(const QString &movedTo)
{
    return u"The local cache was damaged. It was moved to %1 and is being rebuilt from the server."_s.arg(movedTo);
}

} // namespace

class TestStoreRecovery : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    /// Opens a damaged cache through StoreWriter and checks everything a user would care about.
    void expectMovedAsideAndFresh(const QString &path, const QByteArray &damaged)
    {
        StoreWriter writer(path);
        QSignalSpy recovered(&writer, &StoreWriter::recovered);
        QSignalSpy opened(&writer, &StoreWriter::opened);
        QSignalSpy errors(&writer, &StoreWriter::storeError);
        writer.open();
        QCOMPARE(errors.count(), 0);
        QCOMPARE(opened.count(), 1);
        QCOMPARE(recovered.count(), 1);
        QVERIFY(!writer.cursor().has_value()); // so the next session asks for a snapshot

        const QStringList moved = movedAside(QFileInfo(path).absolutePath());
        QCOMPARE(moved.size(), 1);
        QVERIFY2(moved.constFirst().startsWith(QFileInfo(path).completeBaseName() + u".corrupt-"_s),
            qPrintable(moved.constFirst()));
        QVERIFY(moved.constFirst().endsWith(u".sqlite"_s));
        QCOMPARE(recovered.at(0).at(0).toString(), cacheNotice(moved.constFirst()));
        const QString movedPath = QFileInfo(path).dir().filePath(moved.constFirst());
        QCOMPARE(fileBytes(movedPath), damaged); // byte for byte what was found
        QCOMPARE(storecheck::inspect(path, LocalStore::schemaVersion()).verdict, storecheck::Verdict::Healthy);
        writer.close();
        LocalStore fresh;
        QVERIFY(fresh.open(path));
        QCOMPARE(fresh.conversations()->size(), 0);
        qInfo("moved %lld damaged bytes to %s; fresh cache created", qint64(damaged.size()), qPrintable(moved.first()));
    }

private Q_SLOTS:
    void smashedPageIsMovedAsideAndReplaced()
    {
        const QString folder = m_dir.filePath(u"smashed"_s);
        QVERIFY(QDir().mkpath(folder));
        const QString path = QDir(folder).filePath(u"agent_example.sqlite"_s);
        QVERIFY(fillCache(path));
        QCOMPARE(storecheck::inspect(path, LocalStore::schemaVersion()).verdict, storecheck::Verdict::Healthy);
        // A page in the middle of the file: the one that holds message m-0600.
        const qint64 page = pageHolding(path, "text of m-0600");
        QVERIFY(page > 2);
        QVERIFY(smashPage(path, page));
        const storecheck::Report report = storecheck::inspect(path, LocalStore::schemaVersion());
        QCOMPARE(report.verdict, storecheck::Verdict::Damaged);
        qInfo("smashed page %lld of %lld; quick_check says: %s", page,
            qint64(QFileInfo(path).size() / pageSize(fileBytes(path))), qPrintable(report.detail));
        expectMovedAsideAndFresh(path, fileBytes(path));
    }

    // The check reads every page (about 300 ms for 200 MB, bench_startup): a start on a file
    // nobody touched since a clean close skips it; any write since, or a -wal left, brings it back.
    void onlyAFileTouchedSinceACleanCloseIsCheckedAgain()
    {
        const QString folder = m_dir.filePath(u"clean"_s);
        QVERIFY(QDir().mkpath(folder));
        const QString path = QDir(folder).filePath(u"agent_example.sqlite"_s);
        const QString mark = path + u".clean"_s;
        QVERIFY(fillCache(path));
        QVERIFY(QFile::exists(mark));
        QVERIFY(storecheck::takeCleanMark(path));
        QVERIFY(!QFile::exists(mark)); // taken: a crash in this session is checked next time
        QVERIFY(!storecheck::takeCleanMark(path));

        // The same byte written back: same size, same content, a new modification time.
        storecheck::markClean(path);
        QVERIFY(QFile::exists(mark));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.seek(file.size() - 1));
            const QByteArray last = file.read(1);
            QVERIFY(file.seek(file.size() - 1));
            QCOMPARE(file.write(last), 1);
        }
        QVERIFY(!storecheck::takeCleanMark(path));

        // A write-ahead log beside it: another connection did not close.
        storecheck::markClean(path);
        QVERIFY(QFile::exists(mark));
        {
            QFile wal(path + u"-wal"_s);
            QVERIFY(wal.open(QIODevice::WriteOnly));
        }
        QVERIFY(!storecheck::takeCleanMark(path));
        QVERIFY(QFile::remove(path + u"-wal"_s));
        // And no mark is written while one is there.
        {
            QFile wal(path + u"-wal"_s);
            QVERIFY(wal.open(QIODevice::WriteOnly));
        }
        storecheck::markClean(path);
        QVERIFY(!QFile::exists(mark));
    }

    void randomBytesAreMovedAsideAndReplaced()
    {
        const QString folder = m_dir.filePath(u"random"_s);
        QVERIFY(QDir().mkpath(folder));
        const QString path = QDir(folder).filePath(u"agent_example.sqlite"_s);
        QVERIFY(writeRandomBytes(path, 64 * 1024));
        expectMovedAsideAndFresh(path, fileBytes(path));
    }

    void newerSchemaIsStillRefusedUntouched()
    {
        const QString folder = m_dir.filePath(u"newer"_s);
        QVERIFY(QDir().mkpath(folder));
        const QString path = QDir(folder).filePath(u"agent_example.sqlite"_s);
        QVERIFY(fillCache(path));
        {
            auto db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"future"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery(db).exec(u"PRAGMA user_version = 99"_s);
            db.close();
        }
        QSqlDatabase::removeDatabase(u"future"_s);
        const QByteArray before = fileBytes(path);
        StoreWriter writer(path);
        QSignalSpy errors(&writer, &StoreWriter::storeError);
        QSignalSpy recovered(&writer, &StoreWriter::recovered);
        writer.open();
        QCOMPARE(recovered.count(), 0);
        QCOMPARE(errors.count(), 1);
        QVERIFY2(errors.at(0).at(0).toString().contains(u"newer Pilothouse (schema 99"_s),
            qPrintable(errors.at(0).at(0).toString()));
        QCOMPARE(fileBytes(path), before);
        QVERIFY(movedAside(folder).isEmpty());
    }

    void damagedIndexLosesNoUnsentAction()
    {
        const QString folder = m_dir.filePath(u"outbox-index"_s);
        QVERIFY(QDir().mkpath(folder));
        const QString path = QDir(folder).filePath(u"agent_example.outbox.sqlite"_s);
        const QList<OutboxRecord> unsettled = fillOutbox(path, 40);
        QCOMPARE(unsettled.size(), 30);
        QVERIFY(smashPage(path, rootPage(path, u"commands_state"_s)));
        QCOMPARE(storecheck::inspect(path, Outbox::kSchemaVersion).verdict, storecheck::Verdict::Damaged);
        const QByteArray damaged = fileBytes(path);

        CommandPump pump(path);
        QSignalSpy recovered(&pump, &CommandPump::recovered);
        QSignalSpy loaded(&pump, &CommandPump::outboxLoaded);
        pump.open();
        QCOMPARE(recovered.count(), 1);
        QCOMPARE(loaded.count(), 1);
        // Same ids, states, texts, attempts and creation order: the server's id memory still
        // applies each one once when they are resent.
        QCOMPARE(loaded.at(0).at(0).value<QList<OutboxRecord>>(), unsettled);
        const QStringList moved = movedAside(folder);
        QCOMPARE(moved.size(), 1);
        QCOMPARE(fileBytes(QDir(folder).filePath(moved.constFirst())), damaged);
        QCOMPARE(recovered.at(0).at(0).toString(),
            u"The file of unsent actions was damaged. It was moved to %1. Unsent actions recovered: 30."_s.arg(
                moved.constFirst()));
        QVERIFY(!QFile::exists(path + u".salvage"_s));
        qInfo("outbox index smashed: %lld of %lld unsettled rows salvaged, 0 lost", qint64(unsettled.size()),
            qint64(unsettled.size()));
    }

    void damagedTablePageSalvagesTheRestAndCountsTheLost()
    {
        const QString folder = m_dir.filePath(u"outbox-table"_s);
        QVERIFY(QDir().mkpath(folder));
        const QString path = QDir(folder).filePath(u"agent_example.outbox.sqlite"_s);
        const QList<OutboxRecord> unsettled = fillOutbox(path, 300);
        const qint64 page = pageHolding(path, "reply 0150 ");
        QVERIFY(page > 2);
        QVERIFY(smashPage(path, page));

        CommandPump pump(path);
        QSignalSpy recovered(&pump, &CommandPump::recovered);
        QSignalSpy loaded(&pump, &CommandPump::outboxLoaded);
        pump.open();
        QCOMPARE(recovered.count(), 1);
        QCOMPARE(loaded.count(), 1);
        const auto salvaged = loaded.at(0).at(0).value<QList<OutboxRecord>>();
        const QString notice = recovered.at(0).at(0).toString();
        const QString lostText = u"Unsent actions that could not be read and will not be sent: "_s;
        QVERIFY2(notice.contains(u"Unsent actions recovered: %1."_s.arg(salvaged.size())), qPrintable(notice));
        QVERIFY2(notice.contains(lostText), qPrintable(notice));
        const int lost = notice.section(lostText, 1).chopped(1).toInt();
        // Every unsettled row is either salvaged intact or counted as lost; none is made up.
        QCOMPARE(salvaged.size() + lost, unsettled.size());
        QVERIFY(lost > 0);
        QVERIFY(salvaged.size() > unsettled.size() / 2);
        for (const OutboxRecord &row : salvaged)
            QVERIFY(unsettled.contains(row));
        qInfo("outbox table page %lld smashed: %lld of %lld unsettled rows salvaged, %d lost", page,
            qint64(salvaged.size()), qint64(unsettled.size()), lost);
    }

    void healthyOutboxBesideADamagedCacheIsUntouched()
    {
        const QString folder = m_dir.filePath(u"both"_s);
        QVERIFY(QDir().mkpath(folder));
        const QString cache = QDir(folder).filePath(u"agent_example.sqlite"_s);
        const QString outboxPath = Outbox::pathBeside(cache);
        QVERIFY(writeRandomBytes(cache, 16 * 1024));
        const QList<OutboxRecord> unsettled = fillOutbox(outboxPath, 12);
        const QByteArray outboxBefore = fileBytes(outboxPath);

        StoreWriter writer(cache);
        QSignalSpy recovered(&writer, &StoreWriter::recovered);
        writer.open();
        QCOMPARE(recovered.count(), 1);
        QCOMPARE(fileBytes(outboxPath), outboxBefore);
        QCOMPARE(movedAside(folder).size(), 1); // the cache only

        CommandPump pump(outboxPath);
        QSignalSpy pumpRecovered(&pump, &CommandPump::recovered);
        QSignalSpy loaded(&pump, &CommandPump::outboxLoaded);
        pump.open();
        QCOMPARE(pumpRecovered.count(), 0);
        QCOMPARE(loaded.at(0).at(0).value<QList<OutboxRecord>>(), unsettled);
        QCOMPARE(movedAside(folder).size(), 1);
    }

    void unreadableOutboxSaysSo()
    {
        const QString folder = m_dir.filePath(u"outbox-random"_s);
        QVERIFY(QDir().mkpath(folder));
        const QString path = QDir(folder).filePath(u"agent_example.outbox.sqlite"_s);
        QVERIFY(writeRandomBytes(path, 8 * 1024));
        const QByteArray damaged = fileBytes(path);
        CommandPump pump(path);
        QSignalSpy recovered(&pump, &CommandPump::recovered);
        QSignalSpy loaded(&pump, &CommandPump::outboxLoaded);
        pump.open();
        QCOMPARE(recovered.count(), 1);
        QVERIFY2(recovered.at(0).at(0).toString().endsWith(
                     u"Nothing in it could be read; actions not yet sent from it are lost."_s),
            qPrintable(recovered.at(0).at(0).toString()));
        QCOMPARE(loaded.at(0).at(0).value<QList<OutboxRecord>>().size(), 0);
        QCOMPARE(fileBytes(QDir(folder).filePath(movedAside(folder).value(0))), damaged);
    }
};

QTEST_GUILESS_MAIN(TestStoreRecovery)
#include "tst_storerecovery.moc"
