#include "batchmerger.h"

#include <algorithm>

namespace pilothouse::models {

template<typename Record>
void BatchMerger::upsert(
    QList<Record> &list, QHash<QString, qsizetype> &index, const QString &key, const Record &record)
{
    if (const auto it = index.constFind(key); it != index.cend()) {
        list[*it] = record;
        return;
    }
    index.insert(key, list.size());
    list.append(record);
}

void BatchMerger::reindex()
{
    // The common case of one batch per frame is taken whole; it is indexed only in case
    // another batch lands before the frame.
    for (qsizetype i = 0; i < m_pending.customers.size(); ++i)
        m_customerIndex.insert(m_pending.customers.at(i).id, i);
    for (qsizetype i = 0; i < m_pending.conversations.size(); ++i)
        m_conversationIndex.insert(m_pending.conversations.at(i).id, i);
    for (qsizetype i = 0; i < m_pending.messages.size(); ++i)
        m_messageIndex.insert(m_pending.messages.at(i).id, i);
    for (qsizetype i = 0; i < m_pending.judgements.size(); ++i)
        m_judgementIndex.insert(m_pending.judgements.at(i).messageId, i);
}

void BatchMerger::add(const ChangeBatch &batch)
{
    ++m_batches;
    if (batch.reset) {
        // The snapshot behind a reset already contains everything pending before it.
        take();
        m_batches = 1;
    }
    if (m_pending.isEmpty()) {
        m_pending = batch;
        reindex();
        return;
    }
    for (const CustomerRecord &customer : batch.customers)
        upsert(m_pending.customers, m_customerIndex, customer.id, customer);
    for (const ConversationRecord &conversation : batch.conversations)
        upsert(m_pending.conversations, m_conversationIndex, conversation.id, conversation);
    for (const MessageRecord &message : batch.messages)
        upsert(m_pending.messages, m_messageIndex, message.id, message);
    for (const JudgementRecord &judgement : batch.judgements)
        upsert(m_pending.judgements, m_judgementIndex, judgement.messageId, judgement);
    // Drafts and transitions are happenings, not states: every one is kept, in arrival order.
    m_pending.drafts += batch.drafts;
    m_pending.transitions += batch.transitions;
    m_pending.lastSeq = std::max(m_pending.lastSeq, batch.lastSeq);
}

ChangeBatch BatchMerger::take()
{
    ChangeBatch merged = std::move(m_pending);
    m_pending = ChangeBatch {};
    m_customerIndex.clear();
    m_conversationIndex.clear();
    m_messageIndex.clear();
    m_judgementIndex.clear();
    m_batches = 0;
    return merged;
}

} // namespace pilothouse::models
