#pragma once
// The supervisors' editor of the team's saved replies (the configuration document `replies`,
// docs/config.md): the draft as editable rows, checked with the same parser the server uses, then
// saved and published in one step. Another supervisor's change in the meantime is a conflict the
// editor names, never a silent overwrite.

#include "tuning/savedreplies.h"

#include <QAbstractListModel>
#include <QList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace pilothouse::models {

class SavedRepliesEditor : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use Console.workspace.savedRepliesEditor")
    /// A request to the server is under way.
    Q_PROPERTY(bool busy READ busy NOTIFY stateChanged)
    /// The draft was read: the rows are the server's draft plus the edits.
    Q_PROPERTY(bool loaded READ loaded NOTIFY stateChanged)
    /// Edited since the draft was read or published.
    Q_PROPERTY(bool dirty READ dirty NOTIFY stateChanged)
    /// What happened last, in a sentence ("" for nothing to say).
    Q_PROPERTY(QString message READ message NOTIFY stateChanged)
    Q_PROPERTY(bool messageIsError READ messageIsError NOTIFY stateChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(int maxReplies READ maxReplies CONSTANT)

public:
    enum Roles {
        ReplyIdRole = Qt::UserRole + 1,
        TitleRole,
        TextRole,
        TitleErrorRole, ///< QString, "" when the title is fine.
        TextErrorRole, ///< QString, "" when the text is fine.
    };
    Q_ENUM(Roles)

    explicit SavedRepliesEditor(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    bool busy() const { return m_busy; }
    bool loaded() const { return m_loaded; }
    bool dirty() const { return m_dirty; }
    QString message() const { return m_message; }
    bool messageIsError() const { return m_messageIsError; }
    int count() const { return static_cast<int>(m_rows.size()); }
    int maxReplies() const { return static_cast<int>(tuning::kMaxSavedReplies); }

    /// Reads the draft from the server (fetchRequested).
    Q_INVOKABLE void load();
    /// Adds an empty reply at the end; returns its row, -1 at the limit.
    Q_INVOKABLE int add();
    Q_INVOKABLE void remove(int row);
    /// Moves a reply up (-1) or down (+1) in the order operators see.
    Q_INVOKABLE void move(int row, int step);
    Q_INVOKABLE void setTitle(int row, const QString &title);
    Q_INVOKABLE void setText(int row, const QString &text);
    /// Checks the rows (the server's own rules); when they pass, saves and publishes them with
    /// `note` (publishRequested). False, with the problems on the rows, when they do not.
    Q_INVOKABLE bool publish(const QString &note);
    /// Drops the edits and reads the draft again.
    Q_INVOKABLE void discard() { load(); }

    /// The rows as the document they make (the canonical JSON).
    QString documentJson() const;

public Q_SLOTS:
    void onDraft(qint64 revision, const QString &body);
    void onPublished(qint64 version, qint64 revision);
    void onConflict(const QString &message, qint64 revision, const QString &body);
    void onRefused(const QVariantList &fields);
    void onFailed(const QString &message);

Q_SIGNALS:
    void stateChanged();
    void countChanged();
    /// Wired by the account runtime to ConfigClient::fetchDraft("replies").
    void fetchRequested();
    /// Wired to ConfigClient::saveAndPublish("replies", revision, body, note).
    void publishRequested(qint64 revision, const QString &body, const QString &note);

private:
    struct Row {
        tuning::SavedReply reply;
        QString titleError;
        QString textError;
    };
    void setRows(QList<Row> rows);
    void setState(bool busy, const QString &message, bool isError);
    void markDirty(int row);
    /// Puts each field error on its row; errors about no row go to the message.
    void showErrors(const std::vector<tuning::FieldError> &errors);
    QString freshId() const;

    QList<Row> m_rows;
    qint64 m_revision = 0;
    bool m_busy = false;
    bool m_loaded = false;
    bool m_dirty = false;
    QString m_message;
    bool m_messageIsError = false;
};

} // namespace pilothouse::models
