#pragma once
// The text around a search hit, made in C++ rather than by FTS5's snippet(): finding the newest
// hits of a common word is quick, making a snippet for each of thousands of rows is not, and FTS5
// cannot make one for a single chosen row without matching the whole index again. The words are
// matched the way the index tokenises them (models/store/migrations.cpp, messages_fts): case and
// accents folded, each term a prefix of a word.

#include <QString>
#include <QStringList>

namespace pilothouse::models::search {

/// `text` folded as the index folds it: decomposed, marks dropped, case folded. One character of
/// the result per character of `text` (a character that folds to several keeps the first).
QString folded(const QString &text);

/// What a user typed, cut into its runs of letters and digits (combining marks and characters
/// outside the BMP kept inside a run), at most `maxRuns` of them, as typed. Everything else
/// (quotes, operators, punctuation, spaces) only separates runs.
QStringList runs(const QString &typed, int maxRuns = 16);

/// The search terms of what a user typed: its runs, folded.
QStringList terms(const QString &typed);

/// About `maxChars` of `text` around its first word that begins with one of `terms` (folded),
/// every such word between `markStart` and `markEnd`, "…" where the text was cut. The start of
/// `text` when no word matches.
QString snippet(const QString &text, const QStringList &terms, QChar markStart, QChar markEnd, int maxChars = 120);

} // namespace pilothouse::models::search
