// Issue 10's codec rules: a message's size in UTF-8 bytes however it is cut into frames, a hello
// of another version read no further than its number, REST bodies under the frames' JSON rules.

#include "protocol/codec.h"
#include "protocol/messagesize.h"
#include "protocol/rest.h"

#include <QRandomGenerator>
#include <QTest>

using namespace pilothouse::protocol;

class TestWireRules : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void utf8LengthIsExact_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("ascii") << QStringLiteral("hello, world");
        QTest::newRow("nul") << QString(QChar(u'\0'));
        QTest::newRow("two-byte") << QStringLiteral(u"é ß ж");
        QTest::newRow("three-byte") << QStringLiteral(u"€ 中文 ￿");
        QTest::newRow("four-byte") << QStringLiteral(u"😀 𝄞");
        QTest::newRow("mixed") << QStringLiteral(u"Order #81860 – где мой заказ? 😀€é");
    }

    void utf8LengthIsExact()
    {
        QFETCH(QString, text);
        const std::u16string_view view(QStringView(text).utf16(), std::size_t(text.size()));
        QCOMPARE(utf8Length(view), std::int64_t(text.toUtf8().size()));
    }

    void theMeterCountsWholeMessagesAcrossFrames()
    {
        // Random text cut at random places, between the halves of a surrogate pair too: the sum
        // over the frames is the message's UTF-8 size, and the last frame starts a new count.
        QRandomGenerator rng(10);
        const QStringList alphabet {QStringLiteral(u"a"), QStringLiteral(u"é"), QStringLiteral(u"€"),
            QStringLiteral(u"中"), QStringLiteral(u"😀"), QStringLiteral(u"ж"), QStringLiteral(u"\"")};
        for (int round = 0; round < 200; ++round) {
            QString text;
            const int length = int(rng.bounded(1, 4000));
            while (text.size() < length)
                text += alphabet.at(int(rng.bounded(alphabet.size())));
            MessageMeter meter;
            std::int64_t total = 0;
            for (qsizetype at = 0; at < text.size();) {
                const qsizetype cut = std::min(text.size() - at, qsizetype(rng.bounded(1, 300)));
                const bool last = at + cut == text.size();
                total = meter.addFrame(std::u16string_view(QStringView(text).utf16() + at, std::size_t(cut)), last);
                at += cut;
            }
            QCOMPARE(total, std::int64_t(text.toUtf8().size()));
            QCOMPARE(meter.addFrame(u"x", true), std::int64_t(1));
        }
    }

    void aHelloOfAnotherVersionIsReadNoFurther()
    {
        for (const char *text : {R"({"type":"hello","protocol":2})", R"({"type":"hello","protocol":7,"token":null})"}) {
            auto decoded = decodeClientFrame(text);
            QVERIFY2(decoded.ok(), decoded.error().message.c_str());
            QVERIFY(std::get<Hello>(decoded.value()).protocol != kProtocolVersion);
        }
        // Version 1 is held to every v1 rule; the version itself must still be an integer >= 1.
        QCOMPARE(decodeClientFrame(R"({"type":"hello","protocol":1})").error().code, DecodeError::Code::MissingField);
        QCOMPARE(decodeClientFrame(R"({"type":"hello","protocol":"2"})").error().code, DecodeError::Code::WrongType);
        QCOMPARE(decodeClientFrame(R"({"type":"hello","protocol":0})").error().code, DecodeError::Code::InvalidValue);
    }

    void loginBodiesRoundTrip()
    {
        const LoginRequest request {"maria", "pässword \" with quotes"};
        QCOMPARE(decodeLoginRequest(encode(request)).value(), request);
        const LoginResponse response {"tok-0f3a9c", 1717086400000, {"maria", "Maria Lopez", "supervisor"}};
        QCOMPARE(decodeLoginResponse(encode(response)).value(), response);
        const RestError error {"unauthorized", "Wrong user name or password."};
        QCOMPARE(decodeRestError(encode(error)).value(), error);
    }

    void loginBodiesAreRefusedLikeFrames_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("path");
        using C = DecodeError::Code;
        QTest::newRow("duplicate key") << QByteArray(R"({"user":"a","password":"x","user":"b"})")
                                       << int(C::MalformedJson) << QStringLiteral("duplicate");
        QTest::newRow("trailing bytes") << QByteArray(R"({"user":"a","password":"x"} {})") << int(C::MalformedJson)
                                        << QString();
        QTest::newRow("not an object") << QByteArray(R"("a")") << int(C::NotAnObject) << QString();
        QTest::newRow("empty user") << QByteArray(R"({"user":"","password":"x"})") << int(C::InvalidValue)
                                    << QStringLiteral("user");
        QTest::newRow("no password") << QByteArray(R"({"user":"a"})") << int(C::MissingField)
                                     << QStringLiteral("password");
        QTest::newRow("password null") << QByteArray(R"({"user":"a","password":null})") << int(C::WrongType)
                                       << QStringLiteral("password");
    }

    void loginBodiesAreRefusedLikeFrames()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, code);
        QFETCH(QString, path);
        const auto decoded = decodeLoginRequest(std::string_view(body.constData(), std::size_t(body.size())));
        QVERIFY(!decoded);
        QCOMPARE(int(decoded.error().code), code);
        QVERIFY2(QString::fromStdString(decoded.error().message).contains(path), decoded.error().message.c_str());
    }

    void loginAnswersAreCheckedToo()
    {
        // What the console accepts from a server: a token, an expiry and a user with a name and role.
        QVERIFY(
            !decodeLoginResponse(R"({"token":"","expiresAt":1,"user":{"name":"a","displayName":"","role":"agent"}})"));
        QVERIFY(!decodeLoginResponse(R"({"token":"t","user":{"name":"a","displayName":"","role":"agent"}})"));
        QVERIFY(!decodeLoginResponse(
            R"({"token":"t","expiresAt":1.5,"user":{"name":"a","displayName":"","role":"agent"}})"));
        QVERIFY(!decodeLoginResponse(R"({"token":"t","expiresAt":1,"user":{"name":"a","displayName":""}})"));
        QVERIFY(!decodeLoginResponse(
            R"({"token":"t","token":"u","expiresAt":1,"user":{"name":"a","displayName":"","role":"agent"}})"));
        QVERIFY(decodeLoginResponse(
            R"({"token":"t","expiresAt":1,"user":{"name":"a","displayName":"","role":"agent"},"extra":1})"));
    }
};

QTEST_GUILESS_MAIN(TestWireRules)
#include "tst_wirerules.moc"
