#pragma once
// The operator's actions as the views see them: one call per action, each answered at once with
// the command id while the command travels through the durable outbox on the io thread
// (CommandPump). Also the role and state rules that enable or disable each action, kept in C++
// (and unit tested) so the views stay dumb.

#include "domain/records.h"
#include "live/identity.h"
#include "protocol/frames.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace pilothouse::models {

/// Exposed as `Console.actions`. Every action returns the new command's id ("" when refused
/// locally, e.g. empty text); its progress shows in OutboxModel and in itemChanged, and a command
/// the server rejects ends as a failed item (commandFailed) that retry() or discard() resolves.
/// Thread: GUI. The composition root connects commandRequested/discardRequested to the CommandPump
/// (queued) and the pump's outboxLoaded/itemChanged/itemRemoved back to the slots below.
class OperatorActions : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use Console.actions")
    /// Who acts (the account's one identity). Views read it in bindings that call can(), so they
    /// are evaluated again when the user or the role changes.
    Q_PROPERTY(pilothouse::models::Identity *identity READ identity NOTIFY identityChanged)
    /// Commands not yet acknowledged (pending or in flight), for a "sending n..." hint.
    Q_PROPERTY(int pendingCount READ pendingCount NOTIFY pendingCountChanged)
    /// Commands the server refused and that wait for retry or discard.
    Q_PROPERTY(int failedCount READ failedCount NOTIFY failedCountChanged)

public:
    /// At most this many acknowledged items are kept in memory for local echo; older ones are
    /// long since in the transcript.
    static constexpr int kKeptAcked = 200;

    /// `identity` (not owned) must outlive the actions.
    explicit OperatorActions(Identity *identity, QObject *parent = nullptr);
    ~OperatorActions() override;

    Identity *identity() const { return m_identity; }
    int pendingCount() const;
    int failedCount() const;

    Q_INVOKABLE QString takeOver(const QString &conversationId);
    Q_INVOKABLE QString handBack(const QString &conversationId, const QString &note);
    /// Refused locally ("") for Outcome::None.
    Q_INVOKABLE QString resolve(
        const QString &conversationId, pilothouse::models::Outcome::Value outcome, const QString &note);
    Q_INVOKABLE QString whisper(const QString &conversationId, const QString &text);
    Q_INVOKABLE QString sendReply(const QString &conversationId, const QString &text);
    Q_INVOKABLE QString addNote(const QString &conversationId, const QString &text);
    Q_INVOKABLE QString transfer(const QString &conversationId, const QString &toUser);
    /// `presence.set`: the signed-in user is at work (Online) or Away; other values send nothing.
    Q_INVOKABLE QString setPresence(pilothouse::models::Presence::Value presence);
    /// conversation.merge (supervisors and admins; docs/protocol.md section 9.2): closes
    /// `conversationId` and copies its customer messages into `intoConversationId`, for good. The
    /// caller has asked the user to confirm. "" when either id is empty or they are the same.
    /// Filed under `intoConversationId`, the conversation the operator has open.
    Q_INVOKABLE QString merge(const QString &conversationId, const QString &intoConversationId);
    /// Labels an AI reply right or wrong (review mode). `reason` only counts on a wrong one;
    /// `note` may be empty. "" when the reply is unnamed.
    Q_INVOKABLE QString judge(const QString &conversationId, const QString &messageId, bool correct,
        pilothouse::models::ReviewReason::Value reason, const QString &note);
    /// customer.erase (admins; docs/protocol.md section 9.1): erases the customer of
    /// `conversationId` everywhere, for good. The caller has asked the user to confirm.
    Q_INVOKABLE QString eraseCustomer(const QString &conversationId, const QString &customerId);
    /// Sends a failed command again. The server remembers every id it answered, so the retry is
    /// a new command (new id, same action) that replaces the failed item.
    Q_INVOKABLE void retry(const QString &commandId);
    /// Removes a failed item for good.
    Q_INVOKABLE void discard(const QString &commandId);

    /// Whether `action` belongs on a conversation in `status` for this role at all: views show
    /// the actions offered and hide the rest (a Hand back button only while a person owns it).
    Q_INVOKABLE bool offers(pilothouse::models::Action::Value action, pilothouse::models::Status::Value status) const;
    /// Whether the role and the conversation's state allow `action` now; views disable what is
    /// offered but not allowed. Mirrors the server's checks (docs/protocol.md, section 9), which
    /// stay authoritative.
    Q_INVOKABLE bool can(pilothouse::models::Action::Value action, pilothouse::models::Status::Value status,
        const QString &assignee) const;
    /// Whether a conversation in `status` may be merged into one in `intoStatus` now: a supervisor
    /// or an admin, both open (can(Merge, ...) checks the conversation merged into alone).
    Q_INVOKABLE bool canMerge(
        pilothouse::models::Status::Value status, pilothouse::models::Status::Value intoStatus) const;

    /// The outbox items of one conversation, oldest first (OutboxModel reads these).
    QList<OutboxRecord> items(const QString &conversationId) const;
    /// One item by command id; a default record (empty commandId) when unknown.
    OutboxRecord item(const QString &commandId) const;

public Q_SLOTS:
    /// Thread: GUI. Every item of the outbox that is not acknowledged, at start (CommandPump).
    void setItems(const QList<pilothouse::models::OutboxRecord> &items);
    /// Thread: GUI. A new item or a change of state (CommandPump).
    void updateItem(const pilothouse::models::OutboxRecord &item);
    /// Thread: GUI. An item left the outbox (discarded or replaced by a retry).
    void removeItem(const QString &commandId);

Q_SIGNALS:
    void identityChanged();
    void pendingCountChanged();
    void failedCountChanged();
    /// The server (or the session) refused a command for good; `message` says why, for the user.
    void commandFailed(const QString &commandId, const QString &message);
    /// The server applied a command (its item became acknowledged): e.g. the conversation view
    /// opens the next conversation once its resolve is acknowledged.
    void commandAcked(
        const QString &commandId, pilothouse::models::Action::Value action, const QString &conversationId);
    /// An item of `conversationId` was added, changed or removed (OutboxModel listens).
    void itemChanged(const QString &conversationId, const QString &commandId);
    /// Everything was replaced (setItems).
    void itemsReset();

    // To the CommandPump (queued); the composition root connects them.
    void commandRequested(const pilothouse::models::OutboxRecord &command);
    void discardRequested(const QString &commandId);

private:
    /// Writes `command` (built from protocol/commands.h) into a new outbox item and hands it on.
    /// A command about a conversation (nothing without its id).
    QString request(
        Action::Value action, const QString &conversationId, const QString &text, const protocol::Command &command);
    /// Shown at once and handed to the outbox.
    QString enqueue(
        Action::Value action, const QString &conversationId, const QString &text, const protocol::Command &command);
    void pruneAcked();
    void recount();

    Identity *m_identity;
    QHash<QString, OutboxRecord> m_items; ///< By command id.
    QList<QString> m_order; ///< Command ids, oldest first.
    int m_pending = 0;
    int m_failed = 0;
};

} // namespace pilothouse::models
