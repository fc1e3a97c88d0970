#pragma once
// The audit log for admins (docs/protocol.md 2.1, "Audit log"): who did what, when and from where,
// newest first, a page at a time from GET /api/v1/audit (asked for through requested(), which the
// account runtime wires to the REST client), filtered by user, action, outcome and period, and
// exported whole as CSV. The log lives on the server only: offline, the page says it needs a
// connection. GUI thread.

#include "admin/auditwords.h"
#include "protocol/audit.h"

#include <QAbstractListModel>
#include <QUrl>
#include <QUrlQuery>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <functional>
#include <optional>
#include <vector>

namespace pilothouse::models {

class AuditModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Console.audit holds the one log")
    Q_PROPERTY(State state READ state NOTIFY changed)
    /// Why there are no entries (State Failed), in a sentence the user can act on.
    Q_PROPERTY(QString errorText READ errorText NOTIFY changed)
    /// "The newest 100 of 2,345 entries.", "12 entries." or "No entries." once the server
    /// answered; "" before.
    Q_PROPERTY(QString summaryText READ summaryText NOTIFY changed)
    /// Older matching entries exist: loadMore() asks for them.
    Q_PROPERTY(bool hasMore READ hasMore NOTIFY changed)
    Q_PROPERTY(int count READ count NOTIFY changed)
    /// The filters' lists, {text, value} each: "All actions" (-1) then each AuditAction; the
    /// outcomes (OutcomeFilter); the periods (Period).
    Q_PROPERTY(QVariantList actionOptions READ actionOptions CONSTANT)
    Q_PROPERTY(QVariantList outcomeOptions READ outcomeOptions CONSTANT)
    Q_PROPERTY(QVariantList periodOptions READ periodOptions CONSTANT)
    /// A filter differs from the defaults (every user, action and outcome, the last 7 days).
    Q_PROPERTY(bool filtered READ filtered NOTIFY filterChanged)

    Q_PROPERTY(QString userFilter READ userFilter WRITE setUserFilter NOTIFY filterChanged)
    /// -1 for every action, else an AuditAction.
    Q_PROPERTY(int actionFilter READ actionFilter WRITE setActionFilter NOTIFY filterChanged)
    Q_PROPERTY(OutcomeFilter outcomeFilter READ outcomeFilter WRITE setOutcomeFilter NOTIFY filterChanged)
    Q_PROPERTY(Period period READ period WRITE setPeriod NOTIFY filterChanged)
    Q_PROPERTY(bool exporting READ exporting NOTIFY exportChanged)
    /// How the last export went ("Saved 2,345 entries to audit.csv."), "" before one.
    Q_PROPERTY(QString exportText READ exportText NOTIFY exportChanged)

public:
    enum State { Idle, Loading, Ready, Failed };
    Q_ENUM(State)
    enum OutcomeFilter { AnyOutcome, AppliedOnly, RefusedOnly };
    Q_ENUM(OutcomeFilter)
    enum Period { LastDay, LastWeek, LastMonth, LastQuarter, AllTime };
    Q_ENUM(Period)
    enum Role {
        TimeTextRole = Qt::UserRole + 1, ///< QString: local date and time, to the second.
        UserTextRole, ///< QString, plain text: who acted (as typed for a refused sign-in).
        RoleTextRole, ///< QString: their role then, in words; "" when nobody was signed in.
        ActionTextRole, ///< QString: the action in words; an unknown one as it came.
        RefusedRole, ///< bool
        OutcomeTextRole, ///< QString: "Done", or why it was refused, in words.
        SubjectTextRole, ///< QString, plain text: the conversation, user or customer it was about.
        SourceRole, ///< QString: the client's address, or "Command line".
        AccessibleTextRole, ///< QString: the whole row in one sentence, for screen readers.
    };
    Q_ENUM(Role)

    /// Entries one page asks for; an export asks for the server's most per page.
    static constexpr int kPageSize = 100;
    static constexpr int kExportPageSize = 1000;
    /// The most entries one export writes.
    static constexpr int kMaxExportRows = 100000;

    explicit AuditModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Asks for the newest page under the filters, replacing what is shown.
    Q_INVOKABLE void reload();
    /// Asks for the next older page, appended.
    Q_INVOKABLE void loadMore();
    /// Asks for every entry under the filters (at most kMaxExportRows) and writes them to `file`
    /// as CSV; exportText says how it went.
    Q_INVOKABLE void exportCsv(const QUrl &file);
    /// Forgets every entry (sign-out); answers still on their way are ignored.
    void clear();
    /// The clock the period is counted back from (tests fix it).
    void setClock(std::function<qint64()> now) { m_now = std::move(now); }

    State state() const { return m_state; }
    QString errorText() const { return m_error; }
    QString summaryText() const;
    bool hasMore() const { return m_more; }
    int count() const { return rowCount(); }
    QVariantList actionOptions() const;
    QVariantList outcomeOptions() const;
    QVariantList periodOptions() const;
    bool filtered() const;
    /// Back to the default filters.
    Q_INVOKABLE void resetFilters();
    QString userFilter() const { return m_user; }
    void setUserFilter(const QString &user);
    int actionFilter() const { return m_action; }
    void setActionFilter(int action);
    OutcomeFilter outcomeFilter() const { return m_outcome; }
    void setOutcomeFilter(OutcomeFilter outcome);
    Period period() const { return m_period; }
    void setPeriod(Period period);
    bool exporting() const { return m_export.requestId != 0; }
    QString exportText() const { return m_exportText; }

    /// The query of the filters (without paging), as requested() carries it.
    QUrlQuery filterQuery() const;
    /// The whole CSV of `entries`: header in the UI language, times in UTC (ISO 8601).
    static QString csv(const std::vector<protocol::AuditEntry> &entries);

public Q_SLOTS:
    void onFetched(int requestId, const pilothouse::protocol::AuditPage &page);
    void onFailed(int requestId, const QString &message, bool offline);

Q_SIGNALS:
    /// Wired by the account runtime to the REST client.
    void requested(const QUrlQuery &query, int requestId);
    void changed();
    void filterChanged();
    void exportChanged();

private:
    /// Emits requested() for `query` paged by `before` and `limit`; returns the request's id.
    int ask(QUrlQuery query, std::optional<std::int64_t> before, int limit);
    void finishExport(const QString &text);

    std::vector<protocol::AuditEntry> m_rows;
    State m_state = Idle;
    QString m_error;
    std::int64_t m_total = 0;
    bool m_more = false;
    int m_request = 0; ///< The page being waited for; 0 when none.
    int m_nextRequest = 0;
    QString m_user;
    int m_action = -1;
    OutcomeFilter m_outcome = AnyOutcome;
    Period m_period = LastWeek;
    std::function<qint64()> m_now;
    struct Export {
        int requestId = 0; ///< 0: no export running.
        QString path;
        QUrlQuery query; ///< The filters when it started (with `to` fixed).
        std::vector<protocol::AuditEntry> rows;
    } m_export;
    QString m_exportText;
};

} // namespace pilothouse::models
