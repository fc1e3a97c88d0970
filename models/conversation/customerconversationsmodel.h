#pragma once
// One customer's conversations on the board, newest first, optionally without the one being
// viewed: the "earlier conversations" list of the customer panel.

#include "domain/enums.h"

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
    /// The newest of these that is still open (not resolved), "" when none is: the composer warns
    /// before a reply ("also has an open conversation by email"), the panel offers to merge it.
    Q_PROPERTY(QString openConversationId READ openConversationId NOTIFY openConversationChanged)
    /// Its channel (Chat when there is none).
    Q_PROPERTY(pilothouse::models::Channel::Value openChannel READ openChannel NOTIFY openConversationChanged)
    /// When it started, ms since the epoch (0 when there is none).
    Q_PROPERTY(qint64 openCreatedAt READ openCreatedAt NOTIFY openConversationChanged)

public:
    explicit CustomerConversationsModel(QObject *parent = nullptr);

    QString customerId() const { return m_customerId; }
    void setCustomerId(const QString &id);
    QString excludedConversationId() const { return m_excluded; }
    void setExcludedConversationId(const QString &id);
    int count() const { return rowCount(); }
    QString openConversationId() const { return m_openId; }
    Channel::Value openChannel() const { return m_openChannel; }
    qint64 openCreatedAt() const { return m_openCreatedAt; }
    /// The warning about the open one, e.g. "Lisa Chen also has an open conversation by email,
    /// started 5 min ago"; "" when there is none. `customerName` may be empty ("This customer").
    Q_INVOKABLE QString openElsewhereText(const QString &customerName, qint64 now) const;

    /// Conversation id at a row of this proxy, "" when out of range.
    Q_INVOKABLE QString conversationIdAt(int row) const;

    void setSourceModel(QAbstractItemModel *model) override;

Q_SIGNALS:
    void customerIdChanged();
    void excludedConversationIdChanged();
    void countChanged();
    void openConversationChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void findOpen();

    BoardModel *m_board = nullptr;
    QString m_customerId;
    QString m_excluded;
    QString m_openId;
    Channel::Value m_openChannel = Channel::Chat;
    qint64 m_openCreatedAt = 0;
};

} // namespace pilothouse::models
