#pragma once
// The session token in the OS keychain (Secret Service, macOS Keychain, Windows Credential Store)
// through QtKeychain. Never a plaintext fallback.

#include <QObject>
#include <QString>
#include <QUrl>

#include <chrono>
#include <functional>

namespace QKeychain {
class Job;
}

namespace pilothouse::net {

/// Saves, loads and removes one token per account. Every operation is asynchronous and bounded
/// by a timeout of its own: a hung Secret Service must not hang the console. Once an operation
/// timed out, its late keychain result is ignored.
class TokenStore : public QObject {
    Q_OBJECT

public:
    static constexpr const char *kService = "Pilothouse";
    static constexpr std::chrono::milliseconds kDefaultTimeout = std::chrono::seconds(5);

    explicit TokenStore(QObject *parent = nullptr);

    /// "<user>@<host:port>", the key a token is stored under (port defaults from the scheme).
    static QString accountFor(const QString &user, const QUrl &server);

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }

public Q_SLOTS:
    void save(const QString &account, const QString &token);
    void load(const QString &account);
    void remove(const QString &account);

Q_SIGNALS:
    void saved(bool ok, const QString &message);
    /// ok && token.isEmpty(): nothing is stored for the account.
    void loaded(bool ok, const QString &token, const QString &message);
    void removed(bool ok, const QString &message);

private:
    /// Starts `job`; exactly one of `onFinished` or `onTimeout` runs, on this object's thread.
    void run(QKeychain::Job *job, std::function<void(QKeychain::Job *)> onFinished,
        std::function<void(const QString &)> onTimeout);

    std::chrono::milliseconds m_timeout = kDefaultTimeout;
};

} // namespace pilothouse::net
