#pragma once
// The supervisor's daily facts in the console's cache (docs/metrics.md, "Facts"), so the Overview
// and Analytics pages show the last figures offline, with the time the server computed them. One
// row per facts key; a `facts` frame is stored with the frame's rules (docs/protocol.md): the rows
// of each listed day are dropped, then each row replaces the one with the same key. Days older
// than kKeepDays before the newest are purged. Beside them, the organisation's cost model. Used on the thread that opened the LocalStore.

#include "protocol/frames.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace pilothouse::models {

class FactsCache {
    Q_DECLARE_TR_FUNCTIONS(FactsCache)

public:
    /// The server's window: 90 days and the 90 before them.
    static constexpr int kKeepDays = 180;

    explicit FactsCache(QSqlDatabase db);

    /// Stores one frame in one transaction. False (nothing stored) with errorString() on failure.
    bool apply(const protocol::Facts &facts);
    /// Every cached row, `days` listing every day that has rows; nullopt on failure.
    std::optional<protocol::Facts> load();
    /// The `asOf` of the last stored frame marked `complete`: the hello's `factsSince`. Nothing
    /// when no set of frames was stored whole (or on failure).
    std::optional<qint64> completeAsOf();
    /// Forgets every cached figure and the cost model (a user who may no longer read them).
    bool clear();

    /// The organisation's cost model as GET /api/v1/cost-model answered it (its JSON body), so the
    /// money figures offline use the organisation's assumptions, not the built-in defaults.
    bool saveCostModel(const QString &body);
    /// "" when none was saved; nullopt on failure.
    std::optional<QString> costModel();

    QString errorString() const { return m_error; }

private:
    bool fail(const QString &message);

    QSqlDatabase m_db;
    QString m_error;
};

} // namespace pilothouse::models
