#include "engine/history.h"

#include "auth/userstore.h"
#include "db/database.h"
#include "db/statestore.h"
#include "engine/engine.h"
#include "eventlog/eventlog.h"
#include "gateway/commandhandler.h"

#include "agent/catalog.h"
#include "log/log.h"
#include "protocol/commands.h"
#include "sim/scenarios.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlQuery>

#include <algorithm>
#include <array>
#include <cmath>
#include <functional>
#include <unordered_map>
#include <utility>
#include <vector>

namespace pilothouse::server {
namespace {

namespace commands = protocol::commands;
using Millis = protocol::Millis;

constexpr Millis kSecond = 1000;
constexpr Millis kMinute = 60 * kSecond;
constexpr Millis kHour = 60 * kMinute;
constexpr Millis kDay = 24 * kHour;

/// No new customers in the last hour of the history, so what it started is mostly finished when
/// live traffic takes over.
constexpr Millis kQuietEnd = kHour;
/// Appends per transaction: few fsyncs, and a failure costs little.
constexpr int kAppendsPerBatch = 4000;
/// The AI's draft is what an operator sends (often) only when the AI was at least this sure.
constexpr double kDraftConfidence = 0.6;
/// Share of closed conversations with AI replies that a supervisor reviews.
constexpr double kReviewShare = 0.12;
/// Share of those the admin reviews as well, so the reviewers' agreement has pairs to compare.
constexpr double kSecondReviewShare = 0.3;

// Relative traffic by UTC hour and by weekday (Monday first): a business day and a quiet weekend.
constexpr std::array<double, 24> kHourShape {0.14, 0.10, 0.08, 0.08, 0.10, 0.18, 0.32, 0.52, 0.78, 0.94, 1.00, 1.00,
    0.94, 0.96, 1.00, 0.96, 0.90, 0.80, 0.70, 0.60, 0.48, 0.38, 0.28, 0.20};
constexpr std::array<double, 7> kDayShape {1.00, 0.97, 0.95, 0.93, 0.88, 0.55, 0.45};

double meanShape()
{
    double hours = 0, days = 0;
    for (double h : kHourShape)
        hours += h;
    for (double d : kDayShape)
        days += d;
    return hours / kHourShape.size() * days / kDayShape.size();
}

std::string newCommandId()
{
    // System randomness, like the engine's ids: a rerun with the same seed must not reuse them.
    const quint64 value = QRandomGenerator::system()->generate64();
    return "hist-" + QString::number(value, 16).rightJustified(16, u'0').toStdString();
}

/// What simulated operators write. English, like the simulated customers.
const std::vector<std::string> &openingReplies()
{
    static const std::vector<std::string> texts {
        "Hi, this is the support team: I have taken over and I am looking into it now.",
        "Thanks for waiting. I have checked your account and I can help with this.",
        "Sorry for the trouble. I have gone through the details and here is what we can do.",
        "Hello, I am taking care of this personally. Give me a moment to sort it out.",
    };
    return texts;
}

const std::vector<std::string> &closingReplies()
{
    static const std::vector<std::string> texts {
        "You're welcome! Is there anything else I can do for you?",
        "Glad I could help. Have a good day!",
        "Done on our side. Write again any time if something is still not right.",
    };
    return texts;
}

struct WrongReason {
    protocol::ReviewReason category;
    std::string note;
};

const std::vector<WrongReason> &wrongReasons()
{
    using protocol::ReviewReason;
    static const std::vector<WrongReason> reasons {
        {ReviewReason::WrongIntent, "Answered a different question than the customer asked."},
        {ReviewReason::WrongFacts, "The order status it gave was out of date."},
        {ReviewReason::ShouldHaveHandedOver, "Should have handed this to a person sooner."},
        {ReviewReason::WrongFacts, "Promised a refund our policy does not allow."},
        {ReviewReason::WrongTone, "Too generic: the customer had already given the details."},
    };
    return reasons;
}

const std::vector<std::string> &rightReasons()
{
    static const std::vector<std::string> texts {"", "", "Accurate and polite.", "Exactly what the customer needed."};
    return texts;
}

class HistoryRun : public QObject {
public:
    HistoryRun(Database &db, EventLog &log, StateStore &state, UserStore &users, std::shared_ptr<const Catalog> catalog,
        const HistoryConfig &config, User agent, User supervisor, std::optional<User> secondReviewer, Millis endMs)
        : m_db(db)
        , m_log(log)
        , m_state(state)
        , m_commands(db, log, state, users, [this] { return m_now; })
        , m_random(config.seed ^ 0x6f70657261746f72ULL) // "operator": a stream of its own
        , m_agent(std::move(agent))
        , m_supervisor(std::move(supervisor))
        , m_secondReviewer(std::move(secondReviewer))
        , m_secondRandom(config.seed ^ 0x7365636f6e64ULL) // "second": the main stream stays as it was
        , m_end(endMs)
    {
        m_start = (endMs / kDay - config.days) * kDay; // UTC midnight, `days` days back
        m_now = m_start;
        SimulatorConfig sim;
        sim.seed = config.seed ^ 0x686973746f7279ULL; // "history": not the live traffic's stream
        sim.mix = config.mix;
        // The peak rate, thinned by the shape to `perDay` on average.
        sim.conversationsPerMinute = config.perDay / (24.0 * 60.0) / meanShape();

        m_log.setClock([this] { return m_now; });
        m_engine = std::make_unique<Engine>(m_log, m_state, std::move(catalog), std::move(sim), config.rules);
        const Millis quiet = m_end - kQuietEnd;
        m_engine->setRateShape([quiet](std::int64_t at) { return at >= quiet ? 0.0 : historyRateShape(at); });
        m_engine->setTime({[this] { return m_now; },
            [this](Millis delay, std::function<void()> turn) { schedule(m_now + delay, std::move(turn)); }});
        connect(&m_log, &EventLog::appended, this, [this](const EventBatch &batch) { observe(batch); });
    }

