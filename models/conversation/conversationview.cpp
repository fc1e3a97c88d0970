#include "conversationview.h"

#include "domain/transitionlines.h"

#include "domain/catalogue.h"
#include "domain/displaytext.h"
#include "domain/timetext.h"

#include "bands.h"
#include "boardmodel.h"
#include "customerconversationsmodel.h"
#include "draftlistmodel.h"
#include "orderlistmodel.h"
#include "transcriptmodel.h"
#include "workspace.h"
#include "queue/escalationqueuemodel.h"
#include "queue/sla.h"

#include <QDateTime>

#include <QLocale>

namespace pilothouse::models {

ConversationView::ConversationView(QObject *parent)
    : QObject(parent)
    , m_transcript(new TranscriptModel(this))
    , m_orders(new OrderListModel(this))
    , m_earlier(new CustomerConversationsModel(this))
    , m_drafts(new DraftListModel(this))
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    m_slaTick.setInterval(EscalationQueueModel::kTickMs);
    connect(&m_slaTick, &QTimer::timeout, this, &ConversationView::slaChanged);
}

ConversationView::~ConversationView() = default;

void ConversationView::setWorkspace(Workspace *workspace)
{
    if (workspace == m_workspace)
        return;
    if (m_workspace) {
        disconnect(m_workspace, nullptr, this, nullptr);
        disconnect(m_workspace->identity(), nullptr, this, nullptr);
    }
    m_workspace = workspace;
    if (m_workspace) {
        connect(m_workspace, &Workspace::changesFlushed, this, &ConversationView::onFlushed);
        connect(m_workspace, &Workspace::transcriptDelivered, this, &ConversationView::onTranscript);
        connect(m_workspace->identity(), &Identity::changed, this, [this] {
            refreshDrafts();
            Q_EMIT conversationChanged(); // ownedByMe
        });
        connect(m_workspace, &Workspace::draftsChanged, this, [this](const QString &conversationId) {
            if (conversationId == m_conversationId)
                refreshDrafts();
        });
    }
    m_earlier->setSourceModel(m_workspace ? m_workspace->board() : nullptr);
    Q_EMIT workspaceChanged();
    restart();
}

void ConversationView::setConversationId(const QString &id)
{
    if (id == m_conversationId)
        return;
    m_conversationId = id;
    Q_EMIT conversationIdChanged();
    restart();
}

int ConversationView::confidenceBand() const
{
    return bands::confidenceBand(m_conversation.confidence);
}

int ConversationView::sentimentBand() const
{
    return bands::sentimentBand(m_conversation.sentiment);
}

QString ConversationView::assigneeName() const
{
    return displayText(m_conversation.assigneeName.isEmpty() ? m_conversation.assignee : m_conversation.assigneeName);
}

bool ConversationView::ownedByMe() const
{
    return m_workspace && m_workspace->identity()->isMe(m_conversation.assignee);
}

QString ConversationView::escalationReasonText() const
{
    return m_conversation.escalationReason == EscalationReason::None
        ? QString()
        : catalogue::label(m_conversation.escalationReason);
}

bool ConversationView::escalationShown() const
{
    return m_conversation.escalationReason != EscalationReason::None
        && (m_conversation.status == Status::Escalated || m_conversation.status == Status::Human);
}

QString ConversationView::escalationRule() const
{
    return displayText(catalogue::ruleLabel(m_conversation.escalationRule, m_conversation.escalationRuleName));
}

SlaState::Value ConversationView::slaState() const
{
    return Sla::of(m_conversation, m_clock()).state;
}

QString ConversationView::slaText() const
{
    return Sla::of(m_conversation, m_clock()).text;
}

void ConversationView::setClock(std::function<qint64()> clock)
{
    m_clock = std::move(clock);
    Q_EMIT slaChanged();
}

void ConversationView::updateSlaTimer()
{
    // The countdown runs until a person's first reply, whoever owns the conversation.
    if (m_conversation.isEscalated() && m_conversation.slaDueAt > 0 && m_conversation.respondedAt == 0)
        m_slaTick.start();
    else
        m_slaTick.stop();
}

void ConversationView::refreshDrafts()
{
    QList<DraftRecord> drafts
        = m_workspace && ownedByMe() ? m_workspace->drafts(m_conversationId) : QList<DraftRecord> {};
    // A suggestion the owner has answered since is moot: the customer's next message brings a new one.
    if (m_conversation.lastAuthor == Author::Human)
        drafts.removeIf([this](const DraftRecord &d) { return d.at <= m_conversation.lastMessageAt; });
    m_drafts->setDrafts(drafts);
}

