#include "seeder.h"

#include "db/database.h"
#include "db/statestore.h"
#include "eventlog/eventlog.h"

#include "agent/catalog.h"
#include "log/log.h"

#include <QCoreApplication>

namespace pilothouse::server {

bool seedCatalog(Database &db, EventLog &log, StateStore &state, const Catalog &catalog, QString *error)
{
    const QString key = QStringLiteral("catalog_seeded");
    if (db.meta(key))
        return true;
    std::vector<NewEvent> events;
    for (const auto &customer : catalog.customers())
        events.push_back(NewEvent {protocol::kinds::CustomerUpserted, customer, {}});
    const auto effect = [&](const std::vector<protocol::Event> &) {
        for (const auto &product : catalog.products()) {
            if (!state.upsertProduct(product))
                return false;
        }
        for (const auto &customer : catalog.customers()) {
            if (!state.upsertCustomer(customer))
                return false;
        }
        return db.setMeta(key, QStringLiteral("1"));
    };
    bool ok = false;
    if (events.empty()) {
        // Nothing to announce, but products still belong in the database.
        ok = db.begin() && effect({}) && db.commit();
        if (!ok)
            db.rollback();
    } else {
        ok = log.append(std::move(events), effect).has_value();
    }
    if (!ok) {
        *error = QCoreApplication::translate(
            "pilothouse::server::Seeder", "cannot seed the demo catalog into the database");
        return false;
    }
    pilothouse::log::get("server")->info(
        "seeded {} customers and {} products", catalog.customers().size(), catalog.products().size());
    return true;
}

} // namespace pilothouse::server
