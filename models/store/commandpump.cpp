#include "store/commandpump.h"

#include "domain/catalogue.h"
#include "log/log.h"
#include "protocol/codec.h"
#include "store/outbox.h"
#include "store/outboxsalvage.h"
#include "store/storecheck.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <exception>

using namespace Qt::StringLiterals;

namespace pilothouse::models {

/// Code of the session's local nack when no welcomed connection is open (SessionWorker's
/// kNotConnected; the store layer does not link the session).
static constexpr const char *kNotConnected = "not_connected";

struct CommandPump::Impl {
    QString path;
    std::unique_ptr<Outbox> outbox;
    bool connected = false;
    QTimer *retryTimer = nullptr; ///< Child of the pump so it follows moveToThread().
    std::shared_ptr<spdlog::logger> log = pilothouse::log::get("store");
};

namespace {

template<typename Body> void guarded(CommandPump &pump, spdlog::logger &log, const char *what, Body &&body) noexcept
{
    try {
        body();
    } catch (const std::exception &error) {
        log.error("outbox {} failed: {}", what, error.what());
        Q_EMIT pump.outboxError(
            CommandPump::tr("Unsent actions could not be handled (%1).").arg(QString::fromUtf8(error.what())));
    } catch (...) {
        log.error("outbox {} failed with an unknown exception", what);
        Q_EMIT pump.outboxError(CommandPump::tr("Unsent actions could not be handled."));
    }
}

} // namespace

CommandPump::CommandPump(QString outboxPath, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Impl>())
{
    qRegisterMetaType<OutboxRecord>("pilothouse::models::OutboxRecord");
    qRegisterMetaType<QList<OutboxRecord>>("QList<pilothouse::models::OutboxRecord>");
    d->path = std::move(outboxPath);
    d->retryTimer = new QTimer(this);
    d->retryTimer->setSingleShot(true);
    d->retryTimer->setInterval(kRetryDelayMs);
    connect(d->retryTimer, &QTimer::timeout, this,
        [this] { guarded(*this, *d->log, "retry", [this] { resendAll(false); }); });
}

CommandPump::~CommandPump()
{
    close();
}

void CommandPump::open()
{
    guarded(*this, *d->log, "open", [this] {
        close();
        if (!salvageIfDamaged())
            return;
        auto outbox = std::make_unique<Outbox>();
        if (!outbox->open(d->path)) {
            Q_EMIT outboxError(outbox->errorString());
            return;
        }
        auto unsettled = outbox->unsettled();
        if (!unsettled) {
            Q_EMIT outboxError(tr("Could not read the unsent actions (%1).").arg(outbox->errorString()));
            return;
        }
        d->outbox = std::move(outbox);
        d->log->info("outbox open: {} commands not acknowledged", unsettled->size());
        Q_EMIT outboxLoaded(*unsettled);
        if (d->connected)
            resendAll(true);
    });
}

bool CommandPump::salvageIfDamaged()
{
    const QString shown = QDir::toNativeSeparators(d->path);
    if (outboxsalvage::finishInterrupted(d->path))
        d->log->warn("outbox {}: finished a salvage interrupted by a crash", shown.toStdString());
    const storecheck::Report report = storecheck::inspect(d->path, Outbox::kSchemaVersion);
    if (report.verdict != storecheck::Verdict::Damaged)
        return true; // A newer schema is refused by Outbox::open, untouched.
    const outboxsalvage::Outcome outcome = outboxsalvage::salvage(d->path);
    if (!outcome.error.isEmpty() && outcome.movedTo.isEmpty()) {
        const QString message = tr("The file of unsent actions at %1 is damaged and could not be moved aside (%2). "
                                   "Nothing in it was changed.")
                                    .arg(shown, outcome.error);
        d->log->error("outbox {} failed its check ({}): {}", shown.toStdString(), report.detail.toStdString(),
            outcome.error.toStdString());
        Q_EMIT outboxError(message);
        return false;
    }
    const QString movedName = QFileInfo(outcome.movedTo).fileName();
    if (!outcome.error.isEmpty()) {
        // Moved aside, but the salvaged copy could not take its place: it is retried on the next start.
        const QString message = tr("The file of unsent actions was damaged and moved to %1, but the recovered actions "
                                   "could not be put in place (%2). Restart Pilothouse to finish.")
                                    .arg(movedName, outcome.error);
        d->log->error("outbox {}: {}", shown.toStdString(), message.toStdString());
        Q_EMIT outboxError(message);
        return false;
    }
    d->log->warn("outbox {} failed its check ({}); moved to {}; {} unsettled command(s) salvaged, {} lost",
        shown.toStdString(), report.detail.toStdString(), QDir::toNativeSeparators(outcome.movedTo).toStdString(),
        outcome.salvaged, outcome.lost < 0 ? std::string("an unknown number") : std::to_string(outcome.lost));
    QString notice = tr("The file of unsent actions was damaged. It was moved to %1.").arg(movedName);
    if (outcome.lost < 0) {
        notice += u' ' + tr("Nothing in it could be read; actions not yet sent from it are lost.");
    } else {
        notice += u' ' + tr("Unsent actions recovered: %1.").arg(outcome.salvaged);
        if (outcome.lost > 0)
            notice += u' ' + tr("Unsent actions that could not be read and will not be sent: %1.").arg(outcome.lost);
    }
    Q_EMIT recovered(notice);
    return true;
}

void CommandPump::close()
{
    d->retryTimer->stop();
    d->outbox.reset();
}

bool CommandPump::save(const OutboxRecord &record)
{
    if (d->outbox->update(record)) {
        Q_EMIT itemChanged(record);
        return true;
    }
    const QString message = tr("Could not save an unsent action (%1).").arg(d->outbox->errorString());
    d->log->error("{}", message.toStdString());
    Q_EMIT outboxError(message);
    return false;
}

void CommandPump::enqueue(const pilothouse::models::OutboxRecord &command)
{
    guarded(*this, *d->log, "enqueue", [this, &command] {
        OutboxRecord record = command;
        record.state = OutboxState::Pending;
        record.attempts = 0;
        if (!d->outbox || !d->outbox->add(record)) {
            // Not written means not sent: the user sees it failed, with why, and can retry.
            record.state = OutboxState::Failed;
            record.errorCode = u"outbox"_s;
            record.error = tr("The action could not be saved before sending (%1).")
                               .arg(d->outbox ? d->outbox->errorString() : tr("the outbox is not open"));
            d->log->error("command {} not written: {}", record.commandId.toStdString(), record.error.toStdString());
            Q_EMIT itemChanged(record);
            return;
        }
        Q_EMIT itemChanged(record);
        Q_EMIT written(record.commandId);
        if (d->connected)
            send(std::move(record));
    });
}

void CommandPump::send(OutboxRecord record)
{
    auto command = protocol::decodeCommand(
        record.commandId.toStdString(), catalogue::commandName(record.action), record.args.toStdString());
    if (!command) {
        d->log->error("command {} cannot be sent: {}", record.commandId.toStdString(), command.error().message);
        record.state = OutboxState::Failed;
        record.errorCode = QString::fromLatin1(protocol::errors::BadRequest);
        record.error = tr("This action is damaged and cannot be sent.");
        save(record);
        return;
    }
    record.state = OutboxState::Inflight;
    ++record.attempts;
    if (!save(record))
        return;
    // Direct connection: a session that is not connected answers with a not_connected nack
    // before this returns, which puts the command back to pending.
    Q_EMIT sendCommand(command.value());
}

void CommandPump::resendAll(bool inflightToo)
{
    if (!d->outbox || !d->connected)
        return;
    const auto unsettled = d->outbox->unsettled();
    if (!unsettled) {
        Q_EMIT outboxError(tr("Could not read the unsent actions (%1).").arg(d->outbox->errorString()));
        return;
    }
    int sent = 0;
    for (const OutboxRecord &record : *unsettled) {
        if (!d->connected)
            break; // The link dropped while resending; the next welcome continues.
        // In-flight commands of this connection are still awaiting their answer; after a new
        // welcome nobody is going to answer them, so they go again.
        if (record.state == OutboxState::Pending || (inflightToo && record.state == OutboxState::Inflight)) {
            send(record);
            ++sent;
        }
    }
    if (sent > 0)
        d->log->info("outbox: resent {} commands", sent);
}

void CommandPump::onWelcomed()
{
    guarded(*this, *d->log, "welcome", [this] {
        d->connected = true;
        resendAll(true);
    });
}

void CommandPump::onDisconnected()
{
    d->connected = false;
    d->retryTimer->stop();
}

void CommandPump::onAcked(const pilothouse::protocol::Ack &ack)
{
    guarded(*this, *d->log, "ack", [this, &ack] {
        if (!d->outbox)
            return;
        auto record = d->outbox->find(QString::fromStdString(ack.commandId));
        if (!record || record->state == OutboxState::Acked)
            return; // Not ours, or a resend answered twice.
        record->state = OutboxState::Acked;
        record->errorCode.clear();
        record->error.clear();
        save(*record);
    });
}

void CommandPump::onNacked(const pilothouse::protocol::Nack &nack)
{
    guarded(*this, *d->log, "nack", [this, &nack] {
        if (!d->outbox)
            return;
        auto record = d->outbox->find(QString::fromStdString(nack.commandId));
        if (!record || record->state == OutboxState::Acked || record->state == OutboxState::Failed)
            return;
        record->errorCode = QString::fromStdString(nack.code);
        record->error = QString::fromStdString(nack.message);
        if (nack.code == kNotConnected) {
            d->connected = false; // Resent after the next welcome.
            record->state = OutboxState::Pending;
        } else if (nack.retryable) {
            record->state = OutboxState::Pending;
            if (!d->retryTimer->isActive())
                d->retryTimer->start();
        } else {
            record->state = OutboxState::Failed;
            if (record->error.isEmpty())
                record->error = tr("The server refused this action (%1).").arg(record->errorCode);
            d->log->warn("command {} ({}) failed: {} {}", nack.commandId, catalogue::commandName(record->action),
                nack.code, nack.message);
        }
        save(*record);
    });
}

void CommandPump::discard(const QString &commandId)
{
    guarded(*this, *d->log, "discard", [this, &commandId] {
        if (!d->outbox)
            return;
        const auto record = d->outbox->find(commandId);
        if (!record || record->state != OutboxState::Failed)
            return; // Only a failed command may go: anything else may still reach the server.
        if (!d->outbox->remove(commandId)) {
            Q_EMIT outboxError(tr("Could not remove an unsent action (%1).").arg(d->outbox->errorString()));
            return;
        }
        Q_EMIT itemRemoved(commandId);
    });
}

void CommandPump::purgeConversations(const QString &customerId, const QStringList &conversationIds)
{
    Q_UNUSED(customerId)
    guarded(*this, *d->log, "purgeConversations", [this, &conversationIds] {
        if (!d->outbox || conversationIds.isEmpty())
            return;
        const auto removed = d->outbox->removeConversations(conversationIds);
        if (!removed) {
            Q_EMIT outboxError(tr("Could not remove an erased customer's actions (%1).").arg(d->outbox->errorString()));
            return;
        }
        d->log->info("erasure: {} command(s) removed from the outbox", removed->size());
        for (const QString &commandId : *removed)
            Q_EMIT itemRemoved(commandId);
    });
}

} // namespace pilothouse::models
