#pragma once
// The io thread's own connections, in one place: the composition root (Console) and the tests
// that run the console's io side without its UI (end to end, fault injection, malicious server,
// durability) wire the session, the store writer and the outbox pump with these, so they cannot
// drift apart. All three objects live on the io thread; the connections are direct.

namespace pilothouse::net {
class SessionWorker;
}
namespace pilothouse::models {
class CommandPump;
class StoreWriter;
} // namespace pilothouse::models

namespace pilothouse::app {

/// The session feeds the store writer (events, snapshots); a frame the writer refuses (a gap,
/// another epoch) makes the session close and resume; every hello carries the writer's cursor.
/// Call from any thread once both objects are on the io thread; the cursor provider is installed
/// on the io thread (queued) and stops answering when the writer is gone.
void connectSessionToStore(net::SessionWorker *worker, models::StoreWriter *writer);

/// The pump sends through the session (after writing the command durably); welcomes, acks,
/// nacks and lost connections drive its resends.
void connectSessionToOutbox(net::SessionWorker *worker, models::CommandPump *pump);

} // namespace pilothouse::app
