#include "notices.h"

#include <algorithm>

namespace pilothouse::models {

int Notices::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant Notices::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Notice &notice = m_notices.at(index.row());
    switch (role) {
    case NoticeIdRole:
        return notice.id;
    case SeverityRole:
        return int(notice.severity);
    case Qt::DisplayRole:
    case TextRole:
        return notice.text;
    case TopicRole:
        return int(notice.topic);
    default:
        return {};
    }
}

QHash<int, QByteArray> Notices::roleNames() const
{
    return {{NoticeIdRole, "noticeId"}, {SeverityRole, "severity"}, {TextRole, "text"}, {TopicRole, "topic"}};
}

QString Notices::summary() const
{
    QStringList texts;
    for (const Notice &notice : m_notices)
        texts.append(notice.text);
    return texts.join(u' ');
}

Severity::Value Notices::highestSeverity() const
{
    Severity::Value highest = Severity::Info;
    for (const Notice &notice : m_notices)
        highest = std::max(highest, notice.severity);
    return highest;
}

int Notices::post(Topic topic, Severity::Value severity, const QString &text)
{
    if (text.isEmpty())
        return 0;
    for (int row = 0; row < count(); ++row) {
        Notice &notice = m_notices[row];
        if (notice.topic != topic || (topic == Recovery && notice.text != text))
            continue;
        // The same topic again: the newer sentence replaces the older one in place.
        notice.severity = severity;
        notice.text = text;
        Q_EMIT dataChanged(index(row), index(row));
        Q_EMIT countChanged(); // summary and highest severity
        return notice.id;
    }
    beginInsertRows({}, count(), count());
    m_notices.append(Notice {m_nextId++, topic, severity, text});
    endInsertRows();
    Q_EMIT countChanged();
    return m_notices.constLast().id;
}

void Notices::dismiss(int noticeId)
{
    const auto it = std::find_if(
        m_notices.cbegin(), m_notices.cend(), [noticeId](const Notice &notice) { return notice.id == noticeId; });
    if (it != m_notices.cend())
        removeAt(int(it - m_notices.cbegin()));
}

void Notices::clear(Topic topic)
{
    for (int row = count() - 1; row >= 0; --row) {
        if (m_notices.at(row).topic == topic)
            removeAt(row);
    }
}

void Notices::clearAll()
{
    if (m_notices.isEmpty())
        return;
    beginResetModel();
    m_notices.clear();
    endResetModel();
    Q_EMIT countChanged();
}

QString Notices::text(Topic topic) const
{
    for (auto it = m_notices.crbegin(); it != m_notices.crend(); ++it) {
        if (it->topic == topic)
            return it->text;
    }
    return {};
}

void Notices::removeAt(int row)
{
    beginRemoveRows({}, row, row);
    m_notices.removeAt(row);
    endRemoveRows();
    Q_EMIT countChanged();
}

} // namespace pilothouse::models
