// A headless stand-in for the console's command path, for the crash test: signs in to a real
// pilothouse-server, opens the cache and outbox the console would open for that account, and
// drives OperatorActions -> CommandPump -> SessionWorker exactly as the composition root wires
// them (on one thread: the harness has no GUI to keep responsive).
//
// Run 1 takes over an unowned conversation and replies; --crash-after-write ends the process
// right after the reply is committed to the outbox and before it is sent, --crash-after-send
// right after the server's message.created for it arrived and before its ack. Run 2 (--resume)
// sends nothing new: it waits until every command the outbox holds is acknowledged.
// Prints WRITTEN <commandId> <conversationId> and ACKED <commandId> lines for the test.
//
// --matrix (the crash matrix): run 1 takes over a random unowned conversation and sends a script
// (take over, reply, note, reply, hand back), each command after the previous one settled;
// --kill-at POINT --kill-step N dies by SIGKILL at an instrumented point of the N-th command:
// before-write (the command exists, the outbox row does not), after-write (row committed, not
// sent), after-apply (the server's events for it arrived, the ack not yet read), after-ack (the
// ack arrived, the row not yet marked acked). The points are signal connections made here, in
// test code, ahead of (or behind) the product's own: the product's path has no hook. A failed
// command ends the script; --resume --matrix settles with acked or failed rows. With
// PILOTHOUSE_HARNESS_TOKEN set, the harness skips the sign-in and uses that token.

#include "domain/catalogue.h"
#include "accountpaths.h"

#ifdef Q_OS_UNIX
#include <csignal>
#include <unistd.h>
#endif
#include "actions/operatoractions.h"
#include "credentials/tokenstore.h"
#include "rest/loginclient.h"
#include "session/sessionworker.h"
#include "store/commandpump.h"
#include "store/outbox.h"
#include "store/storewriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRandomGenerator>
#include <QHash>
#include <QSet>
#include <QTimer>
#include <QUuid>

#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;
using namespace pilothouse;

