// A headless stand-in for the console's command path, for the crash test: signs in to a real
// pilothouse-server, opens the cache and outbox the console would open for that account, and
// drives OperatorActions -> CommandPump -> SessionWorker through the account runtime the console
// uses (app/account.h: the same io thread and the same connections).
//
// Run 1 takes over an unowned conversation and replies; --crash-after-write ends the process
// right after the reply is committed to the outbox and before it is sent, --crash-after-send
// right after the server's message.created for it arrived and before its ack. Run 2 (--resume)
// sends nothing new: it waits until every command the outbox holds is acknowledged.
// Prints WRITTEN <commandId> <conversationId> and ACKED <commandId> lines for the test.
//
// --matrix (the crash matrix): run 1 takes over a random unowned conversation and sends a script
// (take over, reply, note, reply, hand back, a review label), each command after the previous one settled;
// --kill-at POINT --kill-step N dies by SIGKILL at an instrumented point of the N-th command:
// before-write (the command exists, the outbox row does not), after-write (row committed, not
// sent), after-apply (the server's events for it arrived, the ack not yet read), after-ack (the
// ack arrived, the row not yet marked acked). The points are signal connections made here, in
// test code, before Account::openCache makes the product's own (so they run first; the io-thread
// ones as direct connections, on the io thread): the product's path has no hook. A failed
// command ends the script; --resume --matrix settles with acked or failed rows. With
// PILOTHOUSE_HARNESS_TOKEN set, the harness skips the sign-in and uses that token.

#include "accountpaths.h"
#include "domain/enums.h"

#ifdef Q_OS_UNIX
#include <csignal>
#include <unistd.h>
#endif
#include "account.h"
#include "actions/operatoractions.h"
#include "credentials/tokenstore.h"
#include "live/workspace.h"
#include "rest/loginclient.h"
#include "session/sessionworker.h"
#include "store/commandpump.h"
#include "store/localstore.h"
#include "store/outbox.h"

#include <QCommandLineParser>
#include <QMutex>
#include <QCoreApplication>
#include <QRandomGenerator>
#include <QHash>
#include <QSet>
#include <QTimer>
#include <QUuid>

