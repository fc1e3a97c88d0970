#pragma once
// Redaction of the personal data a customer types into a conversation, for the History page's
// exports (issue 13, section 4): e-mail addresses, phone numbers and payment card numbers become
// "[email]", "[phone]" and "[card]", and each is counted so the export can say how many it hid.
//
// The text is untrusted and may be long, so every pattern is compiled once and matched without
// backtracking (possessive loops whose alternatives start with distinct characters, a bounded
// local part, and a look-behind that lets a digit run start only where a token starts): linear in
// the text's length.
// The regular expressions only find candidates; what a digit run is decides code:
//
// - A card is 13 to 19 digits, written as one run or in groups of four (Amex: 4-6-5) separated by
//   single spaces or hyphens, passing the Luhn check. Inside a longer run of such groups each
//   window that is a card is redacted, and what stands beside it is looked at on its own
//   ("4111 1111 1111 1111 2026" keeps its "2026").
// - A run of 16 or more digits that fails the Luhn check is neither a card nor a phone: it stays.
// - A phone is 7 to 15 digits (E.164 allows 15) with single spaces, hyphens, dots, slashes or
//   parentheses between groups, e.g. "+44 20 7946 0958", "06 12 34 56 78", "(555) 123-4567",
//   "+7 495 123-45-67", "030/1234567". A run of that length that starts with "+" is a phone unless
//   a letter or "%" follows it. A national number written without separators needs 9 digits
//   ("0612345678"), so order and reference numbers of up to 8 digits stay.
// - Never a phone: a date inside the run ("2026-12-06", "06.12.2026"), a dotted quad
//   ("192.168.100.200"), a decimal number ("3.14159265"), a price (a run next to a currency sign,
//   or ending in ".dd" where the dot is the only dot, or thousands before a decimal comma as in
//   "1 234 567,00"), a run after "#" or glued to a letter ("#81860", "A1234567"), times ("14:30").
// - Over-redaction is preferred to a leak: a separated run of 7 or more digits that is none of the
//   above ("order 123-456-789", a ZIP+4 "12345-6789") is redacted as a phone. Not found: digits
//   grouped by two spaces or by dots in a card ("4111.1111.1111.1111"); two phones joined by a
//   separator into more than 15 digits ("0612345678/0698765432"); a number glued after a digit
//   and a dot or slash ("5.0612345678", read as a fraction).
// - A 13-15 digit run without "+" in card grouping that passes Luhn counts as a card, not a phone.

#include <QString>

namespace pilothouse::models {

/// How many of each kind a Redactor replaced.
struct RedactionCounts {
    int emails = 0;
    int phones = 0;
    int cards = 0;

    int total() const { return emails + phones + cards; }
    RedactionCounts &operator+=(const RedactionCounts &other)
    {
        emails += other.emails;
        phones += other.phones;
        cards += other.cards;
        return *this;
    }
    bool operator==(const RedactionCounts &) const = default;
};

/// Replaces e-mail addresses, phone numbers and card numbers in plain text, counting what it
/// replaced over every call. Cheap to create; one per export (not shared between threads).
class Redactor {
public:
    /// `text` with every e-mail address, phone number and card number replaced.
    QString redact(const QString &text);

    const RedactionCounts &counts() const { return m_counts; }

    /// The Luhn check over the decimal digits of `digits` (other characters are skipped).
    static bool passesLuhn(const QString &digits);

private:
    QString redactEmails(const QString &text);
    QString redactNumbers(const QString &text);

    RedactionCounts m_counts;
};

} // namespace pilothouse::models
