#include "labels.h"

#include "domain/catalogue.h"
#include "domain/intents.h"
#include "domain/records.h"
#include "queue/sla.h"

namespace pilothouse::models {

QString Labels::status(Status::Value value) const
{
    return catalogue::label(value);
}
QString Labels::kind(Kind::Value value) const
{
    return catalogue::label(value);
}
QString Labels::channel(Channel::Value value) const
{
    return catalogue::label(value);
}
QString Labels::author(Author::Value value) const
{
    return catalogue::label(value);
}
QString Labels::reason(EscalationReason::Value value) const
{
    return catalogue::label(value);
}
QString Labels::role(Role::Value value) const
{
    return catalogue::label(value);
}

QString Labels::intent(const QString &code) const
{
    return code.isEmpty() ? tr("No intent detected") : intents::label(code);
}

Tone::Value Labels::statusTone(Status::Value value) const
{
    return catalogue::tone(value);
}
Tone::Value Labels::reasonTone(EscalationReason::Value value) const
{
    return catalogue::tone(value);
}
Tone::Value Labels::slaTone(SlaState::Value value) const
{
    return catalogue::tone(value);
}

namespace {
Deadline deadlineOf(double escalatedAt, double dueAt, double respondedAt, double now)
{
    ConversationRecord row;
    row.escalatedAt = qint64(escalatedAt);
    row.slaDueAt = qint64(dueAt);
    row.respondedAt = qint64(respondedAt);
    return Sla::of(row, qint64(now));
}
} // namespace

SlaState::Value Labels::deadlineState(double escalatedAt, double dueAt, double respondedAt, double now) const
{
    return deadlineOf(escalatedAt, dueAt, respondedAt, now).state;
}

QString Labels::deadlineText(double escalatedAt, double dueAt, double respondedAt, double now) const
{
    return deadlineOf(escalatedAt, dueAt, respondedAt, now).text;
}

QVariantList Labels::outcomeOptions() const
{
    QVariantList options;
    for (const Outcome::Value outcome : catalogue::outcomes())
        options.append(
            QVariantMap {{QStringLiteral("value"), int(outcome)}, {QStringLiteral("text"), catalogue::label(outcome)}});
    return options;
}

} // namespace pilothouse::models
