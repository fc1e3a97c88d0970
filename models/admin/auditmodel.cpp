#include "admin/auditmodel.h"

#include "domain/catalogue.h"
#include "insights/csvexport.h"

#include <QDateTime>
#include <QFileInfo>
#include <QLocale>

namespace pilothouse::models {
namespace {

QString text(const std::string &value)
{
    return QString::fromStdString(value);
}

QString roleText(const protocol::AuditEntry &entry)
{
    return entry.role ? catalogue::label(catalogue::fromProtocol(*entry.role)) : QString();
}

QString actionText(const protocol::AuditEntry &entry)
{
    const QString name = text(entry.action);
    const AuditAction action = AuditWords::actionFromWire(name);
    return action == AuditAction::Other ? name : AuditWords::label(action);
}

QString outcomeText(const protocol::AuditEntry &entry)
{
    if (entry.outcome == protocol::AuditOutcome::Applied)
        return AuditModel::tr("Done");
    return AuditModel::tr("Refused: %1").arg(AuditWords::refusal(text(entry.code)));
}

QString subjectText(const protocol::AuditEntry &entry)
{
    const AuditAction action = AuditWords::actionFromWire(text(entry.action));
    if (!entry.conversationId.empty())
        return AuditModel::tr("Conversation %1").arg(text(entry.conversationId));
    if (entry.target.empty())
        return {};
    if (action == AuditAction::ExportCustomer)
        return AuditModel::tr("Customer %1").arg(text(entry.target));
    if (action == AuditAction::SetUserRole && !entry.detail.empty())
        return AuditModel::tr("%1, now %2")
            .arg(text(entry.target), catalogue::label(catalogue::roleFromWire(text(entry.detail))));
    if (action == AuditAction::RenameUser && !entry.detail.empty())
        return AuditModel::tr("%1, now shown as %2").arg(text(entry.target), text(entry.detail));
    return text(entry.target);
}

QString sourceText(const protocol::AuditEntry &entry)
{
    return entry.source == "command-line" ? AuditModel::tr("Command line") : text(entry.source);
}

QString localTime(qint64 at)
{
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(at);
    const QLocale locale;
    return locale.toString(when.date(), QLocale::ShortFormat) + u' ' + when.time().toString(u"HH:mm:ss");
}

} // namespace

AuditModel::AuditModel(QObject *parent)
    : QAbstractListModel(parent)
    , m_now([] { return QDateTime::currentMSecsSinceEpoch(); })
{ }

int AuditModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant AuditModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const protocol::AuditEntry &entry = m_rows[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case ActionTextRole:
        return actionText(entry);
    case TimeTextRole:
        return localTime(entry.at);
    case UserTextRole:
        return text(entry.user);
    case RoleTextRole:
        return roleText(entry);
    case RefusedRole:
        return entry.outcome == protocol::AuditOutcome::Refused;
    case OutcomeTextRole:
        return outcomeText(entry);
    case SubjectTextRole:
        return subjectText(entry);
    case SourceRole:
        return sourceText(entry);
    case AccessibleTextRole: {
        const QString who = entry.role ? tr("%1 (%2)").arg(text(entry.user), roleText(entry)) : text(entry.user);
        const QString about = subjectText(entry);
        const QString source = sourceText(entry);
        QString sentence = tr("%1: %2, %3. %4.").arg(localTime(entry.at), who, actionText(entry), outcomeText(entry));
        if (!about.isEmpty())
            sentence += u' ' + tr("About %1.").arg(about);
        if (!source.isEmpty())
            sentence += u' ' + tr("From %1.").arg(source);
        return sentence;
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> AuditModel::roleNames() const
{
    return {{TimeTextRole, "timeText"}, {UserTextRole, "userText"}, {RoleTextRole, "roleText"},
        {ActionTextRole, "actionText"}, {RefusedRole, "refused"}, {OutcomeTextRole, "outcomeText"},
        {SubjectTextRole, "subjectText"}, {SourceRole, "source"}, {AccessibleTextRole, "accessibleText"}};
}

namespace {
QVariantMap option(const QString &text, int value)
{
    return {{QStringLiteral("text"), text}, {QStringLiteral("value"), value}};
}
} // namespace

QVariantList AuditModel::actionOptions() const
{
    QVariantList out {option(tr("All actions"), -1)};
    for (const AuditAction action : AuditWords::actions())
        out.append(option(AuditWords::label(action), int(action)));
    return out;
}

QVariantList AuditModel::outcomeOptions() const
{
    return {option(tr("Any"), AnyOutcome), option(tr("Done"), AppliedOnly), option(tr("Refused"), RefusedOnly)};
}

QVariantList AuditModel::periodOptions() const
{
    return {option(tr("Last 24 hours"), LastDay), option(tr("Last 7 days"), LastWeek),
        option(tr("Last 30 days"), LastMonth), option(tr("Last 90 days"), LastQuarter),
        option(tr("All time"), AllTime)};
}

bool AuditModel::filtered() const
{
    return !m_user.isEmpty() || m_action != -1 || m_outcome != AnyOutcome || m_period != LastWeek;
}

void AuditModel::resetFilters()
{
    if (!filtered())
        return;
    m_user.clear();
    m_action = -1;
    m_outcome = AnyOutcome;
    m_period = LastWeek;
    Q_EMIT filterChanged();
}

QString AuditModel::summaryText() const
{
    if (m_state != Ready)
        return {};
    if (m_total == 0)
        return tr("No entries.");
    const int total = int(std::min<std::int64_t>(m_total, std::numeric_limits<int>::max()));
    if (qsizetype(m_rows.size()) >= total)
        return tr("%n entries.", nullptr, total);
    return tr("The newest %1 of %n entries.", nullptr, total).arg(QLocale().toString(qlonglong(m_rows.size())));
}

void AuditModel::setUserFilter(const QString &user)
{
    if (user.trimmed() == m_user)
        return;
    m_user = user.trimmed();
    Q_EMIT filterChanged();
}

void AuditModel::setActionFilter(int action)
{
    if (action == m_action || action < -1 || action > int(AuditAction::EndSession))
        return;
    m_action = action == int(AuditAction::Other) ? -1 : action;
    Q_EMIT filterChanged();
}

void AuditModel::setOutcomeFilter(OutcomeFilter outcome)
{
    if (outcome == m_outcome)
        return;
    m_outcome = outcome;
    Q_EMIT filterChanged();
}

void AuditModel::setPeriod(Period period)
{
    if (period == m_period)
        return;
    m_period = period;
    Q_EMIT filterChanged();
}

QUrlQuery AuditModel::filterQuery() const
{
    QUrlQuery query;
    if (!m_user.isEmpty())
        query.addQueryItem(QStringLiteral("user"), QString::fromUtf8(QUrl::toPercentEncoding(m_user)));
    if (m_action >= 0)
        query.addQueryItem(QStringLiteral("action"), AuditWords::wireName(AuditAction(m_action)));
    if (m_outcome != AnyOutcome)
        query.addQueryItem(QStringLiteral("outcome"),
            m_outcome == AppliedOnly ? QStringLiteral("applied") : QStringLiteral("refused"));
    constexpr qint64 kDay = 24 * 3600 * 1000LL;
    qint64 span = 0;
    switch (m_period) {
    case LastDay:
        span = kDay;
        break;
    case LastWeek:
        span = 7 * kDay;
        break;
    case LastMonth:
        span = 30 * kDay;
        break;
    case LastQuarter:
        span = 90 * kDay;
        break;
    case AllTime:
        break;
    }
    if (span > 0)
        query.addQueryItem(QStringLiteral("from"), QString::number(std::max<qint64>(0, m_now() - span)));
    return query;
}

int AuditModel::ask(QUrlQuery query, std::optional<std::int64_t> before, int limit)
{
    if (before)
        query.addQueryItem(QStringLiteral("before"), QString::number(*before));
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    const int id = ++m_nextRequest;
    Q_EMIT requested(query, id);
    return id;
}

void AuditModel::reload()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
    m_state = Loading;
    m_error.clear();
    m_more = false;
    m_total = 0;
    Q_EMIT changed();
    m_request = ask(filterQuery(), std::nullopt, kPageSize);
}

void AuditModel::loadMore()
{
    if (m_state != Ready || !m_more || m_rows.empty())
        return;
    m_state = Loading;
    Q_EMIT changed();
    m_request = ask(filterQuery(), m_rows.back().id, kPageSize);
}

void AuditModel::exportCsv(const QUrl &file)
{
    if (exporting())
        return;
    m_export = {};
    m_export.path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    m_export.query = filterQuery();
    m_exportText = tr("Exporting…");
    m_export.requestId = ask(m_export.query, std::nullopt, kExportPageSize);
    Q_EMIT exportChanged();
}

void AuditModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
    m_state = Idle;
    m_error.clear();
    m_more = false;
    m_total = 0;
    m_request = 0;
    const bool wasExporting = exporting();
    m_export = {};
    m_exportText.clear();
    Q_EMIT changed();
    if (wasExporting)
        Q_EMIT exportChanged();
}

void AuditModel::onFetched(int requestId, const protocol::AuditPage &page)
{
    if (requestId != 0 && requestId == m_export.requestId) {
        const std::size_t room = std::size_t(kMaxExportRows) - m_export.rows.size();
        const std::size_t take = std::min(room, page.entries.size());
        m_export.rows.insert(m_export.rows.end(), page.entries.begin(), page.entries.begin() + qsizetype(take));
        if (page.more && !page.entries.empty() && m_export.rows.size() < std::size_t(kMaxExportRows)) {
            m_export.requestId = ask(m_export.query, page.entries.back().id, kExportPageSize);
            return;
        }
        const bool cut = page.more || take < page.entries.size();
        const QString error = CsvExport::write(m_export.path, csv(m_export.rows));
        const QString name = QFileInfo(m_export.path).fileName();
        const QString count = QLocale().toString(qlonglong(m_export.rows.size()));
        if (!error.isEmpty())
            finishExport(error);
        else if (cut)
            finishExport(tr("Saved the newest %1 entries to %2; narrow the filters for older ones.").arg(count, name));
        else
            finishExport(tr("Saved %1 entries to %2.").arg(count, name));
        return;
    }
    if (requestId == 0 || requestId != m_request)
        return; // stale: the filters changed since
    m_request = 0;
    if (!page.entries.empty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(page.entries.size()) - 1);
        m_rows.insert(m_rows.end(), page.entries.begin(), page.entries.end());
        endInsertRows();
    }
    m_total = page.total;
    m_more = page.more;
    m_state = Ready;
    Q_EMIT changed();
}

