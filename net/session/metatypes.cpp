#include "session/metatypes.h"

#include <mutex>

namespace pilothouse::net {

void registerMetaTypes()
{
    static std::once_flag once;
    std::call_once(once, [] {
        qRegisterMetaType<pilothouse::protocol::Welcome>("pilothouse::protocol::Welcome");
        qRegisterMetaType<pilothouse::protocol::Snapshot>("pilothouse::protocol::Snapshot");
        qRegisterMetaType<pilothouse::protocol::Event>("pilothouse::protocol::Event");
        qRegisterMetaType<std::vector<pilothouse::protocol::Event>>("std::vector<pilothouse::protocol::Event>");
        qRegisterMetaType<pilothouse::protocol::Command>("pilothouse::protocol::Command");
        qRegisterMetaType<pilothouse::protocol::Ack>("pilothouse::protocol::Ack");
        qRegisterMetaType<pilothouse::protocol::Nack>("pilothouse::protocol::Nack");
        qRegisterMetaType<pilothouse::protocol::Cursor>("pilothouse::protocol::Cursor");
        qRegisterMetaType<pilothouse::protocol::Facts>("pilothouse::protocol::Facts");
        qRegisterMetaType<pilothouse::protocol::Team>("pilothouse::protocol::Team");
        qRegisterMetaType<pilothouse::net::ConnectionState>("pilothouse::net::ConnectionState");
    });
}

} // namespace pilothouse::net
