#include "draftlistmodel.h"

#include "domain/displaytext.h"
#include "domain/intents.h"
#include "domain/timetext.h"

#include "bands.h"

#include <QDateTime>
#include <QLocale>

namespace pilothouse::models {

DraftListModel::DraftListModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

int DraftListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant DraftListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DraftRecord &d = m_drafts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TextRole:
        return displayText(d.text);
    case DraftIdRole:
        return d.id;
    case IntentRole:
        return intents::label(displayText(d.intent));
    case ConfidenceRole:
        return d.confidence;
    case ConfidenceBandRole:
        return bands::confidenceBand(d.confidence);
    case TimeTextRole:
        return TimeText::messageTime(d.at, QDateTime::currentDateTime(), QLocale());
    default:
        return {};
    }
}

QHash<int, QByteArray> DraftListModel::roleNames() const
{
    return {{DraftIdRole, "draftId"}, {TextRole, "draftText"}, {IntentRole, "intent"}, {ConfidenceRole, "confidence"},
        {ConfidenceBandRole, "confidenceBand"}, {TimeTextRole, "timeText"}};
}

void DraftListModel::setDrafts(const QList<DraftRecord> &drafts)
{
    if (drafts == m_drafts)
        return;
    const int before = count();
    beginResetModel();
    m_drafts = drafts;
    endResetModel();
    if (count() != before)
        Q_EMIT countChanged();
}

} // namespace pilothouse::models
