#pragma once
// Review mode's reader: its own thread and its own read-only connection to the cache, like
// History's (review/historyworker.h), so no queue or agreement is ever read on the GUI thread.
// Internal to ReviewModel.

#include "review/agreement.h"
#include "store/reviewquery.h"

#include <QObject>

#include <memory>

namespace pilothouse::models {

class LocalStore;

struct ReviewResult {
    int generation = 0;
    bool withItems = false; ///< The queue was read (else only the labels of the shown replies).
    QList<ReviewItem> items;
    QList<ReviewLabel> labels; ///< Every standing label of the replies, oldest first.
    QList<agreement::Pair> pairs;
    QString error; ///< A sentence for the user; empty on success.
};

class ReviewWorker : public QObject {
    Q_OBJECT
public:
    ReviewWorker();
    ~ReviewWorker() override;

    /// Thread: the worker's. With `withItems` reads the queue `request` names, else the labels of
    /// `shown`; the reviewers' agreement either way.
    ReviewResult run(int generation, const QString &databasePath, const ReviewRequest &request, bool withItems,
        const QStringList &shown);
    /// Thread: the worker's.
    void close();

private:
    std::unique_ptr<LocalStore> m_store;
};

} // namespace pilothouse::models
