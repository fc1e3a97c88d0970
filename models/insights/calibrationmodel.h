#pragma once
// The confidence calibration of the Analytics page (docs/metrics.md, "Calibration"): one row per
// confidence band with the replies reviewers judged and the share they found wrong, and the
// hand-off threshold that would have caught a chosen share of the wrong replies, with the
// hand-offs it would have added. Fed by AnalyticsReport on every recompute. GUI thread.

#include "analytics/calibration.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace pilothouse::models {

class CalibrationModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use AnalyticsReport.calibration")
    /// Replies judged and judged wrong in the period (all bands).
    Q_PROPERTY(int judged READ judged NOTIFY changed)
    Q_PROPERTY(int wrong READ wrong NOTIFY changed)
    /// The share of wrong replies the threshold must catch: 0.5, 0.8, 0.9 or 0.95 (anything else
    /// is refused and the previous value stays).
    Q_PROPERTY(double catchShare READ catchShare WRITE setCatchShare NOTIFY changed)
    /// The threshold that catches catchShare (percent; -1 when no reply was judged wrong).
    Q_PROPERTY(int thresholdPercent READ thresholdPercent NOTIFY changed)
    /// That finding in one sentence, or what is missing for one.
    Q_PROPERTY(QString summaryText READ summaryText NOTIFY changed)

public:
    enum Role {
        BandTextRole = Qt::UserRole + 1, ///< QString: "40–50 %".
        FromPercentRole, ///< int: the band's lower bound.
        RepliesRole, ///< int: AI replies with a confidence in the band.
        JudgedRole, ///< int
        WrongRole, ///< int
        WrongShareRole, ///< double 0..1, or -1 when none of the band was judged.
        WrongShareTextRole, ///< QString: "12.5 %", or "Not judged".
    };
    Q_ENUM(Role)

    static constexpr double kCatchShares[] = {0.5, 0.8, 0.9, 0.95};

    explicit CalibrationModel(QObject *parent = nullptr);

    void setCalibration(const analytics::Calibration &calibration);
    const analytics::Calibration &calibration() const;

    int judged() const;
    int wrong() const;
    double catchShare() const;
    void setCatchShare(double share);
    int thresholdPercent() const;
    QString summaryText() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void changed();

private:
    analytics::Calibration m_calibration;
    double m_catchShare = 0.8;
};

} // namespace pilothouse::models
