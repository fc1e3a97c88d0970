#include "review/redaction.h"

#include <QList>
#include <QRegularExpression>
#include <QStringView>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pilothouse::models {
namespace {

constexpr auto kOptions = QRegularExpression::UseUnicodePropertiesOption;

/// A local part of at most 64 characters (RFC 5321) not starting with a dot, "@", then two or more
/// dot-separated labels. Possessive loops over classes that exclude what follows them: a start
/// costs at most 64 steps before the "@", and the domain is scanned once for its match.
const QRegularExpression &emailPattern()
{
    static const QRegularExpression pattern(uR"([\w%+\-][\w.%+\-]{0,63}+@[\w\-]++(?:\.[\w\-]++)++)"_s, kOptions);
    return pattern;
}

/// A run of digit groups: an optional "+" or "(" first, then digits joined by one separator, an
/// opening or a closing parenthesis at a time. Each alternative starts with its own character
/// (digit, separator, "(", ")"), so the possessive loop never has a choice to undo. A run starts
/// where a token starts: not inside a word, after "#", "+", "@" or "-", nor with a digit after a
/// digit and a dot or slash (the fraction of "3.14", the year of "12/2026"), while "Tel.+33 …"
/// may, a "+" may follow a digit, and a number may follow a digit and a comma ("0612345678,
/// 0698765432" without the space).
const QRegularExpression &numberPattern()
{
    static const QRegularExpression pattern(
        uR"((?:(?<![^\W\d]|[+#@\-])\+|(?<![\w+#@\-])(?:\(\+?|(?<!\d[./])))\d(?:\d|[ .\-/\x{00A0}]\(?\d|\(\d|\)[ .\-/\x{00A0}]?\d)*+)"_s,
        kOptions);
    return pattern;
}

/// A candidate cut into its digit groups and what stands between them.
struct Run {
    bool plus = false; ///< Starts with "+" (or "(+").
    bool paren = false; ///< Has a parenthesis anywhere.
    QList<QStringView> groups;
    QList<qsizetype> starts; ///< Offset of each group in the candidate.
    QStringList separators; ///< separators[i] stands between groups[i] and groups[i + 1].
    qsizetype digits = 0;
};

Run cut(QStringView text)
{
    Run run;
    qsizetype i = 0;
    QString pending;
    while (i < text.size()) {
        if (text[i].isDigit()) {
            const qsizetype start = i;
            while (i < text.size() && text[i].isDigit())
                ++i;
            if (!run.groups.isEmpty())
                run.separators.append(pending);
            run.groups.append(text.mid(start, i - start));
            run.starts.append(start);
            run.digits += i - start;
            pending.clear();
            continue;
        }
        if (text[i] == u'+')
            run.plus = true;
        if (text[i] == u'(' || text[i] == u')')
            run.paren = true;
        pending.append(text[i]);
        ++i;
    }
    return run;
}

bool isYear(QStringView group)
{
    const int year = group.toInt();
    return group.size() == 4 && year >= 1900 && year <= 2099;
}

/// Three groups in a row that read as a date, one separator ("-", "/" or ".") between them.
bool holdsDate(const Run &run)
{
    for (qsizetype i = 0; i + 2 < run.groups.size(); ++i) {
        const QString &s = run.separators[i];
        if (s != run.separators[i + 1] || (s != u"-"_s && s != u"/"_s && s != u"."_s))
            continue;
        const QStringView a = run.groups[i], b = run.groups[i + 1], c = run.groups[i + 2];
        if ((isYear(a) && b.size() <= 2 && c.size() <= 2) || (a.size() <= 2 && b.size() <= 2 && isYear(c)))
            return true;
    }
    return false;
}

bool isDottedQuad(const Run &run)
{
    return run.groups.size() == 4
        && std::all_of(run.separators.cbegin(), run.separators.cend(), [](const QString &s) { return s == u"."_s; })
        && std::all_of(run.groups.cbegin(), run.groups.cend(), [](QStringView g) { return g.size() <= 3; });
}

/// A decimal number ("3.14159265", "123456.78"), or an amount with thousands grouped by spaces
/// whose only dot comes before two last digits ("12 345 678.90").
bool isDecimal(const Run &run)
{
    if (run.separators.size() == 1 && run.separators.front() == u"."_s)
        return true;
    if (run.separators.isEmpty() || run.separators.last() != u"."_s || run.groups.last().size() != 2)
        return false;
    return run.separators.count(u"."_s) == 1;
}

/// "1 234 567" or "1.234.567": groups of three after the first, by spaces or dots.
bool isThousands(const Run &run)
{
    if (run.groups.size() < 2 || run.groups.front().size() > 3)
        return false;
    for (qsizetype i = 1; i < run.groups.size(); ++i) {
        const QString &s = run.separators[i - 1];
        if (run.groups[i].size() != 3 || (s != u" "_s && s != u"\u00A0"_s && s != u"."_s))
            return false;
    }
    return true;
}

bool isCurrency(QStringView text)
{
    return !text.isEmpty() && text.front().category() == QChar::Symbol_Currency;
}

/// Groups [first, last] as a card would be written: one run, fours (the last may be shorter),
/// or Amex and Diners 4-6-5 and 4-6-4; joined by single spaces or hyphens.
bool cardShaped(const Run &run, qsizetype first, qsizetype last)
{
    for (qsizetype i = first; i < last; ++i) {
        if (run.separators[i] != u" "_s && run.separators[i] != u"-"_s)
            return false;
    }
    const qsizetype count = last - first + 1;
    if (count == 1)
        return true;
    if (count == 3 && run.groups[first].size() == 4 && run.groups[first + 1].size() == 6
        && (run.groups[last].size() == 5 || run.groups[last].size() == 4))
        return true;
    for (qsizetype i = first; i < last; ++i) {
        if (run.groups[i].size() != 4)
            return false;
    }
    return run.groups[last].size() <= 4;
}

bool isCard(const Run &run, qsizetype first, qsizetype last)
{
    qsizetype digits = 0;
    QString joined;
    for (qsizetype i = first; i <= last; ++i) {
        digits += run.groups[i].size();
        joined += run.groups[i];
    }
    return digits >= 13 && digits <= 19 && cardShaped(run, first, last) && Redactor::passesLuhn(joined);
}

bool isPhone(const Run &run, QStringView before, QStringView after)
{
    if (run.digits < 7 || run.digits > 15)
        return false;
    if (!after.isEmpty() && (after.front().isLetter() || after.front() == u'%'))
        return false;
    if (isThousands(run) && !after.isEmpty() && after.front() == u',') {
        // "1 234 567,00": thousands, and one or two digits after a comma, are an amount.
        qsizetype fraction = 1;
        while (fraction < after.size() && after[fraction].isDigit())
            ++fraction;
        if (fraction == 2 || fraction == 3)
            return false;
    }

    if (run.plus)
        return true;
    const QStringView trimmed = before.trimmed();
    if (!trimmed.isEmpty() && trimmed.back().category() == QChar::Symbol_Currency)
        return false;
    if (isCurrency(after.trimmed()) || holdsDate(run) || isDottedQuad(run) || isDecimal(run))
        return false;
    return run.groups.size() > 1 || run.paren || run.digits >= 9;
}

bool hasDigit(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); });
}

} // namespace

