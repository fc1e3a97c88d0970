// HistoryModel's filters: the typed setters and the option lists the page's drop-downs show.
// Each list is [{text, value}]; the value is what the matching property takes, so QML never
// compares or builds one.

#include "review/historymodel.h"

#include "domain/catalogue.h"
#include "domain/intents.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace pilothouse::models {
namespace {

constexpr int kAny = -1;
// handoff(): -2 any, -1 never, kEver any reason, else an EscalationReason (None: taken over unasked).
constexpr int kHandoffAny = -2;
constexpr int kHandoffNever = -1;
constexpr int kHandoffEver = 100;

QVariantMap option(const QString &text, const QVariant &value)
{
    return {{u"text"_s, text}, {u"value"_s, value}};
}

QVariantList withAll(const QStringList &values, QString (*label)(const QString &))
{
    QVariantList list {option(HistoryModel::tr("All"), QString())};
    for (const QString &value : values)
        list.append(option(label ? label(value) : value, value));
    return list;
}

template<typename T> bool assign(T &field, const T &value)
{
    if (field == value)
        return false;
    field = value;
    return true;
}

} // namespace

void HistoryModel::setPeriod(int value)
{
    if (value >= Last7Days && value <= AllCached && assign(m_period, value))
        filterEdited();
}

int HistoryModel::outcome() const
{
    return m_filter.outcome ? int(*m_filter.outcome) : kAny;
}

void HistoryModel::setOutcome(int value)
{
    const auto outcome = value >= Outcome::None && value <= Outcome::Abandoned
        ? std::optional<Outcome::Value>(Outcome::Value(value))
        : std::nullopt;
    if (assign(m_filter.outcome, outcome))
        filterEdited();
}

void HistoryModel::setClosedBy(int value)
{
    if (value >= 0 && value <= int(HistoryFilter::Closer::System)
        && assign(m_filter.closedBy, HistoryFilter::Closer(value)))
        filterEdited();
}

void HistoryModel::setIntent(const QString &value)
{
    if (assign(m_filter.intent, value))
        filterEdited();
}

int HistoryModel::channel() const
{
    return m_filter.channel ? int(*m_filter.channel) : kAny;
}

void HistoryModel::setChannel(int value)
{
    const auto channel = value >= Channel::Chat && value <= Channel::Voice
        ? std::optional<Channel::Value>(Channel::Value(value))
        : std::nullopt;
    if (assign(m_filter.channel, channel))
        filterEdited();
}

int HistoryModel::kind() const
{
    return m_filter.kind ? int(*m_filter.kind) : kAny;
}

void HistoryModel::setKind(int value)
{
    const auto kind = value == Kind::Support || value == Kind::Sales ? std::optional<Kind::Value>(Kind::Value(value))
                                                                     : std::nullopt;
    if (assign(m_filter.kind, kind))
        filterEdited();
}

void HistoryModel::setSegment(const QString &value)
{
    if (assign(m_filter.segment, value))
        filterEdited();
}

void HistoryModel::setLanguage(const QString &value)
{
    if (assign(m_filter.language, value))
        filterEdited();
}

int HistoryModel::confidenceBelow() const
{
    return m_filter.confidenceBelow ? qRound(*m_filter.confidenceBelow * 100) : 0;
}

void HistoryModel::setConfidenceBelow(int percent)
{
    const auto below = percent > 0 && percent <= 100 ? std::optional<double>(percent / 100.0) : std::nullopt;
    if (assign(m_filter.confidenceBelow, below))
        filterEdited();
}

int HistoryModel::handoff() const
{
    switch (m_filter.handoff) {
    case HistoryFilter::Handoff::Any:
        return kHandoffAny;
    case HistoryFilter::Handoff::Never:
        return kHandoffNever;
    case HistoryFilter::Handoff::Ever:
        return kHandoffEver;
    case HistoryFilter::Handoff::Reason:
        break;
    }
    return int(m_filter.handoffReason);
}

void HistoryModel::setHandoff(int value)
{
    HistoryFilter::Handoff handoff = HistoryFilter::Handoff::Any;
    EscalationReason::Value reason = EscalationReason::None;
    if (value == kHandoffNever) {
        handoff = HistoryFilter::Handoff::Never;
    } else if (value == kHandoffEver) {
        handoff = HistoryFilter::Handoff::Ever;
    } else if (value >= EscalationReason::None && value <= EscalationReason::AiLooping) {
        handoff = HistoryFilter::Handoff::Reason;
        reason = EscalationReason::Value(value);
    }
    const bool changed = assign(m_filter.handoff, handoff);
    if (assign(m_filter.handoffReason, reason) || changed)
        filterEdited();
}

