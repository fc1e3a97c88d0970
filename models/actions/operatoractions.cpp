#include "actions/operatoractions.h"

#include "domain/catalogue.h"
#include "protocol/codec.h"

#include "protocol/commands.h"

#include <QDateTime>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;
namespace commands = pilothouse::protocol::commands;

namespace pilothouse::models {
namespace {

bool isOpen(Status::Value status)
{
    return status != Status::Resolved;
}

/// A new command id: a UUID, kept across every resend of that command.
std::string newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
}

} // namespace

OperatorActions::OperatorActions(Identity *identity, QObject *parent)
    : QObject(parent)
    , m_identity(identity)
{
    Q_ASSERT(identity);
    connect(identity, &Identity::changed, this, &OperatorActions::identityChanged);
    qRegisterMetaType<OutboxRecord>("pilothouse::models::OutboxRecord");
    qRegisterMetaType<QList<OutboxRecord>>("QList<pilothouse::models::OutboxRecord>");
}

OperatorActions::~OperatorActions() = default;

int OperatorActions::pendingCount() const
{
    return m_pending;
}
int OperatorActions::failedCount() const
{
    return m_failed;
}

bool OperatorActions::offers(Action::Value action, Status::Value status) const
{
    // A viewer reads: no action is offered, not even greyed out.
    if (!m_identity->operates())
        return false;
    switch (action) {
    case Action::TakeOver:
        return status == Status::Ai || status == Status::Escalated;
    case Action::HandBack:
    case Action::Send:
        return status == Status::Human;
    case Action::Resolve:
        return isOpen(status);
    case Action::Whisper:
        return m_identity->lead() && status == Status::Ai;
    case Action::Transfer:
        return m_identity->lead() && isOpen(status);
    case Action::Note:
    case Action::Judge:
        return true;
    case Action::EraseCustomer:
        return m_identity->role() == Role::Admin;
    case Action::SetPresence:
        return true;
    case Action::Merge:
        return m_identity->lead() && isOpen(status);
    }
    return false;
}

bool OperatorActions::can(Action::Value action, Status::Value status, const QString &assignee) const
{
    if (!m_identity->signedIn() || !m_identity->operates())
        return false;
    const bool mine = m_identity->isMe(assignee);
    switch (action) {
    case Action::TakeOver:
        // Compare-and-set on the server: only a conversation nobody owns can be taken; a
        // supervisor moves an owned one with transfer instead (the server answers conflict).
        return assignee.isEmpty() && (status == Status::Ai || status == Status::Escalated);
    case Action::HandBack:
    case Action::Send:
        return mine && status == Status::Human;
    case Action::Resolve:
        return isOpen(status) && (mine || (assignee.isEmpty() && m_identity->lead()));
    case Action::Whisper:
        return m_identity->lead() && status == Status::Ai;
    case Action::Transfer:
        return m_identity->lead() && isOpen(status);
    case Action::Note:
    case Action::Judge:
        return true;
    case Action::EraseCustomer:
        return m_identity->role() == Role::Admin;
    case Action::SetPresence:
        return true;
    case Action::Merge:
        return m_identity->lead() && isOpen(status);
    }
    return false;
}

bool OperatorActions::canMerge(Status::Value status, Status::Value intoStatus) const
{
    return can(Action::Merge, intoStatus, {}) && isOpen(status);
}

QString OperatorActions::request(
    Action::Value action, const QString &conversationId, const QString &text, const protocol::Command &command)
{
    if (conversationId.isEmpty())
        return {};
    return enqueue(action, conversationId, text, command);
}

QString OperatorActions::enqueue(
    Action::Value action, const QString &conversationId, const QString &text, const protocol::Command &command)
{
    // A viewer's command would only come back refused: none is written. (An unknown role is let
    // through: offline, before the first welcome, the role is not known yet and the server decides.)
    if (m_identity->role() == Role::Viewer)
        return {};
    OutboxRecord record;
    record.commandId = QString::fromStdString(command.id);
    record.action = action;
    record.conversationId = conversationId;
    record.text = text;
    record.args = QString::fromStdString(protocol::encodeJson(command.args));
    record.state = OutboxState::Pending;
    record.createdAt = QDateTime::currentMSecsSinceEpoch();
    // Shown at once (local echo); the pump writes it durably before anything is sent.
    updateItem(record);
    Q_EMIT commandRequested(record);
    return record.commandId;
}

