#pragma once
// One signed-in account at run time: the io thread with its session, cache writer and outbox pump,
// the GUI thread's workspace, actions and identity, and every connection between them. The Console
// creates one; the tests that drive the console's io side (end to end, faults, hostile server,
// durability, crash harness) create one the same way, so the wiring cannot drift apart.
//
// Threads: the session, the writer and the pump live on the io thread and talk to each other with
// direct connections; everything between them and the GUI objects is a queued connection, written
// as one (Qt::QueuedConnection) where it is made.

#include "domain/enums.h"
#include "protocol/frames.h"
#include "session/backoff.h"
#include "session/connectionstate.h"

#include <QObject>
#include <QString>
#include <QThread>
#include <QUrl>

#include <memory>
#include <optional>

namespace pilothouse::net {
class SessionWorker;
}
namespace pilothouse::models {
class AnalyticsReport;
class CommandPump;
class HistoryModel;
class ReviewModel;
class RulesModel;
class AuditModel;
class SessionsModel;
class TwoFactorModel;
class UsersModel;
class Identity;
class OperatorActions;
class StoreWriter;
class Workspace;
} // namespace pilothouse::models

namespace pilothouse::app {

/// How an Account connects (a namespace-scope struct so it can be defaulted in the constructor).
struct AccountSettings {
    net::Backoff backoff = net::Backoff();
    QString caFile; ///< Extra CA certificates (PEM) for https/wss; empty = the system's only.
    QString clientName = QStringLiteral("pilothouse");
    QString clientVersion; ///< Empty = the application's version.
};

/// Thread: GUI (create, use and destroy it there).
class Account : public QObject {
    Q_OBJECT
public:
    using Settings = AccountSettings;

    explicit Account(Settings settings = {}, QObject *parent = nullptr);
    ~Account() override;

    models::Workspace *workspace() const;
    models::OperatorActions *actions() const;
    models::Identity *identity() const;
    /// The supervisor's figures (Overview, Analytics), computed from the cached facts.
    models::AnalyticsReport *analytics() const;
    /// Every cached conversation, filtered and searched (the History page).
    models::HistoryModel *history() const;
    /// AI replies to label right or wrong, and the reviewers' agreement (review mode).
    models::ReviewModel *review() const;
    /// The escalation rule set's published versions in words, and dry runs over the cache.
    models::RulesModel *rules() const;
    /// The server's audit log, for admins (REST).
    models::AuditModel *audit() const;
    /// The signed-in user's sessions (admins: everyone's), to end one (REST).
    models::SessionsModel *sessions() const;
    models::TwoFactorModel *twoFactor() const;
    /// The server's users, for admins (REST).
    models::UsersModel *users() const;

    /// Opens the cache at `cachePath` and the outbox beside it on the io thread, wires them to the
    /// session and the GUI objects, and loads the board. The same path again reloads the board.
    void openCache(const QString &cachePath);
    /// Closes cache and outbox (their objects are deleted on the io thread; blocks until done).
    void closeCache();
    QString cachePath() const;
    /// How long the open cache keeps closed conversations (store/retention.h).
    void setRetentionDays(int days);
    /// Connects to `server` with `token` (held only in memory), reconnecting with backoff until stop().
    void start(const QUrl &server, const QString &token);
    /// Holds a sign-in for the REST clients without connecting the stream: a user the server asks
    /// to set up two-factor sign-in first (twoFactor()); start() connects once that is done.
    void holdSignIn(const QUrl &server, const QString &token);
    void stop();
    /// Ends the session on the server too (its token revoked there), then stop().
    void signOut();
    void retryNow();

    // The io thread's objects, for tests that observe them (connect with an explicit type) or call
    // into them with Qt::BlockingQueuedConnection. Null until openCache() for writer and outbox.
    net::SessionWorker *session() const;
    models::StoreWriter *storeWriter() const;
    models::CommandPump *outboxPump() const;
    /// The cache's cursor as the io thread sees it (buffered events written first). Blocks.
    std::optional<protocol::Cursor> cursor() const;
    /// Writes what the io thread holds and applies it to the workspace now. Blocks.
    void settle();

Q_SIGNALS:
    void connectionChanged(pilothouse::net::ConnectionState state, int reconnectInSeconds, const QString &detail);
    /// After the identity took the welcome's user.
    void welcomed(const pilothouse::protocol::Welcome &welcome);
    void authenticationFailed(const QString &message);
    void fatalError(const QString &message);
    /// The cache or the outbox failed (a sentence for the user).
    void storageError(const QString &message);
    /// A damaged cache or outbox was replaced; `notice` says what was saved and lost.
    void recovered(const QString &notice);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace pilothouse::app
