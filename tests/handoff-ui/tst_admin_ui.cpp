// The admin's pages through the real UI, end to end: the real pilothouse-server, the real Console
// and Main.qml offscreen in this process. The audit log: a mistyped password and then the admin's
// sign-in are there at once, newest first, with where they came from; the outcome filter and the
// user filter, driven from the keyboard, ask the server again; the export writes every matching
// entry as CSV. Users: a weak first password is refused in the server's words, a good one adds the
// user; a role changed from the keyboard, a user kept from signing in and a password reset reach
// the server; demoting the last admin is refused and the row shows the role still held. Both pages
// are in the admin's account menu; a supervisor's has neither entry, and Alt+8 does not open one.

#include "consoleqmlmodules.h"
#include "appoptions.h"
#include "console.h"
#include "demosession.h"
#include "qmltesting.h"

#include "admin/auditmodel.h"
#include "admin/usersmodel.h"

#include <QApplication>
#include <QFile>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>

using namespace pilothouse::app;
using namespace Qt::StringLiterals;
namespace models = pilothouse::models;
using pilothouse::tests::clickItem;
using pilothouse::tests::DemoSession;
using pilothouse::tests::findByName;
using pilothouse::tests::itemNamed;
using pilothouse::tests::WarningRecorder;

namespace {

QString cell(const models::AuditModel &audit, int row, int role)
{
    return audit.index(row, 0).data(role).toString();
}

/// Main.qml on `console`, shown at a desktop size.
struct Window {
    QQmlApplicationEngine engine;
    QQuickWindow *window = nullptr;

    bool load()
    {
        engine.addImportPath(u"qrc:/"_s);
        engine.load(QUrl(u"qrc:/Pilothouse/Shell/Main.qml"_s));
        if (engine.rootObjects().isEmpty())
            return false;
        window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
        if (!window)
            return false;
        window->resize(1360, 860);
        return true;
    }
};

} // namespace

