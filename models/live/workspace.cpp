#include "workspace.h"

#include "boardmodel.h"
#include "savedreplieseditor.h"
#include "savedrepliesmodel.h"
#include "teammodel.h"

#include <algorithm>

namespace pilothouse::models {

Workspace::Workspace(QObject *parent)
    : QObject(parent)
    , m_board(new BoardModel(this))
{
    // After the initialisers: both read m_identity, declared after them.
    m_team = new TeamModel(m_board, &m_identity, this);
    m_savedReplies = new SavedRepliesModel(m_board, &m_identity, this);
    m_savedRepliesEditor = new SavedRepliesEditor(this);
    m_frame.setSingleShot(true);
    m_frame.setTimerType(Qt::PreciseTimer);
    m_frame.setInterval(kCoalesceMs);
    connect(&m_frame, &QTimer::timeout, this, &Workspace::flush);
    connect(m_board, &BoardModel::countChanged, this, &Workspace::conversationCountChanged);
    // Drafts are the signed-in user's: another user's must go.
    connect(&m_identity, &Identity::changed, this, [this] {
        const QList<QString> conversations = m_drafts.keys();
        m_drafts.clear();
        for (const QString &id : conversations)
            Q_EMIT draftsChanged(id);
    });
}

Workspace::~Workspace() = default;

void Workspace::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged();
}

int Workspace::conversationCount() const
{
    return m_board->count();
}

void Workspace::requestTranscript(const QString &conversationId)
{
    if (conversationId.isEmpty())
        return;
    Q_EMIT transcriptRequested(conversationId);
    if (m_identity.signedIn())
        Q_EMIT draftsRequested(conversationId, m_identity.userName());
}

void Workspace::applyChanges(const ChangeBatch &batch)
{
    if (batch.isEmpty())
        return;
    m_pending.add(batch);
    // Started by the first pending batch only: a steady stream must not postpone the frame.
    if (!m_frame.isActive()) {
        m_frame.start();
        Q_EMIT changesPending();
    }
}

void Workspace::setBoard(const ChangeBatch &everything)
{
    m_frame.stop();
    m_pending.take();
    ChangeBatch full = everything;
    full.reset = true;
    applyMerged(full);
}

void Workspace::forgetConversations(const QString &customerId, const QStringList &conversationIds)
{
    Q_UNUSED(customerId)
    for (const QString &id : conversationIds) {
        if (m_drafts.remove(id) > 0)
            Q_EMIT draftsChanged(id);
    }
}

void Workspace::deliverTranscript(const QString &conversationId, const QList<MessageRecord> &messages)
{
    Q_EMIT transcriptDelivered(conversationId, messages);
}

void Workspace::deliverDrafts(const QString &conversationId, const QList<DraftRecord> &drafts)
{
    bool changed = false;
    for (const DraftRecord &draft : drafts) { // oldest first: the newest ends up in front
        if (draft.conversationId == conversationId)
            changed = keepDraft(draft) || changed;
    }
    if (changed)
        Q_EMIT draftsChanged(conversationId);
}

bool Workspace::keepDraft(const DraftRecord &draft)
{
    // Other users' drafts arrive with an empty text: only the owner may see a suggestion.
    if (draft.text.isEmpty() || !m_identity.isMe(draft.forUser))
        return false;
    QList<DraftRecord> &list = m_drafts[draft.conversationId];
    if (std::any_of(list.cbegin(), list.cend(), [&draft](const DraftRecord &d) { return d.id == draft.id; }))
        return false;
    // Newest first by time (the later arrival first among equals), so a cached draft delivered
    // late does not jump ahead of a live one.
    const auto at = std::find_if(list.begin(), list.end(), [&draft](const DraftRecord &d) { return d.at <= draft.at; });
    list.insert(at, draft);
    if (list.size() > kMaxDraftsPerConversation)
        list.resize(kMaxDraftsPerConversation);
    return true;
}

void Workspace::flush()
{
    m_frame.stop();
    if (m_pending.isEmpty())
        return;
    applyMerged(m_pending.take());
}

void Workspace::applyMerged(const ChangeBatch &merged)
{
    for (const DraftRecord &draft : merged.drafts)
        keepDraft(draft);
    m_board->apply(merged);
    if (merged.reset)
        setLoading(false);
    Q_EMIT changesFlushed(merged);
}

} // namespace pilothouse::models