    bool run(HistoryCounts &counts)
    {
        counts.from = m_start;
        counts.to = m_end;
        const std::int64_t headBefore = m_log.head();
        if (!m_db.begin())
            return false;
        m_engine->start();
        m_engine->runDue(); // the simulator's clock starts here
        int batched = 0;
        std::int64_t head = m_log.head();
        while (true) {
            auto next = m_engine->nextDue();
            if (!m_agenda.empty() && (!next || m_agenda.begin()->first.first < *next))
                next = m_agenda.begin()->first.first;
            if (!next || *next > m_end)
                break;
            m_now = std::max(m_now, *next);
            // The simulator first, so what operators and the AI do now is answered from now on.
            m_engine->runDue();
            while (!m_agenda.empty() && m_agenda.begin()->first.first <= m_now) {
                auto turn = std::move(m_agenda.begin()->second);
                m_agenda.erase(m_agenda.begin());
                turn();
            }
            batched += int(m_log.head() - head);
            head = m_log.head();
            if (batched >= kAppendsPerBatch) {
                batched = 0;
                if (!m_db.commit() || !m_db.begin())
                    return false;
            }
        }
        if (!m_db.commit())
            return false;
        m_counts.events = m_log.head() - headBefore;
        m_counts.from = m_start;
        m_counts.to = m_end;
        QSqlQuery q = m_db.query();
        if (q.exec(QStringLiteral("SELECT COUNT(*) FROM conversations")) && q.next())
            m_counts.conversations = q.value(0).toLongLong();
        counts = m_counts;
        return true;
    }

private:
    /// A conversation a simulated operator owns.
    struct Handling {
        const User *owner = nullptr;
        int replies = 0;
        bool replyPending = false;
        std::uint64_t generation = 0;
        std::string draft; ///< The AI's latest suggestion for the owner.
        bool handBack = false; ///< Decided to leave the rest to the AI.
    };

