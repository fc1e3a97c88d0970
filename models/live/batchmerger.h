#pragma once
// Folds the ChangeBatches that arrive between two frames into one, so the models apply each
// frame's changes once. Pure logic on the GUI thread, tested on its own through Workspace.

#include "domain/records.h"

#include <QHash>

namespace pilothouse::models {

/// Later versions of a record replace earlier ones in place (first-arrival order is kept, so
/// new board rows appear in the order the server created them); a reset discards everything
/// pending before it, since the snapshot it carries already contains those changes.
class BatchMerger {
public:
    void add(const ChangeBatch &batch);
    bool isEmpty() const { return m_pending.isEmpty(); }
    /// Number of batches folded in since the last take().
    int batchCount() const { return m_batches; }
    /// Returns the merged batch and starts over.
    ChangeBatch take();

private:
    template<typename Record>
    static void upsert(QList<Record> &list, QHash<QString, qsizetype> &index, const QString &key, const Record &record);
    void reindex();

    ChangeBatch m_pending;
    QHash<QString, qsizetype> m_customerIndex;
    QHash<QString, qsizetype> m_conversationIndex;
    QHash<QString, qsizetype> m_messageIndex;
    QHash<QString, qsizetype> m_judgementIndex; ///< by message id: the latest verdict wins
    int m_batches = 0;
};

} // namespace pilothouse::models
