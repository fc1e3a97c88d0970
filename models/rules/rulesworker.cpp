#include "rules/rulesworker.h"

#include "store/localstore.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <unordered_map>

namespace pilothouse::models {
namespace {

/// Turns compared between two looks at the cancel flag and two progress updates.
constexpr std::size_t kSlice = 2000;

} // namespace

RulesWorker::RulesWorker() = default;

RulesWorker::~RulesWorker()
{
    close();
}

void RulesWorker::close()
{
    if (m_store)
        m_store->close();
    m_store.reset();
}

QString RulesWorker::open(const QString &databasePath)
{
    if (m_store && m_store->isOpen() && m_store->path() == databasePath)
        return {};
    close();
    if (databasePath.isEmpty() || !QFileInfo::exists(databasePath))
        return tr("Nothing is cached yet: the rules appear once the console has been online.");
    auto store = std::make_unique<LocalStore>();
    if (!store->open(databasePath))
        return store->errorString();
    m_store = std::move(store);
    return {};
}

RulesVersions RulesWorker::versions(const QString &databasePath)
{
    RulesVersions result;
    result.error = open(databasePath);
    if (!result.error.isEmpty())
        return result;
    QSqlQuery q(m_store->database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT version, author, at, note, restored_from, body FROM config_versions"
                               " WHERE document = 'rules' ORDER BY version DESC"))) {
        result.error = tr("Could not read the rules: %1").arg(q.lastError().text());
        return result;
    }
    bool builtInSeen = false;
    while (q.next()) {
        ConfigVersionRecord v;
        v.document = QStringLiteral("rules");
        v.version = q.value(0).toLongLong();
        v.author = q.value(1).toString();
        v.at = q.value(2).toLongLong();
        v.note = q.value(3).toString();
        if (!q.value(4).isNull())
            v.restoredFrom = q.value(4).toLongLong();
        v.body = q.value(5).toString();
        builtInSeen = builtInSeen || v.version == 0;
        result.versions.append(std::move(v));
    }
    if (!builtInSeen) // every console holds the built-in set (common/tuning)
        result.versions.append(ConfigVersionRecord {QStringLiteral("rules"), 0, {}, 0, {}, std::nullopt, {}});
    return result;
}

DryRunAnswer RulesWorker::dryRun(int generation, const QString &databasePath, const DryRunRequest &request)
{
    DryRunAnswer answer;
    answer.generation = generation;
    QElapsedTimer timer;
    timer.start();
    answer.error = open(databasePath);
    if (!answer.error.isEmpty())
        return answer;
    const auto cancelled = [&request] { return request.cancel && request.cancel->load(); };
    // Reading is about a third of the work (bench_rules): it counts as the first 30 %.
    std::vector<ruleturns::Turn> turns = ruleturns::read(m_store->database(), request.from, request.to, cancelled);
    if (request.progress)
        request.progress->store(300);
    const QSet<QString> judged = dryrun::shouldHaveHandedOver(m_store->database());
    for (std::size_t begin = 0; begin < turns.size() && !cancelled(); begin += kSlice) {
        dryrun::compare(turns, begin, std::min(turns.size(), begin + kSlice), *request.inForce, *request.draft, judged,
            request.utcOffsetSeconds, answer.summary);
        if (request.progress)
            request.progress->store(300 + int(700 * std::min(turns.size(), begin + kSlice) / turns.size()));
    }
    answer.summary.cancelled = cancelled();
    // Keep only the turns the answer points at, renumbered.
    std::vector<std::size_t> keep;
    for (const auto &flip : answer.summary.flips)
        keep.push_back(flip.turn);
    keep.insert(keep.end(), answer.summary.stillMissed.begin(), answer.summary.stillMissed.end());
    std::sort(keep.begin(), keep.end());
    keep.erase(std::unique(keep.begin(), keep.end()), keep.end());
    std::unordered_map<std::size_t, std::size_t> renumbered;
    for (std::size_t index : keep) {
        renumbered[index] = answer.turns.size();
        answer.turns.push_back(std::move(turns[index]));
    }
    for (auto &flip : answer.summary.flips)
        flip.turn = renumbered.at(flip.turn);
    for (auto &missed : answer.summary.stillMissed)
        missed = renumbered.at(missed);
    answer.elapsedMs = timer.elapsed();
    return answer;
}

} // namespace pilothouse::models