    void schedule(Millis at, std::function<void()> turn)
    {
        if (at > m_end)
            return; // the live server carries on from here
        m_agenda.emplace(std::make_pair(at, m_order++), std::move(turn));
    }

    double uniform() { return m_random.uniform(); }
    Millis between(Millis low, Millis high) { return m_random.between(low, high); }
    /// About `median`, skewed to longer, within [low, high].
    Millis skewed(Millis median, Millis low, Millis high)
    {
        const double factor = std::exp((uniform() * 2.0 - 1.0) * 1.2 + (uniform() - 0.5) * 0.8);
        return std::clamp<Millis>(Millis(double(median) * factor), low, high);
    }

    bool staffed() const
    {
        const int hour = int((m_now % kDay) / kHour);
        return hour >= 7 && hour < 21;
    }

    bool execute(const protocol::Command &command, const User &user)
    {
        const auto result = m_commands.execute(command, user);
        if (std::holds_alternative<protocol::Ack>(result))
            return true;
        ++m_counts.refused; // e.g. the customer left before the take-over
        return false;
    }

    void observe(const EventBatch &batch)
    {
        for (const auto &event : *batch) {
            if (const auto *t = std::get_if<protocol::Transition>(&event.payload)) {
                if (t->to == protocol::ConversationStatus::Escalated)
                    queueForPerson(t->conversationId);
                else if (t->to == protocol::ConversationStatus::Resolved)
                    closed(t->conversationId);
            } else if (const auto *m = std::get_if<protocol::Message>(&event.payload)) {
                if (m->author == protocol::Author::Ai && m->visibility == protocol::Visibility::Public && m->ai) {
                    m_aiReplies[m->conversationId].emplace_back(m->id, m->ai->confidence);
                    m_lastAiText[m->conversationId] = m->text;
                } else if (m->author == protocol::Author::Customer)
                    customerWrote(m->conversationId);
            } else if (const auto *d = std::get_if<protocol::Draft>(&event.payload)) {
                // A confident suggestion only, and not the AI's own handover line again.
                if (const auto h = m_handling.find(d->conversationId); h != m_handling.end()
                    && h->second.owner->name.toStdString() == d->forUser && d->confidence >= kDraftConfidence
                    && m_lastAiText[d->conversationId] != d->text)
                    h->second.draft = d->text;
            }
        }
    }

    /// A person takes the conversation after a queue wait: minutes by day, longer at night, and
    /// now and then long enough for the customer to give up (abandoned).
    void queueForPerson(const std::string &id)
    {
        Millis wait = skewed(3 * kMinute, 20 * kSecond, 25 * kMinute);
        if (!staffed())
            wait *= 3;
        if (uniform() < 0.08)
            wait = between(25 * kMinute, 60 * kMinute);
        schedule(m_now + wait, [this, id] { takeOver(id); });
    }

    void takeOver(const std::string &id)
    {
        const auto row = m_state.conversation(id);
        if (!row || row->status != protocol::ConversationStatus::Escalated)
            return;
        const User &owner = uniform() < 0.75 ? m_agent : m_supervisor;
        if (!execute(commands::TakeOver {id}.toCommand(newCommandId()), owner))
            return;
        ++m_counts.takeOvers;
        m_handling[id].owner = &owner;
        scheduleReply(id, skewed(90 * kSecond, 15 * kSecond, 10 * kMinute));
    }

    void scheduleReply(const std::string &id, Millis delay)
    {
        auto &h = m_handling.at(id);
        if (h.replyPending)
            return;
        h.replyPending = true;
        ++h.generation; // a pending wrap-up waits for this reply
        schedule(m_now + delay, [this, id] { reply(id); });
    }

