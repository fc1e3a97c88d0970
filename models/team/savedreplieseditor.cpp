#include "savedreplieseditor.h"

#include <QLocale>
#include <QRegularExpression>

namespace pilothouse::models {

namespace {

QString q(const std::string &text)
{
    return QString::fromStdString(text);
}

/// Our own words for a field error (docs/config.md: clients show their own words by field and
/// code; the server's message is English).
QString describe(const tuning::FieldError &error, bool title)
{
    const QLocale locale;
    if (error.code == "required")
        return title ? SavedRepliesEditor::tr("Give the reply a title.") : SavedRepliesEditor::tr("Write the reply.");
    if (error.code == "out_of_range")
        return title ? SavedRepliesEditor::tr("At most %1 characters.")
                           .arg(locale.toString(qlonglong(tuning::kMaxSavedReplyTitleChars)))
                     : SavedRepliesEditor::tr("At most %1 characters.")
                           .arg(locale.toString(qlonglong(tuning::kMaxSavedReplyTextChars)));
    if (error.code == "unknown_value") {
        const QRegularExpressionMatch placeholder
            = QRegularExpression(QStringLiteral("\\{[^{}]*\\}")).match(q(error.message));
        return placeholder.hasMatch()
            ? SavedRepliesEditor::tr("%1 is not a placeholder the console can fill in.").arg(placeholder.captured(0))
            : SavedRepliesEditor::tr("A placeholder the console cannot fill in.");
    }
    return q(error.message);
}

} // namespace

SavedRepliesEditor::SavedRepliesEditor(QObject *parent)
    : QAbstractListModel(parent)
{ }

int SavedRepliesEditor::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant SavedRepliesEditor::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case ReplyIdRole:
        return q(row.reply.id);
    case Qt::DisplayRole:
    case TitleRole:
        return q(row.reply.title);
    case TextRole:
        return q(row.reply.text);
    case TitleErrorRole:
        return row.titleError;
    case TextErrorRole:
        return row.textError;
    default:
        return {};
    }
}

QHash<int, QByteArray> SavedRepliesEditor::roleNames() const
{
    return {{ReplyIdRole, "replyId"}, {TitleRole, "title"}, {TextRole, "text"}, {TitleErrorRole, "titleError"},
        {TextErrorRole, "textError"}};
}

void SavedRepliesEditor::load()
{
    setState(true, tr("Reading the saved replies…"), false);
    Q_EMIT fetchRequested();
}

int SavedRepliesEditor::add()
{
    if (count() >= maxReplies()) {
        const int most = maxReplies();
        setState(false, tr("A team keeps at most %n saved replies.", nullptr, most), true);
        return -1;
    }
    const int row = count();
    beginInsertRows({}, row, row);
    m_rows.append(Row {tuning::SavedReply {freshId().toStdString(), {}, {}}, {}, {}});
    endInsertRows();
    Q_EMIT countChanged();
    markDirty(row);
    return row;
}

void SavedRepliesEditor::remove(int row)
{
    if (row < 0 || row >= count())
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    Q_EMIT countChanged();
    markDirty(-1);
}

void SavedRepliesEditor::move(int row, int step)
{
    const int to = row + step;
    if (row < 0 || row >= count() || to < 0 || to >= count() || step == 0)
        return;
    // beginMoveRows names the row the moved one goes before.
    beginMoveRows({}, row, row, {}, step > 0 ? to + 1 : to);
    m_rows.move(row, to);
    endMoveRows();
    markDirty(-1);
}

void SavedRepliesEditor::setTitle(int row, const QString &title)
{
    if (row < 0 || row >= count() || q(m_rows[row].reply.title) == title)
        return;
    m_rows[row].reply.title = title.toStdString();
    m_rows[row].titleError.clear();
    markDirty(row);
}

void SavedRepliesEditor::setText(int row, const QString &text)
{
    if (row < 0 || row >= count() || q(m_rows[row].reply.text) == text)
        return;
    m_rows[row].reply.text = text.toStdString();
    m_rows[row].textError.clear();
    markDirty(row);
}

QString SavedRepliesEditor::documentJson() const
{
    tuning::SavedReplies replies;
    for (const Row &row : m_rows)
        replies.replies.push_back(row.reply);
    return q(tuning::toJson(replies));
}

