#pragma once
// Protocol types that cross from the io thread to the GUI thread in queued signals.

#include "protocol/frames.h"
#include "session/connectionstate.h"

#include <QMetaType>

#include <vector>

Q_DECLARE_METATYPE(pilothouse::protocol::Welcome)
Q_DECLARE_METATYPE(pilothouse::protocol::Snapshot)
Q_DECLARE_METATYPE(pilothouse::protocol::Event)
Q_DECLARE_METATYPE(std::vector<pilothouse::protocol::Event>)
Q_DECLARE_METATYPE(pilothouse::protocol::Command)
Q_DECLARE_METATYPE(pilothouse::protocol::Ack)
Q_DECLARE_METATYPE(pilothouse::protocol::Nack)
Q_DECLARE_METATYPE(pilothouse::protocol::Cursor)
Q_DECLARE_METATYPE(pilothouse::protocol::Facts)
Q_DECLARE_METATYPE(pilothouse::protocol::Team)

namespace pilothouse::net {

/// Registers every type above (and ConnectionState) once; safe to call often.
void registerMetaTypes();

} // namespace pilothouse::net
