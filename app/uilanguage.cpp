#include "uilanguage.h"

#include <QCoreApplication>
#include <QLocale>

namespace pilothouse::app {

UiLanguage::~UiLanguage()
{
    if (m_installed)
        QCoreApplication::removeTranslator(&m_translator);
}

void UiLanguage::apply(const QString &code)
{
    if (m_installed) {
        QCoreApplication::removeTranslator(&m_translator);
        m_installed = false;
    }
    // The system's language leaves the default locale as the process has it (a test may have set
    // one), unless a chosen language is being left.
    if (!code.isEmpty())
        QLocale::setDefault(QLocale(code));
    else if (!m_code.isEmpty())
        QLocale::setDefault(QLocale::system());
    m_code = code;
    if (m_translator.load(QLocale(), QStringLiteral("pilothouse"), QStringLiteral("_"), kCatalogueDir))
        m_installed = QCoreApplication::installTranslator(&m_translator);
}

} // namespace pilothouse::app
