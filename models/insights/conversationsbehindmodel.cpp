#include "insights/conversationsbehindmodel.h"

#include "analytics/drilldown.h"
#include "board/boardmodel.h"
#include "domain/catalogue.h"
#include "domain/displaytext.h"
#include "domain/intents.h"
#include "insights/metrictext.h"
#include "protocol/codec.h"

#include <QDateTime>
#include <QLocale>

namespace pilothouse::models {
namespace {

QString joined(const QSet<QString> &values)
{
    QStringList list(values.cbegin(), values.cend());
    list.sort();
    return list.join(u',');
}

QString outcomeText(const std::string &wire)
{
    switch (analytics::outcomeFromName(wire).value_or(analytics::DrillOutcome::Open)) {
    case analytics::DrillOutcome::Open:
        return ConversationsBehindModel::tr("Open", "a conversation's outcome: not closed yet");
    case analytics::DrillOutcome::AiResolved:
        return ConversationsBehindModel::tr("Resolved by the AI");
    case analytics::DrillOutcome::HumanResolved:
        return ConversationsBehindModel::tr("Resolved by a person");
    case analytics::DrillOutcome::NotResolved:
        return ConversationsBehindModel::tr("Not resolved");
    case analytics::DrillOutcome::Abandoned:
        return ConversationsBehindModel::tr("Abandoned", "the customer stopped answering");
    case analytics::DrillOutcome::Spam:
        return ConversationsBehindModel::tr("Spam");
    }
    return {};
}

} // namespace

ConversationsBehindModel::ConversationsBehindModel(AnalyticsReport *report, QObject *parent)
    : QAbstractListModel(parent)
    , m_report(report)
{ }

ConversationsBehindModel::~ConversationsBehindModel() = default;

int ConversationsBehindModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(shown().rows.size());
}

QVariant ConversationsBehindModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const protocol::FactsConversation &c = shown().rows.at(index.row());
    const QString id = QString::fromStdString(c.id);
    switch (role) {
    case ConversationIdRole:
        return id;
    case Qt::DisplayRole:
    case CustomerRole: {
        const CustomerRecord *customer = m_board ? m_board->customer(QString::fromStdString(c.customerId)) : nullptr;
        if (customer && !customer->name.isEmpty())
            return displayText(customer->name);
        return tr("Customer not in the cache");
    }
    case CreatedTextRole:
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(c.createdAt), QLocale::ShortFormat);
    case IntentTextRole: {
        const QString label = intents::label(QString::fromStdString(c.intent));
        return label.isEmpty() ? tr("No intent detected") : displayText(label);
    }
    case OutcomeTextRole:
        return outcomeText(c.outcome);
    case ChannelTextRole:
        return catalogue::label(catalogue::fromProtocol(c.channel));
    case CachedRole:
        return m_board && m_board->conversation(id) != nullptr;
    default:
        return {};
    }
}

QHash<int, QByteArray> ConversationsBehindModel::roleNames() const
{
    return {{ConversationIdRole, "conversationId"}, {CustomerRole, "customer"}, {CreatedTextRole, "createdText"},
        {IntentTextRole, "intentText"}, {OutcomeTextRole, "outcomeText"}, {ChannelTextRole, "channelText"},
        {CachedRole, "cached"}};
}

void ConversationsBehindModel::setBoard(BoardModel *board)
{
    if (m_board)
        disconnect(m_board, nullptr, this, nullptr);
    beginResetModel();
    m_board = board;
    endResetModel();
    if (board) {
        // Names and "cached" follow the cache as it fills (one signal per board update).
        const auto refresh = [this] {
            if (rowCount() > 0)
                Q_EMIT dataChanged(index(0), index(rowCount() - 1), {Qt::DisplayRole, CustomerRole, CachedRole});
        };
        connect(board, &QAbstractItemModel::rowsInserted, this, refresh);
        connect(board, &QAbstractItemModel::modelReset, this, refresh);
        connect(board, &QAbstractItemModel::dataChanged, this, refresh);
    }
    Q_EMIT changed();
}

void ConversationsBehindModel::ask(Ask next)
{
    m_ask = std::move(next);
    m_side = Numerator;
    request();
}

void ConversationsBehindModel::open(MetricId::Value metric, bool todayOnly)
{
    if (int(metric) < 0 || std::size_t(metric) >= analytics::kMetricCount)
        return;
    ask({analytics::Metric(metric), todayOnly ? Ask::Span::Today : Ask::Span::Period});
}

