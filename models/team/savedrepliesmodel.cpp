#include "savedrepliesmodel.h"

#include "board/boardmodel.h"
#include "live/identity.h"

#include <QRegularExpression>

#include <map>
#include <string>

namespace pilothouse::models {

namespace {

/// Lower case without accents, so "resume" finds "Résumé".
QString folded(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            out.append(c.toLower());
    }
    return out;
}

QString std2q(const std::string &text)
{
    return QString::fromStdString(text);
}

} // namespace

SavedRepliesModel::SavedRepliesModel(BoardModel *board, Identity *identity, QObject *parent)
    : QAbstractListModel(parent)
    , m_board(board)
    , m_identity(identity)
    , m_replies(tuning::defaultSavedReplies())
{
    refilter();
}

int SavedRepliesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant SavedRepliesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const tuning::SavedReply &reply = m_replies.replies.at(m_shown.at(index.row()));
    switch (role) {
    case ReplyIdRole:
        return std2q(reply.id);
    case Qt::DisplayRole:
    case TitleRole:
        return std2q(reply.title);
    case TextRole:
        return std2q(reply.text);
    case PreviewRole:
        return std2q(reply.text).simplified();
    default:
        return {};
    }
}

QHash<int, QByteArray> SavedRepliesModel::roleNames() const
{
    return {{ReplyIdRole, "replyId"}, {TitleRole, "title"}, {TextRole, "text"}, {PreviewRole, "preview"}};
}

void SavedRepliesModel::setFilter(const QString &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    Q_EMIT filterChanged();
    refilter();
}

QString SavedRepliesModel::setDocument(qint64 version, const QString &body)
{
    auto parsed = tuning::parseSavedReplies(body.toStdString());
    if (auto *errors = std::get_if<std::vector<tuning::FieldError>>(&parsed)) {
        const tuning::FieldError first = errors->empty() ? tuning::FieldError {} : errors->front();
        return QStringLiteral("%1 problem(s), the first at '%2': %3")
            .arg(errors->size())
            .arg(std2q(first.field), std2q(first.message));
    }
    m_replies = std::get<tuning::SavedReplies>(std::move(parsed));
    m_version = version;
    Q_EMIT documentChanged();
    refilter();
    return {};
}

void SavedRepliesModel::resetToBuiltIn()
{
    m_replies = tuning::defaultSavedReplies();
    m_version = 0;
    Q_EMIT documentChanged();
    refilter();
}

QString SavedRepliesModel::fill(const QString &replyId, const QString &conversationId) const
{
    const std::string id = replyId.toStdString();
    const auto it = std::find_if(m_replies.replies.cbegin(), m_replies.replies.cend(),
        [&id](const tuning::SavedReply &reply) { return reply.id == id; });
    if (it == m_replies.replies.cend())
        return {};
    std::map<std::string, std::string> values;
    const std::string agent = m_identity->displayName().toStdString();
    values["agent.name"] = agent;
    values["agent.firstName"] = tuning::firstWord(agent);
    if (const ConversationRecord *conversation = m_board->conversation(conversationId)) {
        if (const CustomerRecord *customer = m_board->customer(conversation->customerId)) {
            const std::string name = customer->name.toStdString();
            values["customer.name"] = name;
            values["customer.firstName"] = tuning::firstWord(name);
            if (!customer->orders.isEmpty()) // most recent first (docs/protocol.md, Customer)
                values["order.id"] = customer->orders.front().id.toStdString();
        }
    }
    return std2q(tuning::fillPlaceholders(it->text, values));
}

QString SavedRepliesModel::unfilled(const QString &text) const
{
    QStringList left;
    for (const std::string &name : tuning::savedReplyPlaceholders()) {
        const QString placeholder = QLatin1Char('{') + std2q(name) + QLatin1Char('}');
        if (text.contains(placeholder))
            left.append(placeholder);
    }
    return left.join(QStringLiteral(", "));
}

void SavedRepliesModel::refilter()
{
    const QStringList words = folded(m_filter).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QList<int> shown;
    for (int i = 0; i < static_cast<int>(m_replies.replies.size()); ++i) {
        const tuning::SavedReply &reply = m_replies.replies.at(static_cast<std::size_t>(i));
        const QString haystack = folded(std2q(reply.title) + QLatin1Char(' ') + std2q(reply.text));
        if (std::all_of(words.cbegin(), words.cend(), [&haystack](const QString &w) { return haystack.contains(w); }))
            shown.append(i);
    }
    const bool countChanges = shown.size() != m_shown.size();
    beginResetModel();
    m_shown = std::move(shown);
    endResetModel();
    if (countChanges)
        Q_EMIT countChanged();
}

} // namespace pilothouse::models
