#pragma once
// The messages of one conversation, oldest first, as the conversation view shows them.

#include "domain/records.h"

#include <QAbstractListModel>
#include <QHash>
#include <QtQml/qqmlregistration.h>

namespace pilothouse::models {

/// Filled by ConversationView: a delivered transcript replaces everything (one reset), live
/// messages are upserted (new ids inserted in time order, known ids updated in place).
class TranscriptModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use ConversationView.transcript")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        MessageIdRole = Qt::UserRole + 1, ///< QString, stable id.
        AuthorRole, ///< Author::Value (an int in QML).
        AuthorLabelRole, ///< QString, translated: "Customer", "AI agent", "Agent", "System".
        AuthorNameRole, ///< QString, display name (customer, AI persona or operator).
        TextRole, ///< QString, untrusted plain text: never render as markup.
        AtRole, ///< qint64 ms since epoch.
        TimeTextRole, ///< QString, short time today, short date and time before today.
        IsAiRole, ///< bool, true when the message carries an AI annotation.
        IntentRole, ///< QString, AI-detected intent, "" for other authors.
        ConfidenceRole, ///< double 0..1 of an AI reply, -1 for other authors.
        ConfidenceBandRole, ///< int, bands::ConfidenceBand (0 for other authors).
        LatencyMsRole, ///< qint64, how long the AI took to reply, 0 for other authors.
        ToolSummariesRole, ///< QStringList, e.g. "looked up order #12345".
        VisibilityRole, ///< Visibility::Value: Public, Note (internal note) or Whisper (to the AI).
        VisibilityLabelRole, ///< QString, translated: "" for public, "Internal note", "Whisper to AI".
        InternalRole, ///< bool: a note or whisper, which the customer never sees.
        /// int: the published escalation rule set that decided the AI reply's turn (0 = the
        /// built-in one); -1 when no rules ran (other authors, a follow-up on a whisper).
        RulesVersionRole,
        RulesTextRole, ///< QString: "Decided by rules version 3", "" when no rules ran.
        IsWeakestRole, ///< bool: the AI reply with the lowest confidence in the conversation.
        /// QString: on an AI reply that names other reference numbers than the customer's question
        /// before it ("Mentions #77189; the customer asked about #81860."), "" otherwise.
        MismatchTextRole,
    };
    Q_ENUM(Role)

    explicit TranscriptModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    int count() const { return static_cast<int>(m_messages.size()); }

    /// Replaces everything; duplicates keep their last version, order is by time.
    void setMessages(QList<MessageRecord> messages);
    /// Inserts unknown ids in time order (one insert when they all come after the last
    /// message, the live case) and updates known ids in place.
    void upsert(const QList<MessageRecord> &messages);
    void clear();
    /// Marks the conversation's weakest AI reply (IsWeakestRole); "" marks none.
    void setWeakestMessageId(const QString &messageId);
    bool contains(const QString &messageId) const { return m_rowById.contains(messageId); }
    /// The row of a message, -1 when the transcript does not hold it (to open at a search hit).
    Q_INVOKABLE int rowOf(const QString &messageId) const { return m_rowById.value(messageId, -1); }
    const QList<MessageRecord> &messages() const { return m_messages; }

Q_SIGNALS:
    void countChanged();

private:
    void reindex(int fromRow);
    QString mismatchText(int row) const;
    void announce(const QString &messageId, int role);

    QList<MessageRecord> m_messages;
    QHash<QString, int> m_rowById;
    QString m_weakestMessageId;
};

} // namespace pilothouse::models
