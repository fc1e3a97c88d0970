#include "bands.h"

#include <QHash>

namespace pilothouse::models::bands {

int confidenceBand(double confidence)
{
    if (confidence < 0.0)
        return NoConfidence;
    if (confidence < kLowConfidenceBelow)
        return LowConfidence;
    if (confidence < kMediumConfidenceBelow)
        return MediumConfidence;
    return HighConfidence;
}

int confidenceBand(const std::optional<double> &confidence)
{
    return confidence ? confidenceBand(*confidence) : NoConfidence;
}

int sentimentBand(double sentiment)
{
    if (sentiment <= -kSentimentThreshold)
        return Negative;
    if (sentiment >= kSentimentThreshold)
        return Positive;
    return Neutral;
}

QString formatMoney(qint64 cents, const QString &currency, const QLocale &locale)
{
    const double amount = static_cast<double>(cents) / 100.0;
    if (locale.language() == QLocale::C) {
        // No locale set (LANG unset, CI, containers): the C locale would print "7840.00USD".
        static const QHash<QString, QString> symbols {{QStringLiteral("USD"), QStringLiteral("$")},
            {QStringLiteral("EUR"), QStringLiteral("€")}, {QStringLiteral("GBP"), QStringLiteral("£")}};
        const QLocale english(QLocale::English, QLocale::UnitedStates);
        const QString number = english.toString(amount, 'f', 2);
        const auto symbol = symbols.constFind(currency.toUpper());
        if (symbol != symbols.constEnd())
            return *symbol + number;
        return currency.isEmpty() ? number : number + u'\u00a0' + currency.toUpper();
    }
    const QString localCode = locale.currencySymbol(QLocale::CurrencyIsoCode);
    if (currency.isEmpty() || currency.compare(localCode, Qt::CaseInsensitive) == 0)
        return locale.toCurrencyString(amount, locale.currencySymbol(QLocale::CurrencySymbol), 2);
    return locale.toCurrencyString(amount, currency.toUpper(), 2);
}

} // namespace pilothouse::models::bands
