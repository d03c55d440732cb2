// PropKey: the string forms of DESIGN.md's property JSON, and the order of a property bag.
#include "mapi/message.h"

#include <QTest>

using namespace Ndr::Mapi;

Q_DECLARE_METATYPE(Ndr::Mapi::PropKey)

class TstPropKey : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void stringForm_data();
    void stringForm();
    void parsesLowerCaseHex();
    void rejectsMalformed_data();
    void rejectsMalformed();
    void bagOrder();
    void bagKeepsOneValuePerKey();
    void namedOrderFollowsGuidText();
};

void TstPropKey::stringForm_data()
{
    QTest::addColumn<PropKey>("key");
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("text");
    QTest::newRow("tag-subject-unicode") << PropKey(PR_SUBJECT) << int(PT_UNICODE) << QStringLiteral("0x0037001F");
    QTest::newRow("tag-ndr-status-long") << PropKey(PR_NDR_STATUS_CODE) << int(PT_LONG) << QStringLiteral("0x0C200003");
    QTest::newRow("tag-mv-binary") << PropKey(PropId(0x6700)) << int(PT_BINARY | MV_FLAG) << QStringLiteral("0x67001102");
    QTest::newRow("named-by-id") << PropKey::lid(PSETID_Common, 0x8580) << int(PT_UNICODE)
                                 << QStringLiteral("{00062008-0000-0000-C000-000000000046}:0x8580:001F");
    QTest::newRow("named-by-small-id") << PropKey::lid(PSETID_Report, 0x12) << int(PT_SYSTIME)
                                       << QStringLiteral("{00062013-0000-0000-C000-000000000046}:0x0012:0040");
    QTest::newRow("named-by-name") << PropKey::string(PS_PUBLIC_STRINGS, QStringLiteral("Keywords")) << int(PT_UNICODE | MV_FLAG)
                                   << QStringLiteral("{00020329-0000-0000-C000-000000000046}:Keywords:101F");
    QTest::newRow("named-by-name-with-colon") << PropKey::string(PS_INTERNET_HEADERS, QStringLiteral("x-a:b")) << int(PT_UNICODE)
                                              << QStringLiteral("{00020386-0000-0000-C000-000000000046}:x-a:b:001F");
}

void TstPropKey::stringForm()
{
    QFETCH(PropKey, key);
    QFETCH(int, type);
    QFETCH(QString, text);
    QCOMPARE(key.toString(quint16(type)), text);
    quint16 parsedType = 0;
    const auto parsed = PropKey::fromString(text, &parsedType);
    QVERIFY(parsed.has_value());
    QVERIFY(*parsed == key);
    QCOMPARE(int(parsedType), type);
}

void TstPropKey::parsesLowerCaseHex()
{
    quint16 type = 0;
    const auto k = PropKey::fromString(QStringLiteral("0x0c15001f"), &type);
    QVERIFY(k.has_value());
    QCOMPARE(k->id, PR_RECIPIENT_TYPE);
    QCOMPARE(type, quint16(PT_UNICODE));
    const auto n = PropKey::fromString(QStringLiteral("{00062008-0000-0000-c000-000000000046}:0x85a0:000b"));
    QVERIFY(n.has_value() && n->isNamed());
    QCOMPARE(n->named->guid, PSETID_Common);
    QCOMPARE(n->named->lid, 0x85A0u);
}

void TstPropKey::rejectsMalformed_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("id-without-type") << QStringLiteral("0x0037");
    QTest::newRow("seven-digits") << QStringLiteral("0x0037001");
    QTest::newRow("not-hex") << QStringLiteral("0x0037001G");
    QTest::newRow("no-prefix") << QStringLiteral("0037001F");
    QTest::newRow("guid-without-braces") << QStringLiteral("00062008-0000-0000-C000-000000000046:0x8580:001F");
    QTest::newRow("named-without-type") << QStringLiteral("{00062008-0000-0000-C000-000000000046}:0x8580");
}

