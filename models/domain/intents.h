#pragma once
// What a customer wanted, in words: the intents the reference agent detects (server/data/
// intents.json) with translated labels, so no view shows a code such as `product_question`. An
// intent this console does not know yet (another backend, a newer agent) is shown as its code in
// words ("Gift wrapping" for `gift_wrapping`), never as the raw code; text that is not a code is
// shown as it is.

#include <QString>

namespace pilothouse::models::intents {

/// The label of `intent`; "" for "" (no intent detected yet).
QString label(const QString &intent);
/// Whether `intent` is one of the known intents (with a translated label).
bool isKnown(const QString &intent);

} // namespace pilothouse::models::intents
