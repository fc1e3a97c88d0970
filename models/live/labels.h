#pragma once
// The catalogue (domain/catalogue.h) for QML: `Labels.status(row.status)`, `Labels.reasonTone(..)`.
// One singleton with one function per concept, since QML cannot tell enums of different
// concepts apart in an overload.

#include "domain/enums.h"

#include <QObject>
#include <QString>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace pilothouse::models {

/// Translated labels, tones and option lists of the domain values. Stateless; created by QML.
class Labels : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    /// The outcomes a person may choose when resolving, as {value, text}, in the dialog's order.
    Q_PROPERTY(QVariantList outcomeOptions READ outcomeOptions CONSTANT)

public:
    using QObject::QObject;

    Q_INVOKABLE QString status(pilothouse::models::Status::Value value) const;
    Q_INVOKABLE QString kind(pilothouse::models::Kind::Value value) const;
    Q_INVOKABLE QString channel(pilothouse::models::Channel::Value value) const;
    Q_INVOKABLE QString author(pilothouse::models::Author::Value value) const;
    Q_INVOKABLE QString reason(pilothouse::models::EscalationReason::Value value) const;
    Q_INVOKABLE QString role(pilothouse::models::Role::Value value) const;
    /// An intent code ("order_status") in words, for the Analytics page's intent filter.
    Q_INVOKABLE QString intent(const QString &code) const;

    Q_INVOKABLE pilothouse::models::Tone::Value statusTone(pilothouse::models::Status::Value value) const;
    Q_INVOKABLE pilothouse::models::Tone::Value reasonTone(pilothouse::models::EscalationReason::Value value) const;
    Q_INVOKABLE pilothouse::models::Tone::Value slaTone(pilothouse::models::SlaState::Value value) const;
    /// The first-reply deadline of a board row at `now` (queue/sla.h), from its roles
    /// `escalatedAt`, `slaDueAt` and `respondedAt`; bind `now` to Clock.now so it ticks.
    Q_INVOKABLE pilothouse::models::SlaState::Value deadlineState(
        double escalatedAt, double dueAt, double respondedAt, double now) const;
    Q_INVOKABLE QString deadlineText(double escalatedAt, double dueAt, double respondedAt, double now) const;

    QVariantList outcomeOptions() const;
};

} // namespace pilothouse::models
