// The .msg writer: what it writes reads back to the same Message, for every property type,
// named properties, multi-valued ones, nesting, code pages, big attachments and real files.
#include "msgtestutil.h"

#include "fixturewriter.h"
#include "msg/cfb.h"
#include "msg/cfblayout.h"
#include "msg/filebytes.h"
#include "msg/msgreader.h"
#include "msg/msgwriter.h"

#include <QTest>
#include <QtEndian>
#include <cmath>
#include <limits>

Q_DECLARE_METATYPE(Ndr::Mapi::PropValue)

using namespace Ndr;
using namespace Ndr::Mapi;

namespace {
QUuid guid(const char *text) { return QUuid(QString::fromLatin1(text)); }

Message roundTrip(const Message &m, QStringList *warnings)
{
    const auto bytes = Msg::writeMsg(m);
    if (!bytes)
        return {};
    const auto back = Msg::readMsg(*bytes, warnings);
    return back ? *back : Message();
}

Message nested(int depth)
{
    Message m;
    m.props.setString(PR_MESSAGE_CLASS, QStringLiteral("IPM.Note"));
    m.props.setString(PR_SUBJECT, QStringLiteral("level %1").arg(depth));
    m.props.setString(PropKey::string(PS_PUBLIC_STRINGS, QStringLiteral("Level")), QString::number(depth));
    m.props.set(PropKey::lid(PSETID_Common, 0x8500 + quint32(depth)), PropValue::fromInt(depth));
    Recipient r;
    r.props.setString(PR_DISPLAY_NAME, QStringLiteral("Row at %1").arg(depth));
    r.props.set(PropKey::lid(PSETID_Report, 0x8D00), PropValue::fromFileTime(132000000000000000ULL + quint64(depth)));
    m.recipients.append(r);
    if (depth > 0) {
        Attachment a;
        a.props.setInt32(PR_ATTACH_METHOD, ATTACH_EMBEDDED_MSG);
        a.props.setString(PR_DISPLAY_NAME, QStringLiteral("level %1").arg(depth - 1));
        a.embedded = std::make_shared<Message>(nested(depth - 1));
        m.attachments.append(a);
    }
    return m;
}
} // namespace

class TstMsgWriter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyTypeRoundTrips_data();
    void everyTypeRoundTrips();
    void embeddedThreeDeep();
    void string8RoundTripsExactly_data();
    void string8RoundTripsExactly();
    void structureIsWhatOutlookReads();
    void untranslatedNamedRangeIdsKeepTheirIds();
    void sameMessageSameBytes();
    void bigAttachment();
    void corpusFileRoundTrips_data();
    void corpusFileRoundTrips();
    void tooDeepIsAnError();
    void directoryIsAShallowRedBlackTree();
    void badEntriesFailTheFile_data();
    void badEntriesFailTheFile();
};

