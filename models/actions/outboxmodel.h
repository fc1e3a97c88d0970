#pragma once
// The local echo of one conversation's commands (replies, notes, whispers) for the composer:
// pending, sent or failed, with the reason and a retry.

#include <QAbstractListModel>
#include <QPointer>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace pilothouse::models {

class OperatorActions;

/// Instantiable: `OutboxModel { actions: Console.actions; conversationId: id }`. One row per
/// text-bearing command (catalogue::isEchoed: reply, note, whisper) of the conversation,
/// oldest first. A reply stays as "sent" once acked; the server's message.created carries the
/// id in `messageId`, so the transcript can hide the echo once it holds the real message.
class OutboxModel : public QAbstractListModel {
    Q_OBJECT
    Q_MOC_INCLUDE("actions/operatoractions.h")
    QML_ELEMENT
    Q_PROPERTY(pilothouse::models::OperatorActions *actions READ actions WRITE setActions NOTIFY actionsChanged)
    Q_PROPERTY(QString conversationId READ conversationId WRITE setConversationId NOTIFY conversationIdChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        CommandIdRole = Qt::UserRole + 1, ///< commandId: the client-made command id.
        ActionRole, ///< action: Action::Send, Note or Whisper.
        TextRole, ///< text: what the operator wrote (plain text).
        StateRole, ///< state: OutboxState Pending (queued or on its way), Acked (sent) or Failed.
        ErrorRole, ///< error: the server's reason for a failed item, else "".
        AtRole, ///< at: when it was written, ms since epoch.
        MessageIdRole, ///< messageId: id of the message the server creates ("m-" + commandId for a reply).
    };
    Q_ENUM(Role)

    explicit OutboxModel(QObject *parent = nullptr);

    OperatorActions *actions() const { return m_actions; }
    void setActions(OperatorActions *actions);
    QString conversationId() const { return m_conversationId; }
    void setConversationId(const QString &conversationId);
    int count() const { return int(m_ids.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void actionsChanged();
    void conversationIdChanged();
    void countChanged();

private:
    void reload();
    void onItemChanged(const QString &conversationId, const QString &commandId);

    QPointer<OperatorActions> m_actions;
    QString m_conversationId;
    QStringList m_ids; ///< Command ids shown, oldest first.
};

} // namespace pilothouse::models
