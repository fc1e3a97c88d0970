// Two-factor sign-in through the real UI, end to end (issue 15, section 2): the real
// pilothouse-server, the real Console and Main.qml offscreen. After the right password the sign-in
// page asks for the code from the app (the field focused, the password not asked again); a wrong
// code says so and keeps asking; the right one, typed, signs in. Settings turns it on; an admin
// resets it, and requires it of everyone, after which the sign-in page sets it up before the
// console connects. Zero QML warnings.

#include "consoleqmlmodules.h"
#include "appoptions.h"
#include "console.h"
#include "consolewindow.h"
#include "demosession.h"
#include "log/log.h"
#include "logging.h"
#include "secretscan.h"
#include "qmltesting.h"
#include "restclient.h"

#include "admin/twofactormodel.h"
#include "admin/usersmodel.h"
#include "live/identity.h"
#include "auth/totp.h"
#include "protocol/twofactor.h"

#include <QClipboard>
#include <QDateTime>
#include <QGuiApplication>
#include <QFileInfo>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTest>

using namespace pilothouse::app;
using namespace Qt::StringLiterals;
namespace protocol = pilothouse::protocol;
namespace models = pilothouse::models;
namespace totp = pilothouse::server::totp;
using pilothouse::app::initLogging;
using pilothouse::tests::clickItem;
using pilothouse::tests::ConsoleWindow;
using pilothouse::tests::DemoSession;
using pilothouse::tests::itemNamed;
using pilothouse::tests::WarningRecorder;