void ConversationsBehindModel::openBand(int fromPercent)
{
    constexpr int kStep = 100 / int(analytics::kConfidenceBands);
    if (fromPercent < 0 || fromPercent >= 100 || fromPercent % kStep != 0)
        return;
    Ask band;
    band.bandPercent = fromPercent;
    ask(band);
}

void ConversationsBehindModel::openMonth(MetricId::Value metric)
{
    if (int(metric) < 0 || std::size_t(metric) >= analytics::kMetricCount)
        return;
    ask({analytics::Metric(metric), Ask::Span::Month});
}

void ConversationsBehindModel::openGroup(Group group, const QString &key, const QString &label)
{
    ask({analytics::Metric::AiResolutionStrict, Ask::Span::Period, -1, group, key, label});
}

void ConversationsBehindModel::clear()
{
    beginResetModel();
    for (SideData &side : m_sides)
        side = SideData {};
    m_notice.clear();
    endResetModel();
    Q_EMIT changed();
}

void ConversationsBehindModel::retry()
{
    request();
}

void ConversationsBehindModel::request()
{
    const analytics::MetricsFilter filter = scopedFilter();
    m_from = filter.from;
    m_to = filter.to;
    beginResetModel();
    for (SideData &side : m_sides) {
        side = SideData {};
        side.state = Loading;
        side.requestId = ++m_nextRequest;
    }
    m_notice.clear();
    endResetModel();
    Q_EMIT changed();
    for (std::size_t i = 0; i < m_sides.size(); ++i)
        Q_EMIT requested(query(Side(i)), m_sides[i].requestId);
}

analytics::MetricsFilter ConversationsBehindModel::scopedFilter() const
{
    analytics::MetricsFilter filter = m_report->filter();
    if (m_ask.span != Ask::Span::Period) {
        // The report's "today" is the last day of any quick range (AnalyticsReport::filter).
        const QDate today = m_report->monthToDate().to;
        filter.to = today;
        filter.from = m_ask.span == Ask::Span::Today ? today : m_report->monthToDate().from;
    }
    if (m_ask.group == IntentGroup)
        filter.intents = {m_ask.groupKey};
    else if (m_ask.group == SegmentGroup)
        filter.segments = {m_ask.groupKey};
    return filter;
}

QUrlQuery ConversationsBehindModel::query(Side side) const
{
    const analytics::MetricsFilter filter = scopedFilter();
    QUrlQuery q;
    auto add = [&q](const char *name, const QString &value) {
        if (!value.isEmpty())
            q.addQueryItem(QString::fromLatin1(name), value);
    };
    if (m_ask.bandPercent >= 0) {
        add("metric",
            QString::fromLatin1(analytics::kCalibrationFigure.data(), qsizetype(analytics::kCalibrationFigure.size())));
        add("band", QString::number(m_ask.bandPercent));
    } else {
        add("metric", QString::fromUtf8(analytics::metricName(m_ask.metric).data()));
    }
    add("side", QString::fromUtf8(analytics::sideName(analytics::DrillSide(side)).data()));
    add("from", filter.from.toString(Qt::ISODate));
    add("to", filter.to.toString(Qt::ISODate));
    QSet<QString> channels;
    for (protocol::Channel channel : std::as_const(filter.channels))
        channels.insert(QString::fromUtf8(protocol::toString(channel).data()));
    add("channel", joined(channels));
    if (filter.kind)
        add("kind", QString::fromUtf8(protocol::toString(*filter.kind).data()));
    add("intent", joined(filter.intents));
    add("segment", joined(filter.segments));
    add("language", joined(filter.languages));
    if (filter.vip)
        add("vip", *filter.vip ? QStringLiteral("true") : QStringLiteral("false"));
    if (m_ask.bandPercent < 0)
        add("window", QString::number(m_report->attributionDays()));
    return q;
}

void ConversationsBehindModel::onFetched(int requestId, const protocol::FactsConversations &list)
{
    for (std::size_t i = 0; i < m_sides.size(); ++i) {
        SideData &side = m_sides[i];
        if (side.requestId != requestId || side.state != Loading)
            continue;
        const bool visible = int(i) == m_side;
        if (visible)
            beginResetModel();
        side.state = Ready;
        side.total = list.total;
        side.truncated = list.truncated;
        side.membership = QString::fromStdString(list.membership);
        side.rows = QList<protocol::FactsConversation>(list.conversations.cbegin(), list.conversations.cend());
        if (visible)
            endResetModel();
        Q_EMIT changed();
    }
}

