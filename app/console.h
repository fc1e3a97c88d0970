#pragma once
// The composition root seen from QML: the credential store, the login client and the account
// runtime (app/account.h: io thread, session, cache, outbox, workspace, actions, identity), with
// their state exposed as one singleton, `Console`, in the QML module Pilothouse.App.

#include "domain/enums.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QString>
#include <QUrl>

#include <memory>

Q_MOC_INCLUDE("live/workspace.h")
Q_MOC_INCLUDE("actions/operatoractions.h")
Q_MOC_INCLUDE("live/identity.h")
Q_MOC_INCLUDE("live/notices.h")
Q_MOC_INCLUDE("insights/analyticsreport.h")
Q_MOC_INCLUDE("review/historymodel.h")
Q_MOC_INCLUDE("review/reviewmodel.h")
Q_MOC_INCLUDE("rules/rulesmodel.h")
Q_MOC_INCLUDE("admin/auditmodel.h")
Q_MOC_INCLUDE("admin/sessionsmodel.h")
Q_MOC_INCLUDE("admin/twofactormodel.h")
Q_MOC_INCLUDE("admin/usersmodel.h")
Q_MOC_INCLUDE("preferences.h")

namespace pilothouse::models {
class AnalyticsReport;
class HistoryModel;
class ReviewModel;
class RulesModel;
class AuditModel;
class SessionsModel;
class TwoFactorModel;
class UsersModel;
class Identity;
class Notices;
class OperatorActions;
class Workspace;
} // namespace pilothouse::models

namespace pilothouse::app {

struct AppOptions;
class Preferences;

class Console : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    enum class ConnectionState {
        SignedOut, ///< No token: the sign-in page is shown.
        Connecting, ///< Opening the socket or waiting for the welcome.
        Connected, ///< Welcomed; live.
        Reconnecting, ///< Lost; next attempt in `reconnectInSeconds`.
        Offline, ///< Started with --offline: cache only, no network.
    };
    Q_ENUM(ConnectionState)

    Q_PROPERTY(ConnectionState connectionState READ connectionState NOTIFY connectionChanged)
    Q_PROPERTY(int reconnectInSeconds READ reconnectInSeconds NOTIFY connectionChanged)
    /// One sentence about the connection, e.g. "Connected to demo.example as Supervisor".
    Q_PROPERTY(QString connectionDetail READ connectionDetail NOTIFY connectionChanged)

    Q_PROPERTY(bool signingIn READ signingIn NOTIFY signInChanged)
    Q_PROPERTY(QString signInError READ signInError NOTIFY signInChanged)
    /// The user name whose failed sign-ins made the server ask to wait (docs/protocol.md 2.1); empty
    /// once the wait is over. Sign in stays off for that name meanwhile.
    Q_PROPERTY(QString signInWaitingFor READ signInWaitingFor NOTIFY signInChanged)
    /// The password was right and the server asks for the two-factor code (docs/protocol.md 2.1):
    /// the sign-in page asks for it and calls submitCode, or cancelCode to start over.
    Q_PROPERTY(bool codeNeeded READ codeNeeded NOTIFY signInChanged)
    /// The server requires two-factor sign-in and this user has none yet (docs/protocol.md 2.1):
    /// the sign-in page sets it up through `twoFactor` before anything connects, then calls
    /// continueSignIn; cancelCode gives up and signs out.
    Q_PROPERTY(bool twoFactorSetUpNeeded READ twoFactorSetUpNeeded NOTIFY signInChanged)
    Q_PROPERTY(QString serverUrl READ serverUrl NOTIFY accountChanged)
    Q_PROPERTY(QString userName READ userName NOTIFY accountChanged)
    /// Who is signed in: user name, display name and role, held once for every model.
    Q_PROPERTY(pilothouse::models::Identity *identity READ identity CONSTANT)
    /// The supervisor's figures for the Overview and Analytics pages (AnalyticsReport).
    Q_PROPERTY(pilothouse::models::AnalyticsReport *analytics READ analytics CONSTANT)
    /// Every cached conversation for review, online or offline (the History page).
    Q_PROPERTY(pilothouse::models::HistoryModel *history READ history CONSTANT)
    /// Review mode: AI replies to label, and the reviewers' agreement.
    Q_PROPERTY(pilothouse::models::ReviewModel *review READ review CONSTANT)
    /// The escalation rules: published versions in words, and the dry run of one against another.
    Q_PROPERTY(pilothouse::models::RulesModel *rules READ rules CONSTANT)
    /// The server's audit log (admins): who did what, when and from where.
    Q_PROPERTY(pilothouse::models::AuditModel *audit READ audit CONSTANT)
    /// The signed-in user's sign-in sessions (admins: everyone's), to end one.
    Q_PROPERTY(pilothouse::models::SessionsModel *sessions READ sessions CONSTANT)
    /// The signed-in user's two-factor sign-in, for Settings.
    Q_PROPERTY(pilothouse::models::TwoFactorModel *twoFactor READ twoFactor CONSTANT)
    /// The server's users (admins): roles, who may sign in, passwords.
    Q_PROPERTY(pilothouse::models::UsersModel *users READ users CONSTANT)