void TstPropKey::rejectsMalformed()
{
    QFETCH(QString, text);
    QVERIFY(!PropKey::fromString(text).has_value());
}

void TstPropKey::bagOrder()
{
    // Tagged properties first by id, then named ones; a bag lists them in that order.
    PropertyBag bag;
    bag.setString(PropKey::string(PS_PUBLIC_STRINGS, QStringLiteral("Keywords")), QStringLiteral("k"));
    bag.setString(PR_SUBJECT, QStringLiteral("s"));
    bag.setString(PropKey::lid(PS_PUBLIC_STRINGS, 0x9000), QStringLiteral("n"));
    bag.setString(PR_MESSAGE_CLASS, QStringLiteral("c"));
    QStringList order;
    for (auto it = bag.cbegin(); it != bag.cend(); ++it)
        order.append(it->value.toString());
    QCOMPARE(order, (QStringList{QStringLiteral("c"), QStringLiteral("s"), QStringLiteral("n"), QStringLiteral("k")}));
    QVERIFY(!(PropKey(PR_SUBJECT) < PropKey(PR_SUBJECT)));
}

void TstPropKey::bagKeepsOneValuePerKey()
{
    // A key set again takes the new value in its place; a named key is found by its name, not
    // by the object that was used to set it.
    PropertyBag bag;
    for (PropId id : {PR_SUBJECT, PR_MESSAGE_CLASS, PR_BODY, PR_SUBJECT})
        bag.setString(id, QString::number(id, 16));
    bag.setString(PropKey::string(PS_PUBLIC_STRINGS, QStringLiteral("Keywords")), QStringLiteral("first"));
    bag.setString(PR_MESSAGE_CLASS, QStringLiteral("again"));
    bag.setString(PropKey::string(PS_PUBLIC_STRINGS, QStringLiteral("Keywords")), QStringLiteral("second"));
    QCOMPARE(bag.size(), 4);
    QCOMPARE(bag.string(PR_MESSAGE_CLASS), QStringLiteral("again"));
    QCOMPARE(bag.string(PropKey::string(PS_PUBLIC_STRINGS, QStringLiteral("Keywords"))), QStringLiteral("second"));
    QVERIFY(!bag.contains(PropKey::string(PS_PUBLIC_STRINGS, QStringLiteral("keywords"))));

    bag.remove(PR_BODY);
    bag.remove(PR_BODY);  // absent: nothing happens
    bag.remove(PropKey::string(PS_PUBLIC_STRINGS, QStringLiteral("Keywords")));
    QCOMPARE(bag.keys(), (QList<PropKey>{PR_MESSAGE_CLASS, PR_SUBJECT}));
    QVERIFY(!bag.value(PR_BODY).isValid());
    QCOMPARE(bag.string(PR_SUBJECT), QString::number(PR_SUBJECT, 16));
}

void TstPropKey::namedOrderFollowsGuidText()
{
    // Named properties of different sets are listed in the order of their GUIDs' text, as the
    // JSON shows them: every field compared unsigned, the last eight bytes one by one.
    const QList<QUuid> guids{
        PSETID_Common, PS_PUBLIC_STRINGS, QUuid(QStringLiteral("{f0000000-0000-0000-0000-000000000000}")),
        QUuid(QStringLiteral("{00062008-0000-0000-c000-000000000047}")), QUuid(QStringLiteral("{00062008-8000-0000-0000-000000000000}")),
        QUuid(QStringLiteral("{00062008-0000-0000-0000-000000000000}")), QUuid(QStringLiteral("{00062008-0000-ffff-0000-000000000000}"))};
    PropertyBag bag;
    QStringList expected;
    for (const QUuid &g : guids) {
        bag.setString(PropKey::lid(g, 0x8501), g.toString());
        expected.append(g.toString());
    }
    expected.sort();
    QStringList order;
    for (auto it = bag.cbegin(); it != bag.cend(); ++it)
        order.append(it->value.toString());
    QCOMPARE(order, expected);
}

QTEST_GUILESS_MAIN(TstPropKey)
#include "tst_propkey.moc"