namespace {

pilothouse::testing::HttpReply post(
    const QUrl &server, const QString &path, const QString &token, const std::string &body)
{
    QNetworkAccessManager manager;
    QNetworkRequest request(server.resolved(QUrl(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    return pilothouse::testing::finish(manager.post(request, QByteArray::fromStdString(body)));
}

void type(QQuickWindow *window, const QString &text)
{
    for (const QChar c : text)
        QTest::keyClick(window, c.toLatin1());
}

} // namespace

class TestTwoFactorUi : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QQuickStyle::setStyle(u"Basic"_s);
        WarningRecorder::install();
        QVERIFY2(m_demo.start(0, 3), qPrintable(m_demo.server.errorString()));
        // Every line the console logs, at trace level, into its data folder: swept for the
        // secret and the recovery codes below.
        m_logFile = initLogging(m_demo.consoleData.filePath(u"logs"_s), u"trace"_s);
        QVERIFY(!m_logFile.isEmpty());
    }

    void cleanup()
    {
        const QStringList warnings = WarningRecorder::take();
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
    }

    void theCodeIsAskedForAfterThePassword()
    {
        // The agent has turned two-factor sign-in on (over REST, as the server documents it).
        const QUrl url = m_demo.server.url();
        const QString token = pilothouse::testing::signIn(url, u"agent"_s);
        const auto enrolment = protocol::decodeTwoFactorEnrolment(
            post(url, u"/api/v1/account/two-factor"_s, token, "").body.toStdString());
        QVERIFY(enrolment);
        const QByteArray key = *totp::fromBase32(QString::fromStdString(enrolment.value().secret));
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        QCOMPARE(post(url, u"/api/v1/account/two-factor/confirm"_s, token,
                     protocol::encode(protocol::TwoFactorCode {totp::codeAt(key, now).toStdString()}))
                     .status,
            200);

        ConsoleWindow shown;
        QVERIFY(shown.open(m_demo, u"agent"_s, QSize(1100, 760)));
        Console &console = *shown.console;
        QQuickWindow *window = shown.window;

        // The password, typed: the page then asks for the code, in a focused field of its own.
        QQuickItem *password = itemNamed(window, u"signInPassword"_s);
        QVERIFY(password);
        QTRY_VERIFY(password->property("field").value<QQuickItem *>()->hasActiveFocus());
        type(window, u"agent-demo"_s);
        QTest::keyClick(window, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(console.codeNeeded(), 10000);
        QQuickItem *code = itemNamed(window, u"signInCode"_s);
        QVERIFY(code && code->isVisible());
        QVERIFY(!password->isVisible());
        QTRY_VERIFY(code->property("field").value<QQuickItem *>()->hasActiveFocus());
        QCOMPARE(console.signInError(), QString());
        QTest::qWait(200);
        window->grabWindow().save(QStringLiteral(PNG_DIR "/signin-code.png"));

        // A wrong code: said, and asked again (the password is not).
        type(window, totp::codeAt(key, now - 300));
        QTest::keyClick(window, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!console.signInError().isEmpty(), 10000);
        QVERIFY2(console.signInError().contains(u"not right"_s), qPrintable(console.signInError()));
        QVERIFY(console.codeNeeded());
        QVERIFY(code->isVisible());

        // The code the app shows next: signed in.
        type(window, totp::codeAt(key, QDateTime::currentSecsSinceEpoch() + totp::kStepSeconds));
        QTest::keyClick(window, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(console.connectionState(), Console::ConnectionState::Connected, 20000);
        QVERIFY(!console.codeNeeded());
    }

    void anyoneTurnsItOnInSettings()
    {
        // The supervisor, signed in with the password alone, turns it on from Settings: a QR code
        // and the key to type, the first code from the app, then the ten recovery codes once.
        ConsoleWindow shown;
        QVERIFY(shown.signIn(m_demo, u"supervisor"_s, QSize(1360, 2300)));
        Console &console = *shown.console;
        QQuickWindow *window = shown.window;

        QTest::keyClick(window, Qt::Key_7, Qt::AltModifier);
        models::TwoFactorModel &model = *console.twoFactor();
        QTRY_COMPARE_WITH_TIMEOUT(model.state(), models::TwoFactorModel::Off, 10000);
        QTRY_VERIFY(itemNamed(window, u"twoFactorStart"_s) && itemNamed(window, u"twoFactorStart"_s)->isVisible());
        clickItem(window, itemNamed(window, u"twoFactorStart"_s));
        QTRY_COMPARE_WITH_TIMEOUT(model.state(), models::TwoFactorModel::SettingUp, 10000);
        QVERIFY(model.qrSize() >= 21); // a version 1 code at least
        QVERIFY(itemNamed(window, u"twoFactorQr"_s)->isVisible());
        // The key as shown, typed into an "app": the code it makes turns it on.
        const auto key = totp::fromBase32(model.secretText());
        QVERIFY(key && key->size() == totp::kSecretBytes);
        QTest::qWait(200);
        window->grabWindow().save(QStringLiteral(PNG_DIR "/twofactor-setup.png"));
        clickItem(window, itemNamed(window, u"twoFactorCode"_s));
        type(window, totp::codeAt(*key, QDateTime::currentSecsSinceEpoch()));
        QTest::keyClick(window, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(model.state(), models::TwoFactorModel::On, 10000);
        QCOMPARE(model.recoveryCodes().size(), 10);
        QCOMPARE(model.secretText(), QString()); // the key is off the screen
        QCOMPARE(model.qrSize(), 0);
        QTRY_VERIFY(itemNamed(window, u"twoFactorRecoveryCodes"_s)->isVisible());
        QTest::qWait(200);
        window->grabWindow().save(QStringLiteral(PNG_DIR "/twofactor-codes.png"));
        const QStringList recovery = model.recoveryCodes();
        // Copy puts them on the clipboard, one per line, for a password manager.
        clickItem(window, itemNamed(window, u"twoFactorCodesCopy"_s));
        QTRY_COMPARE(QGuiApplication::clipboard()->text(), recovery.join(u'\n'));
        clickItem(window, itemNamed(window, u"twoFactorCodesDone"_s));
        QTRY_COMPARE(model.recoveryCodes().size(), 0);

        // The secrets sweep (tests/secrets/secretscan.h): neither the key, in any form, nor a
        // recovery code is in the console's data folder (cache, settings, the trace log).
        spdlog::apply_all([](const std::shared_ptr<spdlog::logger> &logger) { logger->flush(); });
        QList<QByteArray> needles = pilothouse::tests::secretForms(*key);
        needles += pilothouse::tests::secretForms(totp::base32(*key).toLatin1());
        for (const QString &code : recovery) {
            needles += code.toLatin1();
            needles += QString(code).remove(u'-').toLatin1();
        }
        pilothouse::tests::ScanReport report;
        pilothouse::tests::scanDirectory(m_demo.consoleData.path(), needles, {}, &report);
        QVERIFY2(QFileInfo(m_logFile).size() > 0, qPrintable(m_logFile)); // the log was searched too
        QVERIFY2(report.files > 0 && report.bytes > 0, "nothing was searched");
        QVERIFY2(report.hits.isEmpty(), qPrintable(report.hits.join(u'\n')));

        // The server now asks the supervisor for a code at sign-in.
        QNetworkAccessManager manager;
        QNetworkRequest request(m_demo.server.url().resolved(QUrl(u"/api/v1/login"_s)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        const auto reply = pilothouse::testing::finish(
            manager.post(request, QByteArray(R"({"user":"supervisor","password":"supervisor-demo"})")));
        QCOMPARE(reply.status, 401);
        QVERIFY(reply.body.contains("second_factor_required"));
    }

    /// After the two above: the admin resets the supervisor's, from the Users page.
    void anAdminResetsItForALostPhone()
    {
        ConsoleWindow shown;
        QVERIFY(shown.signIn(m_demo, u"admin"_s, QSize(1360, 860)));
        Console &console = *shown.console;
        QQuickWindow *window = shown.window;

        QTest::keyClick(window, Qt::Key_9, Qt::AltModifier);
        models::UsersModel &users = *console.users();
        QTRY_COMPARE_WITH_TIMEOUT(users.state(), models::UsersModel::Ready, 10000);
        // admin, agent, supervisor, viewer: the agent and the supervisor have it, the others not.
        const auto hasIt
            = [&](int row) { return users.index(row, 0).data(models::UsersModel::TwoFactorRole).toBool(); };
        QVERIFY(!hasIt(0) && hasIt(1) && hasIt(2) && !hasIt(3));
        QTRY_VERIFY(
            itemNamed(window, u"userResetTwoFactor2"_s) && itemNamed(window, u"userResetTwoFactor2"_s)->isVisible());
        QVERIFY(!itemNamed(window, u"userResetTwoFactor3"_s)->isVisible());
        clickItem(window, itemNamed(window, u"userResetTwoFactor2"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!hasIt(2), 10000);
        QVERIFY(!itemNamed(window, u"userResetTwoFactor2"_s)->isVisible());
        QCOMPARE(users.noticeText(), u"Two-factor sign-in of supervisor is off; their password alone signs them in."_s);

        // The supervisor's password alone signs in again.
        QNetworkAccessManager manager;
        QNetworkRequest request(m_demo.server.url().resolved(QUrl(u"/api/v1/login"_s)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        QCOMPARE(pilothouse::testing::finish(
                     manager.post(request, QByteArray(R"({"user":"supervisor","password":"supervisor-demo"})")))
                     .status,
            200);
    }

    /// After the three above (the agent has it; the supervisor's was reset): the admin requires it
    /// of everyone from the Users page, and the supervisor's next sign-in sets it up on the sign-in
    /// page before anything connects.
    void aRequirementIsSetUpOnTheSignInPage()
    {
        const QUrl url = m_demo.server.url();
        {
            ConsoleWindow shown;
            QVERIFY(shown.signIn(m_demo, u"admin"_s, QSize(1360, 860)));
            QQuickWindow *window = shown.window;
            QTest::keyClick(window, Qt::Key_9, Qt::AltModifier);
            models::UsersModel &users = *shown.console->users();
            QTRY_COMPARE_WITH_TIMEOUT(users.state(), models::UsersModel::Ready, 10000);
            QQuickItem *require = itemNamed(window, u"usersRequireTwoFactor"_s);
            QVERIFY(require && require->isVisible());
            QVERIFY(!require->property("checked").toBool());
            // Without it oneself, the server refuses, and says why.
            clickItem(window, require);
            QTRY_VERIFY_WITH_TIMEOUT(!users.errorText().isEmpty(), 10000);
            QVERIFY2(users.errorText().contains(u"for yourself first"_s), qPrintable(users.errorText()));
            QVERIFY(!users.twoFactorRequired());
            QTRY_VERIFY(!require->property("checked").toBool());
            // With it (set up over REST, as the server documents it), the same click requires it.
            const QString token = pilothouse::testing::signIn(url, u"admin"_s);
            const auto enrolment = protocol::decodeTwoFactorEnrolment(
                post(url, u"/api/v1/account/two-factor"_s, token, "").body.toStdString());
            QVERIFY(enrolment);
            const QByteArray key = *totp::fromBase32(QString::fromStdString(enrolment.value().secret));
            QCOMPARE(post(url, u"/api/v1/account/two-factor/confirm"_s, token,
                         protocol::encode(protocol::TwoFactorCode {
                             totp::codeAt(key, QDateTime::currentSecsSinceEpoch()).toStdString()}))
                         .status,
                200);
            clickItem(window, require);
            QTRY_VERIFY_WITH_TIMEOUT(users.twoFactorRequired(), 10000);
            QTRY_VERIFY(require->property("checked").toBool());
            QVERIFY2(users.noticeText().startsWith(u"Two-factor sign-in is now required of everyone."_s),
                qPrintable(users.noticeText()));
            // The rows say who has not set it up yet (the supervisor, reset above; the viewer).
            QTRY_VERIFY_WITH_TIMEOUT(itemNamed(window, u"userResetTwoFactor0"_s)->isVisible(), 10000); // the admin now
            QVERIFY(!itemNamed(window, u"userNoTwoFactor0"_s)->isVisible());
            QVERIFY(!itemNamed(window, u"userNoTwoFactor1"_s)->isVisible());
            QVERIFY(itemNamed(window, u"userNoTwoFactor2"_s)->isVisible());
            QVERIFY(itemNamed(window, u"userNoTwoFactor3"_s)->isVisible());
            QTest::qWait(200);
            window->grabWindow().save(QStringLiteral(PNG_DIR "/users-require-twofactor.png"));
        }

        ConsoleWindow shown;
        QVERIFY(shown.open(m_demo, u"supervisor"_s, QSize(1100, 760)));
        Console &console = *shown.console;
        QQuickWindow *window = shown.window;
        // The supervisor's remembered sign-in was ended by the requirement: signed out, asked to
        // sign in again.
        QVERIFY2(console.signInError().contains(u"Sign in again"_s), qPrintable(console.signInError()));
        QQuickItem *password = itemNamed(window, u"signInPassword"_s);
        QTRY_VERIFY(password->property("field").value<QQuickItem *>()->hasActiveFocus());
        type(window, u"supervisor-demo"_s);
        QTest::keyClick(window, Qt::Key_Return);
        // The password was right: the page sets two-factor sign-in up, and nothing connects yet.
        QTRY_VERIFY_WITH_TIMEOUT(console.twoFactorSetUpNeeded(), 10000);
        models::TwoFactorModel &model = *console.twoFactor();
        QTRY_COMPARE_WITH_TIMEOUT(model.state(), models::TwoFactorModel::SettingUp, 10000);
        QCOMPARE(console.connectionState(), Console::ConnectionState::SignedOut);
        QQuickItem *setUp = itemNamed(window, u"signInSetUp"_s);
        QVERIFY(setUp && setUp->isVisible());
        QVERIFY(!password->isVisible() && !itemNamed(window, u"signInButton"_s)->isVisible());
        QVERIFY(pilothouse::tests::findVisibleByName(setUp, u"twoFactorQr"_s));
        const auto key = totp::fromBase32(model.secretText());
        QVERIFY(key && key->size() == totp::kSecretBytes);
        QTest::qWait(200);
        window->grabWindow().save(QStringLiteral(PNG_DIR "/signin-twofactor-setup.png"));

        clickItem(window, pilothouse::tests::findVisibleByName(setUp, u"twoFactorCode"_s));
        type(window, totp::codeAt(*key, QDateTime::currentSecsSinceEpoch()));
        QTest::keyClick(window, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(model.recoveryCodes().size(), 10, 10000);
        QCOMPARE(console.connectionState(), Console::ConnectionState::SignedOut); // codes first
        QQuickItem *done = pilothouse::tests::findVisibleByName(setUp, u"twoFactorCodesDone"_s);
        QVERIFY(done);
        QTest::qWait(200);
        window->grabWindow().save(QStringLiteral(PNG_DIR "/signin-twofactor-codes.png"));
        clickItem(window, done);
        // Written down: on to the console, with the same sign-in.
        QTRY_COMPARE_WITH_TIMEOUT(console.connectionState(), Console::ConnectionState::Connected, 20000);
        QVERIFY(!console.twoFactorSetUpNeeded());
        QCOMPARE(model.recoveryCodes().size(), 0);
        QCOMPARE(console.identity()->userName(), u"supervisor"_s);
    }

private:
    DemoSession m_demo;
    QString m_logFile;
};

QTEST_MAIN(TestTwoFactorUi)
#include "tst_twofactor_ui.moc"
