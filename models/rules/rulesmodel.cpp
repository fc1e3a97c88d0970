#include "rules/rulesmodel.h"

#include "domain/catalogue.h"
#include "domain/displaytext.h"
#include "domain/timetext.h"
#include "rules/rulewords.h"
#include "tuning/rulesetdiff.h"
#include "tuning/rulesetjson.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace pilothouse::models {
namespace {

constexpr qint64 kDayMs = 24 * 3'600'000LL;
/// The flips the page lists; the summary counts them all.
constexpr std::size_t kListedFlips = 200;

QString excerpt(const std::string &text)
{
    QString plain = QString::fromStdString(text).simplified();
    if (plain.size() > 140)
        plain = plain.left(139) + u'\u2026';
    return plain;
}

QString timeOf(qint64 atMs)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(atMs), QLocale::ShortFormat);
}

} // namespace

QString RulesModel::versionTitle(qint64 version)
{
    return version == 0 ? tr("Built-in rules") : tr("Version %1").arg(version);
}

RulesModel::RulesModel(QObject *parent)
    : QAbstractListModel(parent)
{
    m_progressTimer.setInterval(100);
    connect(&m_progressTimer, &QTimer::timeout, this, &RulesModel::progressChanged);
}

RulesModel::~RulesModel() = default;

int RulesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_shown ? 0 : int(m_shown->rules.size());
}

QVariant RulesModel::data(const QModelIndex &index, int role) const
{
    if (!m_shown || !index.isValid() || index.row() >= int(m_shown->rules.size()))
        return {};
    const tuning::Rule &rule = m_shown->rules[std::size_t(index.row())];
    switch (role) {
    case PositionRole:
        return index.row() + 1;
    case RuleIdRole:
        return QString::fromStdString(rule.id);
    case Qt::DisplayRole:
    case NameRole:
        // A built-in rule under its translated name while it keeps it (catalogue::ruleLabel).
        return catalogue::ruleLabel(QString::fromStdString(rule.id), QString::fromStdString(rule.name));
    case WhenRole:
        return RuleWords::when(rule);
    case ThenRole:
        return RuleWords::action(rule.then);
    case EnabledRole:
        return rule.enabled;
    case GuardrailRole:
        return rule.guardrail != tuning::Guardrail::None;
    default:
        return {};
    }
}

QHash<int, QByteArray> RulesModel::roleNames() const
{
    return {{PositionRole, "position"}, {RuleIdRole, "ruleId"}, {NameRole, "name"}, {WhenRole, "when"},
        {ThenRole, "then"}, {EnabledRole, "switchedOn"}, {GuardrailRole, "guardrail"}};
}

void RulesModel::setDatabasePath(const QString &path)
{
    if (path == m_path)
        return;
    cancelDryRun();
    m_path = path;
    m_dirty = true;
    if (path.isEmpty()) {
        m_reader.close();
        apply({});
        m_loaded = false;
        Q_EMIT versionsChanged();
        return;
    }
    if (m_active)
        refresh();
}

void RulesModel::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    Q_EMIT activeChanged();
    if (m_active && m_dirty)
        refresh();
}

void RulesModel::cacheChanged()
{
    m_dirty = true;
    if (m_active)
        refresh();
}

void RulesModel::refresh()
{
    if (m_path.isEmpty())
        return;
    m_dirty = false;
    m_reader.post(
        this, [path = m_path](RulesWorker *worker) { return worker->versions(path); },
        [this](RulesVersions result) { apply(std::move(result)); });
}