#include <atomic>
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
    app::Account account(app::Account::Settings {net::Backoff(), {}, u"outbox_harness"_s, u"1"_s});
    net::SessionWorker *worker = account.session();
    models::OperatorActions &actions = *account.actions();

    // Crash-matrix points that must run before the product's own slots: connected before
    // openCache() wires the product. stepOf and replyId are read on the io thread too.
    const QString killPoint = parser.value(killAt);
    const int killIndex = parser.value(killStep).toInt();
    QMutex shared;
    QHash<QString, int> stepOf; // command id -> index in the script
    QString replyId;
    QString replyConversation;
    const auto stepFor = [&](const QString &commandId) {
        QMutexLocker lock(&shared);
        return stepOf.value(commandId, -1);
    };
    int requested = 0; // commands requested so far in this run
    const auto maybeKill = [&](const QString &point, int step) {
        if (point == killPoint && step == killIndex)
            crash(u"%1 %2"_s.arg(point).arg(step));
    };
    QObject::connect(
        &actions, &models::OperatorActions::commandRequested, &app, [&](const models::OutboxRecord &command) {
            {
                QMutexLocker lock(&shared);
                stepOf.insert(command.commandId, requested);
            }
            maybeKill(u"before-write"_s, requested++);
        });
    QObject::connect(
        worker, &net::SessionWorker::commandAcked, worker,
        [&](const protocol::Ack &ack) { maybeKill(u"after-ack"_s, stepFor(QString::fromStdString(ack.commandId))); },
        Qt::DirectConnection);
    QObject::connect(
        worker, &net::SessionWorker::eventsReceived, worker,
        [&](const std::vector<protocol::Event> &events) {
            for (const auto &event : events) {
                const QString id = QString::fromStdString(event.commandId);
                if (!id.isEmpty())
                    maybeKill(u"after-apply"_s, stepFor(id));
            }
            QString sentReply;
            {
                QMutexLocker lock(&shared);
                sentReply = replyId;
            }
            if (sentReply.isEmpty() || !parser.isSet(afterSend))
                return;
            const std::string messageId = "m-" + sentReply.toStdString();
            for (const auto &event : events) {
                if (const auto *message = std::get_if<protocol::Message>(&event.payload);
                    message && message->id == messageId)
                    crash(u"after send"_s);
            }
        },
        Qt::DirectConnection);
    QObject::connect(&account, &app::Account::storageError, &app, [](const QString &message) {
        say(u"ERROR storage: "_s + message);
        QCoreApplication::exit(2);
    });

    QSet<QString> awaited; // Command ids that must be acknowledged before a clean exit.
    QString conversationId;
    std::atomic<bool> armed = false; // The next `written` is the reply's (read on the io thread).

    const auto sendReply = [&] {
        {
            QMutexLocker lock(&shared);
            replyConversation = conversationId;
        }
        armed = true;
        const QString id = actions.sendReply(conversationId, reply);
        {
            QMutexLocker lock(&shared);
            replyId = id;
        }
        awaited.insert(id);
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
        case 4: {
            // A review label of one of the AI's replies in this conversation, read from the cache.
            models::LocalStore cache;
            if (!cache.open(cachePath))
                return {};
            const auto messages = cache.messages(conversationId);
            if (!messages)
                return {};
            for (const models::MessageRecord &message : *messages) {
                if (message.author == models::Author::Ai)
                    return actions.judge(conversationId, message.id, false, models::ReviewReason::WrongFacts,
                        u"Matrix label %1"_s.arg(stamp));
            }
            return {};
        }
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
    QObject::connect(
        account.workspace(), &models::Workspace::changesFlushed, &app, [&](const models::ChangeBatch &batch) {
            if (parser.isSet(resume) || !conversationId.isEmpty())
                return;
            QStringList candidates;
            for (const auto &conversation : batch.conversations) {
                if (conversation.assignee.isEmpty()
                    && (conversation.status == models::Status::Escalated
                        || conversation.status == models::Status::Ai)) {
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
    QObject::connect(&login, &net::LoginClient::finished, &app, [&](const net::LoginResult &result) {
        if (!result.ok) {
            say(u"ERROR sign-in: "_s + result.message);
            QCoreApplication::exit(2);
            return;
        }
        account.start(server, result.token);
    });

    say(u"OUTBOX "_s + models::Outbox::pathBeside(cachePath));
    account.openCache(cachePath); // the product's own connections, after the crash points above
    models::CommandPump *pump = account.outboxPump();
    // After the commit, before the send: on the io thread, ahead of the pump's own send.
    QObject::connect(
        pump, &models::CommandPump::written, pump,
        [&](const QString &commandId) {
            if (parser.isSet(matrix)) {
                say(u"WRITTEN "_s + commandId);
                maybeKill(u"after-write"_s, stepFor(commandId));
                return;
            }
            if (!armed.exchange(false))
                return;
            QString conversation;
            {
                QMutexLocker lock(&shared);
                conversation = replyConversation;
            }
            say(u"WRITTEN %1 %2"_s.arg(commandId, conversation));
            if (parser.isSet(afterWrite))
                crash(u"after write"_s);
        },
        Qt::DirectConnection);
    QObject::connect(pump, &models::CommandPump::outboxLoaded, &app, [&](const QList<models::OutboxRecord> &items) {
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

    if (const QByteArray token = qgetenv("PILOTHOUSE_HARNESS_TOKEN"); !token.isEmpty()) {
        account.start(server, QString::fromUtf8(token));
    } else {
        login.login(server, user, parser.value(passwordOption));
    }
    QTimer::singleShot(45000, &app, [] {
        say(u"ERROR timed out"_s);
        QCoreApplication::exit(5);
    });
    return app.exec();
}