bool SavedRepliesEditor::publish(const QString &note)
{
    if (m_busy || !m_loaded)
        return false;
    const QString body = documentJson();
    auto checked = tuning::parseSavedReplies(body.toStdString());
    if (const auto *errors = std::get_if<std::vector<tuning::FieldError>>(&checked)) {
        showErrors(*errors);
        return false;
    }
    setState(true, tr("Publishing…"), false);
    Q_EMIT publishRequested(m_revision, body, note);
    return true;
}

void SavedRepliesEditor::onDraft(qint64 revision, const QString &body)
{
    auto parsed = tuning::parseSavedReplies(body.toStdString());
    QList<Row> rows;
    if (const auto *replies = std::get_if<tuning::SavedReplies>(&parsed)) {
        for (const tuning::SavedReply &reply : replies->replies)
            rows.append(Row {reply, {}, {}});
    }
    m_revision = revision;
    m_loaded = true;
    m_dirty = false;
    setRows(std::move(rows));
    setState(false, {}, false);
}

void SavedRepliesEditor::onPublished(qint64 version, qint64 revision)
{
    m_revision = revision;
    m_dirty = false;
    setState(false, tr("Published as version %1. Every console has it now.").arg(version), false);
}

void SavedRepliesEditor::onConflict(const QString &message, qint64 revision, const QString &body)
{
    Q_UNUSED(body) // the edits stay; Discard reads the colleague's version
    m_revision = revision;
    setState(false,
        tr("Not published: %1 Publish again to replace their version with yours, or discard your edits to see theirs.")
            .arg(message.isEmpty() ? tr("someone else changed the saved replies.") : message),
        true);
}

void SavedRepliesEditor::onRefused(const QVariantList &fields)
{
    std::vector<tuning::FieldError> errors;
    for (const QVariant &field : fields) {
        const QVariantMap map = field.toMap();
        errors.push_back(tuning::FieldError {map.value(QStringLiteral("field")).toString().toStdString(),
            map.value(QStringLiteral("code")).toString().toStdString(),
            map.value(QStringLiteral("message")).toString().toStdString()});
    }
    m_busy = false;
    showErrors(errors);
}

void SavedRepliesEditor::onFailed(const QString &message)
{
    setState(false, message, true);
}

void SavedRepliesEditor::setRows(QList<Row> rows)
{
    const bool countChanges = rows.size() != m_rows.size();
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    if (countChanges)
        Q_EMIT countChanged();
}

void SavedRepliesEditor::setState(bool busy, const QString &message, bool isError)
{
    m_busy = busy;
    m_message = message;
    m_messageIsError = isError;
    Q_EMIT stateChanged();
}

void SavedRepliesEditor::markDirty(int row)
{
    if (row >= 0)
        Q_EMIT dataChanged(index(row), index(row));
    m_dirty = true;
    if (!m_messageIsError || row < 0)
        setState(m_busy, {}, false);
    else
        Q_EMIT stateChanged();
}

void SavedRepliesEditor::showErrors(const std::vector<tuning::FieldError> &errors)
{
    static const QRegularExpression path(QStringLiteral("^replies\\[(\\d+)\\]\\.(title|text)$"));
    QStringList general;
    for (Row &row : m_rows) {
        row.titleError.clear();
        row.textError.clear();
    }
    int problems = 0;
    for (const tuning::FieldError &error : errors) {
        const QRegularExpressionMatch match = path.match(q(error.field));
        const int row = match.hasMatch() ? match.captured(1).toInt() : -1;
        ++problems;
        if (row < 0 || row >= count()) {
            general.append(q(error.message));
            continue;
        }
        const bool title = match.captured(2) == QLatin1String("title");
        (title ? m_rows[row].titleError : m_rows[row].textError) = describe(error, title);
    }
    if (count() > 0)
        Q_EMIT dataChanged(index(0), index(count() - 1), {TitleErrorRole, TextErrorRole});
    const QString summary = tr("Not published: %n problem(s) to fix.", nullptr, problems);
    setState(false, general.isEmpty() ? summary : summary + QLatin1Char(' ') + general.join(QLatin1Char(' ')), true);
}

QString SavedRepliesEditor::freshId() const
{
    for (int n = count() + 1;; ++n) {
        const std::string id = "reply-" + std::to_string(n);
        if (std::none_of(m_rows.cbegin(), m_rows.cend(), [&id](const Row &row) { return row.reply.id == id; }))
            return q(id);
    }
}

} // namespace pilothouse::models
