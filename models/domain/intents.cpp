#include "domain/intents.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <array>

namespace pilothouse::models::intents {

namespace {

struct Entry {
    const char *id;
    const char *label;
};

// Marked here (QT_TRANSLATE_NOOP) and translated in label(), in the context "Intent".
constexpr std::array kIntents {
    Entry {"order_status", QT_TRANSLATE_NOOP("Intent", "Order status")},
    Entry {"return_request", QT_TRANSLATE_NOOP("Intent", "Return request")},
    Entry {"sizing", QT_TRANSLATE_NOOP("Intent", "Sizing")},
    Entry {"damaged_item", QT_TRANSLATE_NOOP("Intent", "Damaged item")},
    Entry {"refund_status", QT_TRANSLATE_NOOP("Intent", "Refund status")},
    Entry {"cancel_order", QT_TRANSLATE_NOOP("Intent", "Order cancellation")},
    Entry {"billing", QT_TRANSLATE_NOOP("Intent", "Billing")},
    Entry {"complaint", QT_TRANSLATE_NOOP("Intent", "Complaint")},
    Entry {"human_request", QT_TRANSLATE_NOOP("Intent", "Asked for a person")},
    Entry {"product_question", QT_TRANSLATE_NOOP("Intent", "Product question")},
    Entry {"discount_request", QT_TRANSLATE_NOOP("Intent", "Discount request")},
    Entry {"bulk_lead", QT_TRANSLATE_NOOP("Intent", "Bulk order lead")},
    Entry {"shipping_policy", QT_TRANSLATE_NOOP("Intent", "Shipping policy")},
    Entry {"greeting_smalltalk", QT_TRANSLATE_NOOP("Intent", "Greeting or small talk")},
};

const Entry *find(const QString &intent)
{
    for (const Entry &entry : kIntents) {
        if (intent == QLatin1String(entry.id))
            return &entry;
    }
    return nullptr;
}

} // namespace

QString label(const QString &intent)
{
    if (const Entry *entry = find(intent))
        return QCoreApplication::translate("Intent", entry->label);
    // Only a code is put in words; anything else (another backend's free text) is shown as it is.
    static const QRegularExpression code(QStringLiteral("^[a-z0-9]+([_-][a-z0-9]+)*$"));
    if (!code.match(intent).hasMatch())
        return intent;
    QString words = intent;
    words.replace(u'_', u' ').replace(u'-', u' ');
    words[0] = words[0].toUpper();
    return words;
}

bool isKnown(const QString &intent)
{
    return find(intent) != nullptr;
}

} // namespace pilothouse::models::intents