void TstMsgWriter::everyTypeRoundTrips_data()
{
    QTest::addColumn<PropValue>("value");
    auto row = [](const char *name, quint16 type, const QVariant &v) { QTest::newRow(name) << PropValue(type, v); };
    auto list = [](std::initializer_list<QVariant> l) { return QVariant(QVariantList(l)); };
    row("short-negative", PT_SHORT, QVariant::fromValue<int>(-12345));
    row("long-min", PT_LONG, QVariant::fromValue<int>(std::numeric_limits<qint32>::min()));
    row("long-diag-no-diagnostic", PT_LONG, QVariant::fromValue<int>(-1));
    row("float-fraction", PT_FLOAT, QVariant::fromValue<float>(3.25f));
    row("float-negative-zero", PT_FLOAT, QVariant::fromValue<float>(-0.0f));
    row("double-pi", PT_DOUBLE, QVariant::fromValue<double>(M_PI));
    row("double-nan", PT_DOUBLE, QVariant::fromValue<double>(std::numeric_limits<double>::quiet_NaN()));
    row("currency", PT_CURRENCY, QVariant::fromValue<qint64>(-922337203685477LL));
    row("apptime", PT_APPTIME, QVariant::fromValue<double>(45365.5));
    row("error-not-found", PT_ERROR, QVariant::fromValue<quint32>(0x8004010F));
    row("boolean-true", PT_BOOLEAN, QVariant(true));
    row("boolean-false", PT_BOOLEAN, QVariant(false));
    row("i8-max", PT_I8, QVariant::fromValue<qint64>(std::numeric_limits<qint64>::max()));
    row("systime-100ns", PT_SYSTIME, QVariant::fromValue<quint64>(133548820131234567ULL));
    row("clsid", PT_CLSID, QVariant::fromValue(guid("{00062008-0000-0000-C000-000000000046}")));
    row("unicode-empty", PT_UNICODE, QVariant(QString()));
    row("unicode-emoji-and-cjk", PT_UNICODE, QVariant(QStringLiteral("Grüße 📎 報告")));
    row("unicode-lone-surrogate", PT_UNICODE, QVariant(QString(QChar(0xD800)) + QStringLiteral("x")));
    row("string8-ascii", PT_STRING8, QVariant(QStringLiteral("plain ascii")));
    row("binary-empty", PT_BINARY, QVariant(QByteArray()));
    row("binary-big-block", PT_BINARY, QVariant(QByteArray(5000, '\x5A')));  // past the 4096 mini-stream cut-off
    row("binary-with-nuls", PT_BINARY, QVariant(QByteArray("\0\1\0\2", 4)));
    row("svreid", PT_SVREID, QVariant(QByteArray::fromHex("0100000000000000")));
    row("object-stream", PT_OBJECT, QVariant(QByteArray("object bytes")));
    row("mv-short", PT_SHORT | MV_FLAG, list({QVariant::fromValue<int>(1), QVariant::fromValue<int>(-2)}));
    row("mv-long", PT_LONG | MV_FLAG, list({QVariant::fromValue<int>(7), QVariant::fromValue<int>(8), QVariant::fromValue<int>(9)}));
    row("mv-float", PT_FLOAT | MV_FLAG, list({QVariant::fromValue<float>(0.5f)}));
    row("mv-double", PT_DOUBLE | MV_FLAG, list({QVariant::fromValue<double>(1e300), QVariant::fromValue<double>(-1e-300)}));
    row("mv-currency", PT_CURRENCY | MV_FLAG, list({QVariant::fromValue<qint64>(5)}));
    row("mv-apptime", PT_APPTIME | MV_FLAG, list({QVariant::fromValue<double>(1.0)}));
    row("mv-systime", PT_SYSTIME | MV_FLAG, list({QVariant::fromValue<quint64>(1), QVariant::fromValue<quint64>(133548820130000000ULL)}));
    row("mv-clsid", PT_CLSID | MV_FLAG, list({QVariant::fromValue(PS_MAPI), QVariant::fromValue(PSETID_Report)}));
    row("mv-i8", PT_I8 | MV_FLAG, list({QVariant::fromValue<qint64>(-1)}));
    row("mv-string8", PT_STRING8 | MV_FLAG, list({QStringLiteral("one"), QString(), QStringLiteral("three")}));
    row("mv-unicode", PT_UNICODE | MV_FLAG, list({QStringLiteral("Финансы"), QStringLiteral("Quarterly")}));
    row("mv-binary", PT_BINARY | MV_FLAG, list({QByteArray("a"), QByteArray(), QByteArray(3000, 'b')}));
    row("mv-unicode-empty-list", PT_UNICODE | MV_FLAG, list({}));
}

void TstMsgWriter::everyTypeRoundTrips()
{
    QFETCH(PropValue, value);
    // The value on the message, a recipient and an attachment, under a tag, a named id and a name.
    const PropKey keys[] = {PropKey(PropId(0x6700)), PropKey::lid(PSETID_Common, 0x85FF),
                            PropKey::string(PS_PUBLIC_STRINGS, QStringLiteral("Fixture Value"))};
    Message m;
    m.props.setString(PR_SUBJECT, QStringLiteral("types"));
    Recipient r;
    Attachment a;
    for (const PropKey &k : keys) {
        m.props.set(k, value);
        r.props.set(k, value);
        a.props.set(k, value);
    }
    m.recipients.append(r);
    m.attachments.append(a);
    QStringList warnings;
    const Message back = roundTrip(m, &warnings);
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
    for (const PropKey &k : keys) {
        QCOMPARE(back.props.value(k).type, value.type);
        QVERIFY2(back.props.value(k) == value, qPrintable(k.toString(value.type)));
        QVERIFY(back.recipients.value(0).props.value(k) == value);
        QVERIFY(back.attachments.value(0).props.value(k) == value);
    }
    QVERIFY2(back == m, MsgTest::firstDifference(m, back).constData());
}

