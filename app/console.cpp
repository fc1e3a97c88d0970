#include "console.h"

#include "account.h"
#include "accountpaths.h"
#include "actions/operatoractions.h"
#include "appoptions.h"
#include "preferences.h"
#include "uilanguage.h"
#include "credentials/tokenstore.h"
#include "admin/twofactormodel.h"
#include "domain/catalogue.h"
#include "live/identity.h"
#include "live/notices.h"
#include "live/workspace.h"
#include "review/reviewmodel.h"
#include "log/log.h"
#include "rest/loginclient.h"

#include <QCoreApplication>
#include <QSettings>
#include <QTimer>

namespace pilothouse::app {

namespace {
Console *s_instance = nullptr;

QString hostText(const QUrl &url)
{
    return url.port() > 0 ? url.host() + u':' + QString::number(url.port()) : url.host();
}

} // namespace

struct Console::Impl {
    Console *q;
    AppOptions options;
    AccountPaths paths;
    /// Before `settings`: a damaged file is moved aside before anything else opens it.
    Preferences preferences;
    UiLanguage language;
    QPointer<QQmlEngine> engine; ///< The engine that asked for the singleton: retranslated on a switch.
    QSettings settings;
    net::LoginClient login;
    net::TokenStore tokens;
    Account account; ///< The io thread, session, cache, outbox, workspace, actions and identity.

    ConnectionState state = ConnectionState::SignedOut;
    int reconnectIn = 0;
    QString detail;
    bool signingIn = false;
    QString signInError;
    /// The user name the server told to wait after failed sign-ins, until waitTimer fires.
    QString signInWaitingFor;
    QTimer waitTimer;
    /// Held between the two steps of a two-factor sign-in only, wiped when it ends either way.
    QString pendingPassword;
    bool codeNeeded = false;
    /// A sign-in whose token reaches the two-factor set-up only, held until the set-up is on.
    QString setUpToken;

    void forgetSetUpToken()
    {
        setUpToken.fill(u'\0');
        setUpToken.clear();
    }

    void forgetPendingPassword()
    {
        pendingPassword.fill(u'\0');
        pendingPassword.clear();
        codeNeeded = false;
    }
    QUrl server;
    QString user;
    /// Connection and refused-action notices go at the next welcome; keychain, storage and
    /// recovery notices stay until the user dismisses them.
    mutable models::Notices notices;
    bool demoRetried = false;

    Impl(Console *owner, const AppOptions &opts)
        : q(owner)
        , options(opts)
        , paths(opts.dataDir)
        , preferences(paths.settingsFile(), opts.darkTheme)
        , settings(paths.settingsFile(), QSettings::IniFormat)
        , account(Account::Settings {
              net::Backoff(), opts.caFile, QCoreApplication::applicationName(), QCoreApplication::applicationVersion()})
    { }

    /// The keychain entry (and cache file) of this user on this server.
    QString keychainAccount() const { return net::TokenStore::accountFor(user, server); }

    void setState(ConnectionState next, int seconds, const QString &text)
    {
        if (state == next && reconnectIn == seconds && detail == text)
            return;
        state = next;
        reconnectIn = seconds;
        detail = text;
        Q_EMIT q->connectionChanged();
    }

    void setSignIn(bool busy, const QString &error)
    {
        signingIn = busy;
        signInError = error;
        Q_EMIT q->signInChanged();
    }

