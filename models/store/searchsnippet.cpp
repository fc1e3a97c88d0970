#include "store/searchsnippet.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pilothouse::models::search {
namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

QChar foldChar(QChar c)
{
    QChar base = c;
    if (c.decompositionTag() != QChar::NoDecomposition) {
        const QString decomposed = c.decomposition();
        if (!decomposed.isEmpty() && decomposed.front().isLetter())
            base = decomposed.front();
    }
    const QString lower = QString(base).toCaseFolded();
    return lower.isEmpty() ? base : lower.front();
}

} // namespace

QString folded(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text)
        out += foldChar(c);
    return out;
}

QStringList runs(const QString &typed, int maxRuns)
{
    QStringList out;
    QString run;
    const auto flush = [&] {
        if (!run.isEmpty() && out.size() < maxRuns)
            out.append(run);
        run.clear();
    };
    for (const QChar c : typed) {
        if (isWordChar(c) || c.isSurrogate())
            run += c;
        else
            flush();
    }
    flush();
    return out;
}

QStringList terms(const QString &typed)
{
    QStringList out = runs(typed);
    for (QString &term : out) {
        term = folded(term);
        term.removeIf([](QChar c) { return c.isMark(); });
    }
    return out;
}

QString snippet(const QString &text, const QStringList &terms, QChar markStart, QChar markEnd, int maxChars)
{
    const QString plain = folded(text);
    // Every word (start, end) that begins with a term.
    QList<std::pair<qsizetype, qsizetype>> words;
    for (qsizetype i = 0; i < plain.size();) {
        if (!isWordChar(plain.at(i))) {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < plain.size() && isWordChar(plain.at(end)))
            ++end;
        const QStringView word = QStringView(plain).mid(i, end - i);
        if (std::any_of(terms.cbegin(), terms.cend(), [&](const QString &t) { return word.startsWith(t); }))
            words.append({i, end});
        i = end;
    }
    // The window: a little before the first hit, the rest after it, cut at spaces.
    const qsizetype first = words.isEmpty() ? 0 : words.front().first;
    qsizetype from = std::max<qsizetype>(0, first - maxChars / 4);
    if (from > 0) {
        const qsizetype space = text.indexOf(u' ', from);
        from = space >= 0 && space < first ? space + 1 : from;
    }
    qsizetype to = std::min<qsizetype>(text.size(), from + maxChars);
    if (to < text.size()) {
        const qsizetype space = text.lastIndexOf(u' ', to);
        to = space > first ? space : to;
    }
    QString out;
    if (from > 0)
        out += u'\u2026';
    qsizetype at = from;
    for (const auto &[start, end] : std::as_const(words)) {
        if (end <= from || start >= to)
            continue;
        const qsizetype s = std::max(start, from);
        const qsizetype e = std::min(end, to);
        out += QStringView(text).mid(at, s - at);
        out += markStart;
        out += QStringView(text).mid(s, e - s);
        out += markEnd;
        at = e;
    }
    out += QStringView(text).mid(at, to - at);
    if (to < text.size())
        out += u'\u2026';
    return out;
}

} // namespace pilothouse::models::search
