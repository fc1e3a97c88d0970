#pragma once
// A report's figures by one dimension: intents sorted by the conversations the AI did not resolve
// (where it can gain most), hand-off reasons by how often they happened, or customer segments by
// size. GUI thread.

#include <QAbstractListModel>
#include <QList>
#include <QtQml/qqmlregistration.h>

namespace pilothouse::models {

class BreakdownModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use AnalyticsReport.intents, .reasons or .segments")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        KeyRole = Qt::UserRole + 1, ///< QString: the intent, or the EscalationReason as an int.
        LabelRole, ///< QString, in words.
        CountRole, ///< int: conversations (spam excluded), or hand-offs for this reason.
        UnresolvedRole, ///< int: conversations nobody resolved (intents only).
        RateRole, ///< double 0..1: strict AI resolution (intents) or share of hand-offs; -1 no data.
        RateTextRole, ///< QString.
        ExtraTextRole, ///< QString: a further figure (segments: the CSAT, share of 4 and 5).
    };
    Q_ENUM(Role)

    struct Row {
        QString key;
        QString label;
        int count = 0;
        int unresolved = 0;
        double rate = -1;
        QString rateText;
        QString extraText;
    };

    explicit BreakdownModel(QObject *parent = nullptr);

    void setRows(QList<Row> rows);
    const QList<Row> &rows() const;
    int count() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void countChanged();

private:
    QList<Row> m_rows;
};

} // namespace pilothouse::models