void RulesModel::apply(RulesVersions result)
{
    const bool same = result.versions == m_versions && result.error == m_error && m_loaded;
    m_error = result.error;
    m_versions = std::move(result.versions);
    m_loaded = m_error.isEmpty() && !m_path.isEmpty();
    if (same)
        return;
    m_inForce = m_versions.isEmpty() ? 0 : m_versions.front().version;
    m_versionList.clear();
    const QLocale locale;
    for (const ConfigVersionRecord &v : std::as_const(m_versions)) {
        QString detail;
        if (v.version > 0) {
            detail = tr("Published by %1, %2").arg(isolatedText(v.author), timeOf(v.at));
            if (v.restoredFrom)
                detail += u" \u00B7 "_s + tr("restores %1").arg(versionTitle(*v.restoredFrom).toLower());
        } else {
            detail = tr("What the server applies until someone publishes");
        }
        m_versionList.append(QVariantMap {{u"version"_s, int(v.version)}, {u"title"_s, versionTitle(v.version)},
            {u"detail"_s, detail}, {u"note"_s, displayText(v.note)}, {u"inForce"_s, v.version == m_inForce}});
    }
    Q_EMIT versionsChanged();
    showRules();
}

qint64 RulesModel::shownVersion() const
{
    return m_selected >= 0 && record(m_selected) ? m_selected : m_inForce;
}

const ConfigVersionRecord *RulesModel::record(qint64 version) const
{
    for (const ConfigVersionRecord &v : m_versions) {
        if (v.version == version)
            return &v;
    }
    return nullptr;
}

std::shared_ptr<const tuning::RuleSet> RulesModel::ruleSet(qint64 version) const
{
    if (version == 0)
        return tuning::sharedDefaultRuleSet();
    const ConfigVersionRecord *v = record(version);
    if (!v)
        return nullptr;
    auto parsed = tuning::parseRuleSet(v->body.toStdString());
    if (auto *rules = std::get_if<tuning::RuleSet>(&parsed))
        return std::make_shared<const tuning::RuleSet>(std::move(*rules));
    return nullptr;
}

void RulesModel::showRules()
{
    const qint64 version = shownVersion();
    beginResetModel();
    m_shown = m_loaded ? ruleSet(version) : nullptr;
    endResetModel();
    const auto inForce = m_loaded && version != m_inForce ? ruleSet(m_inForce) : nullptr;
    m_changes = m_shown && inForce ? RuleWords::changes(*inForce, *m_shown) : QStringList();
    if (m_loaded && !m_shown) {
        // Published by a server from a validated document: a body that does not read is damaged.
        m_error = tr("%1 could not be read from the cache.").arg(versionTitle(version));
        Q_EMIT versionsChanged();
    }
    Q_EMIT selectedChanged();
}

void RulesModel::setSelectedVersion(int version)
{
    if (version == selectedVersion())
        return;
    m_selected = version;
    showRules();
    Q_EMIT dryRunChanged(); // a result is for the version it compared
}

QString RulesModel::selectedTitle() const
{
    const qint64 version = shownVersion();
    if (!m_loaded)
        return {};
    return version == m_inForce ? tr("%1, in force").arg(versionTitle(version)) : versionTitle(version);
}

QString RulesModel::changesTitle() const
{
    if (!m_loaded || !m_shown || selectedVersion() == int(m_inForce) || m_selected < 0)
        return {};
    if (m_changes.isEmpty())
        return tr("The same rules as the version in force.");
    return tr("Compared with the rules in force: %n change(s)", "", int(m_changes.size()));
}

QString RulesModel::selectedDetail() const
{
    const qint64 version = shownVersion();
    const ConfigVersionRecord *v = record(version);
    if (!v || version == 0)
        return m_loaded ? tr("The rules every server starts with. The first published version replaces them.")
                        : QString();
    QString detail = tr("Published by %1, %2").arg(isolatedText(v->author), timeOf(v->at));
    if (!v->note.isEmpty())
        detail += u" \u00B7 \u201C"_s + displayText(v->note) + u"\u201D"_s;
    return detail;
}

void RulesModel::setWindowDays(int days)
{
    if (days != 7 && days != 30 && days != 90)
        return;
    if (days == m_windowDays)
        return;
    m_windowDays = days;
    Q_EMIT dryRunChanged();
}

