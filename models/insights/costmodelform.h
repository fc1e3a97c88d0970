#pragma once
// The Cost model panel's form (docs/metrics.md, "Cost model"): the organisation's values as text
// in the UI locale, tried locally without saving (AnalyticsReport recomputes with them), or saved
// by an admin with a note. Parsing and validation happen here, with CostModelCheck's sentences
// under each field; the panel only shows them. GUI thread.

#include "analytics/costmodel.h"
#include "protocol/costmodel.h"

#include <QObject>
#include <QString>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace pilothouse::models {

class AnalyticsReport;

class CostModelForm : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("AnalyticsReport.costModelForm holds the one form")
    Q_PROPERTY(QString hourlyCost READ hourlyCost WRITE setHourlyCost NOTIFY valuesChanged)
    Q_PROPERTY(QString defaultMinutes READ defaultMinutes WRITE setDefaultMinutes NOTIFY valuesChanged)
    Q_PROPERTY(QString aiPrice READ aiPrice WRITE setAiPrice NOTIFY valuesChanged)
    Q_PROPERTY(QString currency READ currency WRITE setCurrency NOTIFY valuesChanged)
    Q_PROPERTY(QString teamSize READ teamSize WRITE setTeamSize NOTIFY valuesChanged)
    Q_PROPERTY(QString minSamples READ minSamples WRITE setMinSamples NOTIFY valuesChanged)
    Q_PROPERTY(QString note READ note WRITE setNote NOTIFY valuesChanged)
    /// The sentence under each refused field, keyed by its wire name ("loadedHourlyCost", ...);
    /// per-intent refusals under "handlingMinutesByIntent", one line each.
    Q_PROPERTY(QVariantMap errors READ errors NOTIFY errorsChanged)
    /// Signed in as an admin: may save for the organisation.
    Q_PROPERTY(bool canSave READ canSave NOTIFY canSaveChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY statusChanged)
    /// What the last save or try did, in a sentence; "" for nothing to say.
    Q_PROPERTY(QString statusText READ statusText NOTIFY statusChanged)
    Q_PROPERTY(bool statusIsError READ statusIsError NOTIFY statusChanged)

public:
    explicit CostModelForm(AnalyticsReport *report);

    QString hourlyCost() const { return m_hourlyCost; }
    void setHourlyCost(const QString &text);
    QString defaultMinutes() const { return m_defaultMinutes; }
    void setDefaultMinutes(const QString &text);
    QString aiPrice() const { return m_aiPrice; }
    void setAiPrice(const QString &text);
    QString currency() const { return m_currency; }
    void setCurrency(const QString &text);
    QString teamSize() const { return m_teamSize; }
    void setTeamSize(const QString &text);
    QString minSamples() const { return m_minSamples; }
    void setMinSamples(const QString &text);
    QString note() const { return m_note; }
    void setNote(const QString &text);
    QVariantMap errors() const { return m_errors; }
    bool canSave() const { return m_canSave; }
    void setCanSave(bool canSave);
    bool busy() const { return m_busy; }
    QString statusText() const { return m_status; }
    bool statusIsError() const { return m_statusIsError; }

    /// Fills the fields with the values the figures use now (the local ones while trying).
    Q_INVOKABLE void reload();
    /// Recomputes the figures with the fields' values, unsaved. False (and the errors) when a
    /// field is refused.
    Q_INVOKABLE bool tryValues();
    /// Back to the organisation's values: the figures and the fields.
    Q_INVOKABLE void useOrganisation();
    /// Saves the fields' values as the organisation's next version (admins). False when a field
    /// is refused locally; the server's answer arrives later.
    Q_INVOKABLE bool save();

    /// The fields as a model, or nothing with the errors set.
    std::optional<analytics::CostModel> parse();

    // The server's answers to saveRequested().
    void onSaved(const protocol::CostModelVersion &saved);
    void onConflict(const protocol::CostModelVersion &current);
    void onRefused(const QList<analytics::CostModelError> &errors);
    void onFailed(const QString &message);

Q_SIGNALS:
    void valuesChanged();
    void errorsChanged();
    void canSaveChanged();
    void statusChanged();
    /// Account sends it to the server (net::CostModelClient::save).
    void saveRequested(const pilothouse::protocol::CostModelUpdate &update);

private:
    void setErrors(const QList<analytics::CostModelError> &errors);
    void setStatus(const QString &text, bool error, bool busy = false);

    AnalyticsReport *m_report;
    QString m_hourlyCost;
    QString m_defaultMinutes;
    QString m_aiPrice;
    QString m_currency;
    QString m_teamSize;
    QString m_minSamples;
    QString m_note;
    QVariantMap m_errors;
    bool m_canSave = false;
    bool m_busy = false;
    QString m_status;
    bool m_statusIsError = false;
};

} // namespace pilothouse::models
