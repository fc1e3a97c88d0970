#include "domain/displaytext.h"

#include <algorithm>

namespace pilothouse::models {

bool isHiddenControl(char16_t c)
{
    if (c == u'\n' || c == u'\t')
        return false;
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) // C0, DEL and C1 controls
        || (c >= 0x202A && c <= 0x202E) // LRE, RLE, PDF, LRO, RLO
        || (c >= 0x2066 && c <= 0x2069); // LRI, RLI, FSI, PDI
}

QString displayText(const QString &text)
{
    const auto hidden = [](QChar c) { return isHiddenControl(c.unicode()); };
    if (std::none_of(text.cbegin(), text.cend(), hidden))
        return text;
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (!hidden(c))
            out.append(c);
    }
    return out;
}

QString isolatedText(const QString &text)
{
    return QChar(0x2068) + displayText(text) + QChar(0x2069);
}

} // namespace pilothouse::models
