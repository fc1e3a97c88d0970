#pragma once
// Does an AI reply talk about what the customer asked? A reply that names order #77189 when the
// customer asked about #81860 reads confident and is wrong; the transcript marks it. The check is
// deliberately narrow: reference numbers (4 or more digits, with or without '#'), which the
// customer types and the AI repeats verbatim, so a mismatch is a fact, never a guess.

#include <QString>
#include <QStringList>

namespace pilothouse::models::entitycheck {

/// The reference numbers in `text`, in order, without repeats ("#81860", "order 81860" -> "81860").
QStringList references(const QString &text);

/// What a view says when `reply` names references and none of them is one of those in
/// `question` (which names at least one): "Mentions #77189; the customer asked about #81860."
/// Empty when they agree, or when either names none.
QString mismatch(const QString &question, const QString &reply);

} // namespace pilothouse::models::entitycheck
