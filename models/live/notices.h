#pragma once
// The one notice surface: every subsystem's problem for the user (a keychain that cannot keep the
// sign-in, a damaged cache that was replaced, an action the server refused, ...) as a list the
// views show as banners, several at once, each dismissable on its own.

#include "domain/enums.h"

#include <QAbstractListModel>
#include <QList>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace pilothouse::models {

/// Thread: GUI. Exposed as `Console.notices`. Notices are sentences already in the user's
/// language; a notice of the same topic replaces the earlier one (the Recovery topic keeps all).
class Notices : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use Console.notices")
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    /// Every notice's text, oldest first, one after the other: for the one line a page has room for.
    Q_PROPERTY(QString summary READ summary NOTIFY countChanged)
    /// The most severe notice's severity (Info when there is none).
    Q_PROPERTY(pilothouse::models::Severity::Value highestSeverity READ highestSeverity NOTIFY countChanged)

public:
    /// What a notice is about: decides which one replaces which, and which go when the session
    /// is welcomed again.
    enum Topic {
        Connection, ///< The session stopped for good (certificate, address, upgrade).
        Keychain, ///< The sign-in could not be stored or read.
        Storage, ///< The cache or the outbox failed.
        Recovery, ///< A damaged cache or outbox was replaced (several are kept).
        Command, ///< The server refused an action (gone at the next welcome).
        Cache, ///< What the cache can show offline.
        Settings, ///< The settings file, or some of its values, could not be read.
        Deadlines, ///< Conversations in the queue passed their first-reply deadline (posted by the workspace page).
    };
    Q_ENUM(Topic)

    enum Role {
        NoticeIdRole = Qt::UserRole + 1, ///< int, for dismiss().
        SeverityRole, ///< Severity::Value.
        TextRole, ///< QString, the sentence (plain text).
        TopicRole, ///< Topic.
    };
    Q_ENUM(Role)

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    int count() const { return int(m_notices.size()); }
    QString summary() const;
    Severity::Value highestSeverity() const;

    /// Shows `text` (nothing for an empty one); returns the notice's id. Invokable for the notices
    /// only the views know of (Deadlines).
    Q_INVOKABLE int post(
        pilothouse::models::Notices::Topic topic, pilothouse::models::Severity::Value severity, const QString &text);
    /// Removes one notice (the banner's Dismiss).
    Q_INVOKABLE void dismiss(int noticeId);
    /// Removes every notice of `topic`.
    Q_INVOKABLE void clear(pilothouse::models::Notices::Topic topic);
    Q_INVOKABLE void clearAll();
    /// The text of the newest notice of `topic`, "" when there is none (tests, diagnostics).
    QString text(Topic topic) const;

Q_SIGNALS:
    void countChanged();

private:
    struct Notice {
        int id;
        Topic topic;
        Severity::Value severity;
        QString text;
    };
    void removeAt(int row);

    QList<Notice> m_notices;
    int m_nextId = 1;
};

} // namespace pilothouse::models
