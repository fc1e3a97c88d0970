#include "insights/analyticsreport_p.h"

#include "insights/csvexport.h"

namespace pilothouse::models {

AnalyticsReport::TableSpec AnalyticsReport::tableSpec(Table table) const
{
    switch (table) {
    case MetricsTable:
        return {&d->metrics,
            {{AnalyticsReportText::tr("Metric"), MetricListModel::LabelRole},
                {AnalyticsReportText::tr("Value"), MetricListModel::ValueTextRole},
                {AnalyticsReportText::tr("Previous period"), MetricListModel::PreviousTextRole},
                {AnalyticsReportText::tr("Change"), MetricListModel::DeltaTextRole},
                {AnalyticsReportText::tr("Numerator"), MetricListModel::NumeratorRole},
                {AnalyticsReportText::tr("Denominator"), MetricListModel::DenominatorRole},
                {AnalyticsReportText::tr("What it counts"), MetricListModel::ExplanationRole}}};
    case DaysTable:
        return {&d->trend,
            {{AnalyticsReportText::tr("Day"), TrendModel::DayTextRole},
                {AnalyticsReportText::tr("Conversations"), TrendModel::ConversationsRole},
                {AnalyticsReportText::tr("Resolved by AI"), TrendModel::AiResolvedRole},
                {AnalyticsReportText::tr("Closed by AI, vendor-style only"), TrendModel::AiLenientOnlyRole},
                {AnalyticsReportText::tr("Resolved by a person"), TrendModel::HumanResolvedRole},
                {AnalyticsReportText::tr("Not resolved"), TrendModel::NotResolvedRole},
                {AnalyticsReportText::tr("Abandoned"), TrendModel::AbandonedRole},
                {AnalyticsReportText::tr("Open"), TrendModel::OpenRole}}};
    case IntentsTable:
        return {&d->intents,
            {{AnalyticsReportText::tr("Intent"), BreakdownModel::LabelRole},
                {AnalyticsReportText::tr("Conversations"), BreakdownModel::CountRole},
                {AnalyticsReportText::tr("Not resolved by the AI"), BreakdownModel::UnresolvedRole},
                {AnalyticsReportText::tr("Resolved by AI"), BreakdownModel::RateTextRole}}};
    case ReasonsTable:
        return {&d->reasons,
            {{AnalyticsReportText::tr("Reason"), BreakdownModel::LabelRole},
                {AnalyticsReportText::tr("Hand-offs"), BreakdownModel::CountRole},
                {AnalyticsReportText::tr("Share of hand-offs"), BreakdownModel::RateTextRole}}};
    case SegmentsTable:
        return {&d->segments,
            {{AnalyticsReportText::tr("Segment"), BreakdownModel::LabelRole},
                {AnalyticsReportText::tr("Conversations"), BreakdownModel::CountRole},
                {AnalyticsReportText::tr("Not resolved by the AI"), BreakdownModel::UnresolvedRole},
                {AnalyticsReportText::tr("Resolved by AI"), BreakdownModel::RateTextRole},
                {AnalyticsReportText::tr("CSAT (4 or 5)"), BreakdownModel::ExtraTextRole}}};
    case CalibrationTable:
        return {&d->calibration,
            {{AnalyticsReportText::tr("Confidence"), CalibrationModel::BandTextRole},
                {AnalyticsReportText::tr("AI replies"), CalibrationModel::RepliesRole},
                {AnalyticsReportText::tr("Judged"), CalibrationModel::JudgedRole},
                {AnalyticsReportText::tr("Judged wrong"), CalibrationModel::WrongRole},
                {AnalyticsReportText::tr("Share wrong"), CalibrationModel::WrongShareTextRole}}};
    }
    return {&d->metrics, {}};
}

QString AnalyticsReport::csv(Table table) const
{
    const TableSpec spec = tableSpec(table);
    return CsvExport::table(*spec.model, spec.columns);
}

QString AnalyticsReport::exportCsv(Table table, const QUrl &file) const
{
    if (!file.isLocalFile())
        return AnalyticsReportText::tr("Choose a file on this computer to export to.");
    return CsvExport::write(file.toLocalFile(), csv(table));
}

} // namespace pilothouse::models
