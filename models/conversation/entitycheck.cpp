#include "entitycheck.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace pilothouse::models::entitycheck {

QStringList references(const QString &text)
{
    // Whole digit runs of 4 or more: "#81860", "order 81860." and "81860" all give "81860".
    static const QRegularExpression kReference(QStringLiteral(R"((?<![\d])#?(\d{4,})(?![\d]))"));
    QStringList found;
    for (auto it = kReference.globalMatch(text); it.hasNext();) {
        const QString number = it.next().captured(1);
        if (!found.contains(number))
            found.append(number);
    }
    return found;
}

QString mismatch(const QString &question, const QString &reply)
{
    const QStringList asked = references(question);
    const QStringList answered = references(reply);
    if (asked.isEmpty() || answered.isEmpty())
        return {};
    for (const QString &number : answered) {
        if (asked.contains(number))
            return {};
    }
    const auto hashed = [](const QStringList &numbers) {
        QStringList out;
        for (const QString &n : numbers)
            out.append(u'#' + n);
        return out.join(QStringLiteral(", "));
    };
    return QCoreApplication::translate("pilothouse::models::EntityCheck", "Mentions %1; the customer asked about %2.")
        .arg(hashed(answered), hashed(asked));
}

} // namespace pilothouse::models::entitycheck
