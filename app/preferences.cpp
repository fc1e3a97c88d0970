#include "preferences.h"

#include "autostart.h"
#include "uilanguage.h"

#include "domain/catalogue.h"
#include "protocol/spellings.h"
#include "store/retention.h"

#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>
#include <QStringDecoder>

#include <algorithm>
#include <array>

namespace pilothouse::app {

namespace {

using models::EscalationReason::Value;

const QString kLanguage = QStringLiteral("ui/language");
const QString kTheme = QStringLiteral("ui/theme");
const QString kLegacyDark = QStringLiteral("ui/dark"); // before the Settings page: a bool
const QString kTextSize = QStringLiteral("ui/textSize");
const QString kReducedMotion = QStringLiteral("ui/reducedMotion");
const QString kCompactRows = QStringLiteral("ui/compactRows");
const QString kNextAfterResolve = QStringLiteral("workflow/nextAfterResolve");
const QString kNotifications = QStringLiteral("notifications/enabled");
const QString kSound = QStringLiteral("notifications/sound");
const QString kMutedReasons = QStringLiteral("notifications/mutedReasons");
const QString kRetention = QStringLiteral("cache/retentionDays");

constexpr std::array<std::pair<Preferences::Theme, const char *>, 3> kThemeSpellings {{
    {Preferences::Theme::FollowSystem, "system"},
    {Preferences::Theme::Light, "light"},
    {Preferences::Theme::Dark, "dark"},
}};

/// Whether the file holds something no INI file does: NUL bytes or text that is not UTF-8 (a
/// crash mid-write on some file systems leaves zeros; a copy gone wrong leaves binary).
bool looksDamaged(const QString &path)
{
    QFile file(path);
    if (!file.exists() || !file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray bytes = file.readAll();
    if (bytes.contains('\0'))
        return true;
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = utf8.decode(bytes);
    return utf8.hasError();
}

/// The desktop's palette is dark (Qt 6.4 has no colour-scheme hint: its window colour decides).
bool systemIsDark()
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return false;
    return QGuiApplication::palette().color(QPalette::Window).lightness() < 128;
}

QString reasonSpelling(Value reason)
{
    const auto value = models::catalogue::toProtocol(reason);
    return value ? QString::fromLatin1(protocol::spellings::spell(protocol::spellings::kReasons, *value)) : QString();
}

} // namespace

Preferences::Preferences(const QString &settingsFile, bool forceDark, QObject *parent)
    : QObject(parent)
    , m_retentionDays(models::retention::kDefaultDays)
{
    bool damaged = looksDamaged(settingsFile);
    if (!damaged) {
        m_settings = std::make_unique<QSettings>(settingsFile, QSettings::IniFormat);
        damaged = m_settings->status() != QSettings::NoError;
    }
    if (damaged) {
        // Kept for whoever wants to look; a fresh file takes its place.
        m_settings.reset();
        const QString aside = settingsFile + QStringLiteral(".damaged");
        QFile::remove(aside);
        QFile::rename(settingsFile, aside);
        m_settings = std::make_unique<QSettings>(settingsFile, QSettings::IniFormat);
        m_problem = tr("The settings file could not be read, so the defaults are used. "
                       "The damaged file is kept as %1.")
                        .arg(QDir::toNativeSeparators(aside));
    } else {
        QStringList unreadable;
        read(&unreadable);
        if (!unreadable.isEmpty())
            m_problem = tr("Some settings could not be read and are back to their defaults: %1.")
                            .arg(QLocale().createSeparatedList(unreadable));
    }
    if (forceDark)
        m_theme = Theme::Dark; // --dark: this run only, not saved
    m_dark = dark();
    if (QCoreApplication::instance())
        QCoreApplication::instance()->installEventFilter(this);
}

Preferences::~Preferences() = default;

void Preferences::read(QStringList *unreadable)
{
    QSettings &s = *m_settings;
    if (s.contains(kLanguage)) {
        const QString code = s.value(kLanguage).toString();
        if (code.isEmpty() || availableLanguages(UiLanguage::kCatalogueDir).contains(code))
            m_language = code;
        else
            unreadable->append(tr("language"));
    }
    if (s.contains(kTheme)) {
        const QString text = s.value(kTheme).toString();
        const auto it = std::find_if(kThemeSpellings.begin(), kThemeSpellings.end(),
            [&](const auto &entry) { return text == QLatin1String(entry.second); });
        if (it != kThemeSpellings.end())
            m_theme = it->first;
        else
            unreadable->append(tr("theme"));
    } else if (s.value(kLegacyDark, false).toBool()) {
        m_theme = Theme::Dark;
    }
    const auto readInt = [&](const QString &key, int low, int high, int *into, const QString &name) {
        if (!s.contains(key))
            return;
        bool ok = false;
        const int value = s.value(key).toInt(&ok);
        if (ok && value >= low && value <= high)
            *into = value;
        else
            unreadable->append(name);
    };
    readInt(kTextSize, kMinTextSize, kMaxTextSize, &m_textSize, tr("text size"));
    readInt(kRetention, models::retention::kMinDays, models::retention::kMaxDays, &m_retentionDays,
        tr("how long closed conversations are kept"));
    const auto readBool = [&](const QString &key, bool *into, const QString &name) {
        if (!s.contains(key))
            return;
        const QString text = s.value(key).toString();
        if (text == QLatin1String("true") || text == QLatin1String("false"))
            *into = text == QLatin1String("true");
        else
            unreadable->append(name);
    };
    readBool(kReducedMotion, &m_reducedMotion, tr("reduced motion"));
    readBool(kCompactRows, &m_compactRows, tr("compact rows"));
    readBool(kNextAfterResolve, &m_nextAfterResolve, tr("opening the next conversation after resolving"));
    readBool(kNotifications, &m_notifications, tr("notifications"));
    readBool(kSound, &m_notificationSound, tr("notification sound"));
    // Unknown spellings (a reason a later version added) are skipped, not reported.
    const QStringList muted = s.value(kMutedReasons).toStringList();
    for (const Value reason : models::catalogue::escalationReasons())
        if (muted.contains(reasonSpelling(reason)))
            m_mutedReasons.append(reason);
}

void Preferences::setLanguage(const QString &code)
{
    if (code == m_language || !(code.isEmpty() || availableLanguages(UiLanguage::kCatalogueDir).contains(code)))
        return;
    m_language = code;
    m_settings->setValue(kLanguage, code);
    Q_EMIT languageChanged();
}

QVariantList Preferences::languages() const
{
    QVariantList list;
    for (const QString &code : availableLanguages(UiLanguage::kCatalogueDir)) {
        const QLocale locale(code);
        // Qt names "en" after its default territory ("American English"); the list names languages.
        QString name = locale.language() == QLocale::English ? QStringLiteral("English") : locale.nativeLanguageName();
        if (!name.isEmpty())
            name[0] = name[0].toUpper(); // "français" as a list entry reads "Français"
        list.append(QVariantMap {{QStringLiteral("code"), code}, {QStringLiteral("name"), name}});
    }
    return list;
}

QStringList Preferences::availableLanguages(const QString &catalogueDir)
{
    QStringList codes;
    const QStringList files = QDir(catalogueDir).entryList({QStringLiteral("pilothouse_*.qm")}, QDir::Files);
    for (const QString &file : files)
        codes.append(file.mid(qsizetype(sizeof("pilothouse_")) - 1).chopped(3));
    codes.sort();
    return codes;
}

void Preferences::setTheme(Theme theme)
{
    if (theme == m_theme)
        return;
    m_theme = theme;
    m_settings->setValue(kTheme, QLatin1String(kThemeSpellings[std::size_t(theme)].second));
    m_settings->remove(kLegacyDark);
    Q_EMIT themeChanged();
    setDarkNow(dark());
}

bool Preferences::dark() const
{
    switch (m_theme) {
    case Theme::Light:
        return false;
    case Theme::Dark:
        return true;
    case Theme::FollowSystem:
        break;
    }
    return systemIsDark();
}

void Preferences::setDarkNow(bool dark)
{
    if (dark == m_dark)
        return;
    m_dark = dark;
    Q_EMIT darkChanged();
}

bool Preferences::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == QCoreApplication::instance() && event->type() == QEvent::ApplicationPaletteChange)
        setDarkNow(dark());
    return QObject::eventFilter(watched, event);
}

