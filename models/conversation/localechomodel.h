#pragma once
// The composer's local echo without the items the transcript already shows: a reply leaves the
// echo the moment the server's message (id "m-" + command id) arrives, so it is never shown twice.

#include <QPointer>
#include <QSortFilterProxyModel>
#include <QtQml/qqmlregistration.h>

namespace pilothouse::models {

class TranscriptModel;

/// `LocalEchoModel { transcript: view.transcript; sourceModel: OutboxModel { ... } }`. Reads the
/// source's `messageId` role by name, so it works over any model that has one.
class LocalEchoModel : public QSortFilterProxyModel {
    Q_OBJECT
    Q_MOC_INCLUDE("conversation/transcriptmodel.h")
    QML_ELEMENT
    Q_PROPERTY(
        pilothouse::models::TranscriptModel *transcript READ transcript WRITE setTranscript NOTIFY transcriptChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    explicit LocalEchoModel(QObject *parent = nullptr);

    TranscriptModel *transcript() const { return m_transcript; }
    void setTranscript(TranscriptModel *transcript);
    int count() const { return rowCount(); }
    void setSourceModel(QAbstractItemModel *model) override;

Q_SIGNALS:
    void transcriptChanged();
    void countChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void refilter();

    QPointer<TranscriptModel> m_transcript;
    int m_messageIdRole = -1;
};

} // namespace pilothouse::models
