#pragma once
// The GUI thread's view of the cache: receives ChangeBatches from the io thread (queued),
// coalesces them to at most one model update per frame, and owns the BoardModel.

#include "batchmerger.h"
#include "domain/records.h"

#include <QHash>
#include <QObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace pilothouse::models {

class BoardModel;

/// Created by the composition root (Console) and exposed as `Console.workspace`. Views that
/// need more than the board (ConversationView) listen to changesFlushed and transcriptDelivered.
class Workspace : public QObject {
    Q_OBJECT
    Q_MOC_INCLUDE("board/boardmodel.h") // moc needs the complete type of `board`
    QML_ELEMENT
    QML_UNCREATABLE("Use Console.workspace")
    Q_PROPERTY(pilothouse::models::BoardModel *board READ board CONSTANT)
    /// User name of the signed-in operator ("" offline before the first welcome).
    Q_PROPERTY(QString currentUser READ currentUser NOTIFY currentUserChanged)
    /// True until the board has been filled once (from the cache or a snapshot).
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(int conversationCount READ conversationCount NOTIFY conversationCountChanged)

public:
    /// One frame at 60 Hz: batches arriving within it are applied together.
    static constexpr int kCoalesceMs = 16;

    explicit Workspace(QObject *parent = nullptr);
    ~Workspace() override;

    BoardModel *board() const { return m_board; }
    QString currentUser() const { return m_currentUser; }
    void setCurrentUser(const QString &user);
    bool loading() const { return m_loading; }
    void setLoading(bool loading);
    int conversationCount() const;

    /// Asks the store for a conversation's messages; they come back via transcriptDelivered.
    Q_INVOKABLE void requestTranscript(const QString &conversationId);

    /// At most this many AI drafts are kept per conversation (the newest).
    static constexpr int kMaxDraftsPerConversation = 5;
    /// The AI's drafts for the current user in one conversation, newest first. Drafts are not
    /// cached on disk: they are suggestions for the moment, kept from the live stream only.
    QList<DraftRecord> drafts(const QString &conversationId) const { return m_drafts.value(conversationId); }

public Q_SLOTS:
    /// Thread: GUI (queued from the io thread's StoreWriter::changesApplied).
    void applyChanges(const pilothouse::models::ChangeBatch &batch);
    /// The initial fill from the cache (StoreWriter::boardLoaded): replaces the board at once,
    /// dropping whatever was pending (the cache already holds it).
    void setBoard(const pilothouse::models::ChangeBatch &everything);
    /// StoreWriter::transcriptLoaded, re-emitted as transcriptDelivered for the views.
    void deliverTranscript(const QString &conversationId, const QList<pilothouse::models::MessageRecord> &messages);
    /// Applies what is pending now instead of at the next frame (shutdown, tests).
    void flush();

Q_SIGNALS:
    void currentUserChanged();
    void loadingChanged();
    void conversationCountChanged();
    /// Wired by the composition root to StoreWriter::loadTranscript.
    void transcriptRequested(const QString &conversationId);
    void transcriptDelivered(const QString &conversationId, const QList<pilothouse::models::MessageRecord> &messages);
    /// After the board applied a merged batch; carries the messages for open conversations.
    void changesFlushed(const pilothouse::models::ChangeBatch &merged);

private:
    void applyMerged(const ChangeBatch &merged);

    BoardModel *m_board = nullptr;
    BatchMerger m_pending;
    QTimer m_frame;
    QString m_currentUser;
    bool m_loading = true;
    QHash<QString, QList<DraftRecord>> m_drafts; ///< conversation id -> newest first
};

} // namespace pilothouse::models
