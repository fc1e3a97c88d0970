#include "rowstepper.h"

#include "board/boardmodel.h"

#include <algorithm>

namespace pilothouse::models {

RowStepper::RowStepper(QObject *parent)
    : QObject(parent)
{ }

void RowStepper::setModel(QAbstractItemModel *model)
{
    if (m_model == model)
        return;
    m_model = model;
    Q_EMIT modelChanged();
}

int RowStepper::stepFrom(int row, int count, int step)
{
    if (count <= 0)
        return -1;
    if (row < 0)
        return step > 0 ? 0 : count - 1;
    return std::clamp(row + step, 0, count - 1);
}

int RowStepper::rowOf(const QString &conversationId) const
{
    if (!m_model || conversationId.isEmpty())
        return -1;
    const int count = m_model->rowCount();
    for (int row = 0; row < count; ++row) {
        if (m_model->index(row, 0).data(BoardModel::ConversationIdRole).toString() == conversationId)
            return row;
    }
    return -1;
}

int RowStepper::rowAfter(const QString &conversationId, int step) const
{
    if (!m_model)
        return -1;
    return stepFrom(rowOf(conversationId), m_model->rowCount(), step);
}

} // namespace pilothouse::models
