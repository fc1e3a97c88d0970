#include "insights/analyticsreport_p.h"

#include "domain/catalogue.h"
#include "domain/intents.h"
#include "board/bands.h"
#include "insights/breakdownmodel.h"
#include "insights/conversationsbehindmodel.h"
#include "insights/metriclistmodel.h"
#include "insights/pdfexport.h"
#include "insights/trendmodel.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimer>
#include <QHash>
#include <QLocale>
#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <optional>
#include <cmath>

namespace pilothouse::models {

using analytics::Metric;

namespace {

analytics::Metric toMetric(MetricId::Value id)
{
    return analytics::Metric(std::clamp(int(id), 0, int(analytics::kMetricCount) - 1));
}

int trendOf(Metric metric, std::optional<double> delta)
{
    if (!delta || *delta == 0.0)
        return 0;
    const int sign = *delta > 0 ? 1 : -1;
    switch (MetricText::direction(metric)) {
    case Direction::HigherIsBetter:
        return sign;
    case Direction::LowerIsBetter:
        return -sign;
    case Direction::Neutral:
        return 0;
    }
    return 0;
}

QStringList sorted(const QSet<QString> &values)
{
    QStringList list(values.begin(), values.end());
    list.removeAll(QString());
    list.sort(Qt::CaseInsensitive);
    return list;
}

/// "3/1/25 to 3/8/25", or one day.
QString spanText(QDate from, QDate to)
{
    const QLocale locale;
    return from == to
        ? locale.toString(from, QLocale::ShortFormat)
        : AnalyticsReportText::tr("%1 to %2")
              .arg(locale.toString(from, QLocale::ShortFormat), locale.toString(to, QLocale::ShortFormat));
}

} // namespace

AnalyticsReport::AnalyticsReport(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Impl>())
{
    connect(this, &AnalyticsReport::filterChanged, this, &AnalyticsReport::recompute);
    // A console left open overnight: "Today" and every range follow the UTC day.
    d->midnight.setSingleShot(true);
    d->midnight.setTimerType(Qt::VeryCoarseTimer);
    connect(&d->midnight, &QTimer::timeout, this, [this] {
        if (!d->todayFixed) {
            d->today = QDateTime::currentDateTimeUtc().date();
            recompute();
        }
        scheduleMidnight();
    });
    scheduleMidnight();
    recompute();
    d->form = new CostModelForm(this);
    d->behind = new ConversationsBehindModel(this, this);
    d->pdf = new PdfExport(*this, this);
}

void AnalyticsReport::scheduleMidnight()
{
    constexpr qint64 kDayMs = 24LL * 3600 * 1000;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    d->midnight.start(int((now / kDayMs + 1) * kDayMs - now + 1000));
}

AnalyticsReport::~AnalyticsReport() = default;

void AnalyticsReport::setFacts(QList<analytics::DayFacts> facts, qint64 asOfMs)
{
    d->facts = std::move(facts);
    d->asOfMs = asOfMs;
    QSet<QString> intents, segments, languages;
    for (const analytics::DayFacts &row : std::as_const(d->facts)) {
        intents.insert(row.key.intent);
        segments.insert(row.key.segment);
        languages.insert(row.key.language);
    }
    d->intentOptions = sorted(intents);
    d->segmentOptions = sorted(segments);
    d->languageOptions = sorted(languages);
    recompute();
}

void AnalyticsReport::setCostModel(const analytics::CostModel &model)
{
    setOrganisationCostModel(model, d->organisationVersion, d->organisationAuthor, d->organisationAt);
}

void AnalyticsReport::setOrganisationCostModel(
    const analytics::CostModel &model, qint64 version, const QString &author, qint64 savedAtMs)
{
    const bool formShowsIt = !d->local;
    d->organisation = model;
    d->organisationVersion = version;
    d->organisationAuthor = author;
    d->organisationAt = savedAtMs;
    if (!d->local)
        d->cost = model;
    Q_EMIT costModelChanged();
    recompute();
    if (formShowsIt)
        d->form->reload();
}

void AnalyticsReport::setLocalCostModel(const analytics::CostModel &model)
{
    d->local = model;
    d->cost = model;
    Q_EMIT costModelChanged();
    recompute();
}

void AnalyticsReport::useOrganisationCostModel()
{
    if (!d->local)
        return;
    d->local.reset();
    d->cost = d->organisation;
    Q_EMIT costModelChanged();
    recompute();
}

const analytics::CostModel &AnalyticsReport::organisationCostModel() const
{
    return d->organisation;
}

qint64 AnalyticsReport::organisationVersion() const
{
    return d->organisationVersion;
}

bool AnalyticsReport::usingLocalCostModel() const
{
    return d->local.has_value();
}

ConversationsBehindModel *AnalyticsReport::conversationsBehind() const
{
    return d->behind;
}

CostModelForm *AnalyticsReport::costModelForm() const
{
    return d->form;
}

QString AnalyticsReport::costModelSourceText() const
{
    if (d->local) {
        return AnalyticsReportText::tr("Unsaved assumptions: these figures use values you are trying, not the "
                                       "organisation's cost model.");
    }
    if (d->organisationVersion <= 0)
        return AnalyticsReportText::tr(
            "Built-in default assumptions: no cost model has been saved for the organisation.");
    const QString when
        = QLocale().toString(QDateTime::fromMSecsSinceEpoch(d->organisationAt).date(), QLocale::ShortFormat);
    return AnalyticsReportText::tr("The organisation's cost model, version %L1, saved by %2 on %3.")
        .arg(d->organisationVersion)
        .arg(d->organisationAuthor, when);
}

QString AnalyticsReport::assumptionsText() const
{
    const QLocale locale;
    const analytics::CostModel &c = d->cost;
    const QString hourly = bands::formatMoney(qint64(std::llround(c.loadedHourlyCost * 100.0)), c.currency, locale);
    const QString price = locale.toString(c.aiPricePer1000Tokens, 'g', 6) + u' ' + c.currency;
    int measured = 0;
    int defaulted = 0;
    for (const analytics::IntentHandling &h : d->report.current.handling) {
        if (h.strictResolutions == 0)
            continue;
        (h.measured ? measured : defaulted) += 1;
    }
    QString text = AnalyticsReportText::tr(
        "Assumes %1 an hour for a person, %2 per 1,000 AI tokens and a team of %Ln.", "", c.teamSize)
                       .arg(hourly, price);
    if (measured + defaulted == 0) {
        text += u' '
            + AnalyticsReportText::tr("Handling time: measured once an intent has %Ln handled conversations, "
                                      "else %1 minutes.",
                "", c.minHumanSamples)
                  .arg(locale.toString(c.defaultHandlingMinutes, 'g', 6));
    } else {
        text += u' '
            + AnalyticsReportText::tr("Handling time measured for %1 of the %2 intents the AI resolved; defaults for "
                                      "the rest (%3 minutes unless set per intent).")
                  .arg(locale.toString(measured), locale.toString(measured + defaulted),
                      locale.toString(c.defaultHandlingMinutes, 'g', 6));
    }
    return text;
}

const analytics::CostModel &AnalyticsReport::costModel() const
{
    return d->cost;
}

void AnalyticsReport::setToday(QDate today)
{
    d->todayFixed = true;
    d->today = today;
    recompute();
}

void AnalyticsReport::recompute()
{
    const analytics::MetricsFilter current = filter();
    d->report = analytics::computeMetrics(d->facts, current, d->cost, d->window);
    // The month so far, and the same days of the month before (as many as it has).
    d->monthFilter = current;
    d->monthFilter.from = QDate(d->today.year(), d->today.month(), 1);
    d->monthFilter.to = d->today;
    d->monthBeforeFilter = current;
    d->monthBeforeFilter.from = d->monthFilter.from.addMonths(-1);
    d->monthBeforeFilter.to = std::min(d->today.addMonths(-1), d->monthFilter.from.addDays(-1));
    d->month.current = analytics::computeMetrics(d->facts, d->monthFilter, d->cost, d->window).current;
    d->month.previous = analytics::computeMetrics(d->facts, d->monthBeforeFilter, d->cost, d->window).current;
    const QLocale locale;
    const QString &currency = d->cost.currency;

    QList<MetricListModel::Row> metricRows;
    for (std::size_t i = 0; i < analytics::kMetricCount; ++i) {
        const auto metric = Metric(i);
        MetricListModel::Row row;
        row.metric = int(i);
        row.label = MetricText::label(metric, d->cost.teamSize);
        row.explanation = MetricText::explanation(metric);
        row.valueText = MetricText::value(metric, d->report.current[metric], currency, locale);
        row.previousText = MetricText::value(metric, d->report.previous[metric], currency, locale);
        row.deltaText = MetricText::delta(metric, d->report.delta(metric), currency, locale);
        row.deltaTrend = trendOf(metric, d->report.delta(metric));
        row.numerator = d->report.current[metric].numerator;
        row.denominator = d->report.current[metric].denominator;
        metricRows.append(row);
    }
    d->metrics.setRows(std::move(metricRows));

    // One pass over the facts for the days and the intents of the current period.
    QHash<QDate, analytics::FactsCounters> byDay;
    QHash<QString, analytics::FactsCounters> byIntent;
    QHash<QString, analytics::FactsCounters> bySegment;
    for (const analytics::DayFacts &row : std::as_const(d->facts)) {
        if (row.key.day < current.from || row.key.day > current.to || !current.matches(row.key))
            continue;
        byDay[row.key.day] += row.counts;
        byIntent[row.key.intent] += row.counts;
        bySegment[row.key.segment] += row.counts;
    }
    QList<TrendModel::Row> days;
    for (QDate day = current.from; day.isValid() && day <= current.to; day = day.addDays(1)) {
        const analytics::FactsCounters c = byDay.value(day);
        TrendModel::Row row;
        row.day = day;
        row.dayText = locale.toString(day, QLocale::ShortFormat);
        const qint64 base = c.conversations - c.spam;
        row.conversations = int(base);
        row.aiResolved = int(c.aiResolvedStrict + c.aiResolvedProvisional);
        row.aiLenientOnly = int(c.aiResolvedLenient - c.aiResolvedStrict - c.aiResolvedProvisional);
        row.humanResolved = int(c.humanResolved);
        row.notResolved = int(c.notResolved);
        row.abandoned = int(c.abandoned);
        row.open = int(base - c.aiResolvedLenient - c.humanResolved - c.notResolved - c.abandoned);
        row.strictRate = base > 0 ? double(c.aiResolvedStrict) / double(base) : -1.0;
        days.append(row);
    }
    d->trend.setRows(std::move(days));

    // One row of a dimension's table: its conversations (spam aside), those the AI did not resolve,
    // and the strict AI resolution rate; nothing for a group without conversations.
    const auto groupRow = [&locale](const QString &key, const QString &label,
                              const analytics::FactsCounters &c) -> std::optional<BreakdownModel::Row> {
        const qint64 base = c.conversations - c.spam;
        if (base <= 0)
            return std::nullopt;
        BreakdownModel::Row row;
        row.key = key;
        row.label = label;
        row.count = int(base);
        row.unresolved = int(base - c.aiResolvedStrict - c.aiResolvedProvisional);
        row.rate = double(c.aiResolvedStrict) / double(base);
        row.rateText = MetricText::percent(row.rate, locale);
        return row;
    };

    QList<BreakdownModel::Row> intentRows;
    for (auto it = byIntent.cbegin(); it != byIntent.cend(); ++it) {
        const QString label
            = it.key().isEmpty() ? AnalyticsReportText::tr("No intent detected") : intents::label(it.key());
        if (auto row = groupRow(it.key(), label, it.value()))
            intentRows.append(*row);
    }
    std::sort(intentRows.begin(), intentRows.end(), [](const auto &a, const auto &b) {
        return a.unresolved != b.unresolved ? a.unresolved > b.unresolved : a.label < b.label;
    });
    d->intents.setRows(std::move(intentRows));

    QList<BreakdownModel::Row> reasonRows;
    const qint64 handedOff = d->report.current.totals.handedOff;
    const auto &byReason = d->report.current.totals.handedOffByReason;
    for (std::size_t i = 0; i < byReason.size(); ++i) {
        if (byReason[i] <= 0)
            continue;
        const auto wireReason = analytics::handOffReason(i);
        const auto reason = wireReason ? catalogue::fromProtocol(*wireReason) : EscalationReason::None;
        BreakdownModel::Row row;
        row.key = QString::number(int(reason));
        row.label = reason == EscalationReason::None ? AnalyticsReportText::tr("Taken over without an escalation")
                                                     : catalogue::label(reason);
        row.count = int(byReason[i]);
        row.rate = handedOff > 0 ? double(byReason[i]) / double(handedOff) : -1.0;
        row.rateText = row.rate < 0 ? QString() : MetricText::percent(row.rate, locale);
        reasonRows.append(row);
    }
    std::sort(reasonRows.begin(), reasonRows.end(), [](const auto &a, const auto &b) { return a.count > b.count; });
    d->reasons.setRows(std::move(reasonRows));

    QList<BreakdownModel::Row> segmentRows;
    for (auto it = bySegment.cbegin(); it != bySegment.cend(); ++it) {
        const analytics::FactsCounters &c = it.value();
        const QString label
            = it.key().isEmpty() ? AnalyticsReportText::tr("No segment") : catalogue::segmentLabel(it.key());
        auto row = groupRow(it.key(), label, c);
        if (!row)
            continue;
        row->extraText = c.rated > 0 ? MetricText::percent(double(c.ratedPositive) / double(c.rated), locale)
                                     : AnalyticsReportText::tr("No ratings");
        segmentRows.append(*row);
    }
    std::sort(segmentRows.begin(), segmentRows.end(),
        [](const auto &a, const auto &b) { return a.count != b.count ? a.count > b.count : a.label < b.label; });
    d->segments.setRows(std::move(segmentRows));
    d->calibration.setCalibration(analytics::calibrationOf(d->report.current.totals));

    ++d->revision;
    Q_EMIT computed();
}

QString AnalyticsReport::label(MetricId::Value metric) const
{
    return MetricText::label(toMetric(metric), d->cost.teamSize);
}

QString AnalyticsReport::explanation(MetricId::Value metric) const
{
    return MetricText::explanation(toMetric(metric));
}

QString AnalyticsReport::valueText(MetricId::Value metric) const
{
    return MetricText::value(toMetric(metric), d->report.current[toMetric(metric)], d->cost.currency, QLocale());
}

QString AnalyticsReport::previousText(MetricId::Value metric) const
{
    return MetricText::value(toMetric(metric), d->report.previous[toMetric(metric)], d->cost.currency, QLocale());
}

QString AnalyticsReport::deltaText(MetricId::Value metric) const
{
    return MetricText::delta(toMetric(metric), d->report.delta(toMetric(metric)), d->cost.currency, QLocale());
}

int AnalyticsReport::deltaTrend(MetricId::Value metric) const
{
    return trendOf(toMetric(metric), d->report.delta(toMetric(metric)));
}

double AnalyticsReport::value(MetricId::Value metric) const
{
    return d->report.current[toMetric(metric)].value().value_or(std::nan(""));
}

QString AnalyticsReport::monthValueText(MetricId::Value metric) const
{
    return MetricText::value(toMetric(metric), d->month.current[toMetric(metric)], d->cost.currency, QLocale());
}

QString AnalyticsReport::monthDeltaText(MetricId::Value metric) const
{
    return MetricText::delta(toMetric(metric), d->month.delta(toMetric(metric)), d->cost.currency, QLocale());
}

int AnalyticsReport::monthDeltaTrend(MetricId::Value metric) const
{
    return trendOf(toMetric(metric), d->month.delta(toMetric(metric)));
}

const analytics::MetricsReport &AnalyticsReport::report() const
{
    return d->report;
}

bool AnalyticsReport::hasFacts() const
{
    return !d->facts.isEmpty();
}

QString AnalyticsReport::asOfText() const
{
    if (d->facts.isEmpty() || d->asOfMs <= 0)
        return {};
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(d->asOfMs);
    const QLocale locale;
    const bool today = at.date() == QDate::currentDate();
    return AnalyticsReportText::tr("Figures as of %1")
        .arg(today ? locale.toString(at.time(), QLocale::ShortFormat) : locale.toString(at, QLocale::ShortFormat));
}

QString AnalyticsReport::periodText() const
{
    const analytics::MetricsFilter current = filter();
    const analytics::MetricsFilter previous = current.previousPeriod();
    return AnalyticsReportText::tr("%1, compared with %2")
        .arg(spanText(current.from, current.to), spanText(previous.from, previous.to));
}

const analytics::MetricsFilter &AnalyticsReport::monthToDate() const
{
    return d->monthFilter;
}

QString AnalyticsReport::monthText() const
{
    return AnalyticsReportText::tr("%1, compared with %2")
        .arg(spanText(d->monthFilter.from, d->monthFilter.to),
            spanText(d->monthBeforeFilter.from, d->monthBeforeFilter.to));
}

int AnalyticsReport::revision() const
{
    return d->revision;
}

QStringList AnalyticsReport::intentOptions() const
{
    return d->intentOptions;
}

QStringList AnalyticsReport::segmentOptions() const
{
    return d->segmentOptions;
}

QStringList AnalyticsReport::languageOptions() const
{
    return d->languageOptions;
}

MetricListModel *AnalyticsReport::metrics() const
{
    return &d->metrics;
}

TrendModel *AnalyticsReport::trend() const
{
    return &d->trend;
}

BreakdownModel *AnalyticsReport::intents() const
{
    return &d->intents;
}

BreakdownModel *AnalyticsReport::reasons() const
{
    return &d->reasons;
}

BreakdownModel *AnalyticsReport::segments() const
{
    return &d->segments;
}

CalibrationModel *AnalyticsReport::calibration() const
{
    return &d->calibration;
}

PdfExport *AnalyticsReport::pdfExport() const
{
    return d->pdf;
}

} // namespace pilothouse::models
