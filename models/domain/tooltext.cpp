#include "domain/tooltext.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace pilothouse::models::tooltext {

namespace {

constexpr const char *kContext = "pilothouse::models::ToolText";

/// A string marked with QT_TRANSLATE_NOOP in kContext, in the loaded language.
QString translated(const char *text)
{
    return QCoreApplication::translate(kContext, text);
}

struct ToolRow {
    const char *name;
    const char *label;
};
const ToolRow kTools[] = {
    {"order.lookup", QT_TRANSLATE_NOOP("pilothouse::models::ToolText", "Order lookup")},
    {"order.cancel", QT_TRANSLATE_NOOP("pilothouse::models::ToolText", "Order cancellation")},
    {"product.lookup", QT_TRANSLATE_NOOP("pilothouse::models::ToolText", "Product lookup")},
    {"policy.lookup", QT_TRANSLATE_NOOP("pilothouse::models::ToolText", "Policy lookup")},
    {"lead.qualify", QT_TRANSLATE_NOOP("pilothouse::models::ToolText", "Lead qualification")},
};

struct PolicyRow {
    const char *topic;
    const char *text;
};
// The reference agent's policy topics (server/data), each as the sentence it stands for.
const PolicyRow kPolicies[] = {
    {"billing", QT_TRANSLATE_NOOP("pilothouse::models::ToolText", "Read the billing policy")},
    {"bulk", QT_TRANSLATE_NOOP("pilothouse::models::ToolText", "Read the bulk order policy")},
    {"cancellations", QT_TRANSLATE_NOOP("pilothouse::models::ToolText", "Read the cancellation policy")},
    {"damaged", QT_TRANSLATE_NOOP("pilothouse::models::ToolText", "Read the damaged goods policy")},
    {"refunds", QT_TRANSLATE_NOOP("pilothouse::models::ToolText", "Read the refund policy")},
    {"shipping", QT_TRANSLATE_NOOP("pilothouse::models::ToolText", "Read the shipping policy")},
    {"sizing", QT_TRANSLATE_NOOP("pilothouse::models::ToolText", "Read the sizing guide")},
    {"warranty", QT_TRANSLATE_NOOP("pilothouse::models::ToolText", "Read the warranty policy")},
};

/// Each pattern is compiled once per thread, not on every transcript row drawn.
QRegularExpressionMatch matchOf(const char *pattern, const QString &text)
{
    thread_local QHash<const char *, QRegularExpression> compiled;
    auto it = compiled.find(pattern);
    if (it == compiled.end())
        it = compiled.insert(pattern, QRegularExpression(QLatin1String(pattern)));
    return it->match(text);
}

} // namespace

QString toolLabel(const QString &name)
{
    for (const ToolRow &row : kTools) {
        if (name == QLatin1String(row.name))
            return translated(row.label);
    }
    // "gift.wrap" -> "Gift wrap": words, never the code.
    QString words = name;
    words.replace(QLatin1Char('.'), QLatin1Char(' ')).replace(QLatin1Char('_'), QLatin1Char(' '));
    words = words.simplified();
    if (!words.isEmpty())
        words[0] = words[0].toUpper();
    return words;
}

QString describe(const QString &name, const QString &summary)
{
    const QString text = summary.trimmed();
    if (text.isEmpty())
        return toolLabel(name);
    if (auto m = matchOf("^looked up order #(\\S+)$", text); m.hasMatch())
        return QCoreApplication::translate("pilothouse::models::ToolText", "Looked up order #%1").arg(m.captured(1));
    if (auto m = matchOf("^order #(\\S+) not found on this account$", text); m.hasMatch())
        return QCoreApplication::translate("pilothouse::models::ToolText", "Order #%1 is not on this account")
            .arg(m.captured(1));
    if (auto m = matchOf("^requested cancellation of order #(\\S+)$", text); m.hasMatch())
        return QCoreApplication::translate("pilothouse::models::ToolText", "Asked to cancel order #%1")
            .arg(m.captured(1));
    if (auto m = matchOf("^checked sizing for (.+)$", text); m.hasMatch())
        return QCoreApplication::translate("pilothouse::models::ToolText", "Checked the sizing of %1")
            .arg(m.captured(1));
    // The counts are plain ints: lupdate loops on an expression in translate()'s last argument.
    if (auto m = matchOf("^looked up (.+): (\\d+) in stock$", text); m.hasMatch()) {
        const int stock = m.captured(2).toInt();
        return QCoreApplication::translate("pilothouse::models::ToolText", "Looked up %1: %n in stock", nullptr, stock)
            .arg(m.captured(1));
    }
    if (auto m = matchOf("^qualified sales lead: (\\d+) units of (.+)$", text); m.hasMatch()) {
        const int units = m.captured(1).toInt();
        return QCoreApplication::translate(
            "pilothouse::models::ToolText", "Qualified a sales lead: %n units of %1", nullptr, units)
            .arg(m.captured(2));
    }
    if (auto m = matchOf("^qualified sales lead: (\\d+) units$", text); m.hasMatch()) {
        const int units = m.captured(1).toInt();
        return QCoreApplication::translate(
            "pilothouse::models::ToolText", "Qualified a sales lead: %n units", nullptr, units);
    }
    if (auto m = matchOf("^qualified sales lead: (.+)$", text); m.hasMatch())
        return QCoreApplication::translate("pilothouse::models::ToolText", "Qualified a sales lead: %1")
            .arg(m.captured(1));
    if (text == QLatin1String("qualified sales lead"))
        return QCoreApplication::translate("pilothouse::models::ToolText", "Qualified a sales lead");
    if (auto m = matchOf("^read the (\\w+) policy$", text); m.hasMatch()) {
        for (const PolicyRow &row : kPolicies) {
            if (m.captured(1) == QLatin1String(row.topic))
                return translated(row.text);
        }
    }
    if (auto m = matchOf("^looked up (.+)$", text); m.hasMatch())
        return QCoreApplication::translate("pilothouse::models::ToolText", "Looked up %1").arg(m.captured(1));
    return text; // another backend's words, as they came
}

} // namespace pilothouse::models::tooltext