QString OperatorActions::eraseCustomer(const QString &conversationId, const QString &customerId)
{
    if (customerId.isEmpty())
        return {};
    // Filed under the conversation it was asked from; the erasure takes that row out of the
    // outbox with the customer's other commands once it is done.
    return request(Action::EraseCustomer, conversationId, {},
        commands::EraseCustomer {customerId.toStdString()}.toCommand(newId()));
}

QString OperatorActions::takeOver(const QString &conversationId)
{
    return request(
        Action::TakeOver, conversationId, {}, commands::TakeOver {conversationId.toStdString()}.toCommand(newId()));
}

QString OperatorActions::handBack(const QString &conversationId, const QString &note)
{
    return request(Action::HandBack, conversationId, {},
        commands::HandBack {conversationId.toStdString(), note.trimmed().toStdString()}.toCommand(newId()));
}

QString OperatorActions::resolve(const QString &conversationId, Outcome::Value outcome, const QString &note)
{
    const auto wire = catalogue::toProtocol(outcome);
    if (!wire)
        return {};
    return request(Action::Resolve, conversationId, {},
        commands::Resolve {conversationId.toStdString(), *wire, note.trimmed().toStdString()}.toCommand(newId()));
}

QString OperatorActions::whisper(const QString &conversationId, const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    return request(Action::Whisper, conversationId, trimmed,
        commands::Whisper {conversationId.toStdString(), trimmed.toStdString()}.toCommand(newId()));
}

QString OperatorActions::sendReply(const QString &conversationId, const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    return request(Action::Send, conversationId, trimmed,
        commands::SendMessage {conversationId.toStdString(), trimmed.toStdString()}.toCommand(newId()));
}

QString OperatorActions::addNote(const QString &conversationId, const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    return request(Action::Note, conversationId, trimmed,
        commands::AddNote {conversationId.toStdString(), trimmed.toStdString()}.toCommand(newId()));
}

QString OperatorActions::judge(const QString &conversationId, const QString &messageId, bool correct,
    ReviewReason::Value reason, const QString &note)
{
    if (messageId.isEmpty())
        return {};
    commands::JudgeMessage judge {messageId.toStdString(), correct, note.trimmed().toStdString()};
    if (!correct)
        judge.category = catalogue::toProtocol(reason);
    return request(Action::Judge, conversationId, {}, judge.toCommand(newId()));
}

QString OperatorActions::setPresence(Presence::Value presence)
{
    const auto wire = catalogue::toProtocol(presence);
    if (!wire || *wire == protocol::Presence::Offline || !m_identity->signedIn())
        return {};
    // About the user, not a conversation: filed under none.
    return enqueue(Action::SetPresence, {}, {}, commands::SetPresence {*wire}.toCommand(newId()));
}

QString OperatorActions::transfer(const QString &conversationId, const QString &toUser)
{
    const QString user = toUser.trimmed();
    if (user.isEmpty())
        return {};
    return request(Action::Transfer, conversationId, {},
        commands::Transfer {conversationId.toStdString(), user.toStdString()}.toCommand(newId()));
}

QString OperatorActions::merge(const QString &conversationId, const QString &intoConversationId)
{
    if (conversationId.isEmpty() || intoConversationId.isEmpty() || conversationId == intoConversationId)
        return {};
    return request(Action::Merge, intoConversationId, {},
        commands::Merge {conversationId.toStdString(), intoConversationId.toStdString()}.toCommand(newId()));
}

void OperatorActions::retry(const QString &commandId)
{
    const auto it = m_items.constFind(commandId);
    if (it == m_items.cend() || it->state != OutboxState::Failed)
        return;
    OutboxRecord again = *it;
    again.commandId = QString::fromStdString(newId()); // the args are the same action's
    again.state = OutboxState::Pending;
    again.errorCode.clear();
    again.error.clear();
    again.attempts = 0;
    again.createdAt = QDateTime::currentMSecsSinceEpoch();
    // New item first, so the composer never shows neither.
    updateItem(again);
    Q_EMIT commandRequested(again);
    discard(commandId);
}

