// The notice centre (models/live/notices.h): several problems at once, each its own banner; a
// newer sentence on the same topic replaces the older one; every recovery is kept; dismissing one
// leaves the others; the one-line summary and the worst severity follow.

#include "live/notices.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using pilothouse::models::Notices;
namespace Severity = pilothouse::models::Severity;
using namespace Qt::StringLiterals;

class TestNotices : public QObject {
    Q_OBJECT

    static QStringList texts(const Notices &notices)
    {
        QStringList out;
        for (int row = 0; row < notices.rowCount(); ++row)
            out.append(notices.index(row).data(Notices::TextRole).toString());
        return out;
    }

private Q_SLOTS:
    void severalTopicsShowTogether()
    {
        Notices notices;
        QAbstractItemModelTester tester(&notices, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(notices.highestSeverity(), Severity::Info);
        notices.post(Notices::Keychain, Severity::Warning, u"Signed in for this session only."_s);
        notices.post(Notices::Storage, Severity::Error, u"The cache could not be written."_s);
        notices.post(Notices::Cache, Severity::Info, u"No cached conversations yet."_s);
        QCOMPARE(notices.count(), 3);
        QCOMPARE(texts(notices),
            QStringList({u"Signed in for this session only."_s, u"The cache could not be written."_s,
                u"No cached conversations yet."_s}));
        QCOMPARE(notices.highestSeverity(), Severity::Error);
        QCOMPARE(notices.summary(),
            u"Signed in for this session only. The cache could not be written. No cached conversations yet."_s);
        QCOMPARE(notices.index(1).data(Notices::SeverityRole).toInt(), int(Severity::Error));
        QCOMPARE(notices.index(1).data(Notices::TopicRole).toInt(), int(Notices::Storage));
    }

    void aNewerSentenceOnTheSameTopicReplacesTheOlder()
    {
        Notices notices;
        QAbstractItemModelTester tester(&notices, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int first = notices.post(Notices::Command, Severity::Warning, u"The server refused an action."_s);
        notices.post(Notices::Cache, Severity::Info, u"Offline."_s);
        QSignalSpy changed(&notices, &QAbstractItemModel::dataChanged);
        const int second
            = notices.post(Notices::Command, Severity::Error, u"The server refused an action: not yours."_s);
        QCOMPARE(second, first);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(texts(notices), QStringList({u"The server refused an action: not yours."_s, u"Offline."_s}));
        QCOMPARE(notices.text(Notices::Command), u"The server refused an action: not yours."_s);
        QCOMPARE(notices.highestSeverity(), Severity::Error);
        // An empty sentence is no notice.
        QCOMPARE(notices.post(Notices::Connection, Severity::Error, QString()), 0);
        QCOMPARE(notices.count(), 2);
    }

    void theViewsPostAndClearDeadlines()
    {
        // The workspace page posts the missed deadlines from QML, replaces them as they double
        // and clears them once none is missed.
        Notices notices;
        notices.post(Notices::Keychain, Severity::Warning, u"Signed in for this session only."_s);
        int id = 0;
        QVERIFY(QMetaObject::invokeMethod(&notices, "post", Q_RETURN_ARG(int, id),
            Q_ARG(pilothouse::models::Notices::Topic, Notices::Deadlines),
            Q_ARG(pilothouse::models::Severity::Value, Severity::Warning), Q_ARG(QString, u"1 missed"_s)));
        QVERIFY(id > 0);
        notices.post(Notices::Deadlines, Severity::Warning, u"2 missed"_s);
        QCOMPARE(texts(notices), QStringList({u"Signed in for this session only."_s, u"2 missed"_s}));
        QCOMPARE(notices.index(1).data(Notices::TopicRole).toInt(), int(Notices::Deadlines));
        QVERIFY(QMetaObject::invokeMethod(
            &notices, "clear", Q_ARG(pilothouse::models::Notices::Topic, Notices::Deadlines)));
        QCOMPARE(texts(notices), QStringList({u"Signed in for this session only."_s}));
    }

    void everyRecoveryIsKept()
    {
        Notices notices;
        notices.post(Notices::Recovery, Severity::Warning, u"The cache was damaged and moved aside."_s);
        notices.post(Notices::Recovery, Severity::Warning, u"Unsent actions recovered: 3."_s);
        notices.post(Notices::Recovery, Severity::Warning, u"Unsent actions recovered: 3."_s);
        QCOMPARE(texts(notices),
            QStringList({u"The cache was damaged and moved aside."_s, u"Unsent actions recovered: 3."_s}));
    }

    void dismissingOneLeavesTheOthers()
    {
        Notices notices;
        QAbstractItemModelTester tester(&notices, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy count(&notices, &Notices::countChanged);
        const int keychain = notices.post(Notices::Keychain, Severity::Warning, u"Session only."_s);
        notices.post(Notices::Connection, Severity::Error, u"Certificate refused."_s);
        notices.post(Notices::Command, Severity::Warning, u"Refused."_s);
        notices.dismiss(keychain);
        QCOMPARE(texts(notices), QStringList({u"Certificate refused."_s, u"Refused."_s}));
        notices.dismiss(keychain); // twice: nothing left to remove
        notices.dismiss(12345); // never posted
        QCOMPARE(notices.count(), 2);
        // A welcome clears the connection and command topics only.
        notices.clear(Notices::Connection);
        notices.clear(Notices::Command);
        QCOMPARE(notices.count(), 0);
        QCOMPARE(notices.highestSeverity(), Severity::Info);
        QVERIFY(notices.summary().isEmpty());
        QCOMPARE(count.size(), 6);
        notices.post(Notices::Storage, Severity::Error, u"Disk full."_s);
        notices.clearAll();
        QCOMPARE(notices.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestNotices)
#include "tst_notices.moc"
