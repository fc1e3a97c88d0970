#include "insights/analyticsreport_p.h"

#include "domain/catalogue.h"

#include <algorithm>

namespace pilothouse::models {

analytics::MetricsFilter AnalyticsReport::filter() const
{
    analytics::MetricsFilter filter;
    switch (d->range) {
    case Today:
        filter.from = d->today;
        break;
    case Last7Days:
        filter.from = d->today.addDays(-6);
        break;
    case Last30Days:
        filter.from = d->today.addDays(-29);
        break;
    case Last90Days:
        filter.from = d->today.addDays(-89);
        break;
    case ThisMonth:
        filter.from = QDate(d->today.year(), d->today.month(), 1);
        break;
    case Custom:
        break;
    }
    filter.to = d->today;
    if (d->range == Custom && d->customFrom.isValid() && d->customTo.isValid()) {
        filter.from = std::min(d->customFrom, d->customTo);
        filter.to = std::max(d->customFrom, d->customTo);
    } else if (d->range == Custom) {
        filter.from = d->today.addDays(-6);
    }
    if (d->channel != kNoFilter)
        filter.channels.insert(catalogue::toProtocol(Channel::Value(d->channel)));
    if (d->kind != kNoFilter)
        filter.kind = catalogue::toProtocol(Kind::Value(d->kind));
    if (d->vip != kNoFilter)
        filter.vip = d->vip != 0;
    if (!d->intent.isEmpty())
        filter.intents.insert(d->intent);
    if (!d->segment.isEmpty())
        filter.segments.insert(d->segment);
    if (!d->language.isEmpty())
        filter.languages.insert(d->language);
    return filter;
}

// Period and filter setters: each one recomputes through filterChanged.
AnalyticsReport::Range AnalyticsReport::range() const
{
    return d->range;
}
void AnalyticsReport::setRange(Range range)
{
    if (std::exchange(d->range, range) != range)
        Q_EMIT filterChanged();
}
QDate AnalyticsReport::customFrom() const
{
    return d->customFrom;
}
void AnalyticsReport::setCustomFrom(QDate day)
{
    if (std::exchange(d->customFrom, day) != day)
        Q_EMIT filterChanged();
}
QDate AnalyticsReport::customTo() const
{
    return d->customTo;
}
void AnalyticsReport::setCustomTo(QDate day)
{
    if (std::exchange(d->customTo, day) != day)
        Q_EMIT filterChanged();
}
int AnalyticsReport::channel() const
{
    return d->channel;
}
void AnalyticsReport::setChannel(int channel)
{
    if (std::exchange(d->channel, channel) != channel)
        Q_EMIT filterChanged();
}
int AnalyticsReport::kind() const
{
    return d->kind;
}
void AnalyticsReport::setKind(int kind)
{
    if (std::exchange(d->kind, kind) != kind)
        Q_EMIT filterChanged();
}
int AnalyticsReport::vip() const
{
    return d->vip;
}
void AnalyticsReport::setVip(int vip)
{
    if (std::exchange(d->vip, vip) != vip)
        Q_EMIT filterChanged();
}
QString AnalyticsReport::intent() const
{
    return d->intent;
}
void AnalyticsReport::setIntent(const QString &intent)
{
    if (std::exchange(d->intent, intent) != intent)
        Q_EMIT filterChanged();
}
QString AnalyticsReport::segment() const
{
    return d->segment;
}
void AnalyticsReport::setSegment(const QString &segment)
{
    if (std::exchange(d->segment, segment) != segment)
        Q_EMIT filterChanged();
}
QString AnalyticsReport::language() const
{
    return d->language;
}
void AnalyticsReport::setLanguage(const QString &language)
{
    if (std::exchange(d->language, language) != language)
        Q_EMIT filterChanged();
}
int AnalyticsReport::attributionDays() const
{
    return analytics::kAttributionWindows[d->window];
}
void AnalyticsReport::setAttributionDays(int days)
{
    const auto *found = std::find(analytics::kAttributionWindows.begin(), analytics::kAttributionWindows.end(), days);
    if (found == analytics::kAttributionWindows.end())
        return;
    const auto window = std::size_t(found - analytics::kAttributionWindows.begin());
    if (std::exchange(d->window, window) != window)
        Q_EMIT filterChanged();
}

} // namespace pilothouse::models
