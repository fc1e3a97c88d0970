// No raw code on screen, in any of the five languages (issue "The operator's day"): the real
// console, offline on a cache that shows every kind of label (tests/shell/richcache.h), signed in
// as a supervisor, in English, German, Spanish, French and Russian. On every page (the board and
// the queue beside an escalated conversation, the workspace with a conversation Lena owns and its
// customer panel, Overview, Analytics, History, Review, Rules, Settings) every text shown is read
// off the item tree, and none may hold:
// - a snake_case token (`product_question`, `not_resolved`);
// - the id of a rule (`vip-negative-sentiment`), from the built-in rule set and the cache;
// - a dotted tool or command name (`order.lookup`, `conversation.take_over`), from the catalogue's
//   commands, the protocol's event kinds and the cache's tools;
// - a whole label that is a protocol spelling (`escalated`, `supervisor`, `returning`): every
//   table of net/protocol/spellings.h, and the cache's segments, order statuses and intents;
// - outside English, as a whole text, an English label the language translates into other words:
//   any plain string of translations/pilothouse_<code>.ts, and every catalogue label (a status, a
//   reason, a segment, an order status, an intent, a built-in rule's name).
// Customer-authored and server-supplied free text is skipped (see isFreeTextItem and freeText).

#include "consoleqmlmodules.h"
#include "console.h"
#include "preferences.h"
#include "qmltesting.h"
#include "richcache.h"
#include "sceneitems.h"
#include "shownconsole.h"

#include "domain/catalogue.h"
#include "domain/intents.h"
#include "live/identity.h"
#include "protocol/spellings.h"
#include "tuning/rulesetjson.h"

#include <QApplication>
#include <QFile>
#include <QLocale>
#include <QMetaEnum>
#include <QQuickItem>
#include <QQuickWindow>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>
#include <array>
#include <tuple>
#include <utility>

using namespace Qt::StringLiterals;
using namespace pilothouse;
using pilothouse::tests::findByName;
using pilothouse::tests::RichCache;
using pilothouse::tests::WarningRecorder;

namespace {

template<typename Enum, typename F> void forEachValue(F f)
{
    const QMetaEnum meta = QMetaEnum::fromType<Enum>();
    for (int i = 0; i < meta.keyCount(); ++i)
        f(Enum(meta.value(i)));
}

/// Every label the catalogue makes from a code, in the language loaded now, in a fixed order (so
/// the English list and another language's line up).
QStringList catalogueLabels(const RichCache &cache)
{
    namespace c = models::catalogue;
    QStringList out;
    forEachValue<models::Status::Value>([&](auto v) { out.append(c::label(v)); });
    forEachValue<models::Kind::Value>([&](auto v) { out.append(c::label(v)); });
    forEachValue<models::Channel::Value>([&](auto v) { out.append(c::label(v)); });
    forEachValue<models::Author::Value>([&](auto v) { out.append(c::label(v)); });
    forEachValue<models::Visibility::Value>([&](auto v) { out.append(c::label(v)); });
    forEachValue<models::EscalationReason::Value>([&](auto v) { out.append(c::label(v)); });
    forEachValue<models::Outcome::Value>([&](auto v) { out.append(c::label(v)); });
    forEachValue<models::Role::Value>([&](auto v) { out.append(c::label(v)); });
    forEachValue<models::ReviewReason::Value>([&](auto v) { out.append(c::label(v)); });
    for (const QString &s : cache.segments)
        out.append(c::segmentLabel(s));
    for (const QString &s : cache.orderStatuses)
        out.append(c::orderStatusLabel(s));
    for (const QString &s : cache.intents)
        out.append(models::intents::label(s));
    for (const QString &id : cache.ruleIds)
        out.append(c::ruleLabel(id, {}));
    return out;
}

/// The English labels `language` translates into other words (translations/pilothouse_<code>.ts,
/// TS_DIR): plain strings only (no %1), finished translations only, and none that is also the
/// translation of another label in that language ("Conversation" is French too).
QSet<QString> translatedAway(const QString &language)
{
    QFile file(QStringLiteral(TS_DIR "/pilothouse_%1.ts").arg(language));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QSet<QString> sources;
    QSet<QString> translations;
    QXmlStreamReader xml(&file);
    QString source;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == "source"_L1) {
            source = xml.readElementText();
        } else if (xml.name() == "translation"_L1) {
            const QString type = xml.attributes().value("type"_L1).toString();
            const QString text = xml.readElementText(QXmlStreamReader::SkipChildElements);
            if (!type.isEmpty() || text.isEmpty())
                continue; // unfinished, obsolete or vanished, or plural forms
            translations.insert(text);
            if (text != source && !source.contains(u'%') && source.contains(QRegularExpression(u"[A-Za-z]{2}"_s)))
                sources.insert(source);
        }
    }
    return sources - translations;
}

