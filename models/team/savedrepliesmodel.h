#pragma once
// The team's saved replies in force (the configuration document `replies`, docs/config.md), as the
// composer's picker lists them: filtered by what the operator types, filled in for the open
// conversation when one is inserted.

#include "tuning/savedreplies.h"

#include <QAbstractListModel>
#include <QList>
#include <QtQml/qqmlregistration.h>

namespace pilothouse::models {

class BoardModel;
class Identity;

/// Owned by the Workspace (`Console.workspace.savedReplies`). Until the cache holds a published
/// version it lists version 0, the built-in replies every server starts with.
class SavedRepliesModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use Console.workspace.savedReplies")
    /// Words that every listed reply holds in its title or text (case and accents ignored).
    Q_PROPERTY(QString filter READ filter WRITE setFilter NOTIFY filterChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    /// Replies in the document, whatever the filter.
    Q_PROPERTY(int total READ total NOTIFY documentChanged)
    Q_PROPERTY(qint64 version READ version NOTIFY documentChanged)

public:
    enum Roles {
        ReplyIdRole = Qt::UserRole + 1, ///< QString.
        TitleRole, ///< QString, written by a supervisor: plain text.
        TextRole, ///< QString with its placeholders, plain text.
        PreviewRole, ///< QString, the text on one line.
    };
    Q_ENUM(Roles)

    SavedRepliesModel(BoardModel *board, Identity *identity, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString filter() const { return m_filter; }
    void setFilter(const QString &filter);
    int count() const { return static_cast<int>(m_shown.size()); }
    int total() const { return static_cast<int>(m_replies.replies.size()); }
    qint64 version() const { return m_version; }

    /// A published version from the cache (StoreWriter::savedRepliesLoaded). A body that does not
    /// parse is ignored (the replies shown stay as they were) and the problem returned, for the
    /// log; "" when it was taken.
    QString setDocument(qint64 version, const QString &body);
    /// Back to version 0 (another cache, another account).
    void resetToBuiltIn();

    /// The reply's text filled in for the conversation: the customer's name and latest order,
    /// the signed-in user's name. Placeholders without a value stay as written. "" for an
    /// unknown reply id.
    Q_INVOKABLE QString fill(const QString &replyId, const QString &conversationId) const;
    /// The placeholders `text` still holds ("{order.id}, {customer.firstName}"), "" when none:
    /// what the operator must fill in before sending.
    Q_INVOKABLE QString unfilled(const QString &text) const;

Q_SIGNALS:
    void filterChanged();
    void countChanged();
    void documentChanged();

private:
    void refilter();

    BoardModel *m_board;
    Identity *m_identity;
    tuning::SavedReplies m_replies;
    QList<int> m_shown; ///< Indexes into m_replies.replies that match the filter.
    QString m_filter;
    qint64 m_version = 0;
};

} // namespace pilothouse::models
