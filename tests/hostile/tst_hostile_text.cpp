// Hostile customer text through the real path: protocol frame -> codec -> StoreWriter -> SQLite
// cache -> the real Console (offline) -> Main.qml offscreen. Every hostile field must be shown
// literally (after the "strip and isolate" bidi policy of models/domain/displaytext.h) in the
// board, the conversation and the queue, and named in the tray notification; every Text showing it
// is PlainText; no Image has a remote source; a listener on the port every URL points at receives
// no connection; the cache keeps the original text; and QML says nothing.

#include "consoleqmlmodules.h"
#include "accountpaths.h"
#include "appoptions.h"
#include "console.h"
#include "hostiledata.h"
#include "qmltesting.h"
#include "traynotifier.h"
#include "queue/escalationqueuemodel.h"

#include "credentials/tokenstore.h"
#include "domain/displaytext.h"
#include "live/workspace.h"
#include "protocol/codec.h"
#include "store/storewriter.h"

#include <QApplication>
#include <QDir>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace pilothouse;
using pilothouse::tests::findByName;
using pilothouse::tests::WarningRecorder;

namespace {

bool isTextItem(const QQuickItem *item)
{
    return item->inherits("QQuickText") || item->inherits("QQuickTextEdit") || item->inherits("QQuickTextInput");
}

void collect(QQuickItem *item, QList<QQuickItem *> &out)
{
    if (!item)
        return;
    out.append(item);
    const auto children = item->childItems();
    for (QQuickItem *child : children)
        collect(child, out);
}

bool shownSomewhere(const QList<QQuickItem *> &items, const QString &text)
{
    return std::any_of(items.cbegin(), items.cend(), [&](QQuickItem *item) {
        return isTextItem(item) && item->isVisible() && item->property("text").toString() == text;
    });
}

QString firstHiddenControl(const QString &text)
{
    for (const QChar c : text) {
        if (models::isHiddenControl(c.unicode()))
            return QStringLiteral("U+%1").arg(c.unicode(), 4, 16, QLatin1Char('0')).toUpper();
    }
    return {};
}

} // namespace