void ConversationsBehindModel::onFailed(int requestId, const QString &message, bool offline)
{
    for (SideData &side : m_sides) {
        if (side.requestId != requestId || side.state != Loading)
            continue;
        side.state = Failed;
        side.error = message;
        side.offline = offline;
        Q_EMIT changed();
    }
}

QString ConversationsBehindModel::conversationToOpen(int row)
{
    if (row < 0 || row >= rowCount())
        return {};
    const QString id = QString::fromStdString(shown().rows.at(row).id);
    if (m_board && m_board->conversation(id))
        return id;
    m_notice = tr("This conversation is not in this console's cache, so it cannot be opened here. "
                  "The cache holds the conversations the server sent since you signed in on this computer.");
    Q_EMIT changed();
    return {};
}

QString ConversationsBehindModel::sideText(int side) const
{
    if (side != Numerator && side != Denominator)
        return {};
    const qint64 total = m_sides[std::size_t(side)].total;
    const QString name = side == Numerator ? tr("Numerator", "the upper part of a fraction")
                                           : tr("Denominator", "the lower part of a fraction");
    return total < 0 ? name : tr("%1 (%2)", "a side of a figure and its count").arg(name, QLocale().toString(total));
}

QString ConversationsBehindModel::title() const
{
    if (m_ask.group) {
        return (m_ask.group == IntentGroup ? tr("Conversations behind %1, intent %2")
                                           : tr("Conversations behind %1, segment %2"))
            .arg(m_report->label(MetricId::Value(m_ask.metric)), m_ask.groupLabel);
    }
    if (m_ask.bandPercent >= 0) {
        const QLocale locale;
        const int to = m_ask.bandPercent + 100 / int(analytics::kConfidenceBands);
        return tr("Conversations behind the replies judged wrong at %1 confidence")
            .arg(tr("%1–%2 %", "a confidence band").arg(locale.toString(m_ask.bandPercent), locale.toString(to)));
    }
    const QString figure = m_ask.span == Ask::Span::Today && m_ask.metric == analytics::Metric::Conversations
        ? tr("Conversations today")
        : m_report->label(MetricId::Value(m_ask.metric));
    return tr("Conversations behind %1").arg(figure);
}

QString ConversationsBehindModel::periodText() const
{
    if (!m_from.isValid())
        return {};
    const QLocale locale;
    if (m_from == m_to)
        return tr("Created on %1 (UTC)").arg(locale.toString(m_from, QLocale::ShortFormat));
    return tr("Created from %1 to %2 (UTC days)")
        .arg(locale.toString(m_from, QLocale::ShortFormat), locale.toString(m_to, QLocale::ShortFormat));
}

void ConversationsBehindModel::setSide(int side)
{
    if (side != Numerator && side != Denominator)
        return;
    if (side == m_side)
        return;
    beginResetModel();
    m_side = side;
    m_notice.clear();
    endResetModel();
    Q_EMIT changed();
}

ConversationsBehindModel::State ConversationsBehindModel::state() const
{
    return shown().state;
}

QString ConversationsBehindModel::membershipText() const
{
    const SideData &s = shown();
    if (s.state != Ready || s.rows.isEmpty()) // an empty list says so on its own
        return {};
    if (s.membership == u"contributors")
        return tr("This side is a sum of times, amounts or orders: these are the conversations that add to it.");
    if (s.membership == u"all")
        return tr("This side is not a count of conversations: these are all the conversations of the period "
                  "and filter.");
    return m_side == Numerator ? tr("These conversations are the figure's numerator.")
                               : tr("These conversations are the figure's denominator.");
}

QString ConversationsBehindModel::errorText() const
{
    const SideData &s = shown();
    if (s.state != Failed)
        return {};
    if (s.offline)
        return tr("The list of conversations behind a figure needs a connection to the server. "
                  "Connect, then try again.");
    return s.error;
}

QString ConversationsBehindModel::truncatedText() const
{
    const SideData &s = shown();
    if (s.state != Ready || !s.truncated)
        return {};
    const QLocale locale;
    return tr("Showing the newest %1 of %2 conversations.")
        .arg(locale.toString(qlonglong(s.rows.size())), locale.toString(s.total));
}

} // namespace pilothouse::models
