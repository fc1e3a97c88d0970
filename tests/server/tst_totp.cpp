// One-time codes (server/auth/totp.h) against the published test vectors: RFC 4226's HOTP values,
// RFC 6238's TOTP values (SHA-1, eight digits) and RFC 4648's base32 text; a code a step early or
// late is accepted, two steps is not; a code used once, or one older than it, is refused.

#include "auth/totp.h"

#include <QTest>

using namespace Qt::StringLiterals;
namespace totp = pilothouse::server::totp;

class TestTotp : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void hotpMatchesRfc4226()
    {
        const QByteArray key("12345678901234567890");
        const QStringList expected {u"755224"_s, u"287082"_s, u"359152"_s, u"969429"_s, u"338314"_s, u"254676"_s,
            u"287922"_s, u"162583"_s, u"399871"_s, u"520489"_s};
        for (int counter = 0; counter < expected.size(); ++counter)
            QCOMPARE(totp::hotp(key, std::uint64_t(counter)), expected.at(counter));
    }

    void totpMatchesRfc6238_data()
    {
        QTest::addColumn<qint64>("time");
        QTest::addColumn<QString>("code");
        QTest::newRow("59") << qint64(59) << u"94287082"_s;
        QTest::newRow("1111111109") << qint64(1111111109) << u"07081804"_s;
        QTest::newRow("1111111111") << qint64(1111111111) << u"14050471"_s;
        QTest::newRow("1234567890") << qint64(1234567890) << u"89005924"_s;
        QTest::newRow("2000000000") << qint64(2000000000) << u"69279037"_s;
        QTest::newRow("20000000000") << qint64(20000000000) << u"65353130"_s;
    }
    void totpMatchesRfc6238()
    {
        QFETCH(qint64, time);
        QFETCH(QString, code);
        QCOMPARE(totp::codeAt(QByteArray("12345678901234567890"), time, 8), code);
    }

    void oneStepOfDriftIsAcceptedTwoAreNot()
    {
        const QByteArray key = totp::newSecret();
        QCOMPARE(key.size(), totp::kSecretBytes);
        const qint64 now = 1'800'000'015; // in the middle of a step
        const std::int64_t step = totp::stepAt(now);
        for (const int offset : {-1, 0, 1}) {
            const QString code = totp::codeAt(key, now + offset * totp::kStepSeconds);
            QCOMPARE(totp::acceptedStep(key, code, now, 0), std::optional<std::int64_t>(step + offset));
        }
        for (const int offset : {-2, 2}) {
            const QString code = totp::codeAt(key, now + offset * totp::kStepSeconds);
            QCOMPARE(totp::acceptedStep(key, code, now, 0), std::nullopt);
        }
        // Spaces as an app shows them ("123 456") are fine; a wrong length or letters are not.
        const QString code = totp::codeAt(key, now);
        QCOMPARE(totp::acceptedStep(key, code.left(3) + u' ' + code.mid(3), now, 0), std::optional(step));
        QCOMPARE(totp::acceptedStep(key, code.left(5), now, 0), std::nullopt);
        QCOMPARE(totp::acceptedStep(key, code + u'0', now, 0), std::nullopt);
        QCOMPARE(totp::acceptedStep(key, u"abcdef"_s, now, 0), std::nullopt);
        QCOMPARE(totp::acceptedStep({}, code, now, 0), std::nullopt);
    }

    void aUsedCodeIsNotAcceptedAgain()
    {
        const QByteArray key = totp::newSecret();
        const qint64 now = 1'800'000'015;
        const QString code = totp::codeAt(key, now);
        const auto first = totp::acceptedStep(key, code, now, 0);
        QVERIFY(first);
        QCOMPARE(totp::acceptedStep(key, code, now, *first), std::nullopt); // replay
        // Nor the step before, which drift would otherwise allow.
        QCOMPARE(totp::acceptedStep(key, totp::codeAt(key, now - totp::kStepSeconds), now, *first), std::nullopt);
        // The next step's code is fine.
        QVERIFY(totp::acceptedStep(key, totp::codeAt(key, now + totp::kStepSeconds), now + totp::kStepSeconds, *first));
    }

    void base32MatchesRfc4648()
    {
        const std::pair<const char *, QString> vectors[] = {{"", u""_s}, {"f", u"MY"_s}, {"fo", u"MZXQ"_s},
            {"foo", u"MZXW6"_s}, {"foob", u"MZXW6YQ"_s}, {"fooba", u"MZXW6YTB"_s}, {"foobar", u"MZXW6YTBOI"_s}};
        for (const auto &[bytes, text] : vectors) {
            QCOMPARE(totp::base32(QByteArray(bytes)), text);
            QCOMPARE(totp::fromBase32(text), std::optional(QByteArray(bytes)));
        }
        QCOMPARE(totp::fromBase32(u"mzxw 6ytb oi======"_s), std::optional(QByteArray("foobar"))); // as typed
        QCOMPARE(totp::fromBase32(u"MZXW1"_s), std::nullopt); // 1 is not base32
        QCOMPARE(totp::fromBase32(u"MZXWé"_s), std::nullopt);
        const QByteArray key = totp::newSecret();
        QCOMPARE(totp::fromBase32(totp::base32(key)), std::optional(key));
    }

    void theProvisioningUriIsWhatAppsRead()
    {
        const QString uri = totp::provisioningUri(QByteArray("foobar"), u"Pilothouse"_s, u"dana scully"_s);
        QCOMPARE(uri,
            u"otpauth://totp/Pilothouse:dana%20scully?secret=MZXW6YTBOI&issuer=Pilothouse&algorithm=SHA1&digits=6&period=30"_s);
    }
};

QTEST_GUILESS_MAIN(TestTotp)
#include "tst_totp.moc"
