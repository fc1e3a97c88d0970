#pragma once
// The escalation rules page (issue 12): the published versions of the rule set the cache holds
// (docs/config.md), the rules of one version in words, in precedence order, and the dry run of that
// version against the rules in force over the cached history: which turns would flip, by hour of
// the day, and which replies reviewers said should have been handed over that it still leaves to
// the AI. Everything reads the cache on the rules thread (rules/rulesworker.h), so it works
// offline; the GUI thread only holds results.

#include "review/readerthread.h"
#include "rules/rulesworker.h"

#include <QAbstractListModel>
#include <QTimer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace pilothouse::models {

class RulesModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use Console.rules")

    /// [{version, title, detail, note, inForce}], newest first; the built-in set (version 0) last.
    Q_PROPERTY(QVariantList versions READ versions NOTIFY versionsChanged)
    Q_PROPERTY(int inForceVersion READ inForceVersion NOTIFY versionsChanged)
    /// The version whose rules are listed (the one in force until another is chosen).
    Q_PROPERTY(int selectedVersion READ selectedVersion WRITE setSelectedVersion NOTIFY selectedChanged)
    /// "Version 3, in force" / "Version 1"; "Built-in rules" for version 0.
    Q_PROPERTY(QString selectedTitle READ selectedTitle NOTIFY selectedChanged)
    /// "Published by supervisor, 12 Nov 2026 14:02" and the note; "" for the built-in set.
    Q_PROPERTY(QString selectedDetail READ selectedDetail NOTIFY selectedChanged)
    /// How the selected version differs from the one in force, one sentence a line ("New rule
    /// “Refunds” at position 3"); empty for the version in force.
    Q_PROPERTY(QStringList changes READ changes NOTIFY selectedChanged)
    /// "Compared with the rules in force: 4 changes" / "The same rules as the version in force".
    Q_PROPERTY(QString changesTitle READ changesTitle NOTIFY selectedChanged)
    Q_PROPERTY(bool loaded READ loaded NOTIFY versionsChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY versionsChanged)
    /// Set by the page while it is shown: a hidden page reads nothing.
    Q_PROPERTY(bool active READ active WRITE setActive NOTIFY activeChanged)

    /// Days of history the dry run replays: 7, 30 or 90.
    Q_PROPERTY(int windowDays READ windowDays WRITE setWindowDays NOTIFY dryRunChanged)
    /// [{text, value}]
    Q_PROPERTY(QVariantList windowOptions READ windowOptions CONSTANT)
    /// The selected version differs from the one in force, so a dry run compares something.
    Q_PROPERTY(bool canDryRun READ canDryRun NOTIFY selectedChanged)
    Q_PROPERTY(bool running READ running NOTIFY dryRunChanged)
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged) ///< 0..1 while running
    /// A dry run finished (or was cancelled) for the version selected now.
    Q_PROPERTY(bool hasResult READ hasResult NOTIFY dryRunChanged)
    /// "Version 1 against version 3, last 30 days: 4,210 replies in 1,032 conversations."
    Q_PROPERTY(QString resultTitle READ resultTitle NOTIFY dryRunChanged)
    /// "Hand-offs: 312 → 280 (32 fewer)"; "Cancelled after 40 % of the replies." when cancelled.
    Q_PROPERTY(QString resultSummary READ resultSummary NOTIFY dryRunChanged)
    /// [{hour, label, more, fewer}] for the 24 hours of the day, local time.
    Q_PROPERTY(QVariantList hours READ hours NOTIFY dryRunChanged)
    Q_PROPERTY(int hourScale READ hourScale NOTIFY dryRunChanged) ///< The largest bar, at least 1.
    /// The first 200 flips: [{conversationId, text, change, before, after, time, traceNow,
    /// traceThen}], the traces being each rule's outcome on the turn, in precedence order.
    Q_PROPERTY(QVariantList flips READ flips NOTIFY dryRunChanged)
    /// "38 replies would change (the first 200 are listed)."
    Q_PROPERTY(QString flipsText READ flipsText NOTIFY dryRunChanged)
    /// Replies judged "should have handed over" that the version still leaves to the AI:
    /// [{conversationId, text, time}].
    Q_PROPERTY(QVariantList stillMissed READ stillMissed NOTIFY dryRunChanged)
    Q_PROPERTY(QString stillMissedText READ stillMissedText NOTIFY dryRunChanged)

