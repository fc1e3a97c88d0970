#include "review/reviewmodel.h"

#include "actions/operatoractions.h"
#include "board/bands.h"
#include "domain/catalogue.h"
#include "domain/displaytext.h"
#include "domain/intents.h"
#include "domain/timetext.h"

#include <QDateTime>
#include <QLocale>
#include <QSettings>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pilothouse::models {
namespace {

/// Cache changes settle for this long before the labels are read again.
constexpr int kLabelsDelayMs = 300;
constexpr int kMinSample = 1;
constexpr int kMaxSample = 100;
const QString kSampleKey = u"review/samplePerDay"_s;

QString verdictText(const ReviewLabel &label)
{
    if (label.correct)
        return ReviewModel::tr("Right");
    if (label.category == ReviewReason::None)
        return ReviewModel::tr("Wrong");
    return ReviewModel::tr("Wrong: %1").arg(catalogue::label(label.category));
}

/// Landis and Koch's words for a kappa, so a supervisor need not know the scale.
QString strength(double kappa)
{
    if (kappa < 0)
        return ReviewModel::tr("worse than chance");
    if (kappa <= 0.20)
        return ReviewModel::tr("slight");
    if (kappa <= 0.40)
        return ReviewModel::tr("fair");
    if (kappa <= 0.60)
        return ReviewModel::tr("moderate");
    if (kappa <= 0.80)
        return ReviewModel::tr("substantial");
    return ReviewModel::tr("almost perfect");
}

QVariantList agreementRows(const QList<agreement::Pair> &pairs)
{
    const QLocale locale;
    QVariantList result;
    for (const agreement::Pair &pair : pairs) {
        QVariantList rows;
        QStringList unnamed;
        for (const agreement::Figure &figure : pair.figures) {
            const QString text = figure.reason == ReviewReason::None ? ReviewModel::tr("Right or wrong")
                                                                     : catalogue::label(figure.reason);
            const int said = figure.table.bothYes + figure.table.firstOnly + figure.table.secondOnly;
            if (said == 0 && figure.reason != ReviewReason::None) {
                unnamed.append(text); // a row of "n/a, agree on all" says nothing: listed once below
                continue;
            }
            rows.append(QVariantMap {{u"text"_s, text},
                {u"kappa"_s, figure.kappa ? locale.toString(*figure.kappa, 'f', 2) : ReviewModel::tr("n/a")},
                {u"strength"_s,
                    figure.kappa
                        ? strength(*figure.kappa)
                        : (said == 0 ? ReviewModel::tr("neither named it") : ReviewModel::tr("one answer throughout"))},
                {u"detail"_s,
                    ReviewModel::tr("agree on %1 of %2").arg(figure.table.agreed()).arg(figure.table.total())},
                {u"defined"_s, figure.kappa.has_value()}});
        }
        result.append(QVariantMap {
            {u"title"_s, ReviewModel::tr("%1 and %2").arg(isolatedText(pair.first), isolatedText(pair.second))},
            {u"summary"_s, ReviewModel::tr("%n reply(s) labelled by both", "", pair.shared)}, {u"rows"_s, rows},
            {u"unnamed"_s,
                unnamed.isEmpty() ? QString() : ReviewModel::tr("Named by neither: %1").arg(unnamed.join(u", "_s))}});
    }
    return result;
}

} // namespace

ReviewModel::ReviewModel(OperatorActions *actions, QObject *parent)
    : QAbstractListModel(parent)
    , m_actions(actions)
{
    Q_ASSERT(actions);
    m_request.samplePerDay
        = std::clamp(QSettings().value(kSampleKey, m_request.samplePerDay).toInt(), kMinSample, kMaxSample);
    m_labelsTimer.setSingleShot(true);
    m_labelsTimer.setInterval(kLabelsDelayMs);
    // An empty queue has nothing to hold still: what the cache gains (the first sync) fills it.
    connect(&m_labelsTimer, &QTimer::timeout, this, [this] { read(m_items.isEmpty()); });
}

ReviewModel::~ReviewModel() = default;

int ReviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

std::optional<ReviewLabel> ReviewModel::mine(const QString &messageId) const
{
    const auto echo = m_echo.constFind(messageId);
    if (echo != m_echo.cend())
        return *echo;
    for (const ReviewLabel &label : m_labels.value(messageId)) {
        if (isMe(label.by))
            return label;
    }
    return std::nullopt;
}

QString ReviewModel::othersText(const QString &messageId) const
{
    QStringList parts;
    for (const ReviewLabel &label : m_labels.value(messageId)) {
        if (!isMe(label.by))
            parts.append(tr("%1: %2").arg(isolatedText(label.by), verdictText(label)));
    }
    return parts.join(u"; "_s);
}

