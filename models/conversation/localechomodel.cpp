#include "localechomodel.h"

#include "transcriptmodel.h"

namespace pilothouse::models {

LocalEchoModel::LocalEchoModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(this, signal, this, &LocalEchoModel::countChanged);
    connect(this, &QAbstractItemModel::modelReset, this, &LocalEchoModel::countChanged);
}

void LocalEchoModel::setTranscript(TranscriptModel *transcript)
{
    if (transcript == m_transcript)
        return;
    if (m_transcript)
        disconnect(m_transcript, nullptr, this, nullptr);
    m_transcript = transcript;
    if (m_transcript) {
        connect(m_transcript, &QAbstractItemModel::rowsInserted, this, &LocalEchoModel::refilter);
        connect(m_transcript, &QAbstractItemModel::modelReset, this, &LocalEchoModel::refilter);
    }
    refilter();
    Q_EMIT transcriptChanged();
}

void LocalEchoModel::setSourceModel(QAbstractItemModel *model)
{
    m_messageIdRole = model ? model->roleNames().key(QByteArrayLiteral("messageId"), -1) : -1;
    QSortFilterProxyModel::setSourceModel(model);
    Q_EMIT countChanged();
}

bool LocalEchoModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_transcript || m_messageIdRole < 0)
        return true;
    const QString messageId = sourceModel()->index(sourceRow, 0, sourceParent).data(m_messageIdRole).toString();
    return messageId.isEmpty() || !m_transcript->contains(messageId);
}

void LocalEchoModel::refilter()
{
    const int before = rowCount();
    invalidateFilter();
    if (rowCount() != before)
        Q_EMIT countChanged();
}

} // namespace pilothouse::models