    /// The single surface for errors and notices: every subsystem's problem, one banner each.
    Q_PROPERTY(pilothouse::models::Notices *notices READ notices CONSTANT)

    /// Language, theme, text size, motion, notifications, start at login, cache retention.
    Q_PROPERTY(pilothouse::app::Preferences *preferences READ preferences CONSTANT)
    /// Whether the dark palette shows (Preferences::dark); setting it chooses Light or Dark.
    Q_PROPERTY(bool darkTheme READ darkTheme WRITE setDarkTheme NOTIFY darkThemeChanged)
    Q_PROPERTY(pilothouse::models::Workspace *workspace READ workspace CONSTANT)
    /// Take over, hand back, resolve, whisper, reply, note, transfer: through the durable outbox.
    Q_PROPERTY(pilothouse::models::OperatorActions *actions READ actions CONSTANT)

public:
    Console(const AppOptions &options, QObject *parent = nullptr);
    ~Console() override;

    /// QML_SINGLETON factory: returns the instance the application created, and keeps `engine`
    /// to retranslate when the operator switches the interface language.
    static Console *create(QQmlEngine *, QJSEngine *);

    /// Starts: offline cache, stored token reuse, or the sign-in page.
    void start();

    ConnectionState connectionState() const;
    int reconnectInSeconds() const;
    QString connectionDetail() const;
    bool signingIn() const;
    QString signInError() const;
    QString signInWaitingFor() const;
    bool codeNeeded() const;
    bool twoFactorSetUpNeeded() const;
    QString serverUrl() const;
    QString userName() const;
    models::Identity *identity() const;
    models::AnalyticsReport *analytics() const;
    models::HistoryModel *history() const;
    models::ReviewModel *review() const;
    models::RulesModel *rules() const;
    models::AuditModel *audit() const;
    models::SessionsModel *sessions() const;
    models::TwoFactorModel *twoFactor() const;
    models::UsersModel *users() const;
    models::Notices *notices() const;
    Preferences *preferences() const;
    bool darkTheme() const;
    void setDarkTheme(bool dark);
    models::Workspace *workspace() const;
    models::OperatorActions *actions() const;

    Q_INVOKABLE void signIn(const QString &serverUrl, const QString &userName, const QString &password);
    /// The second step of a two-factor sign-in: the code from the app, or a recovery code.
    Q_INVOKABLE void submitCode(const QString &code);
    /// Back to the first step: the password held for the second step is forgotten, or the
    /// sign-in held for a two-factor set-up is let go.
    Q_INVOKABLE void cancelCode();
    /// Once the required two-factor set-up is on: the sign-in is kept and the console connects.
    Q_INVOKABLE void continueSignIn();
    Q_INVOKABLE void signOut();
    /// Signs out and offers `serverUrl` on the sign-in page (the Settings page's server address).
    /// Returns an error sentence for an address that is not one, empty otherwise.
    Q_INVOKABLE QString switchServer(const QString &serverUrl);
    Q_INVOKABLE void retryNow();

Q_SIGNALS:
    void connectionChanged();
    void signInChanged();
    void accountChanged();
    void darkThemeChanged();

private:
    /// `text` as a server address in `url`; or why it is not one.
    static QString addressError(const QString &text, QUrl *url);
    /// The connection sentence of `state` in the current language.
    QString stateText(ConnectionState state) const;

    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace pilothouse::app