/// The codes no label may show, built from the protocol and the catalogue, not by hand.
struct Codes {
    QStringList wholeTexts; ///< Protocol spellings: wrong as a whole label.
    QList<QRegularExpression> tokens; ///< Wrong anywhere in a text.

    explicit Codes(const RichCache &cache)
    {
        namespace s = protocol::spellings;
        const auto addSpellings = [this](const auto &table) {
            for (const auto &[value, spelling] : table)
                wholeTexts.append(QString::fromUtf8(spelling.data(), qsizetype(spelling.size())));
        };
        addSpellings(s::kChannels);
        addSpellings(s::kKinds);
        addSpellings(s::kStatuses);
        addSpellings(s::kAuthors);
        addSpellings(s::kReasons);
        addSpellings(s::kVisibilities);
        addSpellings(s::kOutcomes);
        addSpellings(s::kSalesStages);
        addSpellings(s::kQualificationFacts);
        addSpellings(s::kRoles);
        addSpellings(s::kPresences);
        addSpellings(s::kReviewReasons);
        wholeTexts += cache.segments + cache.orderStatuses + cache.intents;

        tokens.append(QRegularExpression(u"\\b[a-z]+_[a-z_]+\\b"_s, QRegularExpression::UseUnicodePropertiesOption));
        QStringList dotted = cache.toolNames;
        forEachValue<models::Action::Value>(
            [&](auto a) { dotted.append(QString::fromLatin1(models::catalogue::commandName(a))); });
        for (const char *kind : {protocol::kinds::CustomerUpserted, protocol::kinds::ConversationUpserted,
                 protocol::kinds::MessageCreated, protocol::kinds::MessageJudged,
                 protocol::kinds::ConversationTransitioned, protocol::kinds::DraftCreated,
                 protocol::kinds::ConversationRated, protocol::kinds::CustomerErased, protocol::kinds::ConfigPublished})
            dotted.append(QString::fromLatin1(kind));
        for (const QString &name : std::as_const(dotted)) {
            if (!name.isEmpty())
                tokens.append(QRegularExpression(u"(?<![\\w.])"_s + QRegularExpression::escape(name) + u"(?!\\w)"_s,
                    QRegularExpression::UseUnicodePropertiesOption));
        }
        QStringList ruleIds = cache.ruleIds;
        for (const tuning::Rule &rule : tuning::defaultRuleSet().rules)
            ruleIds.append(QString::fromStdString(rule.id));
        ruleIds.removeDuplicates();
        for (const QString &id : std::as_const(ruleIds))
            m_ruleIds.append({id,
                QRegularExpression(u"(?<![\\w-])"_s + QRegularExpression::escape(id) + u"(?![\\w-])"_s,
                    QRegularExpression::UseUnicodePropertiesOption)});
    }

