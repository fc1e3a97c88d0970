#pragma once
// What the views show of text the console did not write itself (customer messages and names, AI
// replies and drafts, anything the server supplies as free text): the "strip and isolate" bidi
// policy. The cache keeps the original; only the roles the views bind to are neutralised.

#include <QString>

namespace pilothouse::models {

/// Removes what could reorder or hide the rest of the line: the explicit bidi embeddings and
/// overrides (U+202A..U+202E), the isolates (U+2066..U+2069) and every C0/C1 control character
/// except newline and tab (a "\r\n" becomes "\n"). Implicit marks (LRM, RLM, ALM) stay: they only
/// steer neutral characters inside the field. Everything else is kept in logical order, so an
/// agent reads what the customer typed, character for character, minus the invisible controls.
/// Returns `text` itself (no copy) when there is nothing to remove.
QString displayText(const QString &text);

/// displayText() wrapped in FIRST STRONG ISOLATE .. POP DIRECTIONAL ISOLATE, for a field set
/// inside a sentence (e.g. "%1 needs a person"): right-to-left letters in the field cannot
/// reorder the words around it.
QString isolatedText(const QString &text);

/// True for a character displayText() removes.
bool isHiddenControl(char16_t c);

} // namespace pilothouse::models
