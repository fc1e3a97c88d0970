#pragma once
// The supervisor's figures for one period and filter, ready for the Overview and Analytics pages:
// every metric of docs/metrics.md with its delta against the previous period, the day-by-day
// outcomes, the intents where the AI can gain most, and the hand-off reasons. Fed with the cached
// daily facts (setFacts) and the cost model; recomputes from sums on every change of period or
// filter (tests/bench/bench_metrics measures that). GUI thread.

#include "analytics/metrics.h"
#include "domain/enums.h"
#include "insights/breakdownmodel.h"
#include "insights/calibrationmodel.h"
#include "insights/costmodelform.h"
#include "insights/csvexport.h"
#include "insights/metriclistmodel.h"
#include "insights/metrictext.h"
#include "insights/trendmodel.h"

#include <QDate>
#include <QObject>
#include <QStringList>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

#include <memory>

namespace pilothouse::models {

/// The metric ids QML passes to AnalyticsReport's invokables (analytics::Metric, for QML).
namespace MetricId {
Q_NAMESPACE
QML_ELEMENT
enum Value : int {
    Conversations,
    AutomationRate,
    AiResolutionStrict,
    AiResolutionProvisional,
    AiResolutionLenient,
    Containment,
    HandOffRate,
    AiFirstResponseMs,
    HumanFirstResponseMs,
    DeadlinesMet,
    ResolutionMs,
    CsatPositive,
    CsatMean,
    CsatResponseRate,
    HoursSaved,
    AiSpend,
    MoneySaved,
    TeamCost,
    CostPerResolution,
    QualificationRate,
    ConversionRate,
    RevenueInfluenced,
    AverageOrderValue,
};
Q_ENUM_NS(Value)
} // namespace MetricId
static_assert(int(MetricId::AverageOrderValue) + 1 == int(analytics::kMetricCount));
static_assert(int(MetricId::MoneySaved) == int(analytics::Metric::MoneySaved));

class ConversationsBehindModel;
class PdfExport;

class AnalyticsReport : public QObject {
    Q_OBJECT
    Q_MOC_INCLUDE("insights/conversationsbehindmodel.h")
    Q_MOC_INCLUDE("insights/pdfexport.h")
    QML_ELEMENT
    Q_PROPERTY(Range range READ range WRITE setRange NOTIFY filterChanged)
    Q_PROPERTY(QDate customFrom READ customFrom WRITE setCustomFrom NOTIFY filterChanged)
    Q_PROPERTY(QDate customTo READ customTo WRITE setCustomTo NOTIFY filterChanged)
    /// A Channel::Value, or -1 for every channel; the same for kind and vip (0 no, 1 yes).
    Q_PROPERTY(int channel READ channel WRITE setChannel NOTIFY filterChanged)
    Q_PROPERTY(int kind READ kind WRITE setKind NOTIFY filterChanged)
    Q_PROPERTY(int vip READ vip WRITE setVip NOTIFY filterChanged)
    /// "" for all.
    Q_PROPERTY(QString intent READ intent WRITE setIntent NOTIFY filterChanged)
    Q_PROPERTY(QString segment READ segment WRITE setSegment NOTIFY filterChanged)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY filterChanged)
    /// 1, 5, 7 or 30 days; anything else is refused (the previous value stays).
    Q_PROPERTY(int attributionDays READ attributionDays WRITE setAttributionDays NOTIFY filterChanged)

    Q_PROPERTY(bool hasFacts READ hasFacts NOTIFY computed)
    /// "Figures as of 14:05" (or with the date when not today); "" without facts.
    Q_PROPERTY(QString asOfText READ asOfText NOTIFY computed)
    /// "1 Mar – 7 Mar 2026, compared with 22 Feb – 28 Feb".
    Q_PROPERTY(QString periodText READ periodText NOTIFY computed)
    /// The month so far, for the Overview's money figures: "1 Dec to 6 Dec, compared with 1 Nov to
    /// 6 Nov" (the same days of the month before).
    Q_PROPERTY(QString monthText READ monthText NOTIFY computed)
    /// Grows on every recompute: bindings on the invokables below depend on it.
    Q_PROPERTY(int revision READ revision NOTIFY computed)
    Q_PROPERTY(QStringList intentOptions READ intentOptions NOTIFY computed)
    Q_PROPERTY(QStringList segmentOptions READ segmentOptions NOTIFY computed)
    Q_PROPERTY(QStringList languageOptions READ languageOptions NOTIFY computed)
    Q_PROPERTY(pilothouse::models::MetricListModel *metrics READ metrics CONSTANT)
    Q_PROPERTY(pilothouse::models::TrendModel *trend READ trend CONSTANT)
    Q_PROPERTY(pilothouse::models::BreakdownModel *intents READ intents CONSTANT)
    Q_PROPERTY(pilothouse::models::BreakdownModel *reasons READ reasons CONSTANT)
    Q_PROPERTY(pilothouse::models::BreakdownModel *segments READ segments CONSTANT)
    /// The confidence calibration of the period (reviewers' judgements by confidence band).
    Q_PROPERTY(pilothouse::models::CalibrationModel *calibration READ calibration CONSTANT)
    /// "Export PDF": the whole report, assumptions included, written on a worker thread.
    Q_PROPERTY(pilothouse::models::PdfExport *pdfExport READ pdfExport CONSTANT)
    /// The figures use values a supervisor is trying, not the organisation's (unsaved).
    Q_PROPERTY(bool usingLocalCostModel READ usingLocalCostModel NOTIFY costModelChanged)
    /// Where the assumptions come from: "The organisation's cost model, version 3, saved by …",
    /// "The built-in defaults …", or that they are unsaved values being tried.
    Q_PROPERTY(QString costModelSourceText READ costModelSourceText NOTIFY costModelChanged)
    /// The assumptions the money figures used: hourly cost, AI price, team size, and how many
    /// intents had measured handling minutes rather than defaults in the current period.
    Q_PROPERTY(QString assumptionsText READ assumptionsText NOTIFY computed)
    Q_PROPERTY(pilothouse::models::CostModelForm *costModelForm READ costModelForm CONSTANT)
    /// The conversations behind a figure (opened from a card or a row of the figures table).
    Q_PROPERTY(pilothouse::models::ConversationsBehindModel *conversationsBehind READ conversationsBehind CONSTANT)

public:
    enum Range { Today, Last7Days, Last30Days, Last90Days, Custom, ThisMonth };
    Q_ENUM(Range)
    /// The tables exportCsv() writes.
    enum Table { MetricsTable, DaysTable, IntentsTable, ReasonsTable, SegmentsTable, CalibrationTable };
    Q_ENUM(Table)