    /// What in `text` is a raw code, or "".
    QString rawCodeIn(const QString &text, const QString &language) const
    {
        const QString trimmed = text.trimmed();
        if (wholeTexts.contains(trimmed))
            return trimmed;
        for (const QRegularExpression &re : tokens) {
            const QRegularExpressionMatch m = re.match(text);
            if (m.hasMatch())
                return m.captured();
        }
        for (const auto &[id, re] : m_ruleIds) {
            // "self-harm" is also the English word the rule words use ("the message speaks of
            // self-harm", models/rules/rulewords.cpp); in any other language it is a code.
            if (language == "en"_L1 && id == "self-harm"_L1)
                continue;
            if (re.match(text).hasMatch())
                return id;
        }
        return {};
    }

private:
    QList<std::pair<QString, QRegularExpression>> m_ruleIds;
};

/// Items that show what a customer wrote (or the AI or a person wrote to them): message
/// bubbles, the board's and the queue's previews, drafts, the customer's name. Their words are
/// the customer's, not labels; a customer may well type "order_status".
bool isFreeTextItem(const QQuickItem *item)
{
    static const QStringList names {u"messageText"_s, u"echoText"_s, u"draftText"_s, u"lastMessage"_s,
        u"queuePreview"_s, u"customerName"_s, u"queueCustomerName"_s, u"conversationCustomerName"_s};
    for (const QQuickItem *p = item; p; p = p->parentItem()) {
        if (names.contains(p->objectName()))
            return true;
    }
    return false;
}

} // namespace

