#pragma once
// Any table the analytics pages show, written as CSV (RFC 4180) for a spreadsheet: the header row
// in the UI language, one line per row. Cells are quoted when they need it, and a cell a
// spreadsheet would run as a formula (=, +, -, @, tab, carriage return at its start) is prefixed
// with an apostrophe, because intents and other labels can carry text from outside.

#include <QList>
#include <QString>
#include <QStringList>

class QAbstractItemModel;

namespace pilothouse::models {

struct CsvColumn {
    QString header; ///< Translated column title.
    int role = 0; ///< The model role holding the cell.
};

class CsvExport {
public:
    /// One CSV cell: quoted when it holds a comma, quote or line break; formula-safe.
    static QString cell(const QString &text);
    /// The whole table: header line, then one line per model row; lines end with CRLF.
    static QString table(const QAbstractItemModel &model, const QList<CsvColumn> &columns);
    /// Writes `csv` as UTF-8 with a byte-order mark (so spreadsheets pick UTF-8), atomically.
    /// Returns an empty string on success, else a sentence for the user.
    static QString write(const QString &path, const QString &csv);
};

} // namespace pilothouse::models
