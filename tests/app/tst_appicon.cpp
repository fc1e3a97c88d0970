// The application icon is compiled in (resources/CMakeLists.txt): every size the window, the
// taskbar and the tray ask for is there and is the icon, not an empty pixmap.

#include "appicon.h"

#include <QGuiApplication>
#include <QImage>
#include <QTest>

class TestAppIcon : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everySizeIsEmbedded()
    {
        const QIcon icon = pilothouse::app::applicationIcon();
        QVERIFY(!icon.isNull());
        const QList<QSize> sizes = icon.availableSizes();
        for (const int size : {16, 24, 32, 48, 64, 128, 256}) {
            QVERIFY2(sizes.contains(QSize(size, size)), qPrintable(QString::number(size)));
            const QImage image = icon.pixmap(size, size).toImage();
            QCOMPARE(image.size(), QSize(size, size));
            // The accent square fills the middle: the pixmap holds the drawing, not transparency.
            const QColor middle = image.pixelColor(size / 2, size / 4);
            QVERIFY2(middle.alpha() == 255, qPrintable(middle.name(QColor::HexArgb)));
        }
    }
};

QTEST_MAIN(TestAppIcon)
#include "tst_appicon.moc"
