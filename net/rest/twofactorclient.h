#pragma once
// Two-factor sign-in over REST (docs/protocol.md 2.1, "Two-factor sign-in"): where the signed-in
// user stands, a new secret to put into the app, and its confirmation with a first code; and, for
// admins, whether the server requires it of everyone. With libcurl on a QThreadPool worker.
// Secrets and codes are wiped from the request once sent.

#include "protocol/twofactor.h"

#include "rest/clientguard.h"

#include <QObject>
#include <QString>
#include <QUrl>

namespace pilothouse::net {

/// Never blocks the caller's thread; every answer arrives, queued, on the thread this object lives
/// in, tagged with the caller's request id. A client destroyed meanwhile receives nothing.
class TwoFactorClient : public QObject {
    Q_OBJECT

public:
    static constexpr std::size_t kMaxBytes = 64 * 1024;

    explicit TwoFactorClient(QObject *parent = nullptr);

    void setCaFile(const QString &path) { m_link.caFile = path; }
    /// GET /api/v1/account/two-factor: statusFetched() or failed().
    void fetchStatus(const QUrl &server, const QString &token, int requestId);
    /// POST /api/v1/account/two-factor: enrolled() or failed().
    void enrol(const QUrl &server, const QString &token, int requestId);
    /// POST /api/v1/account/two-factor/confirm: confirmed() or failed().
    void confirm(const QUrl &server, const QString &token, const QString &code, int requestId);
    /// GET /api/v1/security (admins): policyFetched() or failed().
    void fetchPolicy(const QUrl &server, const QString &token, int requestId);
    /// PUT /api/v1/security (admins): policyFetched() with what the server now holds, or failed().
    void setPolicy(const QUrl &server, const QString &token, const protocol::SecurityPolicy &policy, int requestId);

Q_SIGNALS:
    void statusFetched(int requestId, const pilothouse::protocol::TwoFactorStatus &status);
    void enrolled(int requestId, const pilothouse::protocol::TwoFactorEnrolment &enrolment);
    void confirmed(int requestId, const pilothouse::protocol::RecoveryCodes &codes);
    void policyFetched(int requestId, const pilothouse::protocol::SecurityPolicy &policy);
    /// Why not, in a sentence (the server's own words when it gave some); `offline` when the
    /// server did not answer at all.
    void failed(int requestId, const QString &message, bool offline);

private:
    enum class Call { Status, Enrol, Confirm, Policy, SetPolicy };
    static QString path(Call call);
    void send(const QUrl &server, const QString &token, Call call, std::string body, int requestId);

    ClientLink<TwoFactorClient> m_link {this};
};

} // namespace pilothouse::net

Q_DECLARE_METATYPE(pilothouse::protocol::TwoFactorStatus)
Q_DECLARE_METATYPE(pilothouse::protocol::TwoFactorEnrolment)
Q_DECLARE_METATYPE(pilothouse::protocol::RecoveryCodes)
Q_DECLARE_METATYPE(pilothouse::protocol::SecurityPolicy)
