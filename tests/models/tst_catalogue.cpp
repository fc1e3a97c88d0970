// The domain catalogue (models/domain/catalogue.h): every enumerator of every concept has its row,
// every protocol value maps to one domain value and back, the cache's spellings round-trip, and
// QML sees the enums under Pilothouse.Models (Models.Status.Escalated, not "escalated").

#include "domain/catalogue.h"
#include "domain/tooltext.h"
#include "domain/convert.h"
#include "protocol/codec.h"
#include "tuning/rulesetjson.h"

#include <QMetaEnum>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(Pilothouse_ModelsPlugin)

using namespace pilothouse;
using namespace pilothouse::models;
using namespace Qt::StringLiterals;

namespace {

/// Every value of a Q_ENUM_NS, in declaration order.
template<typename Enum> QList<Enum> allOf()
{
    const QMetaEnum meta = QMetaEnum::fromType<Enum>();
    QList<Enum> values;
    for (int i = 0; i < meta.keyCount(); ++i)
        values.append(Enum(meta.value(i)));
    return values;
}

/// Every protocol value maps to a domain value that maps back, and the cache spelling of that
/// value is the codec's and reads back the same.
template<typename Wire, typename Value, std::size_t N>
void checkRoundTrip(const std::array<Wire, N> &wires, const QList<Value> &values)
{
    QSet<int> seen;
    for (const Wire wire : wires) {
        const Value value = catalogue::fromProtocol(wire);
        QVERIFY(values.contains(value));
        QVERIFY2(!seen.contains(int(value)), "two protocol values map to one domain value");
        seen.insert(int(value));
        QVERIFY(catalogue::toProtocol(value) == wire);
        // The cache stores these (roles and outcomes are not cached).
        if constexpr (
            !std::is_same_v<Wire,
                protocol::
                    Role> && !std::is_same_v<Wire, protocol::ResolveOutcome> && !std::is_same_v<Wire, protocol::Presence>) {
            const QString cached = wireName(value);
            QCOMPARE(cached, QString::fromLatin1(protocol::toString(wire).data()));
            Value back {};
            QVERIFY(fromWireName(cached, back));
            QCOMPARE(back, value);
        }
    }
}

} // namespace