void OperatorActions::discard(const QString &commandId)
{
    const auto it = m_items.constFind(commandId);
    if (it == m_items.cend() || it->state != OutboxState::Failed)
        return;
    removeItem(commandId);
    Q_EMIT discardRequested(commandId);
}

QList<OutboxRecord> OperatorActions::items(const QString &conversationId) const
{
    QList<OutboxRecord> result;
    for (const QString &id : m_order) {
        const OutboxRecord &record = m_items[id];
        if (record.conversationId == conversationId)
            result.append(record);
    }
    return result;
}

OutboxRecord OperatorActions::item(const QString &commandId) const
{
    return m_items.value(commandId);
}

void OperatorActions::setItems(const QList<OutboxRecord> &items)
{
    // Keep what was requested here but is not written yet (it follows as updateItem).
    QHash<QString, OutboxRecord> kept;
    for (const auto &[id, record] : m_items.asKeyValueRange()) {
        if (record.state == OutboxState::Pending && record.attempts == 0)
            kept.insert(id, record);
    }
    m_items.clear();
    m_order.clear();
    for (const OutboxRecord &record : items) {
        m_items.insert(record.commandId, record);
        m_order.append(record.commandId);
        kept.remove(record.commandId);
    }
    for (const OutboxRecord &record : std::as_const(kept)) {
        m_items.insert(record.commandId, record);
        m_order.append(record.commandId);
    }
    std::stable_sort(m_order.begin(), m_order.end(),
        [this](const QString &a, const QString &b) { return m_items[a].createdAt < m_items[b].createdAt; });
    recount();
    Q_EMIT itemsReset();
}

void OperatorActions::updateItem(const OutboxRecord &item)
{
    if (item.commandId.isEmpty())
        return;
    auto it = m_items.find(item.commandId);
    const bool failedNow
        = item.state == OutboxState::Failed && (it == m_items.end() || it->state != OutboxState::Failed);
    const bool ackedNow = item.state == OutboxState::Acked && (it == m_items.end() || it->state != OutboxState::Acked);
    if (it == m_items.end()) {
        m_items.insert(item.commandId, item);
        m_order.append(item.commandId);
    } else {
        *it = item;
    }
    if (item.state == OutboxState::Acked)
        pruneAcked();
    recount();
    Q_EMIT itemChanged(item.conversationId, item.commandId);
    if (failedNow)
        Q_EMIT commandFailed(item.commandId, item.error);
    if (ackedNow)
        Q_EMIT commandAcked(item.commandId, item.action, item.conversationId);
}

void OperatorActions::removeItem(const QString &commandId)
{
    const auto it = m_items.constFind(commandId);
    if (it == m_items.cend())
        return;
    const QString conversationId = it->conversationId;
    m_items.erase(it);
    m_order.removeOne(commandId);
    recount();
    Q_EMIT itemChanged(conversationId, commandId);
}

void OperatorActions::pruneAcked()
{
    qsizetype acked = 0;
    for (const QString &id : std::as_const(m_order))
        acked += m_items[id].state == OutboxState::Acked ? 1 : 0;
    for (qsizetype i = 0; acked > kKeptAcked && i < m_order.size();) {
        const QString id = m_order.at(i);
        if (m_items[id].state != OutboxState::Acked) {
            ++i;
            continue;
        }
        const QString conversationId = m_items[id].conversationId;
        m_items.remove(id);
        m_order.removeAt(i);
        --acked;
        Q_EMIT itemChanged(conversationId, id);
    }
}

void OperatorActions::recount()
{
    int pending = 0;
    int failed = 0;
    for (const OutboxRecord &record : std::as_const(m_items)) {
        if (record.state == OutboxState::Pending || record.state == OutboxState::Inflight)
            ++pending;
        else if (record.state == OutboxState::Failed)
            ++failed;
    }
    if (pending != m_pending) {
        m_pending = pending;
        Q_EMIT pendingCountChanged();
    }
    if (failed != m_failed) {
        m_failed = failed;
        Q_EMIT failedCountChanged();
    }
}

} // namespace pilothouse::models
