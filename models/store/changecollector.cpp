#include "store/changecollector.h"

#include <algorithm>
#include <utility>

namespace pilothouse::models {
namespace {

/// Replaces the record held under `key` in place, or appends it.
template<typename Record>
void upsert(QList<Record> &list, QHash<QString, qsizetype> &index, const QString &key, Record &&record)
{
    if (const auto it = index.constFind(key); it != index.cend()) {
        list[*it] = std::forward<Record>(record);
        return;
    }
    index.insert(key, list.size());
    list.append(std::forward<Record>(record));
}

/// Maps each record's key to its row.
template<typename Record> void indexAll(const QList<Record> &list, QHash<QString, qsizetype> &index, auto key)
{
    for (qsizetype i = 0; i < list.size(); ++i)
        index.insert(key(list.at(i)), i);
}

} // namespace

void ChangeCollector::add(CustomerRecord record)
{
    const QString key = record.id; // a shared copy: the record is moved below
    upsert(m_batch.customers, m_customers, key, std::move(record));
}

void ChangeCollector::add(ConversationRecord record)
{
    const QString key = record.id;
    upsert(m_batch.conversations, m_conversations, key, std::move(record));
}

void ChangeCollector::add(MessageRecord record)
{
    const QString key = record.id;
    upsert(m_batch.messages, m_messages, key, std::move(record));
}

namespace {
/// A judgement's identity: each judge's latest label of a message stands.
QString judgementKey(const JudgementRecord &r)
{
    return r.messageId + QChar(u'\n') + r.by;
}
} // namespace

void ChangeCollector::add(JudgementRecord record)
{
    const QString key = judgementKey(record);
    upsert(m_batch.judgements, m_judgements, key, std::move(record));
}

void ChangeCollector::add(DraftRecord record)
{
    m_batch.drafts.append(std::move(record));
}

void ChangeCollector::add(TransitionRecord record)
{
    m_batch.transitions.append(std::move(record));
}

void ChangeCollector::add(const ChangeBatch &batch)
{
    ++m_batches;
    if (batch.reset) {
        // The snapshot behind a reset already contains everything collected before it.
        take();
        m_batches = 1;
    }
    if (m_batch.isEmpty()) {
        // The common case of one batch per frame is taken whole; it is indexed only in case
        // another batch lands before the frame.
        m_batch = batch;
        reindex();
        return;
    }
    for (const CustomerRecord &customer : batch.customers)
        upsert(m_batch.customers, m_customers, customer.id, CustomerRecord(customer));
    for (const ConversationRecord &conversation : batch.conversations)
        upsert(m_batch.conversations, m_conversations, conversation.id, ConversationRecord(conversation));
    for (const MessageRecord &message : batch.messages)
        upsert(m_batch.messages, m_messages, message.id, MessageRecord(message));
    for (const JudgementRecord &judgement : batch.judgements)
        upsert(m_batch.judgements, m_judgements, judgementKey(judgement), JudgementRecord(judgement));
    m_batch.drafts += batch.drafts;
    m_batch.transitions += batch.transitions;
    m_batch.arrivals += batch.arrivals;
    m_batch.lastSeq = std::max(m_batch.lastSeq, batch.lastSeq);
}

void ChangeCollector::reindex()
{
    indexAll(m_batch.customers, m_customers, [](const CustomerRecord &r) { return r.id; });
    indexAll(m_batch.conversations, m_conversations, [](const ConversationRecord &r) { return r.id; });
    indexAll(m_batch.messages, m_messages, [](const MessageRecord &r) { return r.id; });
    indexAll(m_batch.judgements, m_judgements, judgementKey);
}

ChangeBatch ChangeCollector::take()
{
    m_customers.clear();
    m_conversations.clear();
    m_messages.clear();
    m_judgements.clear();
    m_batches = 0;
    return std::exchange(m_batch, ChangeBatch {});
}

} // namespace pilothouse::models
