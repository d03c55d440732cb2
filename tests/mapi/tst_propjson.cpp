// The property JSON of DESIGN.md ("Property JSON"): value forms, structure, and the round trip
// messageFromJson(messageToJson(m)) == m that tools and tests rely on.
#include "fixturewriter.h"
#include "mapi/propjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace Ndr;
using namespace Ndr::Mapi;

Q_DECLARE_METATYPE(Ndr::Mapi::PropValue)

class TstPropJson : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void valueForms_data();
    void valueForms();
    void structure();
    void fixtureRoundTripsThroughText_data();
    void fixtureRoundTripsThroughText();
    void timesKeepMilliseconds();
    void badEntriesAreNamed();
};

void TstPropJson::valueForms_data()
{
    QTest::addColumn<PropValue>("value");
    QTest::addColumn<QByteArray>("json");  // the value as compact JSON
    QTest::newRow("long") << PropValue::fromInt(-1) << QByteArray("-1");
    QTest::newRow("error-unsigned") << PropValue(PT_ERROR, QVariant::fromValue<quint32>(0x8004010F)) << QByteArray("2147746063");
    QTest::newRow("boolean") << PropValue::fromBool(true) << QByteArray("true");
    QTest::newRow("double") << PropValue(PT_DOUBLE, 0.25) << QByteArray("0.25");
    QTest::newRow("i8-beyond-32-bits") << PropValue(PT_I8, QVariant::fromValue<qint64>(1LL << 40)) << QByteArray("1099511627776");
    QTest::newRow("string") << PropValue::fromString(QStringLiteral("Grüße")) << QStringLiteral("\"Grüße\"").toUtf8();
    QTest::newRow("time-iso-utc") << PropValue::fromFileTime(Fixtures::sentTime()) << QByteArray("\"2024-03-14T09:26:53.000Z\"");
    QTest::newRow("binary-hex") << PropValue::fromBinary(QByteArray("\x01\xAB", 2)) << QByteArray("{\"hex\":\"01ab\"}");
    QTest::newRow("guid-braced-upper") << PropValue(PT_CLSID, QVariant::fromValue(PSETID_Common))
                                       << QByteArray("\"{00062008-0000-0000-C000-000000000046}\"");
    QTest::newRow("mv-string") << PropValue(PT_UNICODE | MV_FLAG, QVariantList{QStringLiteral("a"), QStringLiteral("b")})
                               << QByteArray("[\"a\",\"b\"]");
}

void TstPropJson::valueForms()
{
    QFETCH(PropValue, value);
    QFETCH(QByteArray, json);
    const QJsonArray wrapped{valueToJson(value)};
    const QByteArray text = QJsonDocument(wrapped).toJson(QJsonDocument::Compact);
    QCOMPARE(text, "[" + json + "]");
    QVERIFY(valueFromJson(value.type, wrapped[0]) == value);
}

void TstPropJson::structure()
{
    Message m;
    m.props.setString(PR_SUBJECT, QStringLiteral("s"));
    m.props.setString(PropKey::lid(PSETID_Common, 0x8580), QStringLiteral("n"));
    Recipient r;
    r.props.setInt32(PR_RECIPIENT_TYPE, MAPI_CC);
    m.recipients.append(r);
    Attachment a;
    a.props.setInt32(PR_ATTACH_METHOD, ATTACH_EMBEDDED_MSG);
    a.embedded = std::make_shared<Message>();
    a.embedded->props.setString(PR_SUBJECT, QStringLiteral("inner"));
    m.attachments.append(a);
    const QJsonObject j = messageToJson(m);
    QCOMPARE(j[QStringLiteral("props")][QStringLiteral("0x0037001F")].toString(), QStringLiteral("s"));
    QCOMPARE(j[QStringLiteral("props")][QStringLiteral("{00062008-0000-0000-C000-000000000046}:0x8580:001F")].toString(), QStringLiteral("n"));
    QCOMPARE(j[QStringLiteral("recipients")][0][QStringLiteral("0x0C150003")].toInt(), 2);
    QCOMPARE(j[QStringLiteral("attachments")][0][QStringLiteral("props")][QStringLiteral("0x37050003")].toInt(), 5);
    QCOMPARE(j[QStringLiteral("attachments")][0][QStringLiteral("message")][QStringLiteral("props")][QStringLiteral("0x0037001F")].toString(),
             QStringLiteral("inner"));
}

void TstPropJson::fixtureRoundTripsThroughText_data()
{
    QTest::addColumn<int>("index");
    const auto all = Fixtures::allFixtures();
    for (qsizetype i = 0; i < all.size(); ++i)
        QTest::newRow(qPrintable(all[i].fileName)) << int(i);
}

void TstPropJson::fixtureRoundTripsThroughText()
{
    QFETCH(int, index);
    const Message m = Fixtures::allFixtures().at(index).message;
    const QByteArray text = QJsonDocument(messageToJson(m)).toJson();
    QStringList warnings;
    const Message back = messageFromJson(QJsonDocument::fromJson(text).object(), &warnings);
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
    QVERIFY(back == m);
}

void TstPropJson::timesKeepMilliseconds()
{
    // JSON times are ISO 8601 UTC with milliseconds, and the 100 ns ticks where a FILETIME has them.
    const quint64 ms = Fixtures::sentTime() + 1230000;  // +123 ms
    QVERIFY(valueToJson(PropValue::fromFileTime(ms)).toString().endsWith(QLatin1String(".123Z")));
    QVERIFY(valueFromJson(PT_SYSTIME, valueToJson(PropValue::fromFileTime(ms))) == PropValue::fromFileTime(ms));
    QVERIFY(valueToJson(PropValue::fromFileTime(ms + 45)).toString().endsWith(QLatin1String(".1230045Z")));
    QVERIFY(valueFromJson(PT_SYSTIME, valueToJson(PropValue::fromFileTime(ms + 45))) == PropValue::fromFileTime(ms + 45));
}

void TstPropJson::badEntriesAreNamed()
{
    const QJsonObject j = QJsonDocument::fromJson(R"({"props": {"0x0037001F": 5, "nonsense": 1, "0x0E070003": 17},
        "recipients": [{"0x3001001F": ["not", "a", "string"]}]})").object();
    QStringList warnings;
    const Message m = messageFromJson(j, &warnings);
    QCOMPARE(warnings, (QStringList{QStringLiteral("0x0037001F"), QStringLiteral("nonsense"), QStringLiteral("0x3001001F")}));
    QCOMPARE(m.props.int32(PR_MESSAGE_FLAGS), std::optional<qint32>(17));
    QCOMPARE(m.recipients.size(), 1);
    QVERIFY(m.recipients[0].props.isEmpty());
}

QTEST_GUILESS_MAIN(TstPropJson)
#include "tst_propjson.moc"