class TestRawCodes : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        tests::setUpConsoleProcess();
        qputenv("XDG_CONFIG_HOME", m_config.path().toLocal8Bit());
        RichCache names; // the codes only: which intents, segments and rules the cache holds
        QTemporaryDir dir;
        names.fill(dir.filePath(u"codes.db"_s));
        m_english = catalogueLabels(names);
    }

    void noRawCodeOnAnyPage_data()
    {
        QTest::addColumn<QString>("language");
        for (const char *code : {"en", "de", "es", "fr", "ru"})
            QTest::newRow(code) << QString::fromLatin1(code);
    }
    void noRawCodeOnAnyPage()
    {
        QFETCH(QString, language);
        RichCache cache;
        tests::ShownConsole shown(RichCache::kUser, [&cache](const QString &path) { cache.fill(path); });
        if (!shown.start({1440, 900}))
            return;
        app::Console &console = *shown.console;
        QQuickWindow *window = shown.window;
        console.identity()->set(RichCache::kUser, RichCache::kUserName, models::Role::Supervisor);
        console.preferences()->setLanguage(language);
        QTRY_COMPARE(console.preferences()->language(), language);
        QTRY_VERIFY(QLocale().name().startsWith(language));
        QTest::qWait(500); // the pages built again in the new language

        // English labels this language translates differently: wrong as a whole text here.
        const Codes codes(cache);
        const QStringList translated = catalogueLabels(cache);
        QVERIFY(translated.size() == m_english.size());
        QSet<QString> untranslated = language == "en"_L1 ? QSet<QString>() : translatedAway(language);
        QVERIFY2(language == "en"_L1 || untranslated.size() > 100, "the translation file was not read (TS_DIR)");
        for (qsizetype i = 0; language != "en"_L1 && i < m_english.size(); ++i) {
            if (!m_english[i].isEmpty() && translated[i] != m_english[i])
                untranslated.insert(m_english[i]);
        }
        // Free text, longest first, so a name inside a sentence goes before a shorter one.
        QStringList freeText = cache.freeText;
        std::sort(
            freeText.begin(), freeText.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });

        QStringList problems;
        QSet<QString> reported; // one line per page, code and item: not one per board row
        int textsRead = 0;
        const auto readPage = [&](const QString &page) {
            tests::forEachShownItem(window->contentItem(), [&](QQuickItem *item) {
                if (!tests::isTextItem(item) || isFreeTextItem(item))
                    return;
                QString text = item->property("text").toString();
                if (text.trimmed().isEmpty())
                    return;
                ++textsRead;
                // A customer's name or words inside a sentence ("Dana Whitfield needs a person").
                for (const QString &words : std::as_const(freeText))
                    text.replace(words, u"\u2026"_s);
                const QString code = codes.rawCodeIn(text, language);
                const QString key
                    = page + u'|' + (code.isEmpty() ? text.trimmed() : code) + u'|' + tests::itemPath(item);
                if (reported.contains(key))
                    return;
                if (!code.isEmpty())
                    problems.append(u"%1, %2: raw code \"%3\" in \"%4\" (%5)"_s.arg(
                        page, language, code, text.left(120), tests::itemPath(item)));
                else if (untranslated.contains(text.trimmed()))
                    problems.append(u"%1, %2: English label \"%3\" not translated (%4)"_s.arg(
                        page, language, text.trimmed(), tests::itemPath(item)));
                else
                    return;
                reported.insert(key);
            });
            window->grabWindow().save(QStringLiteral(PNG_DIR "/rawcodes-%1-%2.png").arg(page, language));
        };

        // The workspace: an escalated conversation beside the board, then beside the queue, then
        // the conversation Lena owns (its customer panel: orders, drafts) beside the board.
        QVERIFY(openConversation(window, RichCache::kEscalatedId));
        QTest::keyClick(window, Qt::Key_1, Qt::ControlModifier);
        QTest::qWait(400);
        readPage(u"board"_s);
        QTest::keyClick(window, Qt::Key_2, Qt::ControlModifier);
        QTest::qWait(400);
        readPage(u"queue"_s);
        QTest::keyClick(window, Qt::Key_1, Qt::ControlModifier);
        QVERIFY(openConversation(window, RichCache::kOwnedId));
        QTest::qWait(400);
        auto *panel = qobject_cast<QQuickItem *>(findByName(window->contentItem(), u"lifetimeValue"_s));
        QVERIFY2(panel && panel->isVisible(), "the customer panel is not showing");
        readPage(u"conversation"_s);

        const std::array<std::tuple<Qt::Key, const char *>, 7> pages {
            {{Qt::Key_2, "overview"}, {Qt::Key_3, "analytics"}, {Qt::Key_4, "history"}, {Qt::Key_5, "review"},
                {Qt::Key_6, "rules"}, {Qt::Key_7, "settings"}, {Qt::Key_1, "workspace"}}};
        for (const auto &[key, name] : pages) {
            QTest::keyClick(window, key, Qt::AltModifier);
            const QString page = QString::fromLatin1(name);
            if (key != Qt::Key_1)
                QTRY_VERIFY2(findByName(window->contentItem(), page + u"Page"_s), qPrintable(page));
            QTest::qWait(700); // lists read from the cache
            readPage(page);
        }

        qInfo().noquote() << language << ":" << textsRead << "texts read on 10 pages";
        for (const QString &problem : std::as_const(problems))
            qInfo().noquote() << problem;
        QVERIFY2(textsRead > 200, qPrintable(u"only %1 texts read: the pages did not show"_s.arg(textsRead)));
        QVERIFY2(problems.isEmpty(),
            qPrintable(u"%1 texts show a raw code or an untranslated label (listed above)"_s.arg(problems.size())));
        const QStringList warnings = WarningRecorder::take();
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
    }

private:
    /// Opens `id` in the workspace as a click on its row does (WorkspacePage.openConversationId).
    static bool openConversation(QQuickWindow *window, const QString &id)
    {
        QObject *view = findByName(window->contentItem(), u"conversationView"_s);
        for (auto *p = qobject_cast<QQuickItem *>(view); p; p = p->parentItem()) {
            if (p->property("openConversationId").isValid()) {
                p->setProperty("openConversationId", id);
                return QTest::qWaitFor([view, id] { return view->property("conversationId").toString() == id; });
            }
        }
        return false;
    }

    QTemporaryDir m_config;
    QStringList m_english;
};

QTEST_MAIN(TestRawCodes)
#include "tst_rawcodes.moc"