template<typename T> bool Preferences::keep(T &member, T value, const QString &key)
{
    if (member == value)
        return false;
    member = value;
    m_settings->setValue(key, value);
    return true;
}

void Preferences::setTextSize(int percent)
{
    if (keep(m_textSize, std::clamp(percent, kMinTextSize, kMaxTextSize), kTextSize))
        Q_EMIT textSizeChanged();
}

void Preferences::setCompactRows(bool on)
{
    if (keep(m_compactRows, on, kCompactRows))
        Q_EMIT compactRowsChanged();
}

void Preferences::setNextAfterResolve(bool on)
{
    if (keep(m_nextAfterResolve, on, kNextAfterResolve))
        Q_EMIT nextAfterResolveChanged();
}

void Preferences::setReducedMotion(bool on)
{
    if (keep(m_reducedMotion, on, kReducedMotion))
        Q_EMIT reducedMotionChanged();
}

void Preferences::setNotifications(bool on)
{
    if (keep(m_notifications, on, kNotifications))
        Q_EMIT notificationsChanged();
}

void Preferences::setNotificationSound(bool on)
{
    if (keep(m_notificationSound, on, kSound))
        Q_EMIT notificationsChanged();
}

QVariantList Preferences::reasons() const
{
    QVariantList list;
    for (const Value reason : models::catalogue::escalationReasons())
        list.append(QVariantMap {
            {QStringLiteral("value"), int(reason)}, {QStringLiteral("text"), models::catalogue::label(reason)}});
    return list;
}

