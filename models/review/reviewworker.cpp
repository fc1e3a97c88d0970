#include "review/reviewworker.h"

#include "store/localstore.h"

#include <QFileInfo>

namespace pilothouse::models {

ReviewWorker::ReviewWorker() = default;

ReviewWorker::~ReviewWorker()
{
    close();
}

void ReviewWorker::close()
{
    if (m_store)
        m_store->close();
    m_store.reset();
}

ReviewResult ReviewWorker::run(
    int generation, const QString &databasePath, const ReviewRequest &request, bool withItems, const QStringList &shown)
{
    ReviewResult result;
    result.generation = generation;
    result.withItems = withItems;
    if (!m_store || !m_store->isOpen() || m_store->path() != databasePath) {
        close();
        if (databasePath.isEmpty() || !QFileInfo::exists(databasePath)) {
            result.error = tr("Nothing is cached yet: replies to review appear once the console has been online.");
            return result;
        }
        auto store = std::make_unique<LocalStore>();
        if (!store->open(databasePath)) {
            result.error = store->errorString();
            return result;
        }
        m_store = std::move(store);
    }
    ReviewQuery query(m_store->database());
    QStringList ids = shown;
    if (withItems) {
        auto items = query.queue(request);
        if (!items) {
            result.error = tr("Could not read the replies to review: %1").arg(query.errorString());
            return result;
        }
        result.items = std::move(*items);
        ids.clear();
        for (const ReviewItem &item : std::as_const(result.items))
            ids.append(item.messageId);
    }
    auto labels = query.labels(ids);
    auto shared = query.sharedLabels();
    if (!labels || !shared) {
        result.error = tr("Could not read the review labels: %1").arg(query.errorString());
        return result;
    }
    result.labels = std::move(*labels);
    result.pairs = agreement::pairs(*shared);
    return result;
}

} // namespace pilothouse::models