QVariantList RulesModel::windowOptions() const
{
    return {QVariantMap {{u"text"_s, tr("Last 7 days")}, {u"value"_s, 7}},
        QVariantMap {{u"text"_s, tr("Last 30 days")}, {u"value"_s, 30}},
        QVariantMap {{u"text"_s, tr("Last 90 days")}, {u"value"_s, 90}}};
}

bool RulesModel::canDryRun() const
{
    return m_loaded && selectedVersion() != int(m_inForce) && record(m_selected) != nullptr;
}

double RulesModel::progress() const
{
    return m_running && m_progress ? m_progress->load() / 1000.0 : 0.0;
}

void RulesModel::runDryRun()
{
    if (!canDryRun() || m_running)
        return;
    auto draft = ruleSet(m_selected);
    auto inForce = ruleSet(m_inForce);
    if (!draft || !inForce)
        return;
    DryRunRequest request;
    request.draft = draft;
    request.inForce = inForce;
    request.to = QDateTime::currentMSecsSinceEpoch();
    request.from = request.to - m_windowDays * kDayMs;
    request.utcOffsetSeconds = QDateTime::currentDateTime().offsetFromUtc();
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_progress = std::make_shared<std::atomic<int>>(0);
    request.cancel = m_cancel;
    request.progress = m_progress;
    m_running = true;
    m_result.reset();
    m_flips.clear();
    m_progressTimer.start();
    Q_EMIT dryRunChanged();
    const int generation = ++m_generation;
    Result pending {{}, m_selected, m_inForce, m_windowDays, draft, inForce};
    m_reader.post(
        this,
        [path = m_path, request, generation](RulesWorker *worker) { return worker->dryRun(generation, path, request); },
        [this, pending = std::move(pending)](DryRunAnswer answer) mutable {
            if (answer.generation != m_generation)
                return;
            m_running = false;
            m_progressTimer.stop();
            pending.answer = std::move(answer);
            m_result = std::move(pending);
            m_flips = listedFlips();
            Q_EMIT dryRunChanged();
            Q_EMIT progressChanged();
        });
}

void RulesModel::cancelDryRun()
{
    if (m_cancel)
        m_cancel->store(true);
}

QString RulesModel::resultTitle() const
{
    if (!m_result)
        return {};
    const auto &s = m_result->answer.summary;
    const QLocale locale;
    //: %1 and %2 versions ("Version 1", "Built-in rules"), %n days, %3 replies, %4 conversations
    return tr("%1 against %2, last %n day(s): %3 replies in %4 conversations.", "", m_result->days)
        .arg(versionTitle(m_result->version), versionTitle(m_result->against).toLower(),
            locale.toString(qulonglong(s.turns)), locale.toString(qlonglong(s.conversations.size())));
}

QString RulesModel::resultSummary() const
{
    if (!m_result)
        return {};
    const DryRunAnswer &a = m_result->answer;
    if (!a.error.isEmpty())
        return a.error;
    const QLocale locale;
    const auto &s = a.summary;
    QString text;
    if (s.handOversAfter == s.handOversBefore)
        text = tr("Hand-offs: %1, as now").arg(locale.toString(qulonglong(s.handOversBefore)));
    else if (s.handOversAfter > s.handOversBefore)
        text = tr("Hand-offs: %1 \u2192 %2 (%3 more)")
                   .arg(locale.toString(qulonglong(s.handOversBefore)), locale.toString(qulonglong(s.handOversAfter)),
                       locale.toString(qulonglong(s.handOversAfter - s.handOversBefore)));
    else
        text = tr("Hand-offs: %1 \u2192 %2 (%3 fewer)")
                   .arg(locale.toString(qulonglong(s.handOversBefore)), locale.toString(qulonglong(s.handOversAfter)),
                       locale.toString(qulonglong(s.handOversBefore - s.handOversAfter)));
    if (s.cancelled)
        text += u" \u00B7 "_s + tr("Cancelled: only part of the window was replayed.");
    return text;
}

