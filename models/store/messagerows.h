#pragma once
// One conversation's cached messages as the cache stores them: the one SELECT and the one decoder,
// for every reader of the messages table (LocalStore, the History exports' own connection).

#include "domain/records.h"

#include <QSqlQuery>
#include <QString>

namespace pilothouse::models::messagerows {

/// Selects one conversation's messages, oldest first (ties in arrival order); bind its id.
QString selectByConversation();

/// Decodes the query's current row. False for a damaged row (an enumeration the codec does not
/// know): leave it out, never guess.
bool read(const QSqlQuery &query, MessageRecord &out);

} // namespace pilothouse::models::messagerows
