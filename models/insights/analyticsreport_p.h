#pragma once
// AnalyticsReport's state, shared by the files that implement it: analyticsreport.cpp (facts,
// cost model, recompute, figures), analyticsreportfilter.cpp (the period and the filter) and
// analyticsreporttables.cpp (the tables the exports write). Not part of the interface.

#include "insights/analyticsreport.h"
#include "insights/breakdownmodel.h"
#include "insights/calibrationmodel.h"
#include "insights/metriclistmodel.h"
#include "insights/trendmodel.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimer>

#include <optional>

namespace pilothouse::models {

/// The report's words, in a context lupdate and the runtime agree on: tr() of the class itself
/// would look them up under its qualified name and find nothing.
class AnalyticsReportText {
    Q_DECLARE_TR_FUNCTIONS(AnalyticsReportText)
};

/// A filter on channel, kind or VIP that is not set.
inline constexpr int kNoFilter = -1;

struct AnalyticsReport::Impl {
    QList<analytics::DayFacts> facts;
    qint64 asOfMs = 0;
    analytics::CostModel cost; ///< What the figures use: `local` while trying, else `organisation`.
    analytics::CostModel organisation;
    std::optional<analytics::CostModel> local;
    qint64 organisationVersion = 0;
    QString organisationAuthor;
    qint64 organisationAt = 0;
    CostModelForm *form = nullptr;
    ConversationsBehindModel *behind = nullptr;
    PdfExport *pdf = nullptr;
    QDate today = QDateTime::currentDateTimeUtc().date();
    bool todayFixed = false; ///< setToday() was called: the clock no longer moves it.
    QTimer midnight; ///< Moves `today` at the next UTC midnight.
    Range range = Last7Days;
    QDate customFrom;
    QDate customTo;
    int channel = kNoFilter;
    int kind = kNoFilter;
    int vip = kNoFilter;
    QString intent;
    QString segment;
    QString language;
    std::size_t window = analytics::kDefaultAttributionWindow;
    analytics::MetricsReport report;
    analytics::MetricsReport month; ///< The month so far against the same days of the month before.
    analytics::MetricsFilter monthFilter;
    analytics::MetricsFilter monthBeforeFilter;
    int revision = 0;
    QStringList intentOptions;
    QStringList segmentOptions;
    QStringList languageOptions;
    MetricListModel metrics;
    TrendModel trend;
    BreakdownModel intents;
    BreakdownModel reasons;
    BreakdownModel segments;
    CalibrationModel calibration;
};

} // namespace pilothouse::models