    void customerWrote(const std::string &id)
    {
        const auto h = m_handling.find(id);
        if (h == m_handling.end())
            return;
        // The customer answered after the person's reply: the person answers again, or leaves the
        // rest to the AI (a hand-back, and the AI answers what the customer wrote), or lets it be.
        if (h->second.replies == 0 || h->second.replyPending)
            return;
        const double roll = uniform();
        if (roll < 0.45 && h->second.replies < 3) {
            scheduleReply(id, skewed(50 * kSecond, 10 * kSecond, 6 * kMinute));
        } else if (roll < 0.8) {
            const std::uint64_t generation = ++h->second.generation;
            h->second.handBack = true;
            schedule(m_now + skewed(40 * kSecond, 10 * kSecond, 5 * kMinute),
                [this, id, generation] { wrapUp(id, generation); });
        }
    }

    bool owns(const std::string &id, const Handling &h) const
    {
        const auto row = m_state.conversation(id);
        return row && row->status == protocol::ConversationStatus::Human
            && row->assignee == h.owner->name.toStdString();
    }

    void reply(const std::string &id)
    {
        const auto found = m_handling.find(id);
        if (found == m_handling.end())
            return;
        Handling &h = found->second;
        h.replyPending = false;
        if (!owns(id, h))
            return;
        // Often the AI's suggestion, as the console offers it; otherwise the person's own words.
        std::string text = !h.draft.empty() && uniform() < 0.6
            ? h.draft
            : m_random.pick(h.replies == 0 ? openingReplies() : closingReplies());
        h.draft.clear();
        if (!execute(commands::SendMessage {id, std::move(text)}.toCommand(newCommandId()), *h.owner))
            return;
        ++m_counts.replies;
        ++h.replies;
        const std::uint64_t generation = ++h.generation;
        schedule(m_now + skewed(4 * kMinute, 40 * kSecond, 25 * kMinute),
            [this, id, generation] { wrapUp(id, generation); });
    }

    /// After the last reply: resolve it, or hand it back to the AI when the customer has the
    /// last word (the AI answers that), now and then close it as not resolved.
    void wrapUp(const std::string &id, std::uint64_t generation)
    {
        const auto found = m_handling.find(id);
        if (found == m_handling.end() || found->second.generation != generation || found->second.replyPending)
            return;
        const Handling h = found->second;
        const auto row = m_state.conversation(id);
        if (!owns(id, h))
            return;
        const std::string command = newCommandId();
        const double roll = uniform();
        if (row->lastAuthor == protocol::Author::Customer && (h.handBack || roll < 0.5)) {
            if (execute(commands::HandBack {id, "Answered; back to the AI for anything else."}.toCommand(command),
                    *h.owner))
                ++m_counts.handBacks;
        } else {
            const auto outcome
                = roll > 0.92 ? protocol::ResolveOutcome::NotResolved : protocol::ResolveOutcome::Resolved;
            if (execute(commands::Resolve {id, outcome, {}}.toCommand(command), *h.owner))
                ++m_counts.resolves;
        }
        m_handling.erase(id);
    }

    /// A closed conversation may be reviewed later: a supervisor judges its AI replies, "wrong"
    /// more often where the AI was less sure.
    void closed(const std::string &id)
    {
        m_handling.erase(id);
        m_lastAiText.erase(id);
        const auto replies = m_aiReplies.find(id);
        if (replies == m_aiReplies.end())
            return;
        if (uniform() < kReviewShare) {
            schedule(m_now + skewed(45 * kMinute, 5 * kMinute, 6 * kHour),
                [this, judged = replies->second] { review(judged); });
        }
        m_aiReplies.erase(replies);
    }

    void review(const std::vector<std::pair<std::string, double>> &replies)
    {
        const bool secondReview = m_secondRandom.uniform() < kSecondReviewShare;
        for (const auto &[messageId, confidence] : replies) {
            const double wrongChance = std::clamp(0.04 + (1.0 - confidence) * 0.7, 0.0, 0.9);
            const bool correct = uniform() >= wrongChance;
            commands::JudgeMessage judge {messageId, correct, {}};
            if (correct) {
                judge.reason = m_random.pick(rightReasons());
            } else {
                const WrongReason &wrong = m_random.pick(wrongReasons());
                judge.reason = wrong.note;
                judge.category = wrong.category;
            }
            if (execute(judge.toCommand(newCommandId()), m_supervisor))
                ++m_counts.judgements;
            if (m_secondReviewer && secondReview
                && execute(secondOpinion(judge).toCommand(newCommandId()), *m_secondReviewer))
                ++m_counts.judgements;
        }
    }

