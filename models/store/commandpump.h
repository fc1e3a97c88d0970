#pragma once
// Moves operator commands from the durable outbox to the session and their answers back: lives
// on the io thread beside SessionWorker and StoreWriter (connected directly), and talks to the
// GUI thread's OperatorActions through queued signals.

#include "domain/records.h"
#include "protocol/frames.h"

#include <QObject>
#include <QStringList>
#include <QTimer>

#include <memory>

namespace pilothouse::models {

class Outbox;

/// Write first, then send: enqueue() commits the command to the outbox before sendCommand is
/// emitted. After every welcome the pump resends each command not yet acknowledged, oldest first,
/// with its original id (the server applies an id once). Acks settle a command; a retryable nack
/// puts it back in the queue (sent again after a short wait or the next welcome); any other nack
/// makes it a failed item with the server's reason, which stays until the user retries or
/// discards it. Nothing is ever dropped silently.
class CommandPump : public QObject {
    Q_OBJECT
public:
    /// Wait before resending commands that got a retryable nack while connected.
    static constexpr int kRetryDelayMs = 5000;

    /// `outboxPath` is opened in open(), on the io thread.
    explicit CommandPump(QString outboxPath, QObject *parent = nullptr);
    ~CommandPump() override;

public Q_SLOTS:
    /// Checks the file first (PRAGMA quick_check): a damaged outbox is moved aside and what is
    /// readable of it salvaged into a fresh one (see outboxsalvage.h), and recovered() says how
    /// many actions were saved and lost. Then opens the outbox and emits outboxLoaded with every command not acknowledged (crash
    /// recovery: they are resent after the next welcome), or outboxError.
    void open();
    void close();
    /// Writes `command` (state pending) durably, emits written(), then sends it if connected.
    void enqueue(const pilothouse::models::OutboxRecord &command);
    /// Deletes a failed command.
    void discard(const QString &commandId);
    /// StoreWriter::customerErased: every command about these conversations leaves the outbox,
    /// sent or not (the server refuses or has tombstoned them); itemRemoved for each.
    void purgeConversations(const QString &customerId, const QStringList &conversationIds);
    /// SessionWorker::welcomed: resend every pending or in-flight command in creation order.
    void onWelcomed();
    /// The session is gone (SessionWorker::stateChanged to anything but connected).
    void onDisconnected();
    void onAcked(const pilothouse::protocol::Ack &ack);
    void onNacked(const pilothouse::protocol::Nack &nack);

Q_SIGNALS:
    /// To SessionWorker::sendCommand (direct, same thread).
    void sendCommand(const pilothouse::protocol::Command &command);
    /// The command is durable in the outbox and about to be sent (the crash test stops here).
    void written(const QString &commandId);
    void outboxLoaded(const QList<pilothouse::models::OutboxRecord> &unsettled);
    /// Every change of state of a command (pending, inflight, acked, failed).
    void itemChanged(const pilothouse::models::OutboxRecord &item);
    void itemRemoved(const QString &commandId);
    void outboxError(const QString &message);
    /// The outbox was damaged and replaced; `notice` is the sentence for the user.
    void recovered(const QString &notice);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
    void send(OutboxRecord record);
    void resendAll(bool inflightToo);
    bool save(const OutboxRecord &record);
    bool salvageIfDamaged();
};

} // namespace pilothouse::models