QString ConversationView::customerSegmentText() const
{
    return displayText(catalogue::segmentLabel(m_customer.segment));
}

QString ConversationView::lifetimeValueText() const
{
    if (m_customer.id.isEmpty())
        return {};
    // The record has no currency of its own; the orders say what the customer pays in.
    const QString currency = m_customer.orders.isEmpty() ? QString() : m_customer.orders.first().currency;
    return bands::formatMoney(m_customer.lifetimeValueCents, currency, QLocale());
}

QString ConversationView::customerSinceText() const
{
    return TimeText::monthYear(m_customer.since, QLocale());
}

void ConversationView::reload()
{
    if (!m_workspace || m_conversationId.isEmpty())
        return;
    m_awaiting = true;
    m_early.clear();
    m_workspace->requestTranscript(m_conversationId);
}

void ConversationView::restart()
{
    m_transcript->clear();
    m_early.clear();
    m_awaiting = false;
    setLoaded(false);
    m_earlier->setExcludedConversationId(m_conversationId);
    refreshRecords();
    refreshDrafts();
    reload();
}

void ConversationView::refreshRecords()
{
    const BoardModel *board = m_workspace ? m_workspace->board() : nullptr;
    const ConversationRecord *conversation = board ? board->conversation(m_conversationId) : nullptr;
    const bool found = conversation != nullptr;
    const ConversationRecord nextConversation = found ? *conversation : ConversationRecord {};
    const CustomerRecord *customer = found ? board->customer(nextConversation.customerId) : nullptr;
    const CustomerRecord nextCustomer = customer ? *customer : CustomerRecord {};

    if (nextConversation != m_conversation) {
        m_conversation = nextConversation;
        m_earlier->setCustomerId(m_conversation.customerId);
        m_transcript->setWeakestMessageId(m_conversation.weakestMessageId);
        updateSlaTimer();
        refreshDrafts();
        Q_EMIT conversationChanged();
        Q_EMIT slaChanged();
    }
    if (nextCustomer != m_customer) {
        m_customer = nextCustomer;
        m_orders->setOrders(m_customer.orders);
        Q_EMIT customerChanged();
    }
    if (found != m_found) {
        m_found = found;
        Q_EMIT foundChanged();
    }
}

void ConversationView::onFlushed(const ChangeBatch &merged)
{
    if (m_conversationId.isEmpty())
        return;
    bool touched = merged.reset;
    for (qsizetype i = 0; !touched && i < merged.conversations.size(); ++i)
        touched = merged.conversations.at(i).id == m_conversationId;
    for (qsizetype i = 0; !touched && i < merged.customers.size(); ++i)
        touched = !m_conversation.customerId.isEmpty() && merged.customers.at(i).id == m_conversation.customerId;
    if (touched)
        refreshRecords();
    for (const DraftRecord &draft : merged.drafts) {
        if (draft.conversationId == m_conversationId) {
            refreshDrafts();
            break;
        }
    }

    QList<MessageRecord> mine;
    for (const MessageRecord &message : merged.messages) {
        if (message.conversationId == m_conversationId)
            mine.append(message);
    }
    for (const TransitionRecord &transition : merged.transitions) {
        if (transition.conversationId != m_conversationId)
            continue;
        if (auto line = TransitionLines::line(transition))
            mine.append(std::move(*line));
    }
    if (m_awaiting)
        m_early += mine; // merged into the transcript when it arrives
    if (m_loaded && !mine.isEmpty())
        m_transcript->upsert(mine);

    // A snapshot replaced the cache: what was delivered before may be stale.
    if (merged.reset && m_loaded)
        reload();
}

void ConversationView::onTranscript(const QString &conversationId, const QList<MessageRecord> &messages)
{
    if (conversationId != m_conversationId || conversationId.isEmpty())
        return;
    m_transcript->setMessages(messages);
    m_transcript->upsert(m_early);
    m_early.clear();
    m_awaiting = false;
    setLoaded(true);
}

void ConversationView::setLoaded(bool loaded)
{
    if (loaded == m_loaded)
        return;
    m_loaded = loaded;
    Q_EMIT loadedChanged();
}

} // namespace pilothouse::models
