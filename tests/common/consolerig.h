#pragma once
// The console's io side without its UI, for the fault and durability tests: the same account runtime
// the Console uses (app/account.h), so the wiring under test is the product's.

#include "account.h"
#include "actions/operatoractions.h"
#include "board/boardmodel.h"
#include "live/workspace.h"
#include "rest/loginclient.h"
#include "session/sessionworker.h"
#include "store/outbox.h"

#include <QSignalSpy>

#include <optional>

namespace pilothouse::testing {

/// Signs in over REST (libcurl) and returns the token, or "" when that failed.
inline QString signIn(const QUrl &server, const QString &user, const QString &password)
{
    net::LoginClient login;
    QSignalSpy finished(&login, &net::LoginClient::finished);
    login.login(server, user, password);
    if (!finished.wait(20000))
        return {};
    const auto result = finished.constFirst().constFirst().value<net::LoginResult>();
    return result.ok ? result.token : QString();
}

/// The console without its UI: an Account (app/account.h), made as the Console makes it, with what
/// a test observes on the test (GUI) thread: welcomes, connection states, reconnect reasons.
class ConsoleRig {
public:
    app::Account account;
    net::SessionWorker *worker; ///< io thread: connect with an explicit connection type
    models::OperatorActions &actions; // GUI side
    models::Workspace &workspace; // GUI side
    const QString cachePath;
    const QString outboxPath;
    /// Observed on the test thread (queued from the io thread).
    QList<protocol::Welcome> welcomes;
    QList<net::ConnectionState> states;
    QStringList reconnectReasons;

    ConsoleRig(const QString &cache, net::Backoff backoff)
        : account(
            app::Account::Settings {std::move(backoff), {}, QStringLiteral("pilothouse-test"), QStringLiteral("1")})
        , worker(account.session())
        , actions(*account.actions())
        , workspace(*account.workspace())
        , cachePath(cache)
        , outboxPath(models::Outbox::pathBeside(cache))
    {
        QObject::connect(&account, &app::Account::welcomed, &account,
            [this](const protocol::Welcome &welcome) { welcomes.append(welcome); });
        QObject::connect(&account, &app::Account::connectionChanged, &account,
            [this](net::ConnectionState state, int, const QString &detail) {
                if (state == net::ConnectionState::Reconnecting
                    && (states.isEmpty() || states.constLast() != net::ConnectionState::Reconnecting))
                    reconnectReasons.append(detail);
                states.append(state);
            });
        account.openCache(cache);
    }

    void start(const QUrl &url, const QString &token) { account.start(url, token); }
    /// The cache's cursor as the io thread sees it (buffered events written first).
    std::optional<protocol::Cursor> cursor() { return account.cursor(); }
    /// Writes what is buffered and applies it to the board now.
    void settle() { account.settle(); }
};

} // namespace pilothouse::testing
