// PropValue: equality by type and exact value (the round-trip tests and the resend diff rely
// on it), the type table, and FILETIME conversion.
#include "mapi/propvalue.h"

#include <QTest>
#include <QTimeZone>
#include <limits>

using namespace Ndr::Mapi;

Q_DECLARE_METATYPE(Ndr::Mapi::PropValue)

class TstPropValue : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void equality_data();
    void equality();
    void typeTable_data();
    void typeTable();
    void fileTime();
};

void TstPropValue::equality_data()
{
    QTest::addColumn<PropValue>("a");
    QTest::addColumn<PropValue>("b");
    QTest::addColumn<bool>("equal");
    const double nan = std::numeric_limits<double>::quiet_NaN();
    auto mv = [](quint16 t, QVariantList l) { return PropValue(quint16(t | MV_FLAG), l); };
    QTest::newRow("same-long") << PropValue::fromInt(5) << PropValue::fromInt(5) << true;
    QTest::newRow("long-vs-short-same-number") << PropValue::fromInt(5) << PropValue(PT_SHORT, 5) << false;
    QTest::newRow("unicode-vs-string8-same-text") << PropValue::fromString(QStringLiteral("x")) << PropValue(PT_STRING8, QStringLiteral("x")) << false;
    QTest::newRow("string-case-differs") << PropValue::fromString(QStringLiteral("Bob")) << PropValue::fromString(QStringLiteral("bob")) << false;
    QTest::newRow("double-nan-same-bits") << PropValue(PT_DOUBLE, nan) << PropValue(PT_DOUBLE, nan) << true;
    QTest::newRow("double-zero-vs-negative-zero") << PropValue(PT_DOUBLE, 0.0) << PropValue(PT_DOUBLE, -0.0) << false;
    QTest::newRow("float-same") << PropValue(PT_FLOAT, QVariant::fromValue<float>(1.5f)) << PropValue(PT_FLOAT, QVariant::fromValue<float>(1.5f)) << true;
    QTest::newRow("systime-100ns-apart") << PropValue::fromFileTime(133548820130000000ULL) << PropValue::fromFileTime(133548820130000001ULL) << false;
    QTest::newRow("binary-length-differs") << PropValue::fromBinary(QByteArray("\0\1", 2)) << PropValue::fromBinary(QByteArray("\0", 1)) << false;
    QTest::newRow("binary-with-nul") << PropValue::fromBinary(QByteArray("\0\1", 2)) << PropValue::fromBinary(QByteArray("\0\1", 2)) << true;
    QTest::newRow("clsid-differs") << PropValue(PT_CLSID, QVariant::fromValue(QUuid(QStringLiteral("{00062008-0000-0000-C000-000000000046}"))))
                                   << PropValue(PT_CLSID, QVariant::fromValue(QUuid(QStringLiteral("{00062013-0000-0000-C000-000000000046}")))) << false;
    QTest::newRow("mv-same") << mv(PT_LONG, {1, 2}) << mv(PT_LONG, {1, 2}) << true;
    QTest::newRow("mv-order-differs") << mv(PT_LONG, {1, 2}) << mv(PT_LONG, {2, 1}) << false;
    QTest::newRow("mv-length-differs") << mv(PT_UNICODE, {QStringLiteral("a")}) << mv(PT_UNICODE, {QStringLiteral("a"), QStringLiteral("a")}) << false;
    QTest::newRow("mv-vs-single") << mv(PT_LONG, {1}) << PropValue::fromInt(1) << false;
    QTest::newRow("boolean") << PropValue::fromBool(true) << PropValue::fromBool(false) << false;
    QTest::newRow("error-code") << PropValue(PT_ERROR, QVariant::fromValue<quint32>(0x8004010F))
                                << PropValue(PT_ERROR, QVariant::fromValue<quint32>(0x8004010F)) << true;
}

void TstPropValue::equality()
{
    QFETCH(PropValue, a);
    QFETCH(PropValue, b);
    QFETCH(bool, equal);
    QCOMPARE(a == b, equal);
    QCOMPARE(b == a, equal);
    QCOMPARE(a != b, !equal);
}

void TstPropValue::typeTable_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("fixed");
    QTest::addColumn<int>("size");
    QTest::newRow("long") << int(PT_LONG) << QStringLiteral("PT_LONG") << true << 4;
    QTest::newRow("boolean") << int(PT_BOOLEAN) << QStringLiteral("PT_BOOLEAN") << true << 2;
    QTest::newRow("systime") << int(PT_SYSTIME) << QStringLiteral("PT_SYSTIME") << true << 8;
    QTest::newRow("clsid-in-a-stream") << int(PT_CLSID) << QStringLiteral("PT_CLSID") << false << 16;
    QTest::newRow("unicode") << int(PT_UNICODE) << QStringLiteral("PT_UNICODE") << false << 0;
    QTest::newRow("mv-long") << int(PT_LONG | MV_FLAG) << QStringLiteral("PT_MV_LONG") << false << 4;
    QTest::newRow("mv-unicode") << int(PT_UNICODE | MV_FLAG) << QStringLiteral("PT_MV_UNICODE") << false << 0;
    QTest::newRow("unknown") << 0x0099 << QStringLiteral("0x0099") << false << 0;
}

void TstPropValue::typeTable()
{
    QFETCH(int, type);
    QFETCH(QString, name);
    QFETCH(bool, fixed);
    QFETCH(int, size);
    QCOMPARE(typeName(quint16(type)), name);
    QCOMPARE(isFixedSize(quint16(type)), fixed);
    QCOMPARE(fixedSize(quint16(type)), size);
}

void TstPropValue::fileTime()
{
    const QDateTime t(QDate(2024, 3, 14), QTime(9, 26, 53, 250), QTimeZone::utc());
    QCOMPARE(dateTimeToFileTime(t), 133548820132500000ULL);
    QCOMPARE(fileTimeToDateTime(133548820132500000ULL), t);
    QCOMPARE(fileTimeToDateTime(116444736000000000ULL), QDateTime::fromMSecsSinceEpoch(0, QTimeZone::utc()));
    QVERIFY(PropValue::fromTime(t) == PropValue::fromFileTime(133548820132500000ULL));
}

QTEST_GUILESS_MAIN(TstPropValue)
#include "tst_propvalue.moc"
