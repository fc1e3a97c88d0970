#pragma once
// The operator's preferences: interface language, theme, text size, reduced motion, desktop
// notifications, start at login and how long the cache keeps closed conversations. Kept in the
// data folder's settings.ini (app/accountpaths.h) and applied live; shown on the Settings page.
//
// A settings file that cannot be read is moved aside (settings.ini.damaged) and the defaults are
// used; a value that cannot be read (a text size of "huge", a theme of "purple") falls back to its
// default. Either way `problem` says so in one sentence, which the Console posts as a notice.

#include "domain/enums.h"

#include <QObject>
#include <QQmlEngine>
#include <QSettings>
#include <QString>
#include <QVariantList>

#include <memory>

namespace pilothouse::app {

class Preferences : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use Console.preferences")

public:
    enum class Theme {
        FollowSystem, ///< Light or dark as the desktop's palette is.
        Light,
        Dark,
    };
    Q_ENUM(Theme)

    /// The interface language's code ("fr"), or empty to follow the system.
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    /// The languages the console is translated into: [{code, name}], the name in its own language.
    Q_PROPERTY(QVariantList languages READ languages CONSTANT)
    Q_PROPERTY(Theme theme READ theme WRITE setTheme NOTIFY themeChanged)
    /// Whether the dark palette is shown now (the choice, or the desktop's palette when following).
    Q_PROPERTY(bool dark READ dark NOTIFY darkChanged)
    /// Text size in percent of the designed size, kMinTextSize to kMaxTextSize.
    Q_PROPERTY(int textSize READ textSize WRITE setTextSize NOTIFY textSizeChanged)
    /// No animations: no pulsing, fading or sliding.
    Q_PROPERTY(bool reducedMotion READ reducedMotion WRITE setReducedMotion NOTIFY reducedMotionChanged)
    /// Board and queue rows of two lines instead of three, for more conversations on screen.
    Q_PROPERTY(bool compactRows READ compactRows WRITE setCompactRows NOTIFY compactRowsChanged)
    /// After the operator resolves the open conversation (and the server applied it), the next one
    /// opens: the longest-waiting conversation the operator owns, else the top of the queue.
    Q_PROPERTY(bool nextAfterResolve READ nextAfterResolve WRITE setNextAfterResolve NOTIFY nextAfterResolveChanged)
    /// Desktop notifications for new hand-offs; `notifiesFor` narrows them by reason.
    Q_PROPERTY(bool notifications READ notifications WRITE setNotifications NOTIFY notificationsChanged)
    Q_PROPERTY(bool notificationSound READ notificationSound WRITE setNotificationSound NOTIFY notificationsChanged)
    /// The reasons (EscalationReason values) the operator chose not to be notified of.
    Q_PROPERTY(QVariantList mutedReasons READ mutedReasons NOTIFY notificationsChanged)
    /// Every hand-off reason as {value, text} in the queue's order: the notification choices.
    Q_PROPERTY(QVariantList reasons READ reasons CONSTANT)
    /// Whether the console starts when the user logs in (XDG autostart, the Windows Run key, a
    /// macOS launch agent); read from the system, not from settings.ini.
    Q_PROPERTY(bool startAtLogin READ startAtLogin WRITE setStartAtLogin NOTIFY startAtLoginChanged)
    /// Why the last change of startAtLogin failed (empty when it did not).
    Q_PROPERTY(QString startAtLoginError READ startAtLoginError NOTIFY startAtLoginChanged)
    /// How long closed conversations stay in the cache, kMinRetentionDays to kMaxRetentionDays.
    Q_PROPERTY(int retentionDays READ retentionDays WRITE setRetentionDays NOTIFY retentionDaysChanged)
    Q_PROPERTY(int defaultRetentionDays READ defaultRetentionDays CONSTANT)
    Q_PROPERTY(int minRetentionDays READ minRetentionDays CONSTANT)
    Q_PROPERTY(int maxRetentionDays READ maxRetentionDays CONSTANT)
    /// What could not be read from the settings file, in one sentence; empty when all was well.
    Q_PROPERTY(QString problem READ problem CONSTANT)

public:
    static constexpr int kMinTextSize = 100;
    static constexpr int kMaxTextSize = 200;

    /// Reads `settingsFile` (INI). `forceDark` is --dark: the dark theme for this run, not saved.
    Preferences(const QString &settingsFile, bool forceDark, QObject *parent = nullptr);
    ~Preferences() override;

    QString language() const { return m_language; }
    void setLanguage(const QString &code);
    QVariantList languages() const;
    /// The codes of the catalogues in `catalogueDir` (pilothouse_<code>.qm), sorted.
    static QStringList availableLanguages(const QString &catalogueDir);

    Theme theme() const { return m_theme; }
    void setTheme(Theme theme);
    bool dark() const;

    int textSize() const { return m_textSize; }
    void setTextSize(int percent);

    bool reducedMotion() const { return m_reducedMotion; }
    void setReducedMotion(bool on);
    bool compactRows() const { return m_compactRows; }
    void setCompactRows(bool on);
    bool nextAfterResolve() const { return m_nextAfterResolve; }
    void setNextAfterResolve(bool on);

    bool notifications() const { return m_notifications; }
    void setNotifications(bool on);
    bool notificationSound() const { return m_notificationSound; }
    void setNotificationSound(bool on);
    /// Whether a hand-off for `reason` is notified (all reasons are, until the user says otherwise).
    QVariantList reasons() const;
    QVariantList mutedReasons() const;
    Q_INVOKABLE bool notifiesFor(pilothouse::models::EscalationReason::Value reason) const;
    Q_INVOKABLE void setNotifiesFor(pilothouse::models::EscalationReason::Value reason, bool on);

    bool startAtLogin() const;
    void setStartAtLogin(bool on);
    QString startAtLoginError() const { return m_startAtLoginError; }

    int retentionDays() const { return m_retentionDays; }
    void setRetentionDays(int days);
    int defaultRetentionDays() const;
    int minRetentionDays() const;
    int maxRetentionDays() const;

    QString problem() const { return m_problem; }

Q_SIGNALS:
    void languageChanged();
    void themeChanged();
    void darkChanged();
    void textSizeChanged();
    void reducedMotionChanged();
    void compactRowsChanged();
    void nextAfterResolveChanged();
    void notificationsChanged();
    void startAtLoginChanged();
    void retentionDaysChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void read(QStringList *unreadable);
    /// Sets `member` to `value` and keeps it in settings.ini under `key`; false when it already was.
    template<typename T> bool keep(T &member, T value, const QString &key);
    void setDarkNow(bool dark);

    std::unique_ptr<QSettings> m_settings;
    QString m_language;
    Theme m_theme = Theme::FollowSystem;
    bool m_dark = false;
    int m_textSize = kMinTextSize;
    bool m_reducedMotion = false;
    bool m_compactRows = false;
    bool m_nextAfterResolve = false;
    bool m_notifications = true;
    bool m_notificationSound = false;
    QList<models::EscalationReason::Value> m_mutedReasons;
    int m_retentionDays = 0;
    QString m_startAtLoginError;
    QString m_problem;
};

} // namespace pilothouse::app
