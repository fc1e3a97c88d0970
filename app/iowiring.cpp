#include "iowiring.h"

#include "session/sessionworker.h"
#include "store/commandpump.h"
#include "store/storewriter.h"

#include <QPointer>

namespace pilothouse::app {

void connectSessionToStore(net::SessionWorker *worker, models::StoreWriter *writer)
{
    QObject::connect(worker, &net::SessionWorker::eventsReceived, writer, &models::StoreWriter::applyEvents);
    QObject::connect(worker, &net::SessionWorker::snapshotReceived, writer, &models::StoreWriter::applySnapshot);
    QObject::connect(writer, &models::StoreWriter::streamRejected, worker, &net::SessionWorker::rejectStream);
    QPointer<models::StoreWriter> guard = writer;
    QMetaObject::invokeMethod(
        worker,
        [worker, guard] {
            worker->setCursorProvider(
                [guard]() -> std::optional<protocol::Cursor> { return guard ? guard->cursor() : std::nullopt; });
        },
        Qt::QueuedConnection);
}

void connectSessionToOutbox(net::SessionWorker *worker, models::CommandPump *pump)
{
    QObject::connect(pump, &models::CommandPump::sendCommand, worker, &net::SessionWorker::sendCommand);
    QObject::connect(worker, &net::SessionWorker::welcomed, pump, &models::CommandPump::onWelcomed);
    QObject::connect(worker, &net::SessionWorker::commandAcked, pump, &models::CommandPump::onAcked);
    QObject::connect(worker, &net::SessionWorker::commandNacked, pump, &models::CommandPump::onNacked);
    QObject::connect(worker, &net::SessionWorker::stateChanged, pump, [pump](net::ConnectionState state) {
        if (state != net::ConnectionState::Connected)
            pump->onDisconnected();
    });
}

} // namespace pilothouse::app
