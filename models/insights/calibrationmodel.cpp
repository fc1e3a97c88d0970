#include "insights/calibrationmodel.h"

#include "insights/metrictext.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace pilothouse::models {

CalibrationModel::CalibrationModel(QObject *parent)
    : QAbstractListModel(parent)
{
    m_calibration = analytics::calibrationOf({});
}

void CalibrationModel::setCalibration(const analytics::Calibration &calibration)
{
    // The bands never change in number: the rows stay, their values change.
    m_calibration = calibration;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0), index(rowCount() - 1));
    Q_EMIT changed();
}

const analytics::Calibration &CalibrationModel::calibration() const
{
    return m_calibration;
}

int CalibrationModel::judged() const
{
    return int(m_calibration.judged);
}

int CalibrationModel::wrong() const
{
    return int(m_calibration.wrong);
}

double CalibrationModel::catchShare() const
{
    return m_catchShare;
}

void CalibrationModel::setCatchShare(double share)
{
    const auto *end = std::end(kCatchShares);
    const auto *found
        = std::find_if(std::begin(kCatchShares), end, [share](double s) { return std::abs(s - share) < 1e-9; });
    if (found == end || *found == m_catchShare)
        return;
    m_catchShare = *found;
    Q_EMIT changed();
}

int CalibrationModel::thresholdPercent() const
{
    const auto effect = m_calibration.thresholdToCatch(m_catchShare);
    return effect ? effect->thresholdPercent : -1;
}

QString CalibrationModel::summaryText() const
{
    const QLocale locale;
    if (m_calibration.judged == 0)
        return tr("No AI reply of this period has been judged yet. Reviewers mark replies right or wrong in the "
                  "transcript; the chart fills as they do.");
    if (m_calibration.wrong == 0)
        return tr("Reviewers judged %n AI reply(s) of this period and found none wrong.", "", judged());
    const analytics::ThresholdEffect e = *m_calibration.thresholdToCatch(m_catchShare);
    const QString caught
        = tr("%1 of the %n reply(s) judged wrong", "", int(e.totalWrong)).arg(locale.toString(e.caughtWrong));
    const QString added = e.conversations > 0
        ? tr("%n more conversation(s) handed to a person (%1 of the period's conversations)", "", int(e.extraHandOffs))
              .arg(MetricText::percent(double(e.extraHandOffs) / double(e.conversations), locale))
        : tr("%n more conversation(s) handed to a person", "", int(e.extraHandOffs));
    return tr("Handing over every reply below %1 confidence would have caught %2, at the cost of %3.")
        .arg(tr("%1 %", "a whole percentage; the translation places the sign").arg(locale.toString(e.thresholdPercent)),
            caught, added);
}

int CalibrationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_calibration.bands.size());
}

QVariant CalibrationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const analytics::CalibrationBand &band = m_calibration.bands.at(std::size_t(index.row()));
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
    case BandTextRole:
        //: A confidence band, e.g. "40–50 %".
        return tr("%1–%2 %").arg(locale.toString(band.fromPercent), locale.toString(band.toPercent));
    case FromPercentRole:
        return band.fromPercent;
    case RepliesRole:
        return int(band.replies);
    case JudgedRole:
        return int(band.judged);
    case WrongRole:
        return int(band.wrong);
    case WrongShareRole:
        return band.wrongShare().value_or(-1.0);
    case WrongShareTextRole:
        return band.wrongShare() ? MetricText::percent(*band.wrongShare(), locale) : tr("Not judged");
    default:
        return {};
    }
}

QHash<int, QByteArray> CalibrationModel::roleNames() const
{
    return {{BandTextRole, "bandText"}, {FromPercentRole, "fromPercent"}, {RepliesRole, "replies"},
        {JudgedRole, "judged"}, {WrongRole, "wrong"}, {WrongShareRole, "wrongShare"},
        {WrongShareTextRole, "wrongShareText"}};
}

} // namespace pilothouse::models
