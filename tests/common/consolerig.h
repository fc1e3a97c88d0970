#pragma once
// The console's io side without its UI, for the fault and durability tests, wired as app/console.cpp
// wires it (app/iowiring.h): SessionWorker, StoreWriter and CommandPump on an io thread, and the GUI
// thread's OperatorActions and Workspace (the test thread here) connected through queued signals.

#include "actions/operatoractions.h"
#include "board/boardmodel.h"
#include "domain/catalogue.h"
#include "iowiring.h"
#include "live/workspace.h"
#include "rest/loginclient.h"
#include "session/sessionworker.h"
#include "store/commandpump.h"
#include "store/outbox.h"
#include "store/storewriter.h"

#include <QSignalSpy>
#include <QThread>

#include <optional>

namespace pilothouse::testing {

/// Signs in over REST (libcurl) and returns the token, or "" when that failed.
inline QString signIn(const QUrl &server, const QString &user, const QString &password)
{
    net::LoginClient login;
    QSignalSpy finished(&login, &net::LoginClient::finished);
    login.login(server, user, password);
    if (!finished.wait(20000))
        return {};
    const auto result = finished.constFirst().constFirst().value<net::LoginResult>();
    return result.ok ? result.token : QString();
}

class ConsoleRig {
public:
    QThread io;
    net::SessionWorker *worker = new net::SessionWorker;
    models::StoreWriter *writer;
    models::CommandPump *pump;
    models::OperatorActions actions; // GUI side
    models::Workspace workspace; // GUI side
    const QString cachePath;
    const QString outboxPath;
    /// Observed on the test thread (queued from the io thread).
    QList<protocol::Welcome> welcomes;
    QList<net::ConnectionState> states;
    QStringList reconnectReasons;

    ConsoleRig(const QString &cache, net::Backoff backoff)
        : writer(new models::StoreWriter(cache))
        , pump(new models::CommandPump(models::Outbox::pathBeside(cache)))
        , cachePath(cache)
        , outboxPath(models::Outbox::pathBeside(cache))
    {
        io.setObjectName(QStringLiteral("io"));
        worker->setBackoff(std::move(backoff));
        for (QObject *object : std::initializer_list<QObject *> {worker, writer, pump})
            object->moveToThread(&io);
        using net::SessionWorker;
        app::connectSessionToStore(worker, writer); // io <-> io, direct, as the console wires it
        app::connectSessionToOutbox(worker, pump);
        // io <-> GUI, queued.
        QObject::connect(writer, &models::StoreWriter::changesApplied, &workspace, &models::Workspace::applyChanges);
        QObject::connect(writer, &models::StoreWriter::boardLoaded, &workspace, &models::Workspace::setBoard);
        QObject::connect(&actions, &models::OperatorActions::commandRequested, pump, &models::CommandPump::enqueue);
        QObject::connect(pump, &models::CommandPump::outboxLoaded, &actions, &models::OperatorActions::setItems);
        QObject::connect(pump, &models::CommandPump::itemChanged, &actions, &models::OperatorActions::updateItem);
        QObject::connect(pump, &models::CommandPump::itemRemoved, &actions, &models::OperatorActions::removeItem);
        QObject::connect(worker, &SessionWorker::welcomed, &actions, [this](const protocol::Welcome &welcome) {
            welcomes.append(welcome);
            actions.setIdentity(QString::fromStdString(welcome.user.name),
                models::catalogue::roleFromWire(QString::fromStdString(welcome.user.role)));
            workspace.setCurrentUser(QString::fromStdString(welcome.user.name));
        });
        QObject::connect(worker, &SessionWorker::stateChanged, &actions,
            [this](net::ConnectionState state, int, const QString &detail) {
                if (state == net::ConnectionState::Reconnecting
                    && (states.isEmpty() || states.constLast() != net::ConnectionState::Reconnecting))
                    reconnectReasons.append(detail);
                states.append(state);
            });
        io.start();
        QMetaObject::invokeMethod(writer, &models::StoreWriter::open, Qt::BlockingQueuedConnection);
        QMetaObject::invokeMethod(pump, &models::CommandPump::open, Qt::BlockingQueuedConnection);
        QMetaObject::invokeMethod(writer, &models::StoreWriter::loadBoard, Qt::QueuedConnection);
    }

    void start(const QUrl &url, const QString &token)
    {
        QMetaObject::invokeMethod(
            worker, [w = worker, url, token] { w->start(url, token); }, Qt::QueuedConnection);
    }

    /// The cache's cursor as the io thread sees it (buffered events written first).
    std::optional<protocol::Cursor> cursor()
    {
        std::optional<protocol::Cursor> result;
        QMetaObject::invokeMethod(
            writer,
            [&] {
                writer->flush();
                result = writer->cursor();
            },
            Qt::BlockingQueuedConnection);
        return result;
    }

    /// Writes what is buffered and applies it to the board now.
    void settle()
    {
        QMetaObject::invokeMethod(writer, &models::StoreWriter::flush, Qt::BlockingQueuedConnection);
        QCoreApplication::processEvents();
        workspace.flush();
    }

    ~ConsoleRig()
    {
        QMetaObject::invokeMethod(
            worker,
            [w = worker, s = writer, p = pump] {
                w->stop();
                delete w;
                p->close();
                delete p;
                s->close();
                delete s;
            },
            Qt::BlockingQueuedConnection);
        io.quit();
        io.wait();
    }
};

} // namespace pilothouse::testing
