// The audit log's model (models/admin/auditmodel.h) against pages as the server sends them: what
// each filter asks the server for (the period counted back from a fixed clock, a user name with
// characters a query would otherwise split on), pages appended in order, stale answers ignored,
// the words of each row (an action or code the console does not know shown as it came), the
// offline state, and the export that walks every page up to its limit and writes formula-safe CSV.

#include "admin/auditmodel.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pilothouse;
using namespace Qt::StringLiterals;
using models::AuditModel;

namespace {

constexpr qint64 kNow = 1'796'000'000'000; // a fixed clock
constexpr qint64 kDay = 24 * 3600 * 1000LL;

protocol::AuditEntry entry(std::int64_t id, std::string action, std::string user = "sam")
{
    protocol::AuditEntry e;
    e.id = id;
    e.at = kNow - id * 1000;
    e.user = std::move(user);
    e.role = protocol::Role::Agent;
    e.action = std::move(action);
    e.source = "10.0.0.7";
    return e;
}

/// Entries with ids from `first` down to `first - count + 1`, newest first, each by user "u<id>".
std::vector<protocol::AuditEntry> entries(std::int64_t first, int count)
{
    std::vector<protocol::AuditEntry> out;
    for (int i = 0; i < count; ++i)
        out.push_back(entry(first - i, "conversation.take_over", "u" + std::to_string(first - i)));
    return out;
}

struct Asked {
    QUrlQuery query;
    int id = 0;
};

QString text(const AuditModel &model, int row, int role)
{
    return model.index(row, 0).data(role).toString();
}

} // namespace

class TestAuditModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void filtersAreWhatTheServerIsAskedFor()
    {
        AuditModel model;
        model.setClock([] { return kNow; });
        // The defaults: the last 7 days, every user, action and outcome.
        QCOMPARE(model.filterQuery().toString(), u"from=%1"_s.arg(kNow - 7 * kDay));
        QVERIFY(!model.filtered());

        QSignalSpy changed(&model, &AuditModel::filterChanged);
        model.setUserFilter(u"  ana&b=c+d é "_s);
        model.setActionFilter(int(models::AuditAction::PublishRules));
        model.setOutcomeFilter(AuditModel::RefusedOnly);
        model.setPeriod(AuditModel::AllTime);
        QCOMPARE(changed.count(), 4);
        QVERIFY(model.filtered());
        const QUrlQuery query = model.filterQuery();
        // The name arrives whole, spaces trimmed, however it is spelt.
        QCOMPARE(query.queryItemValue(u"user"_s, QUrl::FullyDecoded), u"ana&b=c+d é"_s);
        QCOMPARE(query.queryItemValue(u"action"_s), u"config.rules.publish"_s);
        QCOMPARE(query.queryItemValue(u"outcome"_s), u"refused"_s);
        QVERIFY(!query.hasQueryItem(u"from"_s));

        model.setPeriod(AuditModel::LastDay);
        QCOMPARE(model.filterQuery().queryItemValue(u"from"_s), QString::number(kNow - kDay));
        model.setActionFilter(int(models::AuditAction::Other)); // not a choice: every action
        QVERIFY(!model.filterQuery().hasQueryItem(u"action"_s));
        model.setActionFilter(999);
        QVERIFY(!model.filterQuery().hasQueryItem(u"action"_s));

        model.resetFilters();
        QVERIFY(!model.filtered());
        QCOMPARE(model.filterQuery().toString(), u"from=%1"_s.arg(kNow - 7 * kDay));
    }

    void pagesAppendAndStaleAnswersAreIgnored()
    {
        AuditModel model;
        model.setClock([] { return kNow; });
        QList<Asked> asked;
        connect(&model, &AuditModel::requested, this, [&](const QUrlQuery &query, int id) {
            asked.append({query, id});
        });

        model.reload();
        QCOMPARE(model.state(), AuditModel::Loading);
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked[0].query.queryItemValue(u"limit"_s), QString::number(AuditModel::kPageSize));
        QVERIFY(!asked[0].query.hasQueryItem(u"before"_s));

        // The filter changes before the answer: the first answer is stale.
        model.setOutcomeFilter(AuditModel::AppliedOnly);
        model.reload();
        QCOMPARE(asked.size(), 2);
        model.onFetched(asked[0].id, protocol::AuditPage {250, true, entries(250, 100)});
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.state(), AuditModel::Loading);

        model.onFetched(asked[1].id, protocol::AuditPage {250, true, entries(250, 100)});
        QCOMPARE(model.state(), AuditModel::Ready);
        QCOMPARE(model.rowCount(), 100);
        QVERIFY(model.hasMore());
        QCOMPARE(model.summaryText(), u"The newest 100 of 250 entries."_s);

        model.loadMore();
        QCOMPARE(asked.size(), 3);
        QCOMPARE(asked[2].query.queryItemValue(u"before"_s), u"151"_s); // the last id shown
        QCOMPARE(asked[2].query.queryItemValue(u"outcome"_s), u"applied"_s);
        model.loadMore(); // already asking: not twice
        QCOMPARE(asked.size(), 3);
        model.onFetched(asked[2].id, protocol::AuditPage {250, true, entries(150, 100)});
        QCOMPARE(model.rowCount(), 200);
        // The older page follows the first, in order.
        QCOMPARE(text(model, 99, AuditModel::UserTextRole), u"u151"_s);
        QCOMPARE(text(model, 100, AuditModel::UserTextRole), u"u150"_s);
        model.loadMore();
        model.onFetched(asked[3].id, protocol::AuditPage {250, false, entries(50, 50)});
        QCOMPARE(model.rowCount(), 250);
        QVERIFY(!model.hasMore());
        QCOMPARE(model.summaryText(), u"250 entries."_s);
        model.loadMore(); // nothing older
        QCOMPARE(asked.size(), 4);

        // Signing out forgets everything, and late answers stay out.
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.state(), AuditModel::Idle);
        model.onFetched(asked[3].id, protocol::AuditPage {250, false, entries(50, 50)});
        QCOMPARE(model.rowCount(), 0);
    }

    void rowsInWords()
    {
        AuditModel model;
        QList<Asked> asked;
        connect(&model, &AuditModel::requested, this, [&](const QUrlQuery &query, int id) {
            asked.append({query, id});
        });
        model.reload();

        protocol::AuditEntry refused = entry(9, "sign_in", "Ana <b>");
        refused.role.reset();
        refused.outcome = protocol::AuditOutcome::Refused;
        refused.code = "rate_limited";
        protocol::AuditEntry role = entry(8, "user.set_role", "ops");
        role.role.reset();
        role.target = "sam";
        role.detail = "supervisor";
        role.source = "command-line";
        protocol::AuditEntry renamed = entry(7, "user.set_display_name", "admin");
        renamed.target = "sam";
        renamed.detail = "Sam <i>Ortiz</i>"; // the admin's text, shown as it is
        protocol::AuditEntry unknown = entry(6, "widget.frobnicate");
        unknown.outcome = protocol::AuditOutcome::Refused;
        unknown.code = "teapot";
        unknown.conversationId = "c-42";
        model.onFetched(asked[0].id, protocol::AuditPage {4, false, {refused, role, renamed, unknown}});

        QCOMPARE(text(model, 0, AuditModel::ActionTextRole), u"Sign-in"_s);
        QCOMPARE(text(model, 0, AuditModel::UserTextRole), u"Ana <b>"_s);
        QCOMPARE(text(model, 0, AuditModel::RoleTextRole), QString());
        QCOMPARE(text(model, 0, AuditModel::OutcomeTextRole), u"Refused: Too many failed sign-ins"_s);
        QVERIFY(model.index(0, 0).data(AuditModel::RefusedRole).toBool());
        QCOMPARE(text(model, 1, AuditModel::ActionTextRole), u"Change a role"_s);
        QCOMPARE(text(model, 1, AuditModel::SubjectTextRole), u"sam, now Supervisor"_s);
        QCOMPARE(text(model, 1, AuditModel::SourceRole), u"Command line"_s);
        QCOMPARE(text(model, 1, AuditModel::OutcomeTextRole), u"Done"_s);
        QCOMPARE(text(model, 2, AuditModel::ActionTextRole), u"Change a display name"_s);
        QCOMPARE(text(model, 2, AuditModel::SubjectTextRole), u"sam, now shown as Sam <i>Ortiz</i>"_s);
        // What this console does not know, as it came.
        QCOMPARE(text(model, 3, AuditModel::ActionTextRole), u"widget.frobnicate"_s);
        QCOMPARE(text(model, 3, AuditModel::OutcomeTextRole), u"Refused: teapot"_s);
        QCOMPARE(text(model, 3, AuditModel::SubjectTextRole), u"Conversation c-42"_s);
        QCOMPARE(text(model, 3, AuditModel::RoleTextRole), u"Agent"_s);
        const QString sentence = text(model, 3, AuditModel::AccessibleTextRole);
        QVERIFY2(sentence.contains(u"sam (Agent), widget.frobnicate. Refused: teapot. About Conversation c-42. "
                                   "From 10.0.0.7."_s),
            qPrintable(sentence));
        // Every action the filter offers has words, and "All actions" comes first.
        const QVariantList options = model.actionOptions();
        QCOMPARE(options.first().toMap().value(u"value"_s).toInt(), -1);
        QCOMPARE(options.size(), models::AuditWords::actions().size() + 1);
        for (const QVariant &option : options)
            QVERIFY(!option.toMap().value(u"text"_s).toString().isEmpty());
    }

    void offlineSaysWhereTheLogIs()
    {
        AuditModel model;
        QList<Asked> asked;
        connect(&model, &AuditModel::requested, this, [&](const QUrlQuery &query, int id) {
            asked.append({query, id});
        });
        model.reload();
        model.onFailed(asked[0].id, QString(), true);
        QCOMPARE(model.state(), AuditModel::Failed);
        QCOMPARE(model.errorText(), u"The audit log is kept on the server. Connect to read it."_s);
        model.reload();
        model.onFailed(asked[1].id, u"The server shows the audit log to admins only."_s, false);
        QCOMPARE(model.errorText(), u"The server shows the audit log to admins only."_s);
    }

    void theExportWalksEveryPage()
    {
        AuditModel model;
        QList<Asked> asked;
        connect(&model, &AuditModel::requested, this, [&](const QUrlQuery &query, int id) {
            asked.append({query, id});
        });
        QTemporaryDir dir;
        const QString path = dir.filePath(u"audit.csv"_s);
        model.exportCsv(QUrl::fromLocalFile(path));
        QVERIFY(model.exporting());
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked[0].query.queryItemValue(u"limit"_s), QString::number(AuditModel::kExportPageSize));
        model.exportCsv(QUrl::fromLocalFile(path)); // one at a time
        QCOMPARE(asked.size(), 1);

        std::vector<protocol::AuditEntry> first = entries(1500, 1000);
        first[0].user = "=HYPERLINK(\"http://evil\")"; // a name a spreadsheet would run
        first[1].user = "Smith, \"Jo\"";
        model.onFetched(asked[0].id, protocol::AuditPage {1500, true, first});
        QCOMPARE(asked.size(), 2);
        QCOMPARE(asked[1].query.queryItemValue(u"before"_s), u"501"_s);
        model.onFetched(asked[1].id, protocol::AuditPage {1500, false, entries(500, 500)});
        QVERIFY(!model.exporting());
        QCOMPARE(model.exportText(), u"Saved 1,500 entries to audit.csv."_s);

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(file.readAll()).split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1501);
        QVERIFY2(lines[1].startsWith(
                     u"%1,\"'=HYPERLINK(\"\"http://evil\"\")\",Agent,Take over,conversation.take_over,"_s.arg(
                         QDateTime::fromMSecsSinceEpoch(kNow - 1500 * 1000, Qt::UTC).toString(Qt::ISODateWithMs))),
            qPrintable(lines[1]));
        QVERIFY2(lines[2].contains(u",\"Smith, \"\"Jo\"\"\",Agent,"_s), qPrintable(lines[2]));
        QVERIFY(lines[1500].endsWith(u",10.0.0.7"_s));
    }

    void theExportStopsAtItsLimit()
    {
        AuditModel model;
        QList<Asked> asked;
        connect(&model, &AuditModel::requested, this, [&](const QUrlQuery &query, int id) {
            asked.append({query, id});
        });
        QTemporaryDir dir;
        model.exportCsv(QUrl::fromLocalFile(dir.filePath(u"big.csv"_s)));
        std::int64_t next = 200'000;
        const int pages = AuditModel::kMaxExportRows / AuditModel::kExportPageSize;
        for (int page = 0; page < pages; ++page) {
            QCOMPARE(asked.size(), page + 1);
            model.onFetched(asked.last().id, protocol::AuditPage {200'000, true, entries(next, 1000)});
            next -= 1000;
        }
        QCOMPARE(asked.size(), pages); // no page past the limit
        QVERIFY(!model.exporting());
        QCOMPARE(
            model.exportText(), u"Saved the newest 100,000 entries to big.csv; narrow the filters for older ones."_s);

        // A failure mid-way says so and writes nothing.
        const QString path = dir.filePath(u"half.csv"_s);
        model.exportCsv(QUrl::fromLocalFile(path));
        model.onFetched(asked.last().id, protocol::AuditPage {2000, true, entries(2000, 1000)});
        model.onFailed(asked.last().id, QString(), true);
        QCOMPARE(model.exportText(), u"The export needs a connection to the server."_s);
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestAuditModel)
#include "tst_auditmodel.moc"