void TstMsgWriter::embeddedThreeDeep()
{
    const Message m = nested(3);
    QStringList warnings;
    const Message back = roundTrip(m, &warnings);
    QVERIFY(warnings.isEmpty());
    QVERIFY2(back == m, MsgTest::firstDifference(m, back).constData());
    const Message *cur = &back;
    for (int depth = 3; depth > 0; --depth) {
        QCOMPARE(cur->props.string(PropKey::string(PS_PUBLIC_STRINGS, QStringLiteral("Level"))), QString::number(depth));
        QVERIFY(cur->attachments.value(0).embedded);
        cur = cur->attachments[0].embedded.get();
    }
    QCOMPARE(cur->subject(), QStringLiteral("level 0"));
}

void TstMsgWriter::string8RoundTripsExactly_data()
{
    QTest::addColumn<int>("codePage");  // 0 = none (windows-1252)
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("plain");    // stored as plain code page bytes (else BOM + UTF-8)
    QTest::newRow("no-code-page-latin1") << 0 << QStringLiteral("Café") << true;
    QTest::newRow("no-code-page-cyrillic") << 0 << QStringLiteral("Привет") << false;
    QTest::newRow("cp1251-cyrillic") << 1251 << QStringLiteral("Привет") << true;
    QTest::newRow("cp1251-with-chinese") << 1251 << QStringLiteral("Привет 中文") << false;
    QTest::newRow("cp932-japanese") << 932 << QStringLiteral("テスト メッセージ") << true;
    QTest::newRow("cp1252-starting-like-a-bom") << 1252 << QStringLiteral("ï»¿abc") << false;
    QTest::newRow("cp65001-leading-feff") << 65001 << (QString(QChar(0xFEFF)) + QStringLiteral("x")) << false;
    QTest::newRow("cp20127-ascii-with-umlaut") << 20127 << QStringLiteral("Gruß") << false;
}

void TstMsgWriter::string8RoundTripsExactly()
{
    QFETCH(int, codePage);
    QFETCH(QString, text);
    QFETCH(bool, plain);
    Message m;
    if (codePage)
        m.props.setInt32(PR_MESSAGE_CODEPAGE, codePage);
    m.props.set(PR_SUBJECT, PropValue(PT_STRING8, text));
    m.props.set(PR_DISPLAY_TO, PropValue(PT_STRING8 | MV_FLAG, QVariantList{text, QStringLiteral("x")}));
    const auto bytes = Msg::writeMsg(m);
    QVERIFY(bytes.has_value());
    auto file = Msg::Cfb::Reader::open(*bytes, nullptr);
    QString problem;
    const QByteArray stored = file->root().readStream(QStringLiteral("__substg1.0_0037001E"), 1 << 20, &problem).value_or("?");
    QCOMPARE(stored.startsWith("\xEF\xBB\xBF"), !plain);
    QStringList warnings;
    const auto back = Msg::readMsg(*bytes, &warnings);
    QVERIFY(back.has_value());
    QCOMPARE(back->subject(), text);
    QVERIFY2(*back == m, MsgTest::firstDifference(m, *back).constData());
}

void TstMsgWriter::structureIsWhatOutlookReads()
{
    // [MS-OXMSG] 2.2 / 2.4: the storages and header sizes other readers rely on.
    const Message m = Fixtures::buildNdr();
    const auto bytes = Msg::writeMsg(m);
    QVERIFY(bytes.has_value());
    auto file = Msg::Cfb::Reader::open(*bytes, nullptr);
    QVERIFY(file.has_value());
    const Msg::Cfb::Storage root = file->root();
    QString problem;
    const Msg::Cfb::Storage nameId = root.storage(QStringLiteral("__nameid_version1.0"), &problem);
    QVERIFY(nameId.isValid());
    for (const char *s : {"__substg1.0_00020102", "__substg1.0_00030102", "__substg1.0_00040102"})
        QVERIFY2(nameId.contains(QString::fromLatin1(s)), s);
    const QByteArray top = *root.readStream(QStringLiteral("__properties_version1.0"), 1 << 20, &problem);
    QCOMPARE((top.size() - 32) % 16, 0);
    QCOMPARE(qFromLittleEndian<quint32>(top.constData() + 16), quint32(m.recipients.size()));  // Recipient Count
    QCOMPARE(qFromLittleEndian<quint32>(top.constData() + 20), quint32(m.attachments.size()));  // Attachment Count
    QVERIFY(root.contains(QStringLiteral("__recip_version1.0_#00000000")));
    const Msg::Cfb::Storage att = root.storage(QStringLiteral("__attach_version1.0_#00000000"), &problem);
    const QByteArray attProps = *att.readStream(QStringLiteral("__properties_version1.0"), 1 << 20, &problem);
    QCOMPARE((attProps.size() - 8) % 16, 0);
    const Msg::Cfb::Storage inner = att.storage(QStringLiteral("__substg1.0_3701000D"), &problem);
    QVERIFY2(inner.isValid(), qPrintable(problem));
    const QByteArray innerProps = *inner.readStream(QStringLiteral("__properties_version1.0"), 1 << 20, &problem);
    QCOMPARE((innerProps.size() - 24) % 16, 0);
    QVERIFY(!inner.contains(QStringLiteral("__nameid_version1.0")));  // one map, at the top
}

