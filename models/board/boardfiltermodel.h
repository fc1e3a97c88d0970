#pragma once
// What the board view shows: BoardModel filtered (All, AI handling, Escalated, ...), searched
// and sorted. Instantiable from QML with `sourceModel: Console.workspace.board`.

#include "live/identity.h"

#include <QDateTime>
#include <QPointer>
#include "heldorder.h"

#include <QSortFilterProxyModel>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace pilothouse::models {

class BoardModel;
struct ConversationRecord;
struct CustomerRecord;

/// Filtering and sorting read BoardModel's records directly (no QVariant per role), and
/// dynamicSortFilter re-checks only rows inside each dataChanged span, so a live update costs
/// O(changed rows), not O(board).
class BoardFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Filter filter READ filter WRITE setFilter NOTIFY filterChanged)
    Q_PROPERTY(QString searchText READ searchText WRITE setSearchText NOTIFY searchTextChanged)
    Q_PROPERTY(SortKey sortKey READ sortKey WRITE setSortKey NOTIFY sortKeyChanged)
    /// Who "Mine" means: `identity: workspace.identity`.
    Q_PROPERTY(pilothouse::models::Identity *identity READ identity WRITE setIdentity NOTIFY identityChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    /// While true, rows keep their places as conversations change (board/heldorder.h); new and
    /// moved rows are counted in pendingCount until applyPending(). Filter, search and sort
    /// changes apply at once. False (the default) sorts live.
    Q_PROPERTY(bool holdOrder READ holdOrder WRITE setHoldOrder NOTIFY holdOrderChanged)
    Q_PROPERTY(int pendingCount READ pendingCount NOTIFY pendingCountChanged)

public:
    /// WeakReplies: the weakest AI reply so far is in the low confidence band (bands.h).
    enum Filter { All, AiHandling, Escalated, Mine, Vip, Today, Support, Sales, WeakReplies };
    Q_ENUM(Filter)
    enum SortKey {
        ByActivity, ///< Newest last message first.
        ByPriority, ///< Highest priority first, then longest waiting.
        ByConfidence, ///< Weakest AI reply first; no AI reply yet goes last.
    };
    Q_ENUM(SortKey)

    explicit BoardFilterModel(QObject *parent = nullptr);

    Filter filter() const { return m_filter; }
    void setFilter(Filter filter);
    QString searchText() const { return m_searchText; }
    void setSearchText(const QString &text);
    SortKey sortKey() const { return m_sortKey; }
    void setSortKey(SortKey key);
    Identity *identity() const { return m_identity; }
    void setIdentity(Identity *identity);
    int count() const { return rowCount(); }
    bool holdOrder() const { return m_holdOrder; }
    void setHoldOrder(bool hold);
    int pendingCount() const { return m_held.pendingCount(); }
    /// Sorts the held rows into the live order and holds that.
    Q_INVOKABLE void applyPending();

    /// Conversation id at a row of this proxy, "" when out of range.
    Q_INVOKABLE QString conversationIdAt(int row) const;

    void setSourceModel(QAbstractItemModel *model) override;

Q_SIGNALS:
    void filterChanged();
    void searchTextChanged();
    void sortKeyChanged();
    void identityChanged();
    void countChanged();
    void holdOrderChanged();
    void pendingCountChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    bool matchesFilter(const ConversationRecord &c, const CustomerRecord *customer) const;
    bool matchesSearch(const ConversationRecord &c, const CustomerRecord *customer) const;
    void refilter();
    void scheduleMidnight();
    /// Re-sorts live, then holds that order again when holdOrder is set.
    void retake();
    void notePending(int firstSourceRow, int lastSourceRow);

    BoardModel *m_board = nullptr; ///< The source when it is a BoardModel (the only supported one).
    Filter m_filter = All;
    SortKey m_sortKey = ByActivity;
    QString m_searchText;
    QPointer<Identity> m_identity;
    qint64 m_todayStart = 0; ///< ms; refreshed with the filter and at local midnight
    QTimer m_midnight;
    bool m_holdOrder = false;
    HeldOrder m_held;
};

} // namespace pilothouse::models
