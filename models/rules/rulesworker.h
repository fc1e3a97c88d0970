#pragma once
// The rules page's reader: its own thread and read-only connection to the cache (like review
// mode's), reading the published rule set versions and running dry runs. Internal to RulesModel.

#include "domain/records.h"
#include "store/dryrun.h"

#include <QObject>

#include <atomic>
#include <memory>

namespace pilothouse::models {

class LocalStore;

struct RulesVersions {
    QList<ConfigVersionRecord> versions; ///< Newest first; version 0 (built in) last.
    QString error; ///< A sentence for the user; empty on success.
};

struct DryRunRequest {
    std::shared_ptr<const tuning::RuleSet> inForce;
    std::shared_ptr<const tuning::RuleSet> draft;
    qint64 from = 0; ///< Customer messages written in [from, to), milliseconds.
    qint64 to = 0;
    int utcOffsetSeconds = 0; ///< For the hours of the day.
    std::shared_ptr<std::atomic<bool>> cancel;
    std::shared_ptr<std::atomic<int>> progress; ///< Per mille, written by the worker.
};

struct DryRunAnswer {
    int generation = 0;
    dryrun::Summary summary;
    /// The turns the summary's flips and stillMissed point into (only those are kept).
    std::vector<ruleturns::Turn> turns;
    qint64 elapsedMs = 0;
    QString error;
};

class RulesWorker : public QObject {
    Q_OBJECT
public:
    RulesWorker();
    ~RulesWorker() override;

    /// Thread: the worker's.
    RulesVersions versions(const QString &databasePath);
    /// Thread: the worker's. Reads the window's turns and compares them in slices, writing the
    /// progress and stopping early when `request.cancel` is set (the answer says cancelled).
    DryRunAnswer dryRun(int generation, const QString &databasePath, const DryRunRequest &request);
    /// Thread: the worker's.
    void close();

private:
    QString open(const QString &databasePath);

    std::unique_ptr<LocalStore> m_store;
};

} // namespace pilothouse::models
