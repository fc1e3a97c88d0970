#pragma once
// Everything the conversation page shows about one conversation: its live transcript, the
// conversation's summary, the customer panel (profile, orders, earlier conversations).

#include "domain/records.h"

#include "domain/displaytext.h"
#include "domain/intents.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

#include <functional>

namespace pilothouse::models {

class CustomerConversationsModel;
class DraftListModel;
class OrderListModel;
class TranscriptModel;
class Workspace;

/// Instantiable from QML: `ConversationView { workspace: Console.workspace; conversationId: id }`.
/// Requests the transcript when both are set and keeps it live: messages of this conversation
/// in later batches are appended (deduplicated by id), and those that arrive before the
/// transcript are kept and merged into it.
class ConversationView : public QObject {
    Q_OBJECT
    // moc needs the complete types of pointer properties; users of this header do not.
    Q_MOC_INCLUDE("live/workspace.h")
    Q_MOC_INCLUDE("conversation/transcriptmodel.h")
    Q_MOC_INCLUDE("conversation/orderlistmodel.h")
    Q_MOC_INCLUDE("conversation/customerconversationsmodel.h")
    Q_MOC_INCLUDE("conversation/draftlistmodel.h")
    QML_ELEMENT
    Q_PROPERTY(pilothouse::models::Workspace *workspace READ workspace WRITE setWorkspace NOTIFY workspaceChanged)
    Q_PROPERTY(QString conversationId READ conversationId WRITE setConversationId NOTIFY conversationIdChanged)
    Q_PROPERTY(pilothouse::models::TranscriptModel *transcript READ transcript CONSTANT)
    Q_PROPERTY(pilothouse::models::OrderListModel *orders READ orders CONSTANT)
    Q_PROPERTY(pilothouse::models::CustomerConversationsModel *earlierConversations READ earlierConversations CONSTANT)
    /// The AI's suggested replies for the current user, only while that user owns the conversation.
    Q_PROPERTY(pilothouse::models::DraftListModel *drafts READ drafts CONSTANT)
    /// The transcript has been delivered from the cache.
    Q_PROPERTY(bool loaded READ loaded NOTIFY loadedChanged)
    /// The conversation is on the board (false for an unknown id, or until the board has it).
    Q_PROPERTY(bool found READ found NOTIFY foundChanged)

    Q_PROPERTY(QString subject READ subject NOTIFY conversationChanged)
    Q_PROPERTY(pilothouse::models::Status::Value status READ status NOTIFY conversationChanged)
    Q_PROPERTY(pilothouse::models::Channel::Value channel READ channel NOTIFY conversationChanged)
    Q_PROPERTY(pilothouse::models::Kind::Value kind READ kind NOTIFY conversationChanged)
    Q_PROPERTY(QString intent READ intent NOTIFY conversationChanged)
    /// 0..1 of the last AI reply, -1 when there is none.
    Q_PROPERTY(double confidence READ confidence NOTIFY conversationChanged)
    Q_PROPERTY(int confidenceBand READ confidenceBand NOTIFY conversationChanged)
    Q_PROPERTY(double sentiment READ sentiment NOTIFY conversationChanged)
    Q_PROPERTY(int sentimentBand READ sentimentBand NOTIFY conversationChanged)
    Q_PROPERTY(int priority READ priority NOTIFY conversationChanged)
    Q_PROPERTY(QString assignee READ assignee NOTIFY conversationChanged)
    /// Display name of the owner (the user name when the server sent none), "" if nobody owns it.
    Q_PROPERTY(QString assigneeName READ assigneeName NOTIFY conversationChanged)
    /// The current user owns the conversation.
    Q_PROPERTY(bool ownedByMe READ ownedByMe NOTIFY conversationChanged)
    /// Why it was escalated; None when it was not.
    Q_PROPERTY(
        pilothouse::models::EscalationReason::Value escalationReason READ escalationReason NOTIFY conversationChanged)
    /// Translated label of the reason ("Asked for a person"), "" when it was not escalated.
    Q_PROPERTY(QString escalationReasonText READ escalationReasonText NOTIFY conversationChanged)
    /// The escalation (reason, rule, SLA) is worth showing: escalated, or owned after an escalation.
    Q_PROPERTY(bool escalationShown READ escalationShown NOTIFY conversationChanged)
    Q_PROPERTY(QString escalationRule READ escalationRule NOTIFY conversationChanged)
    Q_PROPERTY(QString escalationRuleCode READ escalationRuleCode NOTIFY conversationChanged)
    Q_PROPERTY(int escalationPriority READ escalationPriority NOTIFY conversationChanged)
    /// ms since epoch, 0 when there is no SLA.
    Q_PROPERTY(qint64 slaDueAt READ slaDueAt NOTIFY conversationChanged)
    /// None unless escalated and waiting. Ticks every second while it runs.
    Q_PROPERTY(pilothouse::models::SlaState::Value slaState READ slaState NOTIFY slaChanged)
    /// "2:14 left", "3 min over"; "" when no SLA runs.
    Q_PROPERTY(QString slaText READ slaText NOTIFY slaChanged)
    /// ms since epoch, 0 when nobody waits.
    Q_PROPERTY(qint64 waitingSince READ waitingSince NOTIFY conversationChanged)

