#include "autostart.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>

namespace pilothouse::app::autostart {

namespace {

#if defined(Q_OS_WIN)
const QString kRunKey = QStringLiteral(R"(HKEY_CURRENT_USER\Software\Microsoft\Windows\CurrentVersion\Run)");
const QString kRunValue = QStringLiteral("Pilothouse");
#else
/// The entry's text: a desktop entry (freedesktop.org Desktop Entry Specification) or a launchd
/// property list.
QByteArray entryText(const QString &executable)
{
#if defined(Q_OS_MACOS)
    return QByteArrayLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                             "<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" "
                             "\"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n"
                             "<plist version=\"1.0\"><dict>\n"
                             "<key>Label</key><string>io.pilothouse.Pilothouse</string>\n"
                             "<key>ProgramArguments</key><array><string>")
        + executable.toHtmlEscaped().toUtf8()
        + QByteArrayLiteral("</string></array>\n<key>RunAtLoad</key><true/>\n</dict></plist>\n");
#else
    // Exec quoting: the path in double quotes, with `"`, `` ` ``, `$` and `\` escaped.
    QString quoted = executable;
    quoted.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'"', QStringLiteral("\\\""))
        .replace(u'`', QStringLiteral("\\`"))
        .replace(u'$', QStringLiteral("\\$"));
    return QByteArrayLiteral("[Desktop Entry]\nType=Application\nName=Pilothouse\n"
                             "Comment=Operator console for AI customer conversations\nExec=\"")
        + quoted.toUtf8() + QByteArrayLiteral("\"\nIcon=pilothouse\nTerminal=false\nX-GNOME-Autostart-enabled=true\n");
#endif
}
#endif

} // namespace

QString location()
{
#if defined(Q_OS_WIN)
    return kRunKey + u'\\' + kRunValue;
#elif defined(Q_OS_MACOS)
    return QDir::homePath() + QStringLiteral("/Library/LaunchAgents/io.pilothouse.Pilothouse.plist");
#else
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
        + QStringLiteral("/autostart/pilothouse.desktop");
#endif
}

bool isEnabled()
{
#if defined(Q_OS_WIN)
    return QSettings(kRunKey, QSettings::NativeFormat).contains(kRunValue);
#else
    return QFileInfo::exists(location());
#endif
}

bool setEnabled(bool on, const QString &executable, QString *error)
{
#if defined(Q_OS_WIN)
    QSettings run(kRunKey, QSettings::NativeFormat);
    if (on)
        run.setValue(kRunValue, u'"' + QDir::toNativeSeparators(executable) + u'"');
    else
        run.remove(kRunValue);
    run.sync();
    if (run.status() != QSettings::NoError) {
        *error = QCoreApplication::translate("pilothouse::app::Preferences", "the registry refused the change");
        return false;
    }
    return true;
#else
    const QString path = location();
    if (!on) {
        QFile file(path);
        if (file.exists() && !file.remove()) {
            *error = file.errorString();
            return false;
        }
        return true;
    }
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        *error = QCoreApplication::translate("pilothouse::app::Preferences", "cannot make the folder %1")
                     .arg(QFileInfo(path).absolutePath());
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(entryText(executable)) < 0 || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
#endif
}

} // namespace pilothouse::app::autostart