bool Redactor::passesLuhn(const QString &digits)
{
    int sum = 0;
    bool twice = false;
    for (auto it = digits.crbegin(); it != digits.crend(); ++it) {
        const int value = it->digitValue();
        if (value < 0)
            continue;
        const int added = twice ? value * 2 : value;
        sum += added > 9 ? added - 9 : added;
        twice = !twice;
    }
    return sum % 10 == 0;
}

QString Redactor::redact(const QString &text)
{
    QString result = text.contains(u'@') ? redactEmails(text) : text;
    return hasDigit(result) ? redactNumbers(result) : result;
}

QString Redactor::redactEmails(const QString &text)
{
    QString result;
    qsizetype done = 0;
    for (auto it = emailPattern().globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        result += QStringView(text).mid(done, match.capturedStart() - done);
        result += u"[email]"_s;
        done = match.capturedEnd();
        ++m_counts.emails;
    }
    return done == 0 ? text : result + QStringView(text).mid(done);
}

QString Redactor::redactNumbers(const QString &text)
{
    QString result;
    qsizetype done = 0;
    const QStringView view(text);
    for (auto it = numberPattern().globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const qsizetype start = match.capturedStart();
        const QStringView candidate = view.mid(start, match.capturedLength());
        const Run run = cut(candidate);
        const qsizetype last = run.groups.size() - 1;
        result += view.mid(done, start - done);
        done = match.capturedEnd();
        if (!run.plus && !run.paren && isCard(run, 0, last)) {
            result += u"[card]"_s;
            ++m_counts.cards;
        } else if (isPhone(run, view.mid(std::max<qsizetype>(0, start - 2), std::min<qsizetype>(2, start)),
                       view.mid(done, 4))) {
            result += u"[phone]"_s;
            ++m_counts.phones;
        } else {
            // Look for a card among the groups (a longer run of fours, or a card glued to a year);
            // what stands around a card found is looked at again on its own (a phone after it).
            qsizetype kept = 0; // offset in the candidate up to which it was copied
            for (qsizetype first = run.plus || candidate.front() == u'(' ? 1 : 0; first <= last; ++first) {
                qsizetype digits = 0;
                for (qsizetype end = first; end <= last && digits + run.groups[end].size() <= 19; ++end) {
                    digits += run.groups[end].size();
                    if (digits < 13 || !isCard(run, first, end))
                        continue;
                    result += redactNumbers(candidate.mid(kept, run.starts[first] - kept).toString());
                    result += u"[card]"_s;
                    ++m_counts.cards;
                    kept = run.starts[end] + run.groups[end].size();
                    first = end;
                    break;
                }
            }
            if (kept == 0)
                result += candidate;
            else
                result += redactNumbers(candidate.mid(kept).toString());
        }
    }
    return done == 0 ? text : result + view.mid(done);
}

} // namespace pilothouse::models
