#pragma once
// Thresholds and money formatting shared by every model, so QML never decides what "low
// confidence" means or how money looks. Pure functions: unit-tested with explicit locales. Times
// and durations are formatted by TimeText (models/domain/timetext.h).

#include <QLocale>
#include <QString>

#include <optional>

namespace pilothouse::models::bands {

/// Confidence bands of an AI reply, as exposed by the `confidenceBand` roles.
enum ConfidenceBand { NoConfidence = 0, LowConfidence = 1, MediumConfidence = 2, HighConfidence = 3 };
/// Sentiment bands, as exposed by the `sentimentBand` role.
enum SentimentBand { Negative = -1, Neutral = 0, Positive = 1 };

/// Below this an AI reply is "low" confidence.
inline constexpr double kLowConfidenceBelow = 0.5;
/// Below this (and not low) an AI reply is "medium"; at or above it, "high".
inline constexpr double kMediumConfidenceBelow = 0.8;
/// At or below this the customer reads as negative; at or above +this, positive.
inline constexpr double kSentimentThreshold = 0.25;

/// Band of a confidence in 0..1; a negative value (no AI reply yet) is NoConfidence.
int confidenceBand(double confidence);
int confidenceBand(const std::optional<double> &confidence);
/// Band of a sentiment in -1..1.
int sentimentBand(double sentiment);

/// "$1,234.50" when `currency` is the locale's own currency, else "EUR 1,234.50" in the
/// locale's number format: an ISO code is never ambiguous, a bare "$" would be.
QString formatMoney(qint64 cents, const QString &currency, const QLocale &locale);

} // namespace pilothouse::models::bands
