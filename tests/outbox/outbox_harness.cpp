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
#include <QSet>
#include <QTimer>

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
    parser.addOptions(
        {serverOption, dataOption, userOption, passwordOption, textOption, afterWrite, afterSend, resume});
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
        actions.setIdentity(QString::fromStdString(welcome.user.name), QString::fromStdString(welcome.user.role));
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
        if (!armed)
            return;
        armed = false;
        say(u"WRITTEN %1 %2"_s.arg(commandId, conversationId));
        if (parser.isSet(afterWrite))
            crash(u"after write"_s);
    });
    QObject::connect(
        &worker, &net::SessionWorker::eventsReceived, &app, [&](const std::vector<protocol::Event> &events) {
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
    QObject::connect(
        &actions, &models::OperatorActions::itemChanged, &app, [&](const QString &, const QString &commandId) {
            const models::OutboxRecord item = actions.item(commandId);
            if (item.state == u"failed") {
                say(u"FAILED %1 %2 %3"_s.arg(commandId, item.errorCode, item.error));
                QCoreApplication::exit(3);
                return;
            }
            if (item.state != u"acked" || !awaited.remove(commandId))
                return;
            say(u"ACKED "_s + commandId);
            if (item.name == u"conversation.take_over")
                sendReply();
            else if (awaited.isEmpty())
                QCoreApplication::exit(0);
        });

    // Run 1: the first board from the server picks an unowned conversation to take over.
    QObject::connect(&writer, &models::StoreWriter::changesApplied, &app, [&](const models::ChangeBatch &batch) {
        if (parser.isSet(resume) || !conversationId.isEmpty())
            return;
        for (const auto &conversation : batch.conversations) {
            if (conversation.assignee.isEmpty()
                && (conversation.status == u"escalated" || conversation.status == u"ai")) {
                conversationId = conversation.id;
                break;
            }
        }
        if (conversationId.isEmpty())
            return;
        say(u"TAKING "_s + conversationId);
        awaited.insert(actions.takeOver(conversationId));
    });
    QObject::connect(&pump, &models::CommandPump::outboxLoaded, &app, [&](const QList<models::OutboxRecord> &items) {
        if (!parser.isSet(resume))
            return;
        for (const auto &item : items)
            awaited.insert(item.commandId);
        say(u"RESUMING %1"_s.arg(items.size()));
        if (awaited.isEmpty())
            QCoreApplication::exit(4); // Nothing to resume: the crash lost the command.
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
    login.login(server, user, parser.value(passwordOption));
    QTimer::singleShot(45000, &app, [] {
        say(u"ERROR timed out"_s);
        QCoreApplication::exit(5);
    });
    const int code = app.exec();
    worker.stop();
    return code;
}
