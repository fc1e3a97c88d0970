#pragma once
// The GUI thread's view of the cache: receives ChangeBatches from the io thread (queued),
// coalesces them to at most one model update per frame, and owns the BoardModel.

#include "batchmerger.h"
#include "domain/records.h"
#include "identity.h"

#include <QHash>
#include <QObject>
#include <QStringList>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace pilothouse::models {

class BoardModel;
class SavedRepliesEditor;
class SavedRepliesModel;
class TeamModel;

/// Created by the account runtime (app/account.h) and exposed as `Console.workspace`. Views that
/// need more than the board (ConversationView) listen to changesFlushed, transcriptDelivered and
/// draftsChanged.
class Workspace : public QObject {
    Q_OBJECT
    Q_MOC_INCLUDE("board/boardmodel.h") // moc needs the complete type of `board`
    Q_MOC_INCLUDE("team/teammodel.h")
    Q_MOC_INCLUDE("team/savedrepliesmodel.h")
    Q_MOC_INCLUDE("team/savedreplieseditor.h")
    QML_ELEMENT
    QML_UNCREATABLE("Use Console.workspace")
    Q_PROPERTY(pilothouse::models::BoardModel *board READ board CONSTANT)
    /// Who is signed in (empty offline before the first welcome): decides what is "mine".
    Q_PROPERTY(pilothouse::models::Identity *identity READ identity CONSTANT)
    /// The colleagues, their presence and load (the team view, assignment).
    Q_PROPERTY(pilothouse::models::TeamModel *team READ team CONSTANT)
    /// The team's saved replies (the composer's picker).
    Q_PROPERTY(pilothouse::models::SavedRepliesModel *savedReplies READ savedReplies CONSTANT)
    /// The supervisors' editor of the saved replies.
    Q_PROPERTY(pilothouse::models::SavedRepliesEditor *savedRepliesEditor READ savedRepliesEditor CONSTANT)
    /// True until the board has been filled once (from the cache or a snapshot).
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(int conversationCount READ conversationCount NOTIFY conversationCountChanged)

public:
    /// One frame at 60 Hz: batches arriving within it are applied together.
    static constexpr int kCoalesceMs = 16;

    explicit Workspace(QObject *parent = nullptr);
    ~Workspace() override;

    BoardModel *board() const { return m_board; }
    TeamModel *team() const { return m_team; }
    SavedRepliesModel *savedReplies() const { return m_savedReplies; }
    SavedRepliesEditor *savedRepliesEditor() const { return m_savedRepliesEditor; }
    Identity *identity() { return &m_identity; }
    const Identity *identity() const { return &m_identity; }
    bool loading() const { return m_loading; }
    void setLoading(bool loading);
    int conversationCount() const;

    /// Asks the store for a conversation's messages (transcriptDelivered) and the signed-in
    /// user's drafts in it (draftsChanged).
    Q_INVOKABLE void requestTranscript(const QString &conversationId);

    /// At most this many AI drafts are kept per conversation (the newest).
    static constexpr int kMaxDraftsPerConversation = 5;
    /// The AI's drafts for the signed-in user in one conversation, newest first: those the cache
    /// kept (so they survive a restart) and those that arrived since.
    QList<DraftRecord> drafts(const QString &conversationId) const { return m_drafts.value(conversationId); }

public Q_SLOTS:
    /// Thread: GUI (queued from the io thread's StoreWriter::changesApplied).
    void applyChanges(const pilothouse::models::ChangeBatch &batch);
    /// The initial fill from the cache (StoreWriter::boardLoaded): replaces the board at once,
    /// dropping whatever was pending (the cache already holds it).
    void setBoard(const pilothouse::models::ChangeBatch &everything);
    /// StoreWriter::transcriptLoaded, re-emitted as transcriptDelivered for the views.
    void deliverTranscript(const QString &conversationId, const QList<pilothouse::models::MessageRecord> &messages);
    /// StoreWriter::draftsLoaded: the cached drafts join those from the stream.
    void deliverDrafts(const QString &conversationId, const QList<pilothouse::models::DraftRecord> &drafts);
    /// Applies what is pending now instead of at the next frame (shutdown, tests).
    void flush();
    /// StoreWriter::customerErased: the AI's drafts kept for these conversations go (the board
    /// follows with boardLoaded, an open ConversationView with it).
    void forgetConversations(const QString &customerId, const QStringList &conversationIds);

Q_SIGNALS:
    void loadingChanged();
    void conversationCountChanged();
    /// Wired by the account runtime to StoreWriter::loadTranscript and loadDrafts.
    void transcriptRequested(const QString &conversationId);
    void draftsRequested(const QString &conversationId, const QString &forUser);
    /// The drafts of a conversation changed (cached ones delivered, new ones arrived).
    void draftsChanged(const QString &conversationId);
    void transcriptDelivered(const QString &conversationId, const QList<pilothouse::models::MessageRecord> &messages);
    /// After the board applied a merged batch; carries the messages for open conversations.
    void changesFlushed(const pilothouse::models::ChangeBatch &merged);
    /// A batch waits to be applied (the first since the last flush): a window may ask for a frame
    /// and flush() just before it lays the frame out (app/framepacer.h); otherwise the frame
    /// timer applies it within kCoalesceMs.
    void changesPending();

private:
    void applyMerged(const ChangeBatch &merged);
    /// Adds a draft for the signed-in user, newest first, at most kMaxDraftsPerConversation.
    bool keepDraft(const DraftRecord &draft);

    BoardModel *m_board = nullptr;
    TeamModel *m_team = nullptr;
    SavedRepliesModel *m_savedReplies = nullptr;
    SavedRepliesEditor *m_savedRepliesEditor = nullptr;
    BatchMerger m_pending;
    QTimer m_frame;
    Identity m_identity;
    bool m_loading = true;
    QHash<QString, QList<DraftRecord>> m_drafts; ///< conversation id -> newest first
};

} // namespace pilothouse::models