    Q_PROPERTY(QString customerId READ customerId NOTIFY conversationChanged)
    Q_PROPERTY(QString customerName READ customerName NOTIFY customerChanged)
    Q_PROPERTY(QString customerEmail READ customerEmail NOTIFY customerChanged)
    Q_PROPERTY(bool customerVip READ customerVip NOTIFY customerChanged)
    /// The customer's segment in words ("Returning"); an unknown segment as the server sent it.
    Q_PROPERTY(QString customerSegmentText READ customerSegmentText NOTIFY customerChanged)
    /// Formatted with the default QLocale in the currency of the customer's orders.
    Q_PROPERTY(QString lifetimeValueText READ lifetimeValueText NOTIFY customerChanged)
    /// Month and year, e.g. "March 2021"; "" when unknown.
    Q_PROPERTY(QString customerSinceText READ customerSinceText NOTIFY customerChanged)
    Q_PROPERTY(int orderCount READ orderCount NOTIFY customerChanged)

public:
    explicit ConversationView(QObject *parent = nullptr);
    ~ConversationView() override;

    Workspace *workspace() const { return m_workspace; }
    void setWorkspace(Workspace *workspace);
    QString conversationId() const { return m_conversationId; }
    void setConversationId(const QString &id);
    TranscriptModel *transcript() const { return m_transcript; }
    OrderListModel *orders() const { return m_orders; }
    CustomerConversationsModel *earlierConversations() const { return m_earlier; }
    DraftListModel *drafts() const { return m_drafts; }
    bool loaded() const { return m_loaded; }
    bool found() const { return m_found; }

    QString subject() const { return displayText(m_conversation.subject); }
    Status::Value status() const { return m_conversation.status; }
    Channel::Value channel() const { return m_conversation.channel; }
    Kind::Value kind() const { return m_conversation.kind; }
    QString intent() const { return intents::label(displayText(m_conversation.intent)); }
    double confidence() const { return m_conversation.confidence.value_or(-1.0); }
    int confidenceBand() const;
    double sentiment() const { return m_conversation.sentiment; }
    int sentimentBand() const;
    int priority() const { return m_conversation.priority; }
    QString assignee() const { return m_conversation.assignee; }
    QString assigneeName() const;
    bool ownedByMe() const;
    EscalationReason::Value escalationReason() const { return m_conversation.escalationReason; }
    QString escalationReasonText() const;
    bool escalationShown() const;
    /// The rule that fired, in words (catalogue::ruleLabel); escalationRuleCode is its id.
    QString escalationRule() const;
    QString escalationRuleCode() const { return displayText(m_conversation.escalationRule); }
    int escalationPriority() const { return m_conversation.escalationPriority; }
    qint64 slaDueAt() const { return m_conversation.slaDueAt; }
    SlaState::Value slaState() const;
    QString slaText() const;
    /// Tests inject a clock for the SLA; the default reads the system clock.
    void setClock(std::function<qint64()> clock);
    qint64 waitingSince() const { return m_conversation.waitingSince.value_or(0); }

    QString customerId() const { return m_conversation.customerId; }
    QString customerName() const { return displayText(m_customer.name); }
    QString customerEmail() const { return displayText(m_customer.email); }
    bool customerVip() const { return m_customer.vip; }
    QString customerSegmentText() const;
    QString lifetimeValueText() const;
    QString customerSinceText() const;
    int orderCount() const { return static_cast<int>(m_customer.orders.size()); }

    /// Asks for the transcript again (e.g. after the cache was replaced by a snapshot).
    Q_INVOKABLE void reload();

Q_SIGNALS:
    void workspaceChanged();
    void conversationIdChanged();
    void loadedChanged();
    void foundChanged();
    void conversationChanged();
    void customerChanged();
    void slaChanged();

private:
    void restart();
    void refreshRecords();
    void onFlushed(const ChangeBatch &merged);
    void onTranscript(const QString &conversationId, const QList<MessageRecord> &messages);
    void setLoaded(bool loaded);
    void refreshDrafts();
    void updateSlaTimer();

    QPointer<Workspace> m_workspace;
    QString m_conversationId;
    TranscriptModel *m_transcript;
    OrderListModel *m_orders;
    CustomerConversationsModel *m_earlier;
    DraftListModel *m_drafts;
    QTimer m_slaTick;
    std::function<qint64()> m_clock;
    ConversationRecord m_conversation;
    CustomerRecord m_customer;
    /// Live messages received before the transcript, merged into it on delivery.
    QList<MessageRecord> m_early;
    bool m_awaiting = false; ///< a transcript request is outstanding
    bool m_loaded = false;
    bool m_found = false;
};

} // namespace pilothouse::models
