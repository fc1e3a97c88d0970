#pragma once
// The one merge by id of changed records, used on both sides of the thread hop: the io thread's
// EventApplier gathers what one transaction wrote, and the GUI thread's Workspace folds the
// batches that arrive between two frames (models/live/batchmerger.h names this class for it), so
// each record reaches the models once, with its latest state, however often it changed.

#include "domain/records.h"

#include <QHash>

namespace pilothouse::models {

/// Builds one ChangeBatch from records or from whole batches.
///
/// Customers, conversations and messages are states keyed by their id, judgements by the id of
/// the message they judge: a later state replaces the earlier one in place, so first-arrival
/// order is kept (new board rows appear in the order the server created them). Drafts and
/// transitions are happenings, not states: every one is kept, in arrival order; so are the
/// frames' arrival times (ChangeBatch::arrivals).
class ChangeCollector {
public:
    void add(CustomerRecord record);
    void add(ConversationRecord record);
    void add(MessageRecord record);
    void add(JudgementRecord record);
    void add(DraftRecord record);
    void add(TransitionRecord record);

    /// Folds a whole batch in, by the rules above. A reset batch discards everything collected
    /// before it, since the snapshot it carries already contains those changes; the result is a
    /// reset then. lastSeq becomes the highest seen.
    void add(const ChangeBatch &batch);

    bool isEmpty() const { return m_batch.isEmpty(); }
    /// Number of batches folded in with add(const ChangeBatch &) since the last take().
    int batchCount() const { return m_batches; }
    /// Hands the collected batch over and starts a new one.
    ChangeBatch take();

private:
    /// Indexes what a batch taken whole holds, in case another one is folded in after it.
    void reindex();

    ChangeBatch m_batch;
    QHash<QString, qsizetype> m_customers;
    QHash<QString, qsizetype> m_conversations;
    QHash<QString, qsizetype> m_messages;
    QHash<QString, qsizetype> m_judgements; ///< by message id and judge: each judge's latest stands
    int m_batches = 0;
};

} // namespace pilothouse::models