public:
    enum Role {
        PositionRole = Qt::UserRole + 1, ///< 1-based precedence
        RuleIdRole,
        NameRole, ///< The supervisor's own text
        WhenRole, ///< The conditions in words
        ThenRole, ///< The action in words
        EnabledRole,
        GuardrailRole, ///< A built-in guardrail (can move, cannot go)
    };
    Q_ENUM(Role)

    explicit RulesModel(QObject *parent = nullptr);
    ~RulesModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// The cache file to read ("" while signed out: nothing is read and the page is empty).
    void setDatabasePath(const QString &path);

    QVariantList versions() const { return m_versionList; }
    int inForceVersion() const { return int(m_inForce); }
    int selectedVersion() const { return int(m_selected); }
    void setSelectedVersion(int version);
    QString selectedTitle() const;
    QString selectedDetail() const;
    QStringList changes() const { return m_changes; }
    QString changesTitle() const;
    bool loaded() const { return m_loaded; }
    QString errorText() const { return m_error; }
    bool active() const { return m_active; }
    void setActive(bool active);

    int windowDays() const { return m_windowDays; }
    void setWindowDays(int days);
    QVariantList windowOptions() const;
    bool canDryRun() const;
    bool running() const { return m_running; }
    double progress() const;
    bool hasResult() const { return m_result.has_value(); }
    QString resultTitle() const;
    QString resultSummary() const;
    QVariantList hours() const;
    int hourScale() const;
    QVariantList flips() const { return m_flips; }
    QString flipsText() const;
    QVariantList stillMissed() const;
    QString stillMissedText() const;

    /// Replays the cached history of the window under the selected version and the one in force.
    Q_INVOKABLE void runDryRun();
    Q_INVOKABLE void cancelDryRun();

public Q_SLOTS:
    /// The cache changed (a batch was applied): a new version may have arrived.
    void cacheChanged();
    void refresh();

Q_SIGNALS:
    void versionsChanged();
    void selectedChanged();
    void activeChanged();
    void dryRunChanged();
    void progressChanged();

private:
    /// "Version 3"; "Built-in rules" for version 0.
    static QString versionTitle(qint64 version);
    std::shared_ptr<const tuning::RuleSet> ruleSet(qint64 version) const;
    const ConfigVersionRecord *record(qint64 version) const;
    /// The chosen version when the cache holds it, else the one in force.
    qint64 shownVersion() const;
    void apply(RulesVersions result);
    void showRules();
    QVariantList listedFlips() const;

    ReaderThread<RulesWorker> m_reader {QStringLiteral("rules")};
    QString m_path;
    bool m_active = false;
    bool m_loaded = false;
    bool m_dirty = true;
    QString m_error;
    QList<ConfigVersionRecord> m_versions;
    QVariantList m_versionList;
    qint64 m_inForce = 0;
    qint64 m_selected = -1; ///< -1: follow the version in force
    std::shared_ptr<const tuning::RuleSet> m_shown;
    QStringList m_changes;

    int m_windowDays = 30;
    bool m_running = false;
    int m_generation = 0;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    std::shared_ptr<std::atomic<int>> m_progress;
    QTimer m_progressTimer;
    struct Result {
        DryRunAnswer answer;
        qint64 version = 0;
        qint64 against = 0;
        int days = 0;
        std::shared_ptr<const tuning::RuleSet> draft;
        std::shared_ptr<const tuning::RuleSet> inForce;
    };
    std::optional<Result> m_result;
    QVariantList m_flips; ///< What flips() shows, made once per result.
};

} // namespace pilothouse::models
