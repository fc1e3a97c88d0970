#pragma once
// What a tool the AI used did, in the reader's language. The wire carries the tool's name
// (`order.lookup`) and a summary in the server's words ("looked up order #12345", docs/protocol.md,
// ToolUse); the reference agent's summaries follow a few fixed forms, which are said again here in
// words the console translates, keeping what they name (order numbers, products). Another backend's
// summary is shown as it came; a tool without one by its name in words, never as the code.

#include <QString>

namespace pilothouse::models::tooltext {

/// The line under an AI reply for one tool use.
QString describe(const QString &name, const QString &summary);
/// The tool in words ("Order lookup" for `order.lookup`); an unknown name as words ("Gift wrap"
/// for `gift.wrap`).
QString toolLabel(const QString &name);

} // namespace pilothouse::models::tooltext
