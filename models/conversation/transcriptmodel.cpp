#include "transcriptmodel.h"

#include "entitycheck.h"

#include "domain/catalogue.h"
#include "domain/displaytext.h"
#include "domain/intents.h"
#include "domain/timetext.h"
#include "domain/tooltext.h"

#include "bands.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>
#include <utility>

namespace pilothouse::models {

namespace {

bool earlier(const MessageRecord &a, const MessageRecord &b)
{
    return a.at < b.at;
}

} // namespace

TranscriptModel::TranscriptModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

int TranscriptModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant TranscriptModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MessageRecord &m = m_messages.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TextRole:
        return displayText(m.text);
    case MessageIdRole:
        return m.id;
    case AuthorRole:
        return int(m.author);
    case AuthorLabelRole:
        return catalogue::label(m.author);
    case AuthorNameRole:
        return displayText(m.authorName);
    case AtRole:
        return m.at;
    case TimeTextRole:
        return TimeText::messageTime(m.at, QDateTime::currentDateTime(), QLocale());
    case IsAiRole:
        return m.hasAi;
    case IntentRole:
        return m.hasAi ? intents::label(displayText(m.intent)) : QString();
    case ConfidenceRole:
        return m.hasAi ? m.confidence : -1.0;
    case ConfidenceBandRole:
        return m.hasAi ? bands::confidenceBand(m.confidence) : 0;
    case LatencyMsRole:
        return m.hasAi ? m.latencyMs : qint64(0);
    case ToolSummariesRole: {
        QStringList summaries;
        summaries.reserve(m.tools.size());
        for (const ToolRecord &tool : m.tools)
            summaries.append(displayText(tooltext::describe(tool.name, tool.summary)));
        return summaries;
    }
    case VisibilityRole:
        return int(m.visibility);
    case VisibilityLabelRole:
        return catalogue::label(m.visibility);
    case RulesVersionRole:
        return m.rules ? int(m.rules->version) : -1;
    case RulesTextRole:
        if (!m.rules)
            return QString();
        return m.rules->version == 0 ? tr("Decided by the built-in rules")
                                     : tr("Decided by rules version %1").arg(m.rules->version);
    case InternalRole:
        return m.visibility != Visibility::Public;
    case IsWeakestRole:
        return m.hasAi && !m_weakestMessageId.isEmpty() && m.id == m_weakestMessageId;
    case MismatchTextRole:
        return m.hasAi ? mismatchText(index.row()) : QString();
    default:
        return {};
    }
}

QHash<int, QByteArray> TranscriptModel::roleNames() const
{
    return {
        {MessageIdRole, "messageId"},
        {AuthorRole, "author"},
        {AuthorLabelRole, "authorLabel"},
        {AuthorNameRole, "authorName"},
        {TextRole, "text"},
        {AtRole, "at"},
        {TimeTextRole, "timeText"},
        {IsAiRole, "isAi"},
        {IntentRole, "intent"},
        {ConfidenceRole, "confidence"},
        {ConfidenceBandRole, "confidenceBand"},
        {LatencyMsRole, "latencyMs"},
        {ToolSummariesRole, "toolSummaries"},
        {VisibilityRole, "visibility"},
        {VisibilityLabelRole, "visibilityLabel"},
        {InternalRole, "internal"},
        {RulesVersionRole, "rulesVersion"},
        {RulesTextRole, "rulesText"},
        {IsWeakestRole, "isWeakest"},
        {MismatchTextRole, "mismatchText"},
    };
}

QString TranscriptModel::mismatchText(int row) const
{
    // The question a reply answers: the customer's latest public message before it.
    for (int i = row - 1; i >= 0; --i) {
        const MessageRecord &m = m_messages.at(i);
        if (m.author == Author::Customer && m.visibility == Visibility::Public)
            return entitycheck::mismatch(m.text, m_messages.at(row).text);
    }
    return {};
}

void TranscriptModel::setWeakestMessageId(const QString &messageId)
{
    if (messageId == m_weakestMessageId)
        return;
    const QString previous = std::exchange(m_weakestMessageId, messageId);
    announce(previous, IsWeakestRole);
    announce(m_weakestMessageId, IsWeakestRole);
}

void TranscriptModel::announce(const QString &messageId, int role)
{
    if (const int row = m_rowById.value(messageId, -1); row >= 0)
        Q_EMIT dataChanged(index(row), index(row), {role});
}

void TranscriptModel::setMessages(QList<MessageRecord> messages)
{
    const int before = count();
    beginResetModel();
    m_messages.clear();
    m_rowById.clear();
    std::stable_sort(messages.begin(), messages.end(), earlier);
    for (MessageRecord &message : messages) {
        if (const auto it = m_rowById.constFind(message.id); it != m_rowById.cend()) {
            m_messages[*it] = std::move(message);
            continue;
        }
        m_rowById.insert(message.id, count());
        m_messages.append(std::move(message));
    }
    endResetModel();
    if (count() != before)
        Q_EMIT countChanged();
}

void TranscriptModel::upsert(const QList<MessageRecord> &messages)
{
    QList<MessageRecord> fresh;
    QHash<QString, qsizetype> freshById;
    for (const MessageRecord &message : messages) {
        if (const auto it = m_rowById.constFind(message.id); it != m_rowById.cend()) {
            if (m_messages.at(*it) == message)
                continue;
            // An edit (e.g. a judgement) never moves a message: its time is its identity here.
            m_messages[*it] = message;
            const QModelIndex changed = index(*it);
            Q_EMIT dataChanged(changed, changed);
        } else if (const auto f = freshById.constFind(message.id); f != freshById.cend()) {
            fresh[*f] = message;
        } else {
            freshById.insert(message.id, fresh.size());
            fresh.append(message);
        }
    }
    if (fresh.isEmpty())
        return;
    std::stable_sort(fresh.begin(), fresh.end(), earlier);

    const bool allAfter = m_messages.isEmpty() || m_messages.last().at <= fresh.first().at;
    if (allAfter) {
        const int first = count();
        beginInsertRows({}, first, first + static_cast<int>(fresh.size()) - 1);
        for (MessageRecord &message : fresh) {
            m_rowById.insert(message.id, count());
            m_messages.append(std::move(message));
        }
        endInsertRows();
    } else {
        // Late arrivals (a reordering between cache and live stream) are rare: one by one.
        int firstMoved = count();
        for (MessageRecord &message : fresh) {
            const auto pos = std::upper_bound(m_messages.begin(), m_messages.end(), message, earlier);
            const int row = static_cast<int>(pos - m_messages.begin());
            beginInsertRows({}, row, row);
            m_messages.insert(row, std::move(message));
            endInsertRows();
            firstMoved = std::min(firstMoved, row);
        }
        reindex(firstMoved);
    }
    Q_EMIT countChanged();
}

void TranscriptModel::clear()
{
    if (m_messages.isEmpty())
        return;
    beginResetModel();
    m_messages.clear();
    m_rowById.clear();
    endResetModel();
    Q_EMIT countChanged();
}

void TranscriptModel::reindex(int fromRow)
{
    for (int row = fromRow; row < count(); ++row)
        m_rowById.insert(m_messages.at(row).id, row);
}

} // namespace pilothouse::models
