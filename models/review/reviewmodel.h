#pragma once
// Review mode (issue 13, docs/history.md "Review mode"): a queue of AI replies to label right or
// wrong from the keyboard, each wrong one with a reason and an optional note. Labels go through
// the durable outbox (OperatorActions::judge), show at once, and are replaced by the server's copy
// when it lands in the cache; other reviewers' labels appear as they arrive. The queue itself holds
// still until it is read again (another queue, refresh()). Reads run on the review thread
// (review/reviewworker.h).

#include "review/readerthread.h"
#include "review/reviewworker.h"

#include <QAbstractListModel>
#include <QHash>
#include <QTimer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace pilothouse::models {

class OperatorActions;

class ReviewModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use Console.review")

    /// A Queue value.
    Q_PROPERTY(int queue READ queue WRITE setQueue NOTIFY queueChanged)
    /// [{text, value}] in display order.
    Q_PROPERTY(QVariantList queueOptions READ queueOptions CONSTANT)
    /// How many replies of each day the daily sample takes (1..100; kept in the settings).
    Q_PROPERTY(int samplePerDay READ samplePerDay WRITE setSamplePerDay NOTIFY queueChanged)
    /// [{text, value, key}]: every review reason with the key that picks it.
    Q_PROPERTY(QVariantList reasonOptions READ reasonOptions CONSTANT)

    Q_PROPERTY(int count READ count NOTIFY stateChanged)
    Q_PROPERTY(bool loaded READ loaded NOTIFY stateChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY stateChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY stateChanged)
    /// "37 replies to review · 12 labelled"; "" before the first answer.
    Q_PROPERTY(QString summary READ summary NOTIFY stateChanged)
    /// The reviewer is known, so labels can be given: they need an account, not a link (offline
    /// they wait in the outbox and go when the console is next online).
    Q_PROPERTY(bool canJudge READ canJudge NOTIFY canJudgeChanged)
    /// Set by the page while it is shown: a hidden review mode reads nothing.
    Q_PROPERTY(bool active READ active WRITE setActive NOTIFY activeChanged)

    Q_PROPERTY(int currentIndex READ currentIndex WRITE setCurrentIndex NOTIFY currentChanged)
    Q_PROPERTY(QString currentMessageId READ currentMessageId NOTIFY currentChanged)
    Q_PROPERTY(QString currentConversationId READ currentConversationId NOTIFY currentChanged)
    /// The current reply's labels, mine first: [{who, verdictText, note, mine, pending, wrong}].
    Q_PROPERTY(QVariantList currentLabels READ currentLabels NOTIFY currentChanged)
    /// Two reviewers' agreement, the pair with the most shared replies first:
    /// [{title, summary, rows: [{text, kappa, strength, detail, defined}], unnamed}]; a reason neither
    /// named has no row and is listed in `unnamed` ("Named by neither: Wrong language, Other").
    Q_PROPERTY(QVariantList agreement READ agreement NOTIFY agreementChanged)

public:
    enum Queue {
        LowestConfidence = int(ReviewQueue::LowestConfidence),
        DailySample = int(ReviewQueue::DailySample),
        HandedOver = int(ReviewQueue::HandedOver),
    };
    Q_ENUM(Queue)

    /// What the signed-in user said of a reply.
    enum Verdict { NotLabelled, Right, Wrong };
    Q_ENUM(Verdict)

    enum Role {
        MessageIdRole = Qt::UserRole + 1,
        ConversationIdRole,
        CustomerNameRole,
        IntentTextRole,
        TextRole, ///< The reply, plain text
        ConfidenceRole, ///< 0..1
        ConfidenceBandRole,
        TimeTextRole,
        MyVerdictRole, ///< A Verdict
        MyLabelTextRole, ///< "Right", "Wrong: Wrong facts"; "" when not labelled
        PendingRole, ///< My label waits in the outbox (not in the cache yet)
        OthersTextRole, ///< "sam: Wrong: Wrong facts"; "" when nobody else labelled it
        AccessibleTextRole,
    };
    Q_ENUM(Role)

    /// `actions` (not owned) must outlive the model.
    explicit ReviewModel(OperatorActions *actions, QObject *parent = nullptr);
    ~ReviewModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setDatabasePath(const QString &path);
    /// The user name labels are given as (the account's, known offline too); "" for none.
    void setReviewer(const QString &userName);
    /// The io thread wrote to the cache: labels may have arrived.
    void cacheChanged();

    /// Reads the queue again (labelled replies leave it).
    Q_INVOKABLE void refresh();
    Q_INVOKABLE void next();
    Q_INVOKABLE void previous();
    /// Labels the current reply (a ReviewReason on a wrong one; None is taken as Other) and moves
    /// to the next reply not labelled yet. False when there is no current reply or no account.
    Q_INVOKABLE bool judge(bool correct, int reason, const QString &note);

    int queue() const { return int(m_request.queue); }
    void setQueue(int queue);
    int samplePerDay() const { return m_request.samplePerDay; }
    void setSamplePerDay(int perDay);
    QVariantList queueOptions() const;
    QVariantList reasonOptions() const;
    int count() const { return int(m_items.size()); }
    bool loaded() const { return m_loaded; }
    bool busy() const { return m_busy; }
    QString errorText() const { return m_error; }
    QString summary() const;
    bool canJudge() const;
    bool active() const { return m_active; }
    void setActive(bool active);
    int currentIndex() const { return m_current; }
    void setCurrentIndex(int index);
    QString currentMessageId() const;
    QString currentConversationId() const;
    QVariantList currentLabels() const;
    QVariantList agreement() const { return m_agreement; }

Q_SIGNALS:
    void queueChanged();
    void stateChanged();
    void canJudgeChanged();
    void activeChanged();
    void currentChanged();
    void agreementChanged();
    /// An answer was shown (tests wait for it).
    void refreshed();

private:
    void read(bool withItems);
    void deliver(const ReviewResult &result);
    std::optional<ReviewLabel> mine(const QString &messageId) const;
    QString othersText(const QString &messageId) const;

    bool isMe(const QString &userName) const { return !m_reviewer.isEmpty() && userName == m_reviewer; }

    OperatorActions *m_actions;
    QString m_reviewer;
    ReaderThread<ReviewWorker> m_reader {QStringLiteral("review")};
    /// Coalesces bursts of cache changes into one read of the labels (of the queue while it is empty).
    QTimer m_labelsTimer;
    QString m_databasePath;
    ReviewRequest m_request;
    int m_generation = 0;
    int m_shownGeneration = 0;
    QList<ReviewItem> m_items;
    QHash<QString, QList<ReviewLabel>> m_labels; ///< Cached labels by message id, oldest first.
    QHash<QString, ReviewLabel> m_echo; ///< My labels sent but not yet back from the server.
    QVariantList m_agreement;
    int m_current = -1;
    int m_labelledHere = 0;
    bool m_loaded = false;
    bool m_busy = false;
    bool m_active = false;
    bool m_wanted = true; ///< The queue must be read when the page is next shown.
    QString m_error;
};

} // namespace pilothouse::models
