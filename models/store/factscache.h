#pragma once
// The supervisor's daily facts in the console's cache (docs/metrics.md, "Facts"), so the Overview
// and Analytics pages show the last figures offline, with the time the server computed them. One
// row per facts key; a `facts` frame is stored with the frame's rules (docs/protocol.md): the rows
// of each listed day are dropped, then each row replaces the one with the same key. Days older
// than kKeepDays before the newest are purged. Used on the thread that opened the LocalStore.

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
    /// Forgets every cached figure (a user who may no longer read them).
    bool clear();

    QString errorString() const { return m_error; }

private:
    bool fail(const QString &message);

    QSqlDatabase m_db;
    QString m_error;
};

} // namespace pilothouse::models