    /// The admin's judgement of a reply the supervisor judged: mostly the same verdict, and on a
    /// wrong one mostly the same reason.
    commands::JudgeMessage secondOpinion(const commands::JudgeMessage &first)
    {
        commands::JudgeMessage second {first.messageId, first.correct, {}};
        if (m_secondRandom.uniform() < 0.12)
            second.correct = !first.correct;
        if (!second.correct) {
            const bool sameReason = first.category && m_secondRandom.uniform() < 0.75;
            second.category = sameReason ? first.category : m_secondRandom.pick(wrongReasons()).category;
        }
        return second;
    }

    Database &m_db;
    EventLog &m_log;
    StateStore &m_state;
    CommandHandler m_commands;
    sim::Random m_random;
    User m_agent;
    User m_supervisor;
    std::optional<User> m_secondReviewer;
    sim::Random m_secondRandom;
    Millis m_start = 0;
    Millis m_end = 0;
    Millis m_now = 0;
    std::unique_ptr<Engine> m_engine;
    std::map<std::pair<Millis, std::uint64_t>, std::function<void()>> m_agenda; // (at, order) -> turn
    std::uint64_t m_order = 0;
    std::unordered_map<std::string, Handling> m_handling;
    std::unordered_map<std::string, std::vector<std::pair<std::string, double>>> m_aiReplies;
    std::unordered_map<std::string, std::string> m_lastAiText; ///< The AI's last public words, per conversation.
    HistoryCounts m_counts;
};

} // namespace

double historyRateShape(protocol::Millis atMs)
{
    const std::int64_t day = atMs >= 0 ? atMs / kDay : (atMs - kDay + 1) / kDay;
    const int hour = int((atMs - day * kDay) / kHour);
    const int weekday = int(((day + 3) % 7 + 7) % 7); // 1970-01-01 was a Thursday; Monday = 0
    return kHourShape[std::size_t(hour)] * kDayShape[std::size_t(weekday)];
}

std::optional<HistoryCounts> writeHistory(Database &db, EventLog &log, StateStore &state, UserStore &users,
    std::shared_ptr<const Catalog> catalog, const HistoryConfig &config, protocol::Millis endMs, QString *error)
{
    HistoryCounts counts;
    if (config.days <= 0)
        return counts;
    const auto agent = users.user(QStringLiteral("agent"));
    const auto supervisor = users.user(QStringLiteral("supervisor"));
    if (!agent || !supervisor) {
        *error = QCoreApplication::translate(
            "pilothouse::server::History", "the demo history needs the demo users agent and supervisor");
        return std::nullopt;
    }
    QElapsedTimer timer;
    timer.start();
    log.setAnnounceAtOnce(true);
    bool ok = false;
    try {
        HistoryRun run(db, log, state, users, std::move(catalog), config, *agent, *supervisor,
            users.user(QStringLiteral("admin")), endMs);
        ok = run.run(counts);
    } catch (const std::exception &failure) {
        pilothouse::log::get("server")->error("demo history failed: {}", failure.what());
    }
    log.setAnnounceAtOnce(false);
    log.setClock({});
    if (!ok) {
        while (db.depth() > 0)
            db.rollback();
        // The log exists now, so a restart would not try again: say how to.
        *error = QCoreApplication::translate("pilothouse::server::History",
            "cannot write the demo history into %1 (see the log); remove that directory and start again, or start "
            "with --history-days 0")
                     .arg(QDir::toNativeSeparators(QFileInfo(db.filePath()).absolutePath()));
        return std::nullopt;
    }
    counts.elapsedMs = timer.elapsed();
    return counts;
}

} // namespace pilothouse::server
