#pragma once
// Gathers the records one transaction wrote, so the GUI thread receives each record once with its
// latest state however often it changed inside the batch.

#include "domain/records.h"

#include <QHash>

#include <utility>

namespace pilothouse::models {

/// Builds the ChangeBatch of one transaction; keeps first-seen order, replaces with later states.
class ChangeCollector {
public:
    void add(CustomerRecord record) { put(m_batch.customers, m_customers, std::move(record)); }
    void add(ConversationRecord record) { put(m_batch.conversations, m_conversations, std::move(record)); }
    void add(MessageRecord record) { m_batch.messages.append(std::move(record)); }
    void add(DraftRecord record) { m_batch.drafts.append(std::move(record)); }
    void add(TransitionRecord record) { m_batch.transitions.append(std::move(record)); }
    void add(JudgementRecord record)
    {
        const QString key = record.messageId;
        replaceOrAppend(m_batch.judgements, m_judgements, key, std::move(record));
    }

    /// Hands the batch over and starts a new one.
    ChangeBatch take()
    {
        m_customers.clear();
        m_conversations.clear();
        m_judgements.clear();
        return std::exchange(m_batch, ChangeBatch {});
    }

private:
    template<typename Record> static void put(QList<Record> &list, QHash<QString, qsizetype> &index, Record &&record)
    {
        const QString key = record.id; // shared copy; record is moved below
        replaceOrAppend(list, index, key, std::move(record));
    }

    template<typename Record>
    static void replaceOrAppend(
        QList<Record> &list, QHash<QString, qsizetype> &index, const QString &key, Record &&record)
    {
        if (const auto it = index.constFind(key); it != index.cend()) {
            list[*it] = std::move(record);
            return;
        }
        index.insert(key, list.size());
        list.append(std::move(record));
    }

    ChangeBatch m_batch;
    QHash<QString, qsizetype> m_customers;
    QHash<QString, qsizetype> m_conversations;
    QHash<QString, qsizetype> m_judgements;
};

} // namespace pilothouse::models
