#pragma once
// A report's period day by day: how the conversations created each day ended so far (the stacked
// outcomes chart, and its table for screen readers) and the strict AI resolution rate (the trend
// line). GUI thread.

#include <QAbstractListModel>
#include <QDate>
#include <QList>
#include <QtQml/qqmlregistration.h>

namespace pilothouse::models {

class TrendModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use AnalyticsReport.trend")
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    /// The largest day's conversations: the chart's axis.
    Q_PROPERTY(int maxConversations READ maxConversations NOTIFY countChanged)

public:
    enum Role {
        DayRole = Qt::UserRole + 1, ///< QDate.
        DayTextRole, ///< QString, short date in the UI language.
        ConversationsRole, ///< int, spam excluded.
        AiResolvedRole, ///< int: strict and provisional AI resolutions.
        AiLenientOnlyRole, ///< int: AI closes only the lenient figure counts.
        HumanResolvedRole,
        NotResolvedRole,
        AbandonedRole,
        OpenRole, ///< int: not closed yet.
        StrictRateRole, ///< double 0..1, or -1 without conversations.
    };
    Q_ENUM(Role)

    struct Row {
        QDate day;
        QString dayText;
        int conversations = 0;
        int aiResolved = 0;
        int aiLenientOnly = 0;
        int humanResolved = 0;
        int notResolved = 0;
        int abandoned = 0;
        int open = 0;
        double strictRate = -1;
    };

    explicit TrendModel(QObject *parent = nullptr);

    void setRows(QList<Row> rows);
    const QList<Row> &rows() const;
    int count() const;
    int maxConversations() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void countChanged();

private:
    QList<Row> m_rows;
    int m_max = 0;
};

} // namespace pilothouse::models
