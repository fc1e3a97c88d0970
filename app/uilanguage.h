#pragma once
// The interface language: the console's catalogue (pilothouse_<code>.qm, compiled in under
// :/i18n by translations/CMakeLists.txt) installed, and the matching locale made the default so
// dates, numbers and money follow it. Switched live from the Settings page: Console then asks the
// QML engine to retranslate (qsTr() bindings), and the window builds its pages again so the
// labels models compute in C++ are read in the new language too (ui/shell/Main.qml).

#include <QString>
#include <QTranslator>

namespace pilothouse::app {

class UiLanguage {
public:
    static inline const QString kCatalogueDir = QStringLiteral(":/i18n");

    UiLanguage() = default;
    ~UiLanguage();
    UiLanguage(const UiLanguage &) = delete;
    UiLanguage &operator=(const UiLanguage &) = delete;

    /// Installs the catalogue of `code` ("fr"; empty: the system's language). A language without a
    /// catalogue leaves the source strings (English) showing.
    void apply(const QString &code);

private:
    QTranslator m_translator;
    bool m_installed = false;
    QString m_code; ///< What apply() was last given.
};

} // namespace pilothouse::app