QVariantList RulesModel::hours() const
{
    QVariantList out;
    if (!m_result)
        return out;
    const auto &s = m_result->answer.summary;
    for (int hour = 0; hour < 24; ++hour)
        out.append(
            QVariantMap {{u"hour"_s, hour}, {u"label"_s, QStringLiteral("%1").arg(hour, 2, 10, QLatin1Char('0'))},
                {u"more"_s, s.moreByHour[std::size_t(hour)]}, {u"fewer"_s, s.fewerByHour[std::size_t(hour)]}});
    return out;
}

int RulesModel::hourScale() const
{
    int scale = 1;
    if (m_result) {
        for (int hour = 0; hour < 24; ++hour)
            scale = std::max({scale, m_result->answer.summary.moreByHour[std::size_t(hour)],
                m_result->answer.summary.fewerByHour[std::size_t(hour)]});
    }
    return scale;
}

QVariantList RulesModel::listedFlips() const
{
    QVariantList out;
    if (!m_result)
        return out;
    const DryRunAnswer &a = m_result->answer;
    for (std::size_t i = 0; i < a.summary.flips.size() && i < kListedFlips; ++i) {
        const dryrun::Flip &flip = a.summary.flips[i];
        const ruleturns::Turn &turn = a.turns[flip.turn];
        // The rule trace of the turn under both sets (a few microseconds each, for the listed flips only).
        const tuning::TurnFacts facts = ruleturns::factsOf(turn);
        std::vector<tuning::RuleOutcome> now;
        std::vector<tuning::RuleOutcome> then;
        tuning::evaluate(*m_result->inForce, facts, &now);
        tuning::evaluate(*m_result->draft, facts, &then);
        out.append(QVariantMap {{u"conversationId"_s, turn.conversationId}, {u"text"_s, excerpt(turn.text)},
            {u"change"_s, RuleWords::change(flip.change)}, {u"traceNow"_s, RuleWords::trace(*m_result->inForce, now)},
            {u"traceThen"_s, RuleWords::trace(*m_result->draft, then)},
            {u"before"_s, RuleWords::decision(*m_result->inForce, flip.before)},
            {u"after"_s, RuleWords::decision(*m_result->draft, flip.after)},
            {u"more"_s, flip.change == dryrun::Change::WouldHandOver}, {u"time"_s, timeOf(turn.facts.atMs)}});
    }
    return out;
}

QString RulesModel::flipsText() const
{
    if (!m_result || !m_result->answer.error.isEmpty())
        return {};
    const std::size_t n = m_result->answer.summary.flips.size();
    if (n == 0)
        return tr("No reply would be decided differently.");
    if (n > kListedFlips)
        return tr("%1 replies would be decided differently; the first %2 are listed.")
            .arg(QLocale().toString(qulonglong(n)))
            .arg(kListedFlips);
    return tr("%n reply(s) would be decided differently.", "", int(n));
}

QVariantList RulesModel::stillMissed() const
{
    QVariantList out;
    if (!m_result)
        return out;
    const DryRunAnswer &a = m_result->answer;
    for (std::size_t i = 0; i < a.summary.stillMissed.size() && i < kListedFlips; ++i) {
        const ruleturns::Turn &turn = a.turns[a.summary.stillMissed[i]];
        out.append(QVariantMap {{u"conversationId"_s, turn.conversationId}, {u"text"_s, excerpt(turn.text)},
            {u"time"_s, timeOf(turn.facts.atMs)}});
    }
    return out;
}

QString RulesModel::stillMissedText() const
{
    if (!m_result || !m_result->answer.error.isEmpty())
        return {};
    const std::size_t n = m_result->answer.summary.stillMissed.size();
    if (n == 0)
        return tr("Every reply reviewers said should have been handed over would be.");
    return tr(
        "%n reply(s) that reviewers said should have been handed over would still be answered by the AI.", "", int(n));
}

} // namespace pilothouse::models