int HistoryModel::reviewed() const
{
    return m_filter.reviewed ? int(*m_filter.reviewed) : kAny;
}

void HistoryModel::setReviewed(int value)
{
    const auto reviewed = value == 0 || value == 1 ? std::optional<bool>(value == 1) : std::nullopt;
    if (assign(m_filter.reviewed, reviewed))
        filterEdited();
}

int HistoryModel::rating() const
{
    return m_filter.rating.value_or(kAny);
}

void HistoryModel::setRating(int value)
{
    const auto rating = value >= 0 && value <= 5 ? std::optional<int>(value) : std::nullopt;
    if (assign(m_filter.rating, rating))
        filterEdited();
}

void HistoryModel::setSortBy(int value)
{
    if (value >= 0 && value <= int(HistorySort::LowestRating) && assign(m_filter.sort, HistorySort(value)))
        filterEdited();
}

QVariantList HistoryModel::periodOptions() const
{
    return {option(tr("Last 7 days"), Last7Days), option(tr("Last 30 days"), Last30Days),
        option(tr("Last 90 days"), Last90Days), option(tr("Everything cached"), AllCached)};
}

QVariantList HistoryModel::outcomeOptions() const
{
    QVariantList list {option(tr("Any"), kAny), option(tr("Open"), int(Outcome::None))};
    for (const Outcome::Value value : {Outcome::Resolved, Outcome::NotResolved, Outcome::Spam, Outcome::Abandoned})
        list.append(option(catalogue::label(value), int(value)));
    return list;
}

QVariantList HistoryModel::closedByOptions() const
{
    using C = HistoryFilter::Closer;
    return {option(tr("Anyone"), int(C::Any)), option(tr("The AI"), int(C::Ai)), option(tr("A person"), int(C::Person)),
        option(tr("Automatically"), int(C::System))};
}

QVariantList HistoryModel::channelOptions() const
{
    QVariantList list {option(tr("All"), kAny)};
    for (const Channel::Value value : {Channel::Chat, Channel::Email, Channel::Sms, Channel::Voice})
        list.append(option(catalogue::label(value), int(value)));
    return list;
}

QVariantList HistoryModel::kindOptions() const
{
    return {option(tr("All"), kAny), option(catalogue::label(Kind::Support), int(Kind::Support)),
        option(catalogue::label(Kind::Sales), int(Kind::Sales))};
}

QVariantList HistoryModel::confidenceOptions() const
{
    QVariantList list {option(tr("Any"), 0)};
    for (const int percent : {50, 70, 90})
        list.append(option(tr("Below %1%").arg(percent), percent));
    return list;
}

QVariantList HistoryModel::handoffOptions() const
{
    QVariantList list {option(tr("Any"), kHandoffAny), option(tr("Never handed off"), kHandoffNever),
        option(tr("Handed off"), kHandoffEver), option(tr("Taken over"), int(EscalationReason::None))};
    for (const EscalationReason::Value reason : catalogue::escalationReasons())
        list.append(option(catalogue::label(reason), int(reason)));
    return list;
}

QVariantList HistoryModel::reviewedOptions() const
{
    return {option(tr("Any"), kAny), option(tr("Reviewed"), 1), option(tr("Not reviewed"), 0)};
}

QVariantList HistoryModel::ratingOptions() const
{
    QVariantList list {option(tr("Any"), kAny), option(tr("Not rated"), 0)};
    for (int stars = 1; stars <= 5; ++stars)
        list.append(option(tr("%1 of 5").arg(stars), stars));
    return list;
}

QVariantList HistoryModel::sortOptions() const
{
    return {option(tr("Newest first"), int(HistorySort::Newest)), option(tr("Oldest first"), int(HistorySort::Oldest)),
        option(tr("Weakest AI reply first"), int(HistorySort::LowestConfidence)),
        option(tr("Longest to close first"), int(HistorySort::LongestResolution)),
        option(tr("Lowest rating first"), int(HistorySort::LowestRating))};
}

QVariantList HistoryModel::intentOptions() const
{
    return withAll(m_intents, [](const QString &code) { return intents::label(code); });
}

QVariantList HistoryModel::segmentOptions() const
{
    return withAll(m_segments, [](const QString &segment) { return catalogue::segmentLabel(segment); });
}

QVariantList HistoryModel::languageOptions() const
{
    return withAll(m_languages, [](const QString &code) {
        const QString name = QLocale(code).nativeLanguageName();
        return name.isEmpty() || QLocale(code).language() == QLocale::C ? code : name;
    });
}

} // namespace pilothouse::models