void TstMsgWriter::untranslatedNamedRangeIdsKeepTheirIds()
{
    // A property read from a file whose name map lacked it keeps its id; new names avoid it.
    Message m;
    m.props.set(PropKey(PropId(0x8000)), PropValue::fromInt(1));
    m.props.set(PropKey::lid(PSETID_Common, 0x8580), PropValue::fromString(QStringLiteral("named")));
    QStringList warnings;
    const Message back = roundTrip(m, &warnings);
    QCOMPARE(back.props.int32(PropKey(PropId(0x8000))), std::optional<qint32>(1));
    QCOMPARE(back.props.string(PropKey::lid(PSETID_Common, 0x8580)), QStringLiteral("named"));
    QCOMPARE(warnings.size(), 1);  // the reader says 0x8000 has no name
}

void TstMsgWriter::sameMessageSameBytes()
{
    const Message m = Fixtures::buildSampleReport();
    const auto a = Msg::writeMsg(m), b = Msg::writeMsg(Fixtures::buildSampleReport());
    QVERIFY(a.has_value() && b.has_value());
    QCOMPARE(a->size(), b->size());
    QVERIFY(*a == *b);
}

void TstMsgWriter::bigAttachment()
{
    Fixtures::OriginalSpec spec;
    spec.attachmentSize = 20 * 1024 * 1024;
    const Message m = Fixtures::buildOriginal(spec);
    const QByteArray data = m.attachments[0].data();
    const auto bytes = Msg::writeMsg(m);
    QVERIFY(bytes.has_value());
    QVERIFY(bytes->size() > data.size());
    QVERIFY(bytes->size() < data.size() + 1024 * 1024);  // the data once, plus the FAT and the rest
    QStringList warnings;
    const auto back = Msg::readMsg(*bytes, &warnings);
    QVERIFY(back.has_value());
    QCOMPARE(back->attachments.value(0).data().size(), data.size());
    QVERIFY(back->attachments[0].data() == data);
}

void TstMsgWriter::corpusFileRoundTrips_data()
{
    QTest::addColumn<QString>("file");
    const QStringList files = MsgTest::corpusMsgFiles();
    if (files.isEmpty())
        QTest::newRow("corpus-absent") << QString();
    for (const QString &f : files)
        QTest::newRow(qPrintable(f)) << f;
}

void TstMsgWriter::corpusFileRoundTrips()
{
    QFETCH(QString, file);
    if (file.isEmpty())
        QSKIP("the corpus (NDR_CORPUS_DIR/msg) is absent");
    const auto m = Msg::readMsg(MsgTest::readFile(MsgTest::corpusMsgDir() + QLatin1Char('/') + file));
    QVERIFY(m.has_value());
    QStringList warnings;
    const Message back = roundTrip(*m, &warnings);
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
    QVERIFY2(back == *m, MsgTest::firstDifference(*m, back).constData());
}

void TstMsgWriter::tooDeepIsAnError()
{
    const auto bytes = Msg::writeMsg(nested(70));
    QVERIFY(!bytes.has_value());
    QCOMPARE(bytes.error().code, Error::TooLarge);
    QVERIFY(Msg::writeMsg(nested(64)).has_value());  // the reader's limit is reachable
}

namespace {
// One storage's children as the file links them ([MS-CFB] 2.6.4).
struct TreeCheck {
    QByteArray bytes;
    Msg::Cfb::Layout layout;
    QStringList names;       // in-order
    int blackHeight = -1;    // of every path to a leaf; -2 once two paths differ
    int depth = 0;
    bool redUnderRed = false;

