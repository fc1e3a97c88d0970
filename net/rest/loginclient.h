#pragma once
// Sign-in over REST: POST {server}/api/v1/login with libcurl on a QThreadPool worker.

#include "rest/loginresult.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

namespace pilothouse::net {

/// Exchanges a user name and password for a session token. Never blocks the caller's thread:
/// the request runs on QThreadPool::globalInstance() and finished() is delivered, queued, on the
/// thread this object lives in. A client destroyed meanwhile receives nothing.
class LoginClient : public QObject {
    Q_OBJECT

public:
    explicit LoginClient(QObject *parent = nullptr);
    ~LoginClient() override;

    /// A PEM bundle to trust in addition to nothing else (e.g. a private CA); empty = system CAs.
    void setCaFile(const QString &path);
    QString caFile() const { return m_caFile; }

public Q_SLOTS:
    /// `server` is the base address, e.g. https://pilothouse.example.com:8443. `code` is the second
    /// step of a two-factor sign-in (docs/protocol.md 2.1), empty for the first.
    void login(const QUrl &server, const QString &user, const QString &password, const QString &code = {});
    /// Signs out on the server (POST /api/v1/logout): the session's token is revoked there, so a
    /// copy of it left anywhere signs nothing in. Fire and forget: the outcome is only logged.
    void logout(const QUrl &server, const QString &token);

Q_SIGNALS:
    void finished(const pilothouse::net::LoginResult &result);

private:
    struct Guard;
    std::shared_ptr<Guard> m_guard;
    QString m_caFile;
};

} // namespace pilothouse::net