void AuditModel::onFailed(int requestId, const QString &message, bool offline)
{
    if (requestId != 0 && requestId == m_export.requestId) {
        finishExport(offline ? tr("The export needs a connection to the server.") : message);
        return;
    }
    if (requestId == 0 || requestId != m_request)
        return;
    m_request = 0;
    m_state = Failed;
    m_error = offline ? tr("The audit log is kept on the server. Connect to read it.") : message;
    Q_EMIT changed();
}

void AuditModel::finishExport(const QString &text)
{
    m_export = {};
    m_exportText = text;
    Q_EMIT exportChanged();
}

QString AuditModel::csv(const std::vector<protocol::AuditEntry> &entries)
{
    const QStringList header {tr("Time (UTC)"), tr("User"), tr("Role"), tr("Action"), tr("Action code"), tr("Outcome"),
        tr("Refusal code"), tr("Conversation"), tr("Target"), tr("Detail"), tr("Command id"), tr("Source")};
    QString out;
    QStringList cells;
    for (const QString &title : header)
        cells << CsvExport::cell(title);
    out += cells.join(u',') + QStringLiteral("\r\n");
    for (const protocol::AuditEntry &e : entries) {
        cells = {QDateTime::fromMSecsSinceEpoch(e.at, Qt::UTC).toString(Qt::ISODateWithMs), text(e.user), roleText(e),
            actionText(e), text(e.action), e.outcome == protocol::AuditOutcome::Applied ? tr("Done") : tr("Refused"),
            text(e.code), text(e.conversationId), text(e.target), text(e.detail), text(e.commandId), sourceText(e)};
        for (QString &cell : cells)
            cell = CsvExport::cell(cell);
        out += cells.join(u',') + QStringLiteral("\r\n");
    }
    return out;
}

} // namespace pilothouse::models