    explicit TreeCheck(QByteArray file) : bytes(std::move(file)) {}
    quint32 u32(quint32 e, int offset) const
    {
        return qFromLittleEndian<quint32>(bytes.constData() + layout.entryOffset(e) + offset);
    }
    bool isRed(quint32 e) const { return bytes[layout.entryOffset(e) + 67] == 0; }
    QString name(quint32 e) const
    {
        const char *at = bytes.constData() + layout.entryOffset(e);
        const int units = qFromLittleEndian<quint16>(at + 64) / 2 - 1;
        return QString::fromUtf16(reinterpret_cast<const char16_t *>(at), units);
    }
    void walk(quint32 e, int level, int blacks, bool parentRed)
    {
        if (e == Msg::Cfb::kNoStream) {
            blackHeight = blackHeight == -1 || blackHeight == blacks ? blacks : -2;
            return;
        }
        depth = qMax(depth, level + 1);
        redUnderRed = redUnderRed || (parentRed && isRed(e));
        walk(u32(e, 68), level + 1, blacks + (isRed(e) ? 0 : 1), isRed(e));
        names << name(e);
        walk(u32(e, 72), level + 1, blacks + (isRed(e) ? 0 : 1), isRed(e));
    }
};
} // namespace

void TstMsgWriter::directoryIsAShallowRedBlackTree()
{
    // Readers that walk a storage's children recursively (olefile, and the Python .msg tools
    // built on it) need a shallow tree: 1,000 recipient storages under the root.
    Fixtures::OriginalSpec spec;
    spec.extraRecipients = 995;
    const auto bytes = Msg::writeMsg(Fixtures::buildOriginal(spec));
    QVERIFY(bytes.has_value());
    TreeCheck t(*bytes);
    QVERIFY(!Msg::Cfb::parseLayout(*Msg::Cfb::FileBytes::inMemory(*bytes), t.layout));
    t.walk(t.u32(0, 76), 0, 0, false);  // the root entry's children
    QVERIFY(t.names.size() > 1000);
    QVERIFY(t.names.contains(QStringLiteral("__recip_version1.0_#000003E7")));
    for (qsizetype i = 1; i < t.names.size(); ++i) {  // shorter first, then by upper-case text
        const QString &a = t.names[i - 1], &b = t.names[i];
        QVERIFY2(a.size() < b.size() || (a.size() == b.size() && a.toUpper() < b.toUpper()), qPrintable(a + QLatin1String(" / ") + b));
    }
    QVERIFY(!t.redUnderRed);
    QVERIFY(t.blackHeight > 0);
    QVERIFY2(t.depth <= 2 * std::log2(t.names.size() + 1), qPrintable(QString::number(t.depth)));
}

void TstMsgWriter::badEntriesFailTheFile_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("twice");
    QTest::addColumn<bool>("intoClosedStorage");
    QTest::addColumn<bool>("fails");
    QTest::newRow("good") << QStringLiteral("__substg1.0_0037001F") << false << false << false;
    QTest::newRow("32 characters") << QString(32, QLatin1Char('x')) << false << false << true;
    QTest::newRow("empty") << QString() << false << false << true;
    QTest::newRow("slash") << QStringLiteral("a/b") << false << false << true;
    QTest::newRow("one name twice, other case") << QStringLiteral("Stream") << true << false << true;
    QTest::newRow("into a closed storage") << QStringLiteral("Stream") << false << true << true;
}

void TstMsgWriter::badEntriesFailTheFile()
{
    QFETCH(QString, name);
    QFETCH(bool, twice);
    QFETCH(bool, intoClosedStorage);
    QFETCH(bool, fails);
    Msg::Cfb::Writer w;
    const Msg::Cfb::Writer::Handle storage = w.createStorage(0, QStringLiteral("box"));
    QVERIFY(storage > 0);
    if (intoClosedStorage)
        QVERIFY(w.closeStorage(storage));
    w.writeStream(storage, name, QByteArray("bytes"));
    if (twice)
        w.writeStream(storage, name.toLower(), QByteArray("other"));
    const auto bytes = w.finish();
    QCOMPARE(bytes.has_value(), !fails);
    if (!fails) {
        const auto file = Msg::Cfb::Reader::open(*bytes, nullptr);
        QVERIFY(file.has_value());
        QString problem;
        QCOMPARE(*file->root().storage(QStringLiteral("box"), &problem).readStream(name, 100, &problem), QByteArray("bytes"));
    } else {
        QCOMPARE(bytes.error().code, Error::WriteFailed);
    }
}

QTEST_GUILESS_MAIN(TstMsgWriter)
#include "tst_msgwriter.moc"