QVariant ReviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const ReviewItem &item = m_items.at(index.row());
    switch (role) {
    case MessageIdRole:
        return item.messageId;
    case ConversationIdRole:
        return item.conversationId;
    case CustomerNameRole:
        return item.customerName.isEmpty() ? tr("Unknown customer") : displayText(item.customerName);
    case IntentTextRole:
        return item.intent.isEmpty() ? QString() : intents::label(item.intent);
    case TextRole:
        return displayText(item.text);
    case ConfidenceRole:
        return item.confidence;
    case ConfidenceBandRole:
        return bands::confidenceBand(item.confidence);
    case TimeTextRole:
        return TimeText::messageTime(item.at, QDateTime::currentDateTime(), QLocale());
    case MyVerdictRole: {
        const auto label = mine(item.messageId);
        return label ? (label->correct ? Right : Wrong) : NotLabelled;
    }
    case MyLabelTextRole: {
        const auto label = mine(item.messageId);
        return label ? verdictText(*label) : QString();
    }
    case PendingRole:
        return m_echo.contains(item.messageId);
    case OthersTextRole:
        return othersText(item.messageId);
    case AccessibleTextRole: {
        const auto label = mine(item.messageId);
        QString text = tr("AI reply to %1, %2 confident: %3")
                           .arg(displayText(item.customerName),
                               QLocale().toString(qRound(item.confidence * 100)) + u'%', displayText(item.text));
        if (label)
            text += u". "_s + tr("You said: %1").arg(verdictText(*label));
        const QString others = othersText(item.messageId);
        if (!others.isEmpty())
            text += u". "_s + tr("Others: %1").arg(others);
        return text;
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> ReviewModel::roleNames() const
{
    return {{MessageIdRole, "messageId"}, {ConversationIdRole, "conversationId"}, {CustomerNameRole, "customerName"},
        {IntentTextRole, "intentText"}, {TextRole, "text"}, {ConfidenceRole, "confidence"},
        {ConfidenceBandRole, "confidenceBand"}, {TimeTextRole, "timeText"}, {MyVerdictRole, "myVerdict"},
        {MyLabelTextRole, "myLabelText"}, {PendingRole, "pending"}, {OthersTextRole, "othersText"},
        {AccessibleTextRole, "accessibleText"}};
}

void ReviewModel::setDatabasePath(const QString &path)
{
    if (m_databasePath == path)
        return;
    m_databasePath = path;
    // Another account's replies never show, not even until the new queue arrives.
    beginResetModel();
    m_items.clear();
    m_labels.clear();
    m_echo.clear();
    endResetModel();
    m_agreement.clear();
    m_current = -1;
    m_labelledHere = 0;
    m_loaded = false;
    m_busy = false;
    m_error.clear();
    ++m_generation;
    Q_EMIT currentChanged();
    Q_EMIT agreementChanged();
    Q_EMIT stateChanged();
    if (path.isEmpty()) {
        m_reader.close();
        return;
    }
    m_wanted = true;
    if (m_active)
        refresh();
}

void ReviewModel::cacheChanged()
{
    if (m_active && m_loaded && !m_labelsTimer.isActive())
        m_labelsTimer.start();
}

void ReviewModel::setActive(bool active)
{
    if (m_active == active)
        return;
    m_active = active;
    Q_EMIT activeChanged();
    if (m_active && (m_wanted || !m_loaded))
        refresh();
    else if (m_active)
        read(false); // labels that arrived while the page was hidden
}

void ReviewModel::setQueue(int queue)
{
    if (queue < LowestConfidence || queue > HandedOver || queue == int(m_request.queue))
        return;
    m_request.queue = ReviewQueue(queue);
    Q_EMIT queueChanged();
    refresh();
}

void ReviewModel::setSamplePerDay(int perDay)
{
    perDay = std::clamp(perDay, kMinSample, kMaxSample);
    if (perDay == m_request.samplePerDay)
        return;
    m_request.samplePerDay = perDay;
    QSettings().setValue(kSampleKey, perDay);
    Q_EMIT queueChanged();
    if (m_request.queue == ReviewQueue::DailySample)
        refresh();
}

void ReviewModel::refresh()
{
    if (!m_active || m_databasePath.isEmpty()) {
        m_wanted = true;
        return;
    }
    m_wanted = false;
    read(true);
}

void ReviewModel::read(bool withItems)
{
    if (m_databasePath.isEmpty() || (!withItems && m_busy))
        return; // the queue on its way brings the labels too
    m_labelsTimer.stop();
    const int generation = withItems ? ++m_generation : m_generation;
    if (withItems) {
        m_busy = true;
        Q_EMIT stateChanged();
    }
    ReviewRequest request = m_request;
    request.me = m_reviewer;
    request.now = QDateTime::currentMSecsSinceEpoch();
    QStringList shown;
    if (!withItems) {
        for (const ReviewItem &item : std::as_const(m_items))
            shown.append(item.messageId);
    }
    m_reader.post(
        this,
        [generation, path = m_databasePath, request, withItems, shown](
            ReviewWorker *worker) { return worker->run(generation, path, request, withItems, shown); },
        [this](const ReviewResult &result) { deliver(result); });
}

void ReviewModel::deliver(const ReviewResult &result)
{
    if (result.generation != m_generation)
        return; // for a queue no longer shown
    if (result.withItems) {
        m_busy = false;
        m_loaded = true;
        m_error = result.error;
        beginResetModel();
        m_items = result.items;
        endResetModel();
    } else if (!result.error.isEmpty()) {
        m_error = result.error;
    }
    m_labels.clear();
    for (const ReviewLabel &label : result.labels)
        m_labels[label.messageId].append(label);
    // An echo leaves once the server's copy of that label is in the cache.
    for (auto it = m_echo.begin(); it != m_echo.end();) {
        if (m_labels.value(it.key()).contains(*it))
            it = m_echo.erase(it);
        else
            ++it;
    }
    if (result.withItems) {
        m_current = m_items.isEmpty() ? -1 : 0;
    } else if (!m_items.isEmpty()) {
        Q_EMIT dataChanged(index(0), index(int(m_items.size()) - 1));
    }
    m_agreement = agreementRows(result.pairs);
    Q_EMIT agreementChanged();
    Q_EMIT currentChanged();
    Q_EMIT stateChanged();
    Q_EMIT refreshed();
}

void ReviewModel::setCurrentIndex(int index)
{
    index = m_items.isEmpty() ? -1 : std::clamp(index, 0, int(m_items.size()) - 1);
    if (index == m_current)
        return;
    m_current = index;
    Q_EMIT currentChanged();
}

void ReviewModel::next()
{
    setCurrentIndex(m_current + 1);
}

void ReviewModel::previous()
{
    setCurrentIndex(std::max(m_current - 1, 0));
}

bool ReviewModel::judge(bool correct, int reason, const QString &note)
{
    if (m_current < 0 || m_current >= m_items.size() || !canJudge())
        return false;
    const ReviewItem &item = m_items.at(m_current);
    auto category = ReviewReason::Value(reason);
    if (correct)
        category = ReviewReason::None;
    else if (category < ReviewReason::WrongIntent || category > ReviewReason::Other)
        category = ReviewReason::Other;
    const QString trimmed = note.trimmed();
    if (m_actions->judge(item.conversationId, item.messageId, correct, category, trimmed).isEmpty())
        return false;
    m_echo.insert(item.messageId, ReviewLabel {item.messageId, m_reviewer, correct, category, trimmed});
    ++m_labelledHere;
    Q_EMIT dataChanged(index(m_current), index(m_current));
    Q_EMIT stateChanged();
    // On to the next reply I have not labelled; stay on the last one when all are done.
    for (int row = m_current + 1; row < m_items.size(); ++row) {
        if (!mine(m_items.at(row).messageId)) {
            setCurrentIndex(row);
            return true;
        }
    }
    Q_EMIT currentChanged();
    return true;
}

QString ReviewModel::summary() const
{
    if (!m_loaded)
        return {};
    int left = 0;
    for (const ReviewItem &item : m_items) {
        if (!mine(item.messageId))
            ++left;
    }
    const QString queue = tr("%n reply(s) to review", "", left);
    return m_labelledHere > 0 ? tr("%1 · %n labelled here", "", m_labelledHere).arg(queue) : queue;
}

bool ReviewModel::canJudge() const
{
    return !m_reviewer.isEmpty();
}

void ReviewModel::setReviewer(const QString &userName)
{
    if (m_reviewer == userName)
        return;
    m_reviewer = userName;
    m_echo.clear();
    Q_EMIT canJudgeChanged();
    if (m_loaded)
        refresh(); // "mine" means someone else now
}

QString ReviewModel::currentMessageId() const
{
    return m_current >= 0 && m_current < m_items.size() ? m_items.at(m_current).messageId : QString();
}

QString ReviewModel::currentConversationId() const
{
    return m_current >= 0 && m_current < m_items.size() ? m_items.at(m_current).conversationId : QString();
}

QVariantList ReviewModel::currentLabels() const
{
    const QString id = currentMessageId();
    QVariantList result;
    if (id.isEmpty())
        return result;
    const auto add = [&](const ReviewLabel &label, bool isMine, bool pending) {
        result.append(QVariantMap {{u"who"_s, isMine ? tr("You") : isolatedText(label.by)},
            {u"verdictText"_s, verdictText(label)}, {u"note"_s, displayText(label.note)}, {u"mine"_s, isMine},
            {u"pending"_s, pending}, {u"wrong"_s, !label.correct}});
    };
    if (const auto label = mine(id))
        add(*label, true, m_echo.contains(id));
    for (const ReviewLabel &label : m_labels.value(id)) {
        if (!isMe(label.by))
            add(label, false, false);
    }
    return result;
}

QVariantList ReviewModel::queueOptions() const
{
    return {QVariantMap {{u"text"_s, tr("Lowest confidence")}, {u"value"_s, int(LowestConfidence)}},
        QVariantMap {{u"text"_s, tr("Daily sample")}, {u"value"_s, int(DailySample)}},
        QVariantMap {{u"text"_s, tr("Handed over")}, {u"value"_s, int(HandedOver)}}};
}

QVariantList ReviewModel::reasonOptions() const
{
    QVariantList options;
    for (const auto reason : catalogue::reviewReasons()) {
        options.append(QVariantMap {{u"text"_s, catalogue::label(reason)}, {u"value"_s, int(reason)},
            {u"key"_s, QString(catalogue::reviewKey(reason))}});
    }
    return options;
}

} // namespace pilothouse::models
