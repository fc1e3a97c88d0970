#pragma once
// The configuration documents this server keeps (docs/config.md): their names, their built-in
// version 0 and the validation of a body into its canonical text. One place, so the REST API, the
// store and the snapshots name the same documents.

#include "tuning/fielderror.h"

#include <QString>
#include <QStringList>

#include <string>
#include <string_view>

namespace pilothouse::server::documents {

inline const QString kRules = QStringLiteral("rules"); ///< The escalation rule set.
inline const QString kReplies = QStringLiteral("replies"); ///< The team's saved replies.

/// Every document, in the order snapshots list them.
QStringList names();
bool isKnown(const QString &document);

/// Version 0 of `document` in canonical form ("" for an unknown document).
std::string builtIn(const QString &document);

/// The canonical text of `body` when it is a valid `document`, or every problem in it.
tuning::Validated<std::string> canonical(const QString &document, std::string_view body);

} // namespace pilothouse::server::documents