class TestCatalogue : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyValueHasALabel()
    {
        for (const auto value : allOf<Status::Value>())
            QVERIFY(!catalogue::label(value).isEmpty());
        for (const auto value : allOf<Kind::Value>())
            QVERIFY(!catalogue::label(value).isEmpty());
        for (const auto value : allOf<Channel::Value>())
            QVERIFY(!catalogue::label(value).isEmpty());
        for (const auto value : allOf<Author::Value>())
            QVERIFY(!catalogue::label(value).isEmpty());
        for (const auto value : allOf<EscalationReason::Value>())
            QVERIFY(!catalogue::label(value).isEmpty());
        // Only what has something to say: a public message and "no outcome" carry no label.
        for (const auto value : allOf<Visibility::Value>())
            QCOMPARE(catalogue::label(value).isEmpty(), value == Visibility::Public);
        for (const auto value : allOf<Outcome::Value>())
            QCOMPARE(catalogue::label(value).isEmpty(), value == Outcome::None);
        for (const auto value : allOf<Role::Value>())
            QCOMPARE(catalogue::label(value).isEmpty(), value == Role::Unknown);
        for (const auto value : allOf<Presence::Value>())
            QCOMPARE(catalogue::label(value).isEmpty(), value == Presence::Unknown);
        QCOMPARE(catalogue::label(Presence::Away), u"Away"_s);
        QCOMPARE(catalogue::tone(Presence::Online), Tone::Success);
        // Review reasons: a label and a distinct key each, for review mode's keyboard.
        QSet<QChar> keys;
        for (const auto value : allOf<ReviewReason::Value>()) {
            QCOMPARE(catalogue::label(value).isEmpty(), value == ReviewReason::None);
            QCOMPARE(catalogue::reviewKey(value).isNull(), value == ReviewReason::None);
            if (value != ReviewReason::None)
                keys.insert(catalogue::reviewKey(value));
        }
        QCOMPARE(keys.size(), catalogue::reviewReasons().size());
        for (const QChar taken : {u'J', u'K', u'N'}) // next, previous, note
            QVERIFY2(!keys.contains(taken), "a reason key would shadow a review-mode key");
        QCOMPARE(catalogue::label(EscalationReason::AskedForHuman), u"Asked for a person"_s);
        QCOMPARE(catalogue::label(Status::Human), u"With agent"_s);
        QCOMPARE(catalogue::label(Role::Admin), u"Administrator"_s);
    }

    void protocolValuesMapBothWays()
    {
        using P = protocol::ConversationStatus;
        checkRoundTrip(std::array {P::Ai, P::Escalated, P::Human, P::Resolved}, allOf<Status::Value>());
        checkRoundTrip(
            std::array {protocol::ConversationKind::Support, protocol::ConversationKind::Sales}, allOf<Kind::Value>());
        using C = protocol::Channel;
        checkRoundTrip(std::array {C::Chat, C::Email, C::Sms, C::Voice}, allOf<Channel::Value>());
        using A = protocol::Author;
        checkRoundTrip(std::array {A::Customer, A::Ai, A::Human, A::System}, allOf<Author::Value>());
        using V = protocol::Visibility;
        checkRoundTrip(std::array {V::Public, V::Note, V::Whisper}, allOf<Visibility::Value>());
        using R = protocol::EscalationReason;
        checkRoundTrip(std::array {R::AskedForHuman, R::LowConfidence, R::NegativeSentiment, R::Vip, R::LegalOrPolicy,
                           R::MissingKnowledge, R::ToolFailure, R::AiLooping},
            allOf<EscalationReason::Value>());
        using O = protocol::ResolveOutcome;
        checkRoundTrip(std::array {O::Resolved, O::NotResolved, O::Spam, O::Abandoned}, allOf<Outcome::Value>());
        checkRoundTrip(std::array {protocol::Role::Viewer, protocol::Role::Agent, protocol::Role::Supervisor,
                           protocol::Role::Admin},
            allOf<Role::Value>());
        checkRoundTrip(std::array {protocol::Presence::Online, protocol::Presence::Away, protocol::Presence::Offline},
            allOf<Presence::Value>());
        QVERIFY(!catalogue::toProtocol(Presence::Unknown));
        using W = protocol::ReviewReason;
        checkRoundTrip(std::array {W::WrongIntent, W::WrongFacts, W::WrongTone, W::ShouldHaveHandedOver,
                           W::ShouldNotHaveHandedOver, W::WrongLanguage, W::Other},
            allOf<ReviewReason::Value>());
        QVERIFY(!catalogue::toProtocol(ReviewReason::None));
        // The values the wire has no word for.
        QVERIFY(!catalogue::toProtocol(EscalationReason::None));
        QVERIFY(!catalogue::toProtocol(Outcome::None));
        QVERIFY(!catalogue::toProtocol(Role::Unknown));
        QCOMPARE(catalogue::roleFromWire(u"owner"_s), Role::Unknown); // a newer server's role: no rights
        QCOMPARE(catalogue::roleFromWire(u"viewer"_s), Role::Viewer);
        QCOMPARE(catalogue::roleFromWire(u"supervisor"_s), Role::Supervisor);
    }

    void toolUsesAreSaidInWordsNeverAsCodes()
    {
        using tooltext::describe;
        QCOMPARE(describe(u"order.lookup"_s, u"looked up order #12345"_s), u"Looked up order #12345"_s);
        QCOMPARE(
            describe(u"order.lookup"_s, u"order #9 not found on this account"_s), u"Order #9 is not on this account"_s);
        QCOMPARE(describe(u"order.cancel"_s, u"requested cancellation of order #7"_s), u"Asked to cancel order #7"_s);
        QCOMPARE(describe(u"product.lookup"_s, u"looked up Trail Runner 2: 14 in stock"_s),
            u"Looked up Trail Runner 2: 14 in stock"_s);
        QCOMPARE(
            describe(u"product.lookup"_s, u"checked sizing for Wool Socks"_s), u"Checked the sizing of Wool Socks"_s);
        QCOMPARE(describe(u"policy.lookup"_s, u"read the refunds policy"_s), u"Read the refund policy"_s);
        QCOMPARE(describe(u"lead.qualify"_s, u"qualified sales lead: 40 units of Trail Runner 2"_s),
            u"Qualified a sales lead: 40 units of Trail Runner 2"_s);
        // An erased or summary-less use: the tool in words; an unknown tool too.
        QCOMPARE(describe(u"product.lookup"_s, QString()), u"Product lookup"_s);
        QCOMPARE(describe(u"gift_wrap.order"_s, QString()), u"Gift wrap order"_s);
        // Another backend's summary is its own text.
        QCOMPARE(describe(u"crm.note"_s, u"Noted the VIP's anniversary"_s), u"Noted the VIP's anniversary"_s);
    }

    void cacheSpellingsRefuseWhatTheCodecDoesNotKnow()
    {
        Status::Value status = Status::Human;
        QVERIFY(!fromWireName(u"Escalated"_s, status)); // case matters, as on the wire
        QCOMPARE(status, Status::Human); // unchanged
        EscalationReason::Value reason = EscalationReason::Vip;
        QVERIFY(fromWireName(QString(), reason));
        QCOMPARE(reason, EscalationReason::None);
        QCOMPARE(wireName(EscalationReason::None), QString());
    }

    void reasonsHaveOneOrder()
    {
        const auto reasons = catalogue::escalationReasons();
        QCOMPARE(reasons.size(), allOf<EscalationReason::Value>().size() - 1); // all but None
        QVERIFY(!reasons.contains(EscalationReason::None));
        for (qsizetype i = 0; i < reasons.size(); ++i)
            QCOMPARE(catalogue::rank(reasons.at(i)), int(i));
        QCOMPARE(catalogue::rank(EscalationReason::None), int(reasons.size())); // last
        QCOMPARE(
            catalogue::outcomes(), (QList<Outcome::Value> {Outcome::Resolved, Outcome::NotResolved, Outcome::Spam}));
    }

    void freeTextValuesKeepWhatTheyDoNotKnow()
    {
        QCOMPARE(catalogue::segmentLabel(u"returning"_s), u"Returning"_s);
        QCOMPARE(catalogue::segmentLabel(u"enterprise"_s), u"enterprise"_s);
        QCOMPARE(catalogue::orderStatusLabel(u"delivered"_s), u"Delivered"_s);
        QCOMPARE(catalogue::orderStatusTone(u"delivered"_s), Tone::Success);
        QCOMPARE(catalogue::orderStatusLabel(u"lost_in_transit"_s), u"lost_in_transit"_s);
        QVERIFY(catalogue::isVipSegment(u"vip"_s));
        QVERIFY(!catalogue::isVipSegment(u"VIP"_s));
    }

    void ruleNamesNotCodes()
    {
        // A built-in rule under its (translatable) name, also when the server sent none; a rule a
        // supervisor renamed or wrote under their name; the id only when nothing else is known.
        QCOMPARE(catalogue::ruleLabel(u"vip-negative-sentiment"_s, u"Unhappy VIP"_s), u"Unhappy VIP"_s);
        QCOMPARE(catalogue::ruleLabel(u"asked-for-human"_s, QString()), u"Customer asks for a person"_s);
        QCOMPARE(catalogue::ruleLabel(u"asked-for-human"_s, u"Wants a human"_s), u"Wants a human"_s);
        QCOMPARE(catalogue::ruleLabel(u"big-order"_s, u"Orders over 500"_s), u"Orders over 500"_s);
        QCOMPARE(catalogue::ruleLabel(u"big-order"_s, QString()), u"big-order"_s);
        // Every rule of the built-in set has its label (common/tuning/rulesetjson.cpp).
        for (const auto &rule : pilothouse::tuning::sharedDefaultRuleSet()->rules) {
            const QString id = QString::fromStdString(rule.id);
            QCOMPARE(catalogue::ruleLabel(id, QString()), QString::fromStdString(rule.name));
        }
    }

    void qmlComparesEnumsNotStrings()
    {
        QQmlEngine engine;
        QQmlComponent component(&engine);
        component.setData(R"(import QtQml
            import Pilothouse.Models as Models
            QtObject {
                property int status: Models.Status.Escalated
                property bool escalated: status === Models.Status.Escalated
                property string label: Models.Labels.status(status)
                property string reason: Models.Labels.reason(Models.EscalationReason.Vip)
                property int tone: Models.Labels.reasonTone(Models.EscalationReason.Vip)
                property int outcomes: Models.Labels.outcomeOptions.length
            })",
            QUrl(u"inline.qml"_s));
        std::unique_ptr<QObject> object(component.create());
        QVERIFY2(object, qPrintable(component.errorString()));
        QCOMPARE(object->property("status").toInt(), int(Status::Escalated));
        QVERIFY(object->property("escalated").toBool());
        QCOMPARE(object->property("label").toString(), u"Escalated"_s);
        QCOMPARE(object->property("reason").toString(), u"VIP customer"_s);
        QCOMPARE(object->property("tone").toInt(), int(Tone::Vip));
        QCOMPARE(object->property("outcomes").toInt(), 3);
    }
};

QTEST_GUILESS_MAIN(TestCatalogue)
#include "tst_catalogue.moc"
