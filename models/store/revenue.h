#pragma once
// Revenue attributed to cached sales conversations, for History's exports (issue 13): the rule of
// docs/metrics.md ("Attribution") over the cache, with the default window of 5 days. An order
// (amount > 0, in the currency of the supervisor's figures) counts on the customer's latest
// non-spam sales conversation created at most 5 days before it was placed. The currency is the
// one the cached facts carry (store/factscache.h); a cache without them (an agent's) cannot say.

#include <QHash>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace pilothouse::models::revenue {

/// The attribution window of History's exports, in days (the metrics' default).
inline constexpr int kWindowDays = 5;

struct Attributed {
    QString currency; ///< ISO 4217; empty when the cache holds no figures, and nothing is known.
    QHash<QString, qint64> centsByConversation; ///< Only conversations with an attributed order.
};

/// Reads the attribution for every cached conversation; nullopt (and `error`) on an SQL error.
std::optional<Attributed> attributed(const QSqlDatabase &db, QString *error);

} // namespace pilothouse::models::revenue
