#pragma once
// The live board: one row per conversation, joined with its customer. Lives on the GUI thread
// and is fed only by Workspace, which hands it at most one merged ChangeBatch per frame.

#include "domain/records.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>
#include <QtQml/qqmlregistration.h>

namespace pilothouse::models {

/// Conversations in arrival order (rows never move; sorting is BoardFilterModel's job), so a
/// row number stays valid until the next reset and the id -> row hash never needs rebuilding.
class BoardModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The board is owned by Console.workspace")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        ConversationIdRole = Qt::UserRole + 1, ///< QString, stable id.
        CustomerIdRole, ///< QString.
        CustomerNameRole, ///< QString, untrusted plain text; "" until the customer is known.
        CustomerVipRole, ///< bool.
        CustomerSegmentRole, ///< QString: "new", "returning", "vip", "business".
        CustomerSegmentTextRole, ///< QString, the segment in words; "" for a VIP, whose badge says it.
        ChannelRole, ///< Channel::Value (an int in QML: compare with Models.Channel.Email).
        KindRole, ///< Kind::Value.
        StatusRole, ///< Status::Value.
        SubjectRole, ///< QString, untrusted plain text.
        IntentRole, ///< QString, last detected intent in words (models/domain/intents.h), "" if none.
        LastMessageRole, ///< QString, untrusted plain text.
        LastAuthorRole, ///< Author::Value.
        LastMessageAtRole, ///< qint64 ms since epoch.
        CreatedAtRole, ///< qint64 ms since epoch.
        WaitingSinceRole, ///< qint64 ms since epoch, 0 when nobody waits.
        ConfidenceRole, ///< double 0..1 of the last AI reply, -1 when there is none.
        ConfidenceBandRole, ///< int, bands::ConfidenceBand (0 none, 1 low, 2 medium, 3 high).
        WeakestConfidenceRole, ///< double 0..1 of the weakest AI reply so far, -1 when there is none.
        WeakestConfidenceBandRole, ///< int, bands::ConfidenceBand of the weakest reply.
        WeakestIntentRole, ///< QString, the weakest reply's intent in words, "" if none.
        SentimentRole, ///< double -1..1.
        SentimentBandRole, ///< int, bands::SentimentBand (-1, 0, 1).
        PriorityRole, ///< int 0 normal .. 3 urgent.
        MessageCountRole, ///< qint64.
        AssigneeRole, ///< QString, user name of the human owner, "" if none.
        IntentCodeRole, ///< QString, the intent's code ("order_status"), for details and tooltips.
        EscalatedAtRole, ///< qint64 ms, 0 when not escalated.
        SlaDueAtRole, ///< qint64 ms, the first-reply deadline, 0 when there is none.
        RespondedAtRole, ///< qint64 ms, when a person first answered after the escalation, 0 not yet.
        LastCustomerMessageRole, ///< QString, the customer's latest public message, untrusted plain text.
    };
    Q_ENUM(Role)

    /// Each dataChanged costs a sorted proxy one re-sort step and, when a row moves, a layout
    /// change the board's ListView answers by refreshing its delegates; one min..max span instead
    /// costs per row inside it (the proxy re-filters and re-sorts them all, about half a
    /// microsecond each). With the views attached a signal costs about as much as 1,000 rows of
    /// span (live traffic on 10,000 rows: event to pixel p50 110 ms with 16, 30 ms with 1,000),
    /// so runs are merged into one span when runs x kRowsPerSignal >= span length...
    static constexpr int kRowsPerSignal = 1000;
    /// ...or when there are more runs than this, to bound the signals of one flush.
    static constexpr int kMaxSignalsPerFlush = 256;

    explicit BoardModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    /// QAbstractListModel's, without its virtual rowCount() and columnCount() calls: the sorted
    /// proxies make two indexes per comparison, and a burst re-sorts the whole board.
    QModelIndex index(int row, int column = 0, const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    int count() const { return static_cast<int>(m_rows.size()); }

    /// Applies one (merged) batch: a reset, or one insert for all new rows plus coalesced
    /// dataChanged spans for changed ones. Messages are ignored here.
    void apply(const ChangeBatch &batch);

    /// Row of a conversation, -1 if unknown.
    int rowOf(const QString &conversationId) const { return m_rowById.value(conversationId, -1); }
    /// Fast typed access for proxies and views (no QVariant round trip). Row must be valid.
    const ConversationRecord &conversationAt(int row) const { return m_rows.at(row); }
    /// The conversation with this id, nullptr if unknown. Valid until the next apply().
    const ConversationRecord *conversation(const QString &id) const;
    /// The customer with this id, nullptr if unknown. Valid until the next apply().
    const CustomerRecord *customer(const QString &id) const;
    /// The customer of the row, nullptr if not known yet.
    const CustomerRecord *customerAt(int row) const { return customer(m_rows.at(row).customerId); }

Q_SIGNALS:
    void countChanged();

private:
    void resetTo(const ChangeBatch &batch);
    void emitChanged(QList<int> rows, QHash<int, ConversationRecord> &staged);
    void indexCustomer(const QString &customerId, int row);

    QList<ConversationRecord> m_rows;
    QHash<QString, int> m_rowById;
    QHash<QString, CustomerRecord> m_customers;
    QHash<QString, QList<int>> m_rowsByCustomer; ///< customer id -> rows, for customer updates
};

} // namespace pilothouse::models
