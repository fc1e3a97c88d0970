#include "rest/auditclient.h"

#include "rest/clientguard.h"
#include "rest/jsonget.h"

#include <QThreadPool>

namespace pilothouse::net {

AuditClient::AuditClient(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<protocol::AuditPage>("pilothouse::protocol::AuditPage");
}

void AuditClient::fetch(const QUrl &server, const QString &token, const QUrlQuery &query, int id)
{
    auto guard = m_link.guard();
    QUrl url = apiUrl(server, QStringLiteral("/api/v1/audit"));
    if (url.isEmpty()) {
        const QString message = tr("\"%1\" is not a server address.").arg(server.toDisplayString(QUrl::RemoveUserInfo));
        guard->post([id, message](AuditClient *c) { Q_EMIT c->failed(id, message, false); });
        return;
    }
    url.setQuery(query);
    HttpPost request = m_link.get(url, token, kMaxBytes);
    QThreadPool::globalInstance()->start([request, guard, id]() mutable {
        auto got = getJson<protocol::AuditPage>(request, protocol::decodeAuditPage, "the audit log");
        using Failure = decltype(got)::Failure;
        if (got.failure == Failure::None) {
            guard->post([id, value = std::move(*got.body)](AuditClient *c) { Q_EMIT c->fetched(id, value); });
            return;
        }
        const long status = got.status;
        const Failure failure = got.failure;
        guard->post([id, status, failure](AuditClient *c) {
            switch (failure) {
            case Failure::NoAnswer:
                Q_EMIT c->failed(id, tr("The server did not answer."), true);
                return;
            case Failure::Unauthorized:
                Q_EMIT c->failed(id, tr("The session has ended; sign in again to read the audit log."), false);
                return;
            case Failure::Forbidden:
                Q_EMIT c->failed(id, tr("The server shows the audit log to admins only."), false);
                return;
            case Failure::None:
            case Failure::Unreadable:
                break;
            }
            Q_EMIT c->failed(id, tr("The server's audit log could not be read (HTTP %1).").arg(status), false);
        });
    });
}

} // namespace pilothouse::net
