#pragma once
// What the Settings page's About section shows: the console's version and the software it is
// built with, each with its version and licence, and the licence texts compiled in under
// :/licenses/ (resources/licenses).

#include <QObject>
#include <QQmlEngine>
#include <QVariantList>

namespace pilothouse::app {

class AboutInfo : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    Q_PROPERTY(QString version READ version CONSTANT)
    /// [{name, version, licence, file}], the console's own dependencies in the order they matter.
    Q_PROPERTY(QVariantList components READ components CONSTANT)

public:
    using QObject::QObject;

    QString version() const;
    QVariantList components() const;
    /// The licence text of `file` (a component's `file`), or a sentence saying it is missing.
    Q_INVOKABLE QString licenceText(const QString &file) const;
};

} // namespace pilothouse::app
