#pragma once
// Registers the domain enumerations (domain/enums.h, in the store library) with QML, so views
// compare `Models.Status.Escalated`, never "escalated". The store links no QML; these foreign
// registrations live in the Pilothouse.Models module instead. Written out one by one: moc does
// not see namespaces that a macro would generate.

#include "domain/enums.h"

#include <QtQml/qqmlregistration.h>

namespace pilothouse::models::qml {

namespace StatusForeign {
Q_NAMESPACE
QML_FOREIGN_NAMESPACE(pilothouse::models::Status)
QML_NAMED_ELEMENT(Status)
} // namespace StatusForeign

namespace KindForeign {
Q_NAMESPACE
QML_FOREIGN_NAMESPACE(pilothouse::models::Kind)
QML_NAMED_ELEMENT(Kind)
} // namespace KindForeign

namespace ChannelForeign {
Q_NAMESPACE
QML_FOREIGN_NAMESPACE(pilothouse::models::Channel)
QML_NAMED_ELEMENT(Channel)
} // namespace ChannelForeign

namespace AuthorForeign {
Q_NAMESPACE
QML_FOREIGN_NAMESPACE(pilothouse::models::Author)
QML_NAMED_ELEMENT(Author)
} // namespace AuthorForeign

namespace VisibilityForeign {
Q_NAMESPACE
QML_FOREIGN_NAMESPACE(pilothouse::models::Visibility)
QML_NAMED_ELEMENT(Visibility)
} // namespace VisibilityForeign

namespace EscalationReasonForeign {
Q_NAMESPACE
QML_FOREIGN_NAMESPACE(pilothouse::models::EscalationReason)
QML_NAMED_ELEMENT(EscalationReason)
} // namespace EscalationReasonForeign

namespace OutcomeForeign {
Q_NAMESPACE
QML_FOREIGN_NAMESPACE(pilothouse::models::Outcome)
QML_NAMED_ELEMENT(Outcome)
} // namespace OutcomeForeign

namespace ReviewReasonForeign {
Q_NAMESPACE
QML_FOREIGN_NAMESPACE(pilothouse::models::ReviewReason)
QML_NAMED_ELEMENT(ReviewReason)
} // namespace ReviewReasonForeign

namespace RoleForeign {
Q_NAMESPACE
QML_FOREIGN_NAMESPACE(pilothouse::models::Role)
QML_NAMED_ELEMENT(Role)
} // namespace RoleForeign

namespace PresenceForeign {
Q_NAMESPACE
QML_FOREIGN_NAMESPACE(pilothouse::models::Presence)
QML_NAMED_ELEMENT(Presence)
} // namespace PresenceForeign

namespace SlaStateForeign {
Q_NAMESPACE
QML_FOREIGN_NAMESPACE(pilothouse::models::SlaState)
QML_NAMED_ELEMENT(SlaState)
} // namespace SlaStateForeign

namespace ActionForeign {
Q_NAMESPACE
QML_FOREIGN_NAMESPACE(pilothouse::models::Action)
QML_NAMED_ELEMENT(Action)
} // namespace ActionForeign

namespace OutboxStateForeign {
Q_NAMESPACE
QML_FOREIGN_NAMESPACE(pilothouse::models::OutboxState)
QML_NAMED_ELEMENT(OutboxState)
} // namespace OutboxStateForeign

namespace SeverityForeign {
Q_NAMESPACE
QML_FOREIGN_NAMESPACE(pilothouse::models::Severity)
QML_NAMED_ELEMENT(Severity)
} // namespace SeverityForeign

namespace ToneForeign {
Q_NAMESPACE
QML_FOREIGN_NAMESPACE(pilothouse::models::Tone)
QML_NAMED_ELEMENT(Tone)
} // namespace ToneForeign

} // namespace pilothouse::models::qml
