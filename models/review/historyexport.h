#pragma once
// The History page's exports (issue 13, section 4), as pure functions of HistoryRows and cached
// messages so they run on a worker thread (review/exportjob.h) and are tested byte for byte
// (tests/review/golden/).
//
// A CSV or a JSON line is data for a spreadsheet or a script, not UI: enumerations are written in
// the protocol's own spelling ("chat", "support", "not_resolved", "asked_for_human"; the codec's
// toString through domain/convert.h and domain/catalogue.h), never as translated labels. Only the
// CSV's header row is translated.
//
// CSV (RFC 4180, UTF-8 with a byte-order mark, CRLF): text cells go through CsvExport::cell
// (insights/csvexport.h: quoting, and an apostrophe before a cell a spreadsheet would run as a
// formula). The numbers written here are never prefixed, so a negative figure stays a number:
// times in seconds with three decimals (exact from milliseconds: "1.250"), confidences 0..1 with
// two decimals ("0.42"), money in currency units with two decimals ("123.45"), times of day as
// ISO 8601 UTC with milliseconds ("2026-12-06T17:47:36.000Z"). An absent optional is an empty
// cell; so is the outcome and hand-off reason of a conversation that has none.
//
// JSON Lines (UTF-8 without a byte-order mark, "\n" after each line): one object per conversation,
// {"conversation": {...}, "messages": [...]}, keys always in the order written here; absent
// optionals and enumerations without a value are null, durations are integer milliseconds.

#include "domain/historyrow.h"
#include "domain/records.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace pilothouse::models {

class Redactor;

class HistoryExport {
    Q_DECLARE_TR_FUNCTIONS(HistoryExport)

public:
    /// The UTF-8 byte-order mark a CSV file starts with (so spreadsheets read it as UTF-8).
    static QByteArray byteOrderMark();

    /// The translated column titles, in column order.
    static QStringList csvHeaders();
    /// The header line, CRLF-terminated.
    static QString csvHeaderLine();
    /// One conversation's line, CRLF-terminated. With a `redactor`, e-mail addresses, phone and
    /// card numbers in the text cells (customer, closed by, versions) are replaced and counted.
    static QString csvLine(const HistoryRow &row, Redactor *redactor = nullptr);
    /// A whole CSV file: byte-order mark, header line, one line per row.
    static QByteArray csv(const QList<HistoryRow> &rows, Redactor *redactor = nullptr);

    /// One conversation and its messages (oldest first) as one JSON line, "\n"-terminated. Notes and
    /// whispers are left out unless `includeInternal`. With a `redactor`, the customer's e-mail
    /// address and name, every message text, author name and tool summary are redacted.
    static QByteArray jsonLine(const HistoryRow &row, const QList<MessageRecord> &messages, bool includeInternal,
        Redactor *redactor = nullptr);

    // The cell formats.
    /// ISO 8601 in UTC with milliseconds.
    static QString isoTime(qint64 msSinceEpoch);
    /// Milliseconds as seconds with three decimals; "-1.500" for -1500.
    static QString seconds(qint64 ms);
    /// Cents as currency units with two decimals; "-0.05" for -5.
    static QString currencyUnits(qint64 cents);
    /// A confidence 0..1 with two decimals.
    static QString confidence(double value);
    /// The protocol's spelling of an outcome ("not_resolved"); "" for None.
    static QString outcomeCode(Outcome::Value outcome);
};

} // namespace pilothouse::models
