#pragma once

#include <QString>

namespace pilothouse::server {

class Catalog;
class Database;
class EventLog;
class StateStore;

/// Seeds products, customers and their orders from the catalog the first time a log is used,
/// with one customer.upserted event per customer, all in one transaction. Later runs do nothing.
/// Returns false (and sets `error`) when the write fails.
bool seedCatalog(Database &db, EventLog &log, StateStore &state, const Catalog &catalog, QString *error);

} // namespace pilothouse::server
