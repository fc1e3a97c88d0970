#include "insights/costmodelform.h"

#include "analytics/costmodelwire.h"
#include "insights/analyticsreport.h"

#include <QDateTime>
#include <QLocale>

#include <cmath>

namespace pilothouse::models {
namespace {

using analytics::CostModel;
using analytics::CostModelCheck;
using E = analytics::CostModelError;

/// A number typed in the UI locale (or, failing that, with a dot): "1 234,5", "1234.5".
std::optional<double> number(const QString &text)
{
    const QString trimmed = text.trimmed();
    bool ok = false;
    double value = QLocale().toDouble(trimmed, &ok);
    if (!ok)
        value = QLocale::c().toDouble(trimmed, &ok);
    return ok && std::isfinite(value) ? std::optional(value) : std::nullopt;
}

std::optional<int> whole(const QString &text)
{
    const auto value = number(text);
    if (!value || *value != std::floor(*value) || std::abs(*value) > 1e9)
        return std::nullopt;
    return int(*value);
}

QString numberText(double value)
{
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return locale.toString(value, 'g', 12);
}

} // namespace

CostModelForm::CostModelForm(AnalyticsReport *report)
    : QObject(report)
    , m_report(report)
{
    reload();
}

#define PILOTHOUSE_FORM_SETTER(name, member)                                                                           \
    void CostModelForm::name(const QString &text)                                                                      \
    {                                                                                                                  \
        if (member == text)                                                                                            \
            return;                                                                                                    \
        member = text;                                                                                                 \
        Q_EMIT valuesChanged();                                                                                        \
    }
PILOTHOUSE_FORM_SETTER(setHourlyCost, m_hourlyCost)
PILOTHOUSE_FORM_SETTER(setDefaultMinutes, m_defaultMinutes)
PILOTHOUSE_FORM_SETTER(setAiPrice, m_aiPrice)
PILOTHOUSE_FORM_SETTER(setCurrency, m_currency)
PILOTHOUSE_FORM_SETTER(setTeamSize, m_teamSize)
PILOTHOUSE_FORM_SETTER(setMinSamples, m_minSamples)
PILOTHOUSE_FORM_SETTER(setNote, m_note)
#undef PILOTHOUSE_FORM_SETTER

void CostModelForm::setCanSave(bool canSave)
{
    if (m_canSave == canSave)
        return;
    m_canSave = canSave;
    Q_EMIT canSaveChanged();
}

void CostModelForm::reload()
{
    const CostModel &model = m_report->costModel();
    m_hourlyCost = numberText(model.loadedHourlyCost);
    m_defaultMinutes = numberText(model.defaultHandlingMinutes);
    m_aiPrice = numberText(model.aiPricePer1000Tokens);
    m_currency = model.currency;
    m_teamSize = QString::number(model.teamSize);
    m_minSamples = QString::number(model.minHumanSamples);
    Q_EMIT valuesChanged();
    setErrors({});
}

std::optional<CostModel> CostModelForm::parse()
{
    // The per-intent defaults are kept as they are: the panel does not edit them.
    CostModel model = m_report->costModel();
    QList<E> errors;
    const auto take = [&errors](std::optional<double> value, E::Field field, double &out) {
        if (value)
            out = *value;
        else
            errors.append({field, {}, CostModelCheck::message(field, E::OutOfRange), E::OutOfRange});
    };
    take(number(m_hourlyCost), E::LoadedHourlyCost, model.loadedHourlyCost);
    take(number(m_defaultMinutes), E::DefaultHandlingMinutes, model.defaultHandlingMinutes);
    take(number(m_aiPrice), E::AiPrice, model.aiPricePer1000Tokens);
    model.currency = m_currency.trimmed().toUpper();
    const auto team = whole(m_teamSize);
    const auto samples = whole(m_minSamples);
    model.teamSize = team.value_or(0);
    model.minHumanSamples = samples.value_or(0);
    // Everything the check refuses that parsing has not already refused, in field order.
    for (const E &error : CostModelCheck::validate(model)) {
        const bool known = std::any_of(errors.cbegin(), errors.cend(),
            [&](const E &e) { return e.field == error.field && e.intent == error.intent; });
        if (!known)
            errors.append(error);
    }
    std::sort(errors.begin(), errors.end(), [](const E &a, const E &b) { return a.field < b.field; });
    setErrors(errors);
    if (!errors.isEmpty())
        return std::nullopt;
    return model;
}

bool CostModelForm::tryValues()
{
    const auto model = parse();
    if (!model) {
        setStatus(tr("Some values were not accepted; see the messages under the fields."), true);
        return false;
    }
    m_report->setLocalCostModel(*model);
    setStatus(tr("The figures now use these values. They are not saved."), false);
    return true;
}

void CostModelForm::useOrganisation()
{
    m_report->useOrganisationCostModel();
    reload();
    setStatus({}, false);
}

bool CostModelForm::save()
{
    if (!m_canSave || m_busy)
        return false;
    const auto model = parse();
    if (!model) {
        setStatus(tr("Some values were not accepted; see the messages under the fields."), true);
        return false;
    }
    protocol::CostModelUpdate update;
    update.baseVersion = m_report->organisationVersion();
    update.note = m_note.trimmed().toStdString();
    update.model = analytics::toWire(*model);
    setStatus(tr("Saving…"), false, true);
    Q_EMIT saveRequested(update);
    return true;
}

void CostModelForm::onSaved(const protocol::CostModelVersion &saved)
{
    m_report->setOrganisationCostModel(
        analytics::fromWire(saved.model), saved.version, QString::fromStdString(saved.author), saved.at);
    m_report->useOrganisationCostModel();
    m_note.clear();
    reload();
    setStatus(tr("Saved as version %L1 of the organisation's cost model.").arg(saved.version), false);
}

void CostModelForm::onConflict(const protocol::CostModelVersion &current)
{
    // The newer version becomes the base; the values typed here stay, tried locally, so nothing
    // is lost and nothing is overwritten without a second, informed save.
    const auto mine = parse();
    m_report->setOrganisationCostModel(
        analytics::fromWire(current.model), current.version, QString::fromStdString(current.author), current.at);
    if (mine)
        m_report->setLocalCostModel(*mine);
    setStatus(tr("Not saved: %1 saved version %L2 on %3 meanwhile. Your values are kept here and in the figures; "
                 "save again to replace that version, or go back to the organisation's values.")
                  .arg(QString::fromStdString(current.author))
                  .arg(current.version)
                  .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(current.at), QLocale::ShortFormat)),
        true);
}

void CostModelForm::onRefused(const QList<analytics::CostModelError> &errors)
{
    setErrors(errors);
    setStatus(tr("The server did not accept some values; see the messages under the fields."), true);
}

void CostModelForm::onFailed(const QString &message)
{
    setStatus(message, true);
}

void CostModelForm::setErrors(const QList<analytics::CostModelError> &errors)
{
    QVariantMap map;
    for (const E &error : errors) {
        const QString key = QString::fromLatin1(CostModelCheck::fieldName(error.field));
        const QString previous = map.value(key).toString();
        map.insert(key, previous.isEmpty() ? error.message : previous + u'\n' + error.message);
    }
    if (map == m_errors)
        return;
    m_errors = map;
    Q_EMIT errorsChanged();
}

void CostModelForm::setStatus(const QString &text, bool error, bool busy)
{
    m_status = text;
    m_statusIsError = error;
    m_busy = busy;
    Q_EMIT statusChanged();
}

} // namespace pilothouse::models
