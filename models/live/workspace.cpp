#include "workspace.h"

#include "boardmodel.h"

namespace pilothouse::models {

Workspace::Workspace(QObject *parent)
    : QObject(parent)
    , m_board(new BoardModel(this))
{
    m_frame.setSingleShot(true);
    m_frame.setTimerType(Qt::PreciseTimer);
    m_frame.setInterval(kCoalesceMs);
    connect(&m_frame, &QTimer::timeout, this, &Workspace::flush);
    connect(m_board, &BoardModel::countChanged, this, &Workspace::conversationCountChanged);
}

Workspace::~Workspace() = default;

void Workspace::setCurrentUser(const QString &user)
{
    if (user == m_currentUser)
        return;
    m_currentUser = user;
    m_drafts.clear(); // they were somebody else's
    Q_EMIT currentUserChanged();
}

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
    if (!conversationId.isEmpty())
        Q_EMIT transcriptRequested(conversationId);
}

void Workspace::applyChanges(const ChangeBatch &batch)
{
    if (batch.isEmpty())
        return;
    m_pending.add(batch);
    // Started by the first pending batch only: a steady stream must not postpone the frame.
    if (!m_frame.isActive())
        m_frame.start();
}

void Workspace::setBoard(const ChangeBatch &everything)
{
    m_frame.stop();
    m_pending.take();
    ChangeBatch full = everything;
    full.reset = true;
    applyMerged(full);
}

void Workspace::deliverTranscript(const QString &conversationId, const QList<MessageRecord> &messages)
{
    Q_EMIT transcriptDelivered(conversationId, messages);
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
    for (const DraftRecord &draft : merged.drafts) {
        // Other users' drafts arrive with an empty text: only the owner may see a suggestion.
        if (draft.text.isEmpty() || draft.forUser != m_currentUser)
            continue;
        QList<DraftRecord> &list = m_drafts[draft.conversationId];
        list.removeIf([&draft](const DraftRecord &d) { return d.id == draft.id; });
        list.prepend(draft);
        if (list.size() > kMaxDraftsPerConversation)
            list.resize(kMaxDraftsPerConversation);
    }
    m_board->apply(merged);
    if (merged.reset)
        setLoading(false);
    Q_EMIT changesFlushed(merged);
}

} // namespace pilothouse::models