class TestAdminUi : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QQuickStyle::setStyle(u"Basic"_s);
        WarningRecorder::install();
        QVERIFY2(m_demo.start(0, 5), qPrintable(m_demo.server.errorString()));
    }

    void cleanup()
    {
        const QStringList warnings = WarningRecorder::take();
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
    }

    void anAdminReadsFiltersAndExportsTheLog()
    {
        AppOptions options = m_demo.consoleOptions();
        options.demo = false;
        options.userName = u"admin"_s;
        Console console(options);
        Window shown;
        QVERIFY(shown.load());
        QQuickWindow *window = shown.window;
        console.start();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QTRY_COMPARE_WITH_TIMEOUT(console.connectionState(), Console::ConnectionState::SignedOut, 10000);

        // A mistyped password, then the right one.
        const QString server = m_demo.server.url().toString();
        console.signIn(server, u"admin"_s, u"admin-dmeo"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!console.signInError().isEmpty(), 10000);
        console.signIn(server, u"admin"_s, u"admin-demo"_s);
        QTRY_COMPARE_WITH_TIMEOUT(console.connectionState(), Console::ConnectionState::Connected, 20000);

        // The audit log is in the admin's account menu; it opens on the newest entries.
        clickItem(window, itemNamed(window, u"accountButton"_s));
        QQuickItem *entry = itemNamed(window, u"accountAudit"_s);
        QTRY_VERIFY(entry && entry->isVisible());
        clickItem(window, entry);
        QTRY_VERIFY(itemNamed(window, u"auditPage"_s) && itemNamed(window, u"auditPage"_s)->isVisible());
        models::AuditModel &audit = *console.audit();
        QTRY_COMPARE_WITH_TIMEOUT(audit.state(), models::AuditModel::Ready, 10000);
        QTRY_VERIFY(
            itemNamed(window, u"auditList"_s) && itemNamed(window, u"auditList"_s)->property("count").toInt() >= 2);
        QCOMPARE(cell(audit, 0, models::AuditModel::ActionTextRole), u"Sign-in"_s);
        QCOMPARE(cell(audit, 0, models::AuditModel::UserTextRole), u"admin"_s);
        QCOMPARE(cell(audit, 0, models::AuditModel::RoleTextRole), u"Administrator"_s);
        QCOMPARE(cell(audit, 0, models::AuditModel::OutcomeTextRole), u"Done"_s);
        QCOMPARE(cell(audit, 0, models::AuditModel::SourceRole), u"127.0.0.1"_s);
        QCOMPARE(cell(audit, 1, models::AuditModel::OutcomeTextRole), u"Refused: Wrong user name or password"_s);
        QCOMPARE(cell(audit, 1, models::AuditModel::RoleTextRole), QString()); // not said for a refusal
        QVERIFY(findByName(window->contentItem(), u"auditSummary"_s)
                    ->property("text")
                    .toString()
                    .endsWith(u"%1 entries."_s.arg(audit.rowCount())));
        QTest::qWait(200);
        window->grabWindow().save(QStringLiteral(PNG_DIR "/audit-page.png"));

        // Outcome: Down from Any is Done, again is Refused; the server is asked each time.
        QQuickItem *outcome = itemNamed(window, u"auditOutcome"_s);
        QVERIFY(outcome);
        outcome->forceActiveFocus();
        QTest::keyClick(window, Qt::Key_Down);
        QTest::keyClick(window, Qt::Key_Down);
        QCOMPARE(audit.outcomeFilter(), models::AuditModel::RefusedOnly);
        QTRY_COMPARE_WITH_TIMEOUT(audit.state(), models::AuditModel::Ready, 10000);
        QTRY_COMPARE(audit.rowCount(), 1);
        QCOMPARE(cell(audit, 0, models::AuditModel::UserTextRole), u"admin"_s);

        // A user with nothing refused: the empty state says no entry matches.
        QQuickItem *user = itemNamed(window, u"auditUser"_s);
        QVERIFY(user);
        clickItem(window, user);
        for (const QChar c : u"supervisor"_s)
            QTest::keyClick(window, c.toLatin1());
        QTest::keyClick(window, Qt::Key_Return);
        QCOMPARE(audit.userFilter(), u"supervisor"_s);
        QTRY_COMPARE_WITH_TIMEOUT(audit.state(), models::AuditModel::Ready, 10000);
        QCOMPARE(audit.rowCount(), 0);
        QQuickItem *empty = itemNamed(window, u"auditEmpty"_s);
        QTRY_VERIFY(empty && empty->isVisible());
        QCOMPARE(empty->property("title").toString(), u"No entry matches"_s);
        console.setProperty("darkTheme", true);
        QTest::qWait(200);
        window->grabWindow().save(QStringLiteral(PNG_DIR "/audit-empty-dark.png"));
        console.setProperty("darkTheme", false);

        // Every entry, exported: a header and one line per entry, times in UTC.
        audit.resetFilters();
        QTRY_COMPARE_WITH_TIMEOUT(audit.state(), models::AuditModel::Ready, 10000);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"audit.csv"_s);
        audit.exportCsv(QUrl::fromLocalFile(path));
        QTRY_VERIFY_WITH_TIMEOUT(!audit.exporting(), 10000);
        QCOMPARE(audit.exportText(), u"Saved %1 entries to audit.csv."_s.arg(audit.rowCount()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(file.readAll()).split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), audit.rowCount() + 1);
        QVERIFY2(lines.at(0).endsWith(u"Time (UTC),User,Role,Action,Action code,Outcome,Refusal code,Conversation,"
                                      "Target,Detail,Command id,Source"_s),
            qPrintable(lines.at(0)));
        QVERIFY2(lines.at(1).contains(u"Z,admin,Administrator,Sign-in,sign_in,Done,"_s), qPrintable(lines.at(1)));
        QVERIFY2(lines.at(2).contains(u",Refused,unauthorized,"_s), qPrintable(lines.at(2)));
    }

    void anAdminManagesUsers()
    {
        AppOptions options = m_demo.consoleOptions();
        options.demo = false;
        options.userName = u"admin"_s;
        Console console(options);
        Window shown;
        QVERIFY(shown.load());
        QQuickWindow *window = shown.window;
        console.start();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        // The admin's token from the test before is in the keychain: the console may resume with it.
        const auto state = [&console] { return console.connectionState(); };
        QTRY_VERIFY_WITH_TIMEOUT(
            state() == Console::ConnectionState::SignedOut || state() == Console::ConnectionState::Connected, 10000);
        if (state() == Console::ConnectionState::SignedOut)
            console.signIn(m_demo.server.url().toString(), u"admin"_s, u"admin-demo"_s);
        QTRY_COMPARE_WITH_TIMEOUT(console.connectionState(), Console::ConnectionState::Connected, 20000);

        QTest::keyClick(window, Qt::Key_9, Qt::AltModifier);
        models::UsersModel &users = *console.users();
        QTRY_COMPARE_WITH_TIMEOUT(users.state(), models::UsersModel::Ready, 10000);
        QCOMPARE(users.rowCount(), 4); // admin, agent, supervisor, viewer
        const auto type = [window](const QString &text) {
            for (const QChar c : text)
                QTest::keyClick(window, c.toLatin1());
        };

        // A weak first password: the server's policy says why; a good one adds the user.
        clickItem(window, itemNamed(window, u"newUserName"_s));
        type(u"dana"_s);
        clickItem(window, itemNamed(window, u"newUserPassword"_s));
        type(u"short"_s);
        clickItem(window, itemNamed(window, u"addUser"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!users.errorText().isEmpty(), 10000);
        QVERIFY2(users.errorText().contains(u"12"_s), qPrintable(users.errorText()));
        QCOMPARE(users.rowCount(), 4);
        clickItem(window, itemNamed(window, u"newUserPassword"_s));
        type(u"a long enough passphrase"_s);
        QTest::keyClick(window, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(users.rowCount(), 5, 10000);
        QCOMPARE(users.noticeText(), u"Added dana."_s);
        QCOMPARE(users.index(2, 0).data(models::UsersModel::NameRole).toString(), u"dana"_s);

        // The agent (row 1) made a supervisor from the keyboard.
        QQuickItem *agentRole = itemNamed(window, u"userRole1"_s);
        QVERIFY(agentRole);
        agentRole->forceActiveFocus();
        QTest::keyClick(window, Qt::Key_Down);
        QTRY_COMPARE_WITH_TIMEOUT(users.noticeText(), u"agent is now Supervisor; they sign in again."_s, 10000);
        QCOMPARE(users.index(1, 0).data(models::UsersModel::RoleRole).toInt(), int(models::Role::Supervisor));

        // Dana may not sign in; then her password is reset.
        clickItem(window, itemNamed(window, u"userActive2"_s));
        QTRY_COMPARE_WITH_TIMEOUT(users.noticeText(), u"dana may no longer sign in; their sessions ended."_s, 10000);
        QVERIFY(!users.index(2, 0).data(models::UsersModel::ActiveRole).toBool());
        clickItem(window, itemNamed(window, u"userReset2"_s));
        type(u"another long passphrase"_s);
        QTest::keyClick(window, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(users.noticeText(), u"The password of dana is changed; they sign in again."_s, 10000);

        // The only admin demoting themselves: refused, and the row shows the role still held.
        QQuickItem *adminRole = itemNamed(window, u"userRole0"_s);
        adminRole->forceActiveFocus();
        QTest::keyClick(window, Qt::Key_Up);
        QTRY_VERIFY_WITH_TIMEOUT(users.errorText().contains(u"last active admin"_s), 10000);
        QTRY_COMPARE(adminRole->property("currentValue").toInt(), int(models::Role::Admin));
        QTest::qWait(200);
        window->grabWindow().save(QStringLiteral(PNG_DIR "/users-page.png"));
    }

    void aSupervisorHasNoAuditLog()
    {
        Console console(m_demo.consoleOptions()); // the demo supervisor
        Window shown;
        QVERIFY(shown.load());
        console.start();
        QVERIFY(QTest::qWaitForWindowExposed(shown.window));
        QTRY_COMPARE_WITH_TIMEOUT(console.connectionState(), Console::ConnectionState::Connected, 20000);
        clickItem(shown.window, itemNamed(shown.window, u"accountButton"_s));
        QQuickItem *entry = itemNamed(shown.window, u"accountAudit"_s);
        QVERIFY(entry);
        QTRY_VERIFY(itemNamed(shown.window, u"signOutButton"_s)->isVisible()); // the menu is open
        QVERIFY(!entry->isVisible());
        QVERIFY(!itemNamed(shown.window, u"accountUsers"_s)->isVisible());
        QTest::keyClick(shown.window, Qt::Key_Escape);
        QTest::keyClick(shown.window, Qt::Key_8, Qt::AltModifier);
        QTest::qWait(100);
        QCOMPARE(findByName(shown.window->contentItem(), u"auditPage"_s), nullptr);
        QTest::keyClick(shown.window, Qt::Key_9, Qt::AltModifier);
        QTest::qWait(100);
        QCOMPARE(findByName(shown.window->contentItem(), u"usersPage"_s), nullptr);
        QCOMPARE(console.audit()->state(), models::AuditModel::Idle); // nothing was asked for
    }

private:
    DemoSession m_demo;
};

QTEST_MAIN(TestAdminUi)
#include "tst_admin_ui.moc"