namespace {

constexpr int kCrashExitCode = 86;

void say(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

[[noreturn]] void crash(const QString &why)
{
    say(u"CRASH "_s + why);
#ifdef Q_OS_UNIX
    // The real thing: SIGKILL, no destructors, no SQLite close, no socket close.
    ::kill(::getpid(), SIGKILL);
#endif
    // Elsewhere as abrupt as the platform allows.
    std::quick_exit(kCrashExitCode);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption serverOption(u"server"_s, u"Server base URL."_s, u"url"_s);
    const QCommandLineOption dataOption(u"data-dir"_s, u"Console data folder."_s, u"dir"_s);
    const QCommandLineOption userOption(u"user"_s, u"User name."_s, u"name"_s, u"supervisor"_s);
    const QCommandLineOption passwordOption(u"password"_s, u"Password."_s, u"password"_s, u"supervisor-demo"_s);
    const QCommandLineOption textOption(u"text"_s, u"Reply text."_s, u"text"_s);
    const QCommandLineOption afterWrite(u"crash-after-write"_s, u"Exit after the outbox commit, before sending."_s);
    const QCommandLineOption afterSend(u"crash-after-send"_s, u"Exit after the server applied it, before the ack."_s);
    const QCommandLineOption resume(u"resume"_s, u"Send nothing new; wait for the outbox to be acknowledged."_s);
    const QCommandLineOption matrix(u"matrix"_s, u"Crash matrix: a script of commands; failed rows settle."_s);
    const QCommandLineOption killAt(u"kill-at"_s, u"Instrumented point to die at."_s, u"point"_s);
    const QCommandLineOption killStep(u"kill-step"_s, u"Index of the script command to die at."_s, u"n"_s, u"0"_s);
    parser.addOptions({serverOption, dataOption, userOption, passwordOption, textOption, afterWrite, afterSend, resume,
        matrix, killAt, killStep});
    parser.process(app);

    const QUrl server(parser.value(serverOption));
    const QString user = parser.value(userOption);
    const QString cachePath
        = app::AccountPaths(parser.value(dataOption)).cacheFile(net::TokenStore::accountFor(user, server));
    const QString reply = parser.value(textOption);

    net::registerMetaTypes();
    net::LoginClient login;
    net::SessionWorker worker;
    models::StoreWriter writer(cachePath);
    models::CommandPump pump(models::Outbox::pathBeside(cachePath));
    models::OperatorActions actions;

    // Crash-matrix points that must run before the product's own slot: connected first.
    const QString killPoint = parser.value(killAt);
    const int killIndex = parser.value(killStep).toInt();
    QHash<QString, int> stepOf; // command id -> index in the script
    int requested = 0; // commands requested so far in this run
    const auto maybeKill = [&](const QString &point, int step) {
        if (point == killPoint && step == killIndex)
            crash(u"%1 %2"_s.arg(point).arg(step));
    };
    QObject::connect(
        &actions, &models::OperatorActions::commandRequested, &app, [&](const models::OutboxRecord &command) {
            stepOf.insert(command.commandId, requested);
            maybeKill(u"before-write"_s, requested++);
        });
    QObject::connect(&worker, &net::SessionWorker::commandAcked, &app, [&](const protocol::Ack &ack) {
        const QString id = QString::fromStdString(ack.commandId);
        if (stepOf.contains(id))
            maybeKill(u"after-ack"_s, stepOf.value(id));
    });
    QObject::connect(&worker, &net::SessionWorker::eventsReceived, &writer, &models::StoreWriter::applyEvents);
    QObject::connect(&worker, &net::SessionWorker::snapshotReceived, &writer, &models::StoreWriter::applySnapshot);
    QObject::connect(&worker, &net::SessionWorker::welcomed, &pump, &models::CommandPump::onWelcomed);
    QObject::connect(&worker, &net::SessionWorker::commandAcked, &pump, &models::CommandPump::onAcked);
    QObject::connect(&worker, &net::SessionWorker::commandNacked, &pump, &models::CommandPump::onNacked);
    QObject::connect(&pump, &models::CommandPump::sendCommand, &worker, &net::SessionWorker::sendCommand);
    QObject::connect(&actions, &models::OperatorActions::commandRequested, &pump, &models::CommandPump::enqueue);
    QObject::connect(&pump, &models::CommandPump::outboxLoaded, &actions, &models::OperatorActions::setItems);
    QObject::connect(&pump, &models::CommandPump::itemChanged, &actions, &models::OperatorActions::updateItem);
    QObject::connect(&worker, &net::SessionWorker::welcomed, &actions, [&](const protocol::Welcome &welcome) {
        actions.setIdentity(QString::fromStdString(welcome.user.name),
            models::catalogue::roleFromWire(QString::fromStdString(welcome.user.role)));
    });
    QObject::connect(&pump, &models::CommandPump::outboxError, &app, [](const QString &message) {
        say(u"ERROR outbox: "_s + message);
        QCoreApplication::exit(2);
    });
    QObject::connect(&writer, &models::StoreWriter::storeError, &app, [](const QString &message) {
        say(u"ERROR cache: "_s + message);
        QCoreApplication::exit(2);
    });

    QSet<QString> awaited; // Command ids that must be acknowledged before a clean exit.
    QString conversationId;
    QString replyId;
    bool armed = false; // The next `written` is the reply's.

    QObject::connect(&pump, &models::CommandPump::written, &app, [&](const QString &commandId) {
        if (parser.isSet(matrix)) {
            say(u"WRITTEN "_s + commandId);
            maybeKill(u"after-write"_s, stepOf.value(commandId, -1));
            return;
        }
        if (!armed)
            return;
        armed = false;
        say(u"WRITTEN %1 %2"_s.arg(commandId, conversationId));
        if (parser.isSet(afterWrite))
            crash(u"after write"_s);
    });
    QObject::connect(
        &worker, &net::SessionWorker::eventsReceived, &app, [&](const std::vector<protocol::Event> &events) {
            for (const auto &event : events) {
                const QString id = QString::fromStdString(event.commandId);
                if (!id.isEmpty() && stepOf.contains(id))
                    maybeKill(u"after-apply"_s, stepOf.value(id));
            }
            if (replyId.isEmpty() || !parser.isSet(afterSend))
                return;
            const std::string messageId = "m-" + replyId.toStdString();
            for (const auto &event : events) {
                if (const auto *message = std::get_if<protocol::Message>(&event.payload);
                    message && message->id == messageId)
                    crash(u"after send"_s);
            }
        });

    const auto sendReply = [&] {
        armed = true;
        replyId = actions.sendReply(conversationId, reply);
        awaited.insert(replyId);
    };
    // The matrix script: what follows each settled step.
    int scriptStep = 0;
    const auto nextStep = [&]() -> QString {
        const QString stamp = QUuid::createUuid().toString(QUuid::Id128).left(8);
        switch (scriptStep++) {
        case 0:
            return actions.sendReply(conversationId, u"Matrix reply %1: your refund is on its way."_s.arg(stamp));
        case 1:
            return actions.addNote(conversationId, u"Matrix note %1: refund approved."_s.arg(stamp));
        case 2:
            return actions.sendReply(conversationId, u"Matrix reply %1: anything else?"_s.arg(stamp));
        case 3:
            return actions.handBack(conversationId, u"Matrix hand-back %1"_s.arg(stamp));
        default:
            return {};
        }
    };
    QObject::connect(
        &actions, &models::OperatorActions::itemChanged, &app, [&](const QString &, const QString &commandId) {
            const models::OutboxRecord item = actions.item(commandId);
            if (parser.isSet(matrix)) {
                if ((item.state != pilothouse::models::OutboxState::Acked
                        && item.state != pilothouse::models::OutboxState::Failed)
                    || !awaited.remove(commandId))
                    return;
                say(u"%1 %2 %3"_s.arg(item.state == pilothouse::models::OutboxState::Acked ? u"ACKED"_s : u"FAILED"_s,
                    commandId, item.errorCode));
                const QString next = parser.isSet(resume) || item.state == pilothouse::models::OutboxState::Failed
                    ? QString()
                    : nextStep();
                if (!next.isEmpty())
                    awaited.insert(next);
                else if (awaited.isEmpty())
                    QCoreApplication::exit(0);
                return;
            }
            if (item.state == pilothouse::models::OutboxState::Failed) {
                say(u"FAILED %1 %2 %3"_s.arg(commandId, item.errorCode, item.error));
                QCoreApplication::exit(3);
                return;
            }
            if (item.state != pilothouse::models::OutboxState::Acked || !awaited.remove(commandId))
                return;
            say(u"ACKED "_s + commandId);
            if (item.action == pilothouse::models::Action::TakeOver)
                sendReply();
            else if (awaited.isEmpty())
                QCoreApplication::exit(0);
        });

    // Run 1: the first board from the server picks an unowned conversation to take over.
    QObject::connect(&writer, &models::StoreWriter::changesApplied, &app, [&](const models::ChangeBatch &batch) {
        if (parser.isSet(resume) || !conversationId.isEmpty())
            return;
        QStringList candidates;
        for (const auto &conversation : batch.conversations) {
            if (conversation.assignee.isEmpty()
                && (conversation.status == models::Status::Escalated || conversation.status == models::Status::Ai)) {
                candidates.append(conversation.id);
                if (!parser.isSet(matrix))
                    break;
            }
        }
        // The matrix spreads its runs over the board (fewer runs racing the AI on one row).
        if (!candidates.isEmpty())
            conversationId = candidates.at(QRandomGenerator::global()->bounded(int(candidates.size())));
        if (conversationId.isEmpty())
            return;
        say(u"TAKING "_s + conversationId);
        awaited.insert(actions.takeOver(conversationId));
    });
    QObject::connect(&pump, &models::CommandPump::outboxLoaded, &app, [&](const QList<models::OutboxRecord> &items) {
        if (!parser.isSet(resume))
            return;
        for (const auto &item : items) {
            // A failed row stays failed until a person retries it: nothing to wait for.
            if (!parser.isSet(matrix) || item.state != pilothouse::models::OutboxState::Failed)
                awaited.insert(item.commandId);
        }
        say(u"RESUMING %1"_s.arg(awaited.size()));
        if (awaited.isEmpty())
            QCoreApplication::exit(parser.isSet(matrix) ? 0 : 4); // Non-matrix: the crash lost the command.
    });

    QObject::connect(&login, &net::LoginClient::finished, &app, [&](const net::LoginResult &result) {
        if (!result.ok) {
            say(u"ERROR sign-in: "_s + result.message);
            QCoreApplication::exit(2);
            return;
        }
        worker.setCursorProvider([&writer] { return writer.cursor(); });
        worker.start(server, result.token);
    });

    say(u"OUTBOX "_s + models::Outbox::pathBeside(cachePath));
    writer.open();
    pump.open();
    if (const QByteArray token = qgetenv("PILOTHOUSE_HARNESS_TOKEN"); !token.isEmpty()) {
        worker.setCursorProvider([&writer] { return writer.cursor(); });
        worker.start(server, QString::fromUtf8(token));
    } else {
        login.login(server, user, parser.value(passwordOption));
    }
    QTimer::singleShot(45000, &app, [] {
        say(u"ERROR timed out"_s);
        QCoreApplication::exit(5);
    });
    const int code = app.exec();
    worker.stop();
    return code;
}
