#pragma once
// J/K through a list of conversations (the board and the escalation queue): which row the next
// or previous one is, so the views only move their ListView there.

#include <QAbstractItemModel>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace pilothouse::models {

/// `RowStepper { model: filtered }` in QML, then `rowAfter(selectedConversationId, 1)` for J and
/// `rowAfter(selectedConversationId, -1)` for K. The model is any list whose rows carry the board's
/// `conversationId` role (BoardFilterModel, EscalationQueueModel).
///
/// The step is clamped at both ends of the list, never wrapped. When the selected conversation is
/// not in the list (nothing selected yet, or filtered out), J starts at the top and K at the bottom.
class RowStepper : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QAbstractItemModel *model READ model WRITE setModel NOTIFY modelChanged)

public:
    explicit RowStepper(QObject *parent = nullptr);

    QAbstractItemModel *model() const { return m_model; }
    void setModel(QAbstractItemModel *model);

    /// The row `step` rows from the row of `conversationId` by the rules above; -1 when the list
    /// is empty (or there is no model).
    Q_INVOKABLE int rowAfter(const QString &conversationId, int step) const;
    /// The row of `conversationId`, -1 when it is not in the list (or is empty).
    int rowOf(const QString &conversationId) const;

    /// The rule on its own: from `row` (-1 for none) in a list of `count` rows, `step` rows on.
    static int stepFrom(int row, int count, int step);

Q_SIGNALS:
    void modelChanged();

private:
    QPointer<QAbstractItemModel> m_model;
};

} // namespace pilothouse::models
