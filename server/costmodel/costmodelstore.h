#pragma once

#include "analytics/costmodel.h"
#include "protocol/costmodel.h"

#include <QObject>
#include <QString>

#include <optional>
#include <vector>

namespace pilothouse::server {

class Database;
struct User;

/// The organisation's cost model (docs/metrics.md, "Cost model"): every saved version in the
/// cost_models table (schema v7), the current one being the newest; the built-in defaults as
/// version 0 until an admin saves one. A save names the version it was edited from, so two
/// admins never overwrite each other silently, and writes its audit row in the same transaction.
class CostModelStore : public QObject {
    Q_OBJECT
public:
    explicit CostModelStore(Database &db, QObject *parent = nullptr);

    /// The newest version, or the defaults as version 0.
    protocol::CostModelVersion current() const;
    analytics::CostModel currentModel() const;
    /// Every saved version, newest first.
    std::vector<protocol::CostModelVersion> versions() const;

    enum class SaveResult { Saved, Stale, Failed };
    /// Saves `model` (already validated) as the next version when `baseVersion` is the current
    /// one; `saved` receives the new current version.
    SaveResult save(const analytics::CostModel &model, std::int64_t baseVersion, const QString &note,
        const User &author, protocol::CostModelVersion &saved);

Q_SIGNALS:
    /// After a save, with the new current model.
    void changed(const pilothouse::analytics::CostModel &model);

private:
    std::optional<protocol::CostModelVersion> read(const QString &where) const;

    Database &m_db;
};

} // namespace pilothouse::server
