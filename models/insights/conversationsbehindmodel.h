#pragma once
// The conversations behind a figure (docs/metrics.md, "Drill-down"): the list the server computes
// for its numerator and its denominator (GET /api/v1/facts/conversations, asked for through
// requested()), named and opened from the local cache where it holds them. The cache cannot say
// which conversations are behind a figure itself (it keeps no transitions), so the list always
// comes from the server; offline, the model says it needs a connection. GUI thread.

#include "analytics/metrics.h"
#include "insights/analyticsreport.h"
#include "protocol/drilldown.h"

#include <QAbstractListModel>
#include <QDate>
#include <QPointer>
#include <QUrlQuery>
#include <QtQml/qqmlregistration.h>

#include <array>
#include <optional>

namespace pilothouse::models {

class BoardModel;

/// One row per conversation of the side shown (`side`), newest first.
class ConversationsBehindModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("AnalyticsReport.conversationsBehind holds the one list")
    Q_PROPERTY(QString title READ title NOTIFY changed)
    /// Which creation days the list covers: "Created from 3/1/25 to 3/8/25 (UTC days)".
    Q_PROPERTY(QString periodText READ periodText NOTIFY changed)
    /// Side::Numerator or Side::Denominator: which list the rows are.
    Q_PROPERTY(int side READ side WRITE setSide NOTIFY changed)
    Q_PROPERTY(State state READ state NOTIFY changed)
    /// Conversations behind each side, -1 until the server said.
    Q_PROPERTY(int numeratorTotal READ numeratorTotal NOTIFY changed)
    Q_PROPERTY(int denominatorTotal READ denominatorTotal NOTIFY changed)
    /// What the list of this side is, in a sentence ("" while loading or failed).
    Q_PROPERTY(QString membershipText READ membershipText NOTIFY changed)
    /// Why there is no list (State Failed), in a sentence the user can act on.
    Q_PROPERTY(QString errorText READ errorText NOTIFY changed)
    /// "Showing the newest 1,000 of 3,456 conversations." when the server cut the list; else "".
    Q_PROPERTY(QString truncatedText READ truncatedText NOTIFY changed)
    /// What activating a conversation outside the cache did ("" until then).
    Q_PROPERTY(QString noticeText READ noticeText NOTIFY changed)
    Q_PROPERTY(int count READ count NOTIFY changed)

public:
    enum Side { Numerator, Denominator };
    Q_ENUM(Side)
    enum State { Idle, Loading, Ready, Failed };
    Q_ENUM(State)
    enum Role {
        ConversationIdRole = Qt::UserRole + 1, ///< QString.
        CustomerRole, ///< QString, plain text: the cached customer's name, else a placeholder.
        CreatedTextRole, ///< QString: creation date and time in the UI locale.
        IntentTextRole, ///< QString: the intent in words (models/domain/intents.h).
        OutcomeTextRole, ///< QString: how it ended as the facts count it.
        ChannelTextRole, ///< QString: the channel in words.
        CachedRole, ///< bool: the local cache holds it, so activating it opens it.
    };
    Q_ENUM(Role)

    explicit ConversationsBehindModel(AnalyticsReport *report, QObject *parent = nullptr);
    ~ConversationsBehindModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Where the names come from and which conversations can be opened.
    void setBoard(BoardModel *board);

    /// Asks for both sides of `metric` for the report's period and filter (`todayOnly`: for the
    /// one UTC day the report calls today, like the Overview's count of today).
    Q_INVOKABLE void open(pilothouse::models::MetricId::Value metric, bool todayOnly = false);
    /// Asks for both sides of the calibration's share judged wrong in the confidence band that
    /// starts at `fromPercent` (0, 10, ... 90; anything else is ignored).
    Q_INVOKABLE void openBand(int fromPercent);
    /// Asks for both sides of `metric` for the month so far (the Overview's money figures).
    Q_INVOKABLE void openMonth(pilothouse::models::MetricId::Value metric);
    /// The groups of the Analytics page's tables.
    enum Group { IntentGroup, SegmentGroup };
    Q_ENUM(Group)
    /// Asks for both sides of the strict AI resolution of one intent or segment (`key`, shown as
    /// `label`) for the report's period and filter: its numerator, the conversations the AI
    /// resolved; its denominator, all of the group's conversations.
    Q_INVOKABLE void openGroup(
        pilothouse::models::ConversationsBehindModel::Group group, const QString &key, const QString &label);
    /// Forgets the lists (sign-out); answers still on their way are ignored.
    void clear();
    /// Asks again for what open() asked last.
    Q_INVOKABLE void retry();
    /// A tab's words: "Numerator (1,234)", or without the count until the server said.
    Q_INVOKABLE QString sideText(int side) const;
    /// The id to open for `row` when the cache holds it; otherwise "" and noticeText says why.
    Q_INVOKABLE QString conversationToOpen(int row);

    QString title() const;
    QString periodText() const;
    int side() const { return m_side; }
    void setSide(int side);
    State state() const;
    int numeratorTotal() const { return int(m_sides[0].total); }
    int denominatorTotal() const { return int(m_sides[1].total); }
    QString membershipText() const;
    QString errorText() const;
    QString truncatedText() const;
    QString noticeText() const { return m_notice; }
    int count() const { return rowCount(); }

    /// The report's filter, narrowed to today or the month so far when asked.
    analytics::MetricsFilter scopedFilter() const;
    /// The query of one side (tests read it; requested() carries it).
    QUrlQuery query(Side side) const;

public Q_SLOTS:
    /// The server's answer to request `requestId` (stale answers are ignored).
    void onFetched(int requestId, const pilothouse::protocol::FactsConversations &list);
    /// No answer: `offline` when the server could not be reached (or there is no session).
    void onFailed(int requestId, const QString &message, bool offline);

Q_SIGNALS:
    /// Wired by the account runtime to the REST client.
    void requested(const QUrlQuery &query, int requestId);
    void changed();

private:
    struct SideData {
        State state = Idle;
        int requestId = 0;
        qint64 total = -1;
        bool truncated = false;
        QString membership;
        QString error;
        bool offline = false;
        QList<protocol::FactsConversation> rows;
    };
    void request();
    const SideData &shown() const { return m_sides[std::size_t(m_side)]; }

    AnalyticsReport *m_report;
    QPointer<BoardModel> m_board;
    /// What the last open*() asked for: one figure over a span, a calibration band, or a table's
    /// group; a new one replaces it whole.
    struct Ask {
        enum class Span { Period, Today, Month };
        analytics::Metric metric = analytics::Metric::Conversations;
        Span span = Span::Period;
        int bandPercent = -1; ///< The calibration band; -1 when a figure was asked for.
        std::optional<Group> group {}; ///< The table row; none when a figure was.
        QString groupKey {};
        QString groupLabel {};
    };
    /// Forgets the previous ask, shows the numerator and asks for both sides.
    void ask(Ask next);

    Ask m_ask;
    QDate m_from; ///< The days asked for (open()).
    QDate m_to;
    int m_side = Numerator;
    int m_nextRequest = 0;
    std::array<SideData, 2> m_sides;
    QString m_notice;
};

} // namespace pilothouse::models