class TestHostileText : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QTcpServer m_listener;
    int m_connections = 0;
    QStringList m_requests; ///< First bytes of whatever connected (should stay empty).

    /// Every text item and image in the window, checked for the rules that hold everywhere.
    void checkWholeWindow(QQuickWindow *window, const QString &stage)
    {
        QList<QQuickItem *> items;
        collect(window->contentItem(), items);
        int texts = 0;
        int markup = 0;
        for (QQuickItem *item : std::as_const(items)) {
            if (item->inherits("QQuickImageBase")) {
                const QUrl source = item->property("source").toUrl();
                QVERIFY2(source.isEmpty() || source.scheme() == u"qrc" || source.scheme() == u"image",
                    qPrintable(stage + QStringLiteral(": image with source ") + source.toString()));
            }
            if (!isTextItem(item))
                continue;
            ++texts;
            const QString text = item->property("text").toString();
            const QString control = firstHiddenControl(text);
            QVERIFY2(control.isEmpty(),
                qPrintable(QStringLiteral("%1: %2 shows %3 in \"%4\"").arg(stage, item->objectName(), control, text)));
            if (text.contains(u'<')) {
                ++markup;
                // TextInput has no textFormat: it never renders markup.
                const QVariant format = item->property("textFormat");
                QVERIFY2(!format.isValid() || format.toInt() == Qt::PlainText,
                    qPrintable(QStringLiteral("%1: \"%2\" is shown with textFormat %3 in %4")
                                   .arg(stage, text)
                                   .arg(format.toInt())
                                   .arg(QString::fromLatin1(item->metaObject()->className()))));
            }
        }
        qInfo("%s: %d text items, %d of them with markup-like text, all PlainText", qPrintable(stage), texts, markup);
    }

    /// Grabs (so any image would have been fetched), saves the PNG, turns the event loop a few times.
    void grabAndSettle(QQuickWindow *window, const QString &name)
    {
        for (int i = 0; i < 5; ++i) {
            window->update();
            QTest::qWait(40);
        }
        const QImage image = window->grabWindow();
        QVERIFY(!image.isNull());
        const QString path = QDir(m_dir.path()).filePath(name + QStringLiteral(".png"));
        QVERIFY(image.save(path));
        qInfo("saved %s", qPrintable(path));
        QTest::qWait(200);
        QCOMPARE(m_connections, 0);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QQuickStyle::setStyle(QStringLiteral("Basic"));
        WarningRecorder::install();
        QVERIFY(m_dir.isValid());
        m_dir.setAutoRemove(qEnvironmentVariableIsEmpty("PILOTHOUSE_KEEP_PNG"));
        QVERIFY(m_listener.listen(QHostAddress::LocalHost));
        connect(&m_listener, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_listener.nextPendingConnection()) {
                ++m_connections;
                socket->waitForReadyRead(200);
                m_requests << QString::fromLatin1(socket->readAll().left(80));
                socket->deleteLater();
            }
        });
    }

    void cleanup()
    {
        const QStringList warnings = WarningRecorder::take();
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
    }

    void policyRemovesOverridesAndControlsOnly()
    {
        // Logical order kept; only the invisible controls go.
        QCOMPARE(models::displayText(QStringLiteral("abc") + QChar(0x202E) + QStringLiteral("fdp.exe")),
            QStringLiteral("abcfdp.exe"));
        QCOMPARE(
            models::displayText(QString(QChar(0x2066)) + QStringLiteral("x") + QChar(0x2069)), QStringLiteral("x"));
        QCOMPARE(models::displayText(QStringLiteral("a\tb\r\nc\x01\x1b[31m") + QChar(0x85) + QChar(0x9f)),
            QStringLiteral("a\tb\nc[31m"));
        // Right-to-left letters, implicit marks and markup stay: they are text, not controls.
        const QString hebrew = QStringLiteral("שלום ") + QChar(0x200F) + QStringLiteral("<b>1</b>");
        QCOMPARE(models::displayText(hebrew), hebrew);
        const QString plain = QString::fromLatin1("nothing to do");
        QVERIFY(models::displayText(plain).isSharedWith(plain)); // no copy on the common path
        QCOMPARE(models::isolatedText(QStringLiteral("a") + QChar(0x202E)),
            QString(QChar(0x2068)) + QStringLiteral("a") + QChar(0x2069));
    }

    void hostileTextIsShownLiterallyAndFetchesNothing()
    {
        const QString dataDir = QDir(m_dir.path()).filePath(QStringLiteral("console"));
        const QUrl server(QStringLiteral("http://127.0.0.1:9"));
        const QString user = QStringLiteral("agent");
        const QString cachePath = app::AccountPaths(dataDir).cacheFile(net::TokenStore::accountFor(user, server));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const tests::hostile::Data data = tests::hostile::make(m_listener.serverPort(), now);
        qInfo("listener on 127.0.0.1:%d; %lld hostile fields", m_listener.serverPort(),
            static_cast<long long>(data.fields.size()));

        // The snapshot goes through the wire format and into the cache as the session would put it.
        {
            const std::string wire = protocol::encode(protocol::ServerFrame {data.snapshot});
            auto decoded = protocol::decodeServerFrame(wire);
            QVERIFY2(decoded.ok(), decoded.error().message.c_str());
            QVERIFY(std::holds_alternative<protocol::Snapshot>(decoded.value()));
            QDir().mkpath(QFileInfo(cachePath).absolutePath());
            models::StoreWriter writer(cachePath);
            QSignalSpy opened(&writer, &models::StoreWriter::opened);
            QSignalSpy applied(&writer, &models::StoreWriter::changesApplied);
            writer.open();
            QCOMPARE(opened.size(), 1);
            writer.applySnapshot(std::get<protocol::Snapshot>(std::move(decoded).value()));
            writer.flush();
            QTRY_VERIFY(applied.size() > 0);
            writer.close();
        }

        app::AppOptions options;
        options.dataDir = dataDir;
        options.offline = true;
        options.serverUrl = server;
        options.userName = user;
        WarningRecorder::take();
        app::Console console(options);
        QQmlApplicationEngine engine;
        engine.addImportPath(QStringLiteral("qrc:/"));
        engine.load(QUrl(QStringLiteral("qrc:/Pilothouse/Shell/Main.qml")));
        QVERIFY2(!engine.rootObjects().isEmpty(), qPrintable(WarningRecorder::take().join(u'\n')));
        auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
        QVERIFY(window);
        window->resize(1400, 900);
        console.start();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QTRY_COMPARE_WITH_TIMEOUT(console.workspace()->conversationCount(), 2, 20000);

        // Board.
        QList<QQuickItem *> items;
        QTRY_VERIFY_WITH_TIMEOUT((items.clear(), collect(window->contentItem(), items),
                                     shownSomewhere(items, models::displayText(data.fields.at(0).raw))),
            10000);
        grabAndSettle(window, QStringLiteral("hostile-board"));
        checkWholeWindow(window, QStringLiteral("board"));
        if (QTest::currentTestFailed())
            return;
        items.clear();
        collect(window->contentItem(), items);
        int checked = 0;
        for (const auto &field : data.fields) {
            if (!field.board)
                continue;
            const QString shown = models::displayText(field.raw);
            QVERIFY2(shownSomewhere(items, shown),
                qPrintable(QStringLiteral("board: no text shows the %1 as \"%2\"").arg(field.where, shown)));
            ++checked;
        }

        // Conversation: J opens the top row; wait for its transcript.
        QObject *conversation = findByName(window->contentItem(), QStringLiteral("conversationView"));
        QVERIFY(conversation);
        QTest::keyClick(window, Qt::Key_J);
        QTRY_COMPARE(conversation->property("conversationId").toString(), data.conversationId);
        auto *view = conversation->property("view").value<QObject *>();
        QVERIFY(view);
        QTRY_VERIFY(view->property("loaded").toBool());
        QTRY_VERIFY_WITH_TIMEOUT((items.clear(), collect(window->contentItem(), items),
                                     shownSomewhere(items, models::displayText(data.fields.at(7).raw))),
            10000);
        grabAndSettle(window, QStringLiteral("hostile-conversation"));
        checkWholeWindow(window, QStringLiteral("conversation"));
        if (QTest::currentTestFailed())
            return;
        items.clear();
        collect(window->contentItem(), items);
        for (const auto &field : data.fields) {
            if (!field.conversation)
                continue;
            const QString shown = models::displayText(field.raw);
            QVERIFY2(shownSomewhere(items, shown),
                qPrintable(QStringLiteral("conversation: no text shows the %1 as \"%2\"").arg(field.where, shown)));
            ++checked;
        }

        // Queue.
        QTest::keyClick(window, Qt::Key_2, Qt::ControlModifier);
        auto *queue = qobject_cast<QQuickItem *>(findByName(window->contentItem(), QStringLiteral("queueView")));
        QVERIFY(queue);
        QTRY_VERIFY(queue->isVisible());
        QTRY_COMPARE(queue->property("waitingCount").toInt(), 1);
        grabAndSettle(window, QStringLiteral("hostile-queue"));
        checkWholeWindow(window, QStringLiteral("queue"));
        if (QTest::currentTestFailed())
            return;
        items.clear();
        collect(queue, items);
        for (const auto &field : data.fields) {
            if (!field.queue)
                continue;
            const QString shown = models::displayText(field.raw);
            QVERIFY2(shownSomewhere(items, shown),
                qPrintable(QStringLiteral("queue: no text shows the %1 as \"%2\"").arg(field.where, shown)));
            ++checked;
        }

        // The desktop notification: the name isolated inside the sentence, the rule neutralised.
        app::TrayNotifier tray(console.workspace(), console.preferences());
        const auto [title, body] = tray.messageFor(data.conversationId);
        const QString name = models::displayText(data.fields.at(0).raw);
        QCOMPARE(title,
            models::EscalationQueueModel::tr("%1 needs a person").arg(models::isolatedText(data.fields.at(0).raw)));
        QVERIFY(title.contains(name));
        QVERIFY2(!title.contains(QChar(tests::hostile::kRlo)), qPrintable(title));
        QVERIFY2(firstHiddenControl(body).isEmpty(), qPrintable(body));
        QVERIFY2(body.endsWith(models::displayText(data.fields.at(6).raw)), qPrintable(body));

        QTest::qWait(300);
        QVERIFY2(m_connections == 0, qPrintable(m_requests.join(u'\n')));
        qInfo("%d field placements shown literally; %d connections to the listener", checked, m_connections);
    }

    void cacheKeepsTheOriginalText()
    {
        const QString dataDir = QDir(m_dir.path()).filePath(QStringLiteral("console"));
        const QString cachePath = app::AccountPaths(dataDir).cacheFile(
            net::TokenStore::accountFor(QStringLiteral("agent"), QUrl(QStringLiteral("http://127.0.0.1:9"))));
        const tests::hostile::Data data = tests::hostile::make(m_listener.serverPort(), 0);
        QString name;
        QString text;
        {
            auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("hostile-cache"));
            db.setDatabaseName(cachePath);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("SELECT name FROM customers WHERE id = 'cus-hostile'")) && query.next());
            name = query.value(0).toString();
            QVERIFY(query.exec(QStringLiteral("SELECT text FROM messages WHERE id = 'm-4'")) && query.next());
            text = query.value(0).toString();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("hostile-cache"));
        QCOMPARE(name, data.fields.at(0).raw);
        QCOMPARE(text, data.fields.at(9).raw);
    }
};

QTEST_MAIN(TestHostileText)
#include "tst_hostile_text.moc"