    explicit AnalyticsReport(QObject *parent = nullptr);
    ~AnalyticsReport() override;

    /// The cached facts and when the server computed them (ms; 0 = unknown).
    void setFacts(QList<analytics::DayFacts> facts, qint64 asOfMs);
    /// The organisation's cost model (version 0: the built-in defaults, nothing saved).
    void setCostModel(const analytics::CostModel &model);
    void setOrganisationCostModel(
        const analytics::CostModel &model, qint64 version, const QString &author, qint64 savedAtMs);
    /// Values tried locally: the figures use them until useOrganisationCostModel().
    void setLocalCostModel(const analytics::CostModel &model);
    Q_INVOKABLE void useOrganisationCostModel();
    /// The model the figures use: the local one while trying, else the organisation's.
    const analytics::CostModel &costModel() const;
    const analytics::CostModel &organisationCostModel() const;
    qint64 organisationVersion() const;
    bool usingLocalCostModel() const;
    QString costModelSourceText() const;
    QString assumptionsText() const;
    CostModelForm *costModelForm() const;
    ConversationsBehindModel *conversationsBehind() const;
    /// The day "today" is (UTC); tests fix it, the console follows the clock (the UTC day turns at
    /// midnight, also in a console left open).
    void setToday(QDate today);

    Q_INVOKABLE QString label(pilothouse::models::MetricId::Value metric) const;
    Q_INVOKABLE QString explanation(pilothouse::models::MetricId::Value metric) const;
    Q_INVOKABLE QString valueText(pilothouse::models::MetricId::Value metric) const;
    Q_INVOKABLE QString previousText(pilothouse::models::MetricId::Value metric) const;
    Q_INVOKABLE QString deltaText(pilothouse::models::MetricId::Value metric) const;
    /// 1 better, -1 worse, 0 neutral or no change or no data: the delta's colour and arrow.
    Q_INVOKABLE int deltaTrend(pilothouse::models::MetricId::Value metric) const;
    /// The value (0..1 for rates), or NaN without data.
    Q_INVOKABLE double value(pilothouse::models::MetricId::Value metric) const;
    /// The same for the month so far (UTC days, same filter), against the same days of the month
    /// before: the Overview's "this month".
    Q_INVOKABLE QString monthValueText(pilothouse::models::MetricId::Value metric) const;
    Q_INVOKABLE QString monthDeltaText(pilothouse::models::MetricId::Value metric) const;
    Q_INVOKABLE int monthDeltaTrend(pilothouse::models::MetricId::Value metric) const;

    /// Writes `table` as CSV (models/insights/csvexport.h) to the local file `file`. Returns "" on
    /// success, else a sentence for the user.
    Q_INVOKABLE QString exportCsv(pilothouse::models::AnalyticsReport::Table table, const QUrl &file) const;
    /// The CSV text of `table`.
    QString csv(Table table) const;
    /// A table as the exports write it: the model and its columns in the UI language.
    struct TableSpec {
        const QAbstractItemModel *model = nullptr;
        QList<CsvColumn> columns;
    };
    TableSpec tableSpec(Table table) const;

    const analytics::MetricsReport &report() const;
    analytics::MetricsFilter filter() const;

    Range range() const;
    void setRange(Range range);
    QDate customFrom() const;
    void setCustomFrom(QDate day);
    QDate customTo() const;
    void setCustomTo(QDate day);
    int channel() const;
    void setChannel(int channel);
    int kind() const;
    void setKind(int kind);
    int vip() const;
    void setVip(int vip);
    QString intent() const;
    void setIntent(const QString &intent);
    QString segment() const;
    void setSegment(const QString &segment);
    QString language() const;
    void setLanguage(const QString &language);
    int attributionDays() const;
    void setAttributionDays(int days);

    bool hasFacts() const;
    QString asOfText() const;
    QString periodText() const;
    QString monthText() const;
    /// The month so far (first of the month to today), with the report's filter.
    const analytics::MetricsFilter &monthToDate() const;
    int revision() const;
    QStringList intentOptions() const;
    QStringList segmentOptions() const;
    QStringList languageOptions() const;
    MetricListModel *metrics() const;
    TrendModel *trend() const;
    BreakdownModel *intents() const;
    BreakdownModel *reasons() const;
    BreakdownModel *segments() const;
    CalibrationModel *calibration() const;
    PdfExport *pdfExport() const;

Q_SIGNALS:
    void filterChanged();
    void computed();
    void costModelChanged();

private:
    void recompute();
    void scheduleMidnight();

    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace pilothouse::models