    /// Installs --lang, or the language chosen on the Settings page, or the system's.
    void applyLanguage();
    /// The operator chose another language: installed, and every sentence shown made again.
    void switchLanguage();
    void connectAccount();
    void openStore();
    void beginSession(const QString &token);
    void onLoginFinished(const net::LoginResult &result);
    void onTokenLoaded(bool ok, const QString &token, const QString &message);
    void onAuthenticationFailed(const QString &message);
};

void Console::Impl::connectAccount()
{
    using net::ConnectionState;
    QObject::connect(
        &account, &Account::connectionChanged, q, [this](ConnectionState s, int seconds, const QString &text) {
            switch (s) {
            case ConnectionState::Idle:
            case ConnectionState::Connecting:
                setState(Console::ConnectionState::Connecting, 0, q->stateText(Console::ConnectionState::Connecting));
                break;
            case ConnectionState::Connected:
                setState(Console::ConnectionState::Connected, 0, q->stateText(Console::ConnectionState::Connected));
                break;
            case ConnectionState::Reconnecting:
                setState(Console::ConnectionState::Reconnecting, seconds, text);
                break;
            case ConnectionState::Stopped:
                break; // sign-out, authentication or fatal handlers set the state.
            }
        });
    using models::Notices;
    namespace Severity = models::Severity;
    QObject::connect(&account, &Account::welcomed, q, [this] {
        notices.clear(Notices::Connection);
        notices.clear(Notices::Command);
    });
    QObject::connect(&account, &Account::authenticationFailed, q,
        [this](const QString &message) { onAuthenticationFailed(message); });
    QObject::connect(&account, &Account::fatalError, q, [this](const QString &message) {
        setState(Console::ConnectionState::SignedOut, 0, message);
        notices.post(Notices::Connection, Severity::Error, message);
    });
    QObject::connect(&account, &Account::storageError, q,
        [this](const QString &message) { notices.post(Notices::Storage, Severity::Error, message); });
    QObject::connect(&account, &Account::recovered, q,
        [this](const QString &text) { notices.post(Notices::Recovery, Severity::Warning, text); });
    // A command the server refused for good: one notice; the item stays in the composer to retry.
    QObject::connect(
        account.actions(), &models::OperatorActions::commandFailed, q, [this](const QString &, const QString &message) {
            notices.post(Notices::Command, Severity::Warning,
                message.isEmpty() ? Console::tr("The server refused an action.")
                                  : Console::tr("The server refused an action: %1").arg(message));
        });
}

void Console::Impl::openStore()
{
    account.openCache(paths.cacheFile(keychainAccount()));
    account.review()->setReviewer(user); // labels are this account's, online or not
    account.setRetentionDays(preferences.retentionDays()); // store/retention.h
}

void Console::Impl::beginSession(const QString &token)
{
    openStore();
    setState(Console::ConnectionState::Connecting, 0, q->stateText(Console::ConnectionState::Connecting));
    account.start(server, token);
}

// Past the server's figure, for rounding (it counts whole milliseconds on its own clock).
constexpr qint64 kWaitMarginMs = 100;

void Console::Impl::onLoginFinished(const net::LoginResult &result)
{
    // Asked for the code, or a wrong code: the second step goes on with the password held.
    // Anything else ends it.
    const bool secondStep = result.error == net::LoginResult::Error::SecondFactorRequired
        || (codeNeeded && result.error == net::LoginResult::Error::Unauthorized);
    if (secondStep && !pendingPassword.isEmpty()) {
        codeNeeded = true;
        setSignIn(false, result.error == net::LoginResult::Error::SecondFactorRequired ? QString() : result.message);
        setState(Console::ConnectionState::SignedOut, 0, {});
        return;
    }
    forgetPendingPassword();
    if (!result.ok) {
        if (result.error == net::LoginResult::Error::TooManyAttempts && result.retryAfterMs > 0) {
            // Sign in stays off for this name until the server would look at an attempt again.
            signInWaitingFor = user;
            waitTimer.start(std::chrono::milliseconds(result.retryAfterMs + kWaitMarginMs));
        }
        setSignIn(false, result.message);
        setState(Console::ConnectionState::SignedOut, 0, {});
        return;
    }
    user = result.userName.isEmpty() ? user : result.userName;
    account.identity()->set(user, result.displayName, models::catalogue::roleFromWire(result.role));
    settings.setValue(QStringLiteral("account/server"), server.toString());
    settings.setValue(QStringLiteral("account/user"), user);
    Q_EMIT q->accountChanged();
    if (result.twoFactorSetupRequired) {
        // Nothing connects and nothing is remembered until the set-up is on (continueSignIn).
        setUpToken = result.token;
        account.holdSignIn(server, result.token);
        setSignIn(false, {});
        return;
    }
    setSignIn(false, {});
    // The session starts with the token held in memory; the keychain save runs beside it under its
    // own timeout, so a hung or missing Secret Service only costs the "remember me".
    tokens.save(keychainAccount(), result.token);
    beginSession(result.token);
}

void Console::Impl::onTokenLoaded(bool ok, const QString &token, const QString &message)
{
    if (!ok)
        notices.post(models::Notices::Keychain, models::Severity::Warning, message);
    if (!token.isEmpty()) {
        beginSession(token);
    } else if (options.demo) {
        q->signIn(server.toString(), user, AppOptions::demoPassword(user));
    } else {
        setState(Console::ConnectionState::SignedOut, 0, {});
    }
}

void Console::Impl::onAuthenticationFailed(const QString &message)
{
    tokens.remove(keychainAccount());
    setState(Console::ConnectionState::SignedOut, 0, {});
    if (options.demo && !demoRetried) {
        demoRetried = true;
        q->signIn(server.toString(), user, AppOptions::demoPassword(user));
        return;
    }
    setSignIn(false, message.isEmpty() ? Console::tr("Your session has ended. Sign in again.") : message);
}

Console::Console(const AppOptions &options, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Impl>(this, options))
{
    Q_ASSERT(!s_instance);
    s_instance = this;
    connect(&d->login, &net::LoginClient::finished, this,
        [this](const net::LoginResult &result) { d->onLoginFinished(result); });
    d->waitTimer.setSingleShot(true);
    // A coarse timer may fire up to 5% early: Sign in came back 0.2 s before a 5 s lock ended.
    d->waitTimer.setTimerType(Qt::PreciseTimer);
    connect(&d->waitTimer, &QTimer::timeout, this, [this] {
        d->signInWaitingFor.clear();
        Q_EMIT signInChanged();
    });
    connect(&d->tokens, &net::TokenStore::loaded, this,
        [this](bool ok, const QString &token, const QString &message) { d->onTokenLoaded(ok, token, message); });
    connect(&d->tokens, &net::TokenStore::saved, this, [this](bool ok, const QString &message) {
        if (!ok)
            d->notices.post(models::Notices::Keychain, models::Severity::Warning,
                tr("You are signed in for this session only: your sign-in could not be stored in the system "
                   "keychain, so you will be asked to sign in next time. %1")
                    .arg(message));
    });
    connect(&d->tokens, &net::TokenStore::removed, this, [this](bool ok, const QString &message) {
        if (!ok)
            d->notices.post(models::Notices::Keychain, models::Severity::Warning, message);
    });
    if (!options.caFile.isEmpty())
        d->login.setCaFile(options.caFile);
    d->connectAccount();
    d->applyLanguage();
    connect(&d->preferences, &Preferences::languageChanged, this, [this] { d->switchLanguage(); });
    connect(&d->preferences, &Preferences::darkChanged, this, &Console::darkThemeChanged);
    connect(&d->preferences, &Preferences::retentionDaysChanged, this,
        [this] { d->account.setRetentionDays(d->preferences.retentionDays()); });
    if (!d->preferences.problem().isEmpty())
        d->notices.post(models::Notices::Settings, models::Severity::Warning, d->preferences.problem());
}

Console::~Console()
{
    s_instance = nullptr;
}

Console *Console::create(QQmlEngine *engine, QJSEngine *)
{
    Q_ASSERT(s_instance);
    s_instance->d->engine = engine;
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

void Console::start()
{
    d->server = d->options.serverUrl.isEmpty() ? QUrl(d->settings.value(QStringLiteral("account/server")).toString())
                                               : d->options.serverUrl;
    d->user = d->options.userName.isEmpty() ? d->settings.value(QStringLiteral("account/user")).toString()
                                            : d->options.userName;
    Q_EMIT accountChanged();

    if (d->options.offline) {
        if (d->server.isEmpty() || d->user.isEmpty()) {
            d->account.workspace()->setLoading(false);
            d->notices.post(models::Notices::Cache, models::Severity::Info,
                tr("No cached conversations yet: sign in once while online to fill the cache."));
        } else {
            d->openStore();
        }
        d->setState(ConnectionState::Offline, 0, stateText(ConnectionState::Offline));
        return;
    }
    if (d->server.isEmpty() || d->user.isEmpty()) {
        d->setState(ConnectionState::SignedOut, 0, {});
        return;
    }
    d->setState(ConnectionState::Connecting, 0, tr("Opening the keychain…"));
    d->tokens.load(d->keychainAccount());
}

Console::ConnectionState Console::connectionState() const
{
    return d->state;
}
int Console::reconnectInSeconds() const
{
    return d->reconnectIn;
}
QString Console::connectionDetail() const
{
    return d->detail;
}
bool Console::signingIn() const
{
    return d->signingIn;
}
QString Console::signInWaitingFor() const
{
    return d->signInWaitingFor;
}
QString Console::signInError() const
{
    return d->signInError;
}
QString Console::serverUrl() const
{
    return d->server.toString();
}
QString Console::userName() const
{
    return d->user;
}
models::Identity *Console::identity() const
{
    return d->account.identity();
}
models::AnalyticsReport *Console::analytics() const
{
    return d->account.analytics();
}
models::HistoryModel *Console::history() const
{
    return d->account.history();
}

models::ReviewModel *Console::review() const
{
    return d->account.review();
}

models::RulesModel *Console::rules() const
{
    return d->account.rules();
}

models::AuditModel *Console::audit() const
{
    return d->account.audit();
}

models::SessionsModel *Console::sessions() const
{
    return d->account.sessions();
}

models::TwoFactorModel *Console::twoFactor() const
{
    return d->account.twoFactor();
}

models::UsersModel *Console::users() const
{
    return d->account.users();
}
models::Notices *Console::notices() const
{
    return &d->notices;
}
Preferences *Console::preferences() const
{
    return &d->preferences;
}
bool Console::darkTheme() const
{
    return d->preferences.dark();
}
models::Workspace *Console::workspace() const
{
    return d->account.workspace();
}
models::OperatorActions *Console::actions() const
{
    return d->account.actions();
}

void Console::setDarkTheme(bool dark)
{
    d->preferences.setTheme(dark ? Preferences::Theme::Dark : Preferences::Theme::Light);
}

void Console::signIn(const QString &serverUrl, const QString &userName, const QString &password)
{
    QUrl url;
    if (const QString error = addressError(serverUrl, &url); !error.isEmpty()) {
        d->setSignIn(false, error);
        return;
    }
    if (userName.trimmed().isEmpty() || password.isEmpty()) {
        d->setSignIn(false, tr("Enter your user name and password."));
        return;
    }
    d->server = url;
    d->user = userName.trimmed();
    d->forgetPendingPassword();
    d->forgetSetUpToken();
    d->pendingPassword = password; // for the second step, should the server ask for a code
    d->setSignIn(true, {});
    d->login.login(url, d->user, password);
}

void Console::submitCode(const QString &code)
{
    if (!d->codeNeeded || d->pendingPassword.isEmpty())
        return;
    if (code.trimmed().isEmpty()) {
        d->setSignIn(false, tr("Enter the code from your authenticator app."));
        return;
    }
    d->setSignIn(true, {});
    d->login.login(d->server, d->user, d->pendingPassword, code.trimmed());
}

void Console::cancelCode()
{
    d->forgetPendingPassword();
    if (!d->setUpToken.isEmpty()) {
        d->forgetSetUpToken();
        d->account.signOut();
    }
    d->setSignIn(false, {});
}

void Console::continueSignIn()
{
    if (d->setUpToken.isEmpty() || d->account.twoFactor()->state() != models::TwoFactorModel::On)
        return;
    const QString token = d->setUpToken;
    d->forgetSetUpToken();
    d->setSignIn(false, {});
    d->tokens.save(d->keychainAccount(), token);
    d->beginSession(token);
}

bool Console::twoFactorSetUpNeeded() const
{
    return !d->setUpToken.isEmpty();
}

bool Console::codeNeeded() const
{
    return d->codeNeeded;
}

void Console::signOut()
{
    d->forgetPendingPassword();
    d->forgetSetUpToken();
    d->account.signOut();
    d->tokens.remove(d->keychainAccount());
    Q_EMIT accountChanged();
    d->setSignIn(false, {});
    d->setState(ConnectionState::SignedOut, 0, {});
}

QString Console::stateText(ConnectionState state) const
{
    switch (state) {
    case ConnectionState::Connecting:
        return tr("Connecting to %1…").arg(hostText(d->server));
    case ConnectionState::Connected:
        return tr("Connected to %1 as %2")
            .arg(hostText(d->server), models::catalogue::label(d->account.identity()->role()));
    case ConnectionState::Offline:
        return tr("Offline: showing cached conversations");
    case ConnectionState::SignedOut:
    case ConnectionState::Reconnecting:
        break; // no sentence of its own, or the session's ("Reconnecting in 4 s")
    }
    return d->detail;
}

void Console::Impl::applyLanguage()
{
    language.apply(options.language.isEmpty() ? preferences.language() : options.language);
}

void Console::Impl::switchLanguage()
{
    options.language.clear(); // the operator's choice now, over --lang
    applyLanguage();
    setState(state, reconnectIn, q->stateText(state));
    if (engine)
        engine->retranslate(); // qsTr(); Main.qml builds the pages again for the models' labels
}

QString Console::addressError(const QString &text, QUrl *url)
{
    *url = QUrl::fromUserInput(text.trimmed());
    if (url->isValid() && !url->host().isEmpty())
        return {};
    return tr("'%1' is not a server address. Try something like https://pilothouse.example.com.").arg(text);
}

QString Console::switchServer(const QString &serverUrl)
{
    QUrl url;
    if (QString error = addressError(serverUrl, &url); !error.isEmpty())
        return error;
    if (d->state != ConnectionState::SignedOut)
        signOut();
    d->server = url;
    d->settings.setValue(QStringLiteral("account/server"), url.toString());
    Q_EMIT accountChanged();
    return {};
}

void Console::retryNow()
{
    d->account.retryNow();
}

} // namespace pilothouse::app
