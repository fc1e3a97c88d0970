#pragma once
// The AI's suggested replies for the owner of a conversation, shown beside the composer.

#include "domain/records.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace pilothouse::models {

/// Newest first. Filled by ConversationView with the current user's drafts only, and only while
/// that user owns the conversation (the server sends other users an empty text anyway).
class DraftListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use ConversationView.drafts")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        DraftIdRole = Qt::UserRole + 1, ///< QString.
        TextRole, ///< draftText: QString, plain text to insert into the composer.
        IntentRole, ///< QString, the intent the AI answered.
        ConfidenceRole, ///< double 0..1.
        ConfidenceBandRole, ///< int, bands::ConfidenceBand.
        TimeTextRole, ///< QString, short time.
    };
    Q_ENUM(Role)

    explicit DraftListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    int count() const { return static_cast<int>(m_drafts.size()); }

    /// Replaces the list; nothing happens when it is unchanged.
    void setDrafts(const QList<DraftRecord> &drafts);

Q_SIGNALS:
    void countChanged();

private:
    QList<DraftRecord> m_drafts;
};

} // namespace pilothouse::models
