#pragma once
// One customer's conversations on the board, newest first, optionally without the one being
// viewed: the "earlier conversations" list of the customer panel.

#include <QSortFilterProxyModel>
#include <QtQml/qqmlregistration.h>

namespace pilothouse::models {

class BoardModel;

/// A live proxy over BoardModel (same roles), so a new conversation of the customer or a
/// status change shows up without the view asking again.
class CustomerConversationsModel : public QSortFilterProxyModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString customerId READ customerId WRITE setCustomerId NOTIFY customerIdChanged)
    /// Left out of the list: the conversation the view is showing.
    Q_PROPERTY(QString excludedConversationId READ excludedConversationId WRITE setExcludedConversationId NOTIFY
            excludedConversationIdChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    explicit CustomerConversationsModel(QObject *parent = nullptr);

    QString customerId() const { return m_customerId; }
    void setCustomerId(const QString &id);
    QString excludedConversationId() const { return m_excluded; }
    void setExcludedConversationId(const QString &id);
    int count() const { return rowCount(); }

    /// Conversation id at a row of this proxy, "" when out of range.
    Q_INVOKABLE QString conversationIdAt(int row) const;

    void setSourceModel(QAbstractItemModel *model) override;

Q_SIGNALS:
    void customerIdChanged();
    void excludedConversationIdChanged();
    void countChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    BoardModel *m_board = nullptr;
    QString m_customerId;
    QString m_excluded;
};

} // namespace pilothouse::models