QVariantList Preferences::mutedReasons() const
{
    QVariantList list;
    for (const Value reason : m_mutedReasons)
        list.append(int(reason));
    return list;
}

bool Preferences::notifiesFor(Value reason) const
{
    return m_notifications && !m_mutedReasons.contains(reason);
}

void Preferences::setNotifiesFor(Value reason, bool on)
{
    if (on == !m_mutedReasons.contains(reason))
        return;
    if (on)
        m_mutedReasons.removeAll(reason);
    else
        m_mutedReasons.append(reason);
    QStringList spellings;
    for (const Value muted : std::as_const(m_mutedReasons))
        spellings.append(reasonSpelling(muted));
    m_settings->setValue(kMutedReasons, spellings);
    Q_EMIT notificationsChanged();
}

bool Preferences::startAtLogin() const
{
    return autostart::isEnabled();
}

void Preferences::setStartAtLogin(bool on)
{
    QString error;
    m_startAtLoginError.clear();
    if (on != autostart::isEnabled() && !autostart::setEnabled(on, QCoreApplication::applicationFilePath(), &error))
        m_startAtLoginError = tr("Start at login could not be changed (%1): %2").arg(autostart::location(), error);
    Q_EMIT startAtLoginChanged();
}

void Preferences::setRetentionDays(int days)
{
    if (keep(m_retentionDays, std::clamp(days, models::retention::kMinDays, models::retention::kMaxDays), kRetention))
        Q_EMIT retentionDaysChanged();
}

int Preferences::defaultRetentionDays() const
{
    return models::retention::kDefaultDays;
}

int Preferences::minRetentionDays() const
{
    return models::retention::kMinDays;
}

int Preferences::maxRetentionDays() const
{
    return models::retention::kMaxDays;
}

} // namespace pilothouse::app
