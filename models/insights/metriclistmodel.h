#pragma once
// Every metric of a report as a row: the table a screen reader reads instead of the cards and
// charts, and what a CSV export writes. Rows are in docs/metrics.md order. GUI thread.

#include "insights/metrictext.h"

#include <QAbstractListModel>
#include <QList>
#include <QtQml/qqmlregistration.h>

namespace pilothouse::models {

class MetricListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use AnalyticsReport.metrics")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        MetricRole = Qt::UserRole + 1, ///< MetricId::Value.
        LabelRole, ///< QString, translated name.
        ExplanationRole, ///< QString: what it counts.
        ValueTextRole, ///< QString in its unit, or "No data".
        PreviousTextRole, ///< QString: the previous period's value.
        DeltaTextRole, ///< QString: "+3.2 pts"; "" without a comparison.
        DeltaTrendRole, ///< int: 1 better, -1 worse, 0 neutral.
        NumeratorRole, ///< double.
        DenominatorRole, ///< double; 0 = no data.
    };
    Q_ENUM(Role)

    struct Row {
        int metric = 0;
        QString label;
        QString explanation;
        QString valueText;
        QString previousText;
        QString deltaText;
        int deltaTrend = 0;
        double numerator = 0;
        double denominator = 0;
    };

    explicit MetricListModel(QObject *parent = nullptr);

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
