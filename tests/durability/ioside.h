#pragma once
// The console's io side as the composition root wires it (session and store writer on one io
// thread, the writer's cursor in hello), without the GUI models: the resync tests only compare
// the cache file with the server's database. Also the demo supervisor's sign-in.

#include "iowiring.h"
#include "rest/loginclient.h"
#include "session/sessionworker.h"
#include "store/storewriter.h"

#include <QSignalSpy>
#include <QThread>

namespace durability {

struct IoSide {
    QThread io;
    pilothouse::net::SessionWorker *worker = new pilothouse::net::SessionWorker;
    pilothouse::models::StoreWriter *writer;

    explicit IoSide(const QString &cachePath)
        : writer(new pilothouse::models::StoreWriter(cachePath))
    {
        using namespace pilothouse;
        worker->moveToThread(&io);
        writer->moveToThread(&io);
        app::connectSessionToStore(worker, writer);
        io.start();
        QMetaObject::invokeMethod(writer, &models::StoreWriter::open, Qt::BlockingQueuedConnection);
    }

    void start(const QUrl &url, const QString &token)
    {
        QMetaObject::invokeMethod(
            worker, [w = worker, url, token] { w->start(url, token); }, Qt::QueuedConnection);
    }

    ~IoSide()
    {
        QMetaObject::invokeMethod(
            worker,
            [w = worker] {
                w->stop();
                delete w;
            },
            Qt::BlockingQueuedConnection);
        QMetaObject::invokeMethod(
            writer,
            [s = writer] {
                s->close();
                delete s;
            },
            Qt::BlockingQueuedConnection);
        io.quit();
        io.wait();
    }
};

inline QString signInAsSupervisor(const QUrl &server)
{
    pilothouse::net::LoginClient login;
    QSignalSpy finished(&login, &pilothouse::net::LoginClient::finished);
    login.login(server, QStringLiteral("supervisor"), QStringLiteral("supervisor-demo"));
    if (!finished.wait(15000))
        return {};
    const auto result = finished.constFirst().constFirst().value<pilothouse::net::LoginResult>();
    return result.ok ? result.token : QString();
}

} // namespace durability
