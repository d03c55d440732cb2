// Hostile and damaged .msg files: each gives an error or a message with warnings, quickly,
// and never a crash, a hang or an unbounded allocation (DESIGN.md "Robustness").
#include "msgtestutil.h"

#include "cfbedit.h"
#include "fixturewriter.h"
#include "msg/cfb.h"
#include "msg/msgreader.h"
#include "msg/msgwriter.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>
#include <QtEndian>

using namespace Ndr;
using namespace Ndr::Mapi;

namespace {

constexpr qint64 kQuickMs = 3000;  // generous for a loaded 2-core machine; the point is "no hang"

using HostileTest::CfbEdit;

struct Outcome {
    bool ok = false;
    QStringList warnings;
    Error error;
    qint64 ms = 0;
    Message message;
};

Outcome read(const QByteArray &bytes)
{
    Outcome o;
    QElapsedTimer t;
    t.start();
    auto m = Msg::readMsg(bytes, &o.warnings);
    o.ms = t.elapsed();
    o.ok = m.has_value();
    if (m)
        o.message = std::move(*m);
    else
        o.error = m.error();
    return o;
}

QByteArray fixtureBytes()
{
    Message m = Fixtures::buildNdr();
    m.props.set(PropId(0x6700), PropValue::fromBinary(QByteArray(5000, 'Z')));  // a big-block stream
    return *Msg::writeMsg(m);
}

// A compound file with a directory of `count` entries chained through their right-sibling
// links (as some writers lay them out): a reader that recursed per link would overflow its stack.
QByteArray chainedDirectory(quint32 count)
{
    const quint32 dirSectors = (count + 3) / 4;
    const quint32 fatSectors = (dirSectors + 1 + 127) / 128 + 1;
    QByteArray out(512 + qint64(dirSectors + fatSectors) * 512, '\0');
    auto put = [&](qint64 at, quint32 v) { qToLittleEndian<quint32>(v, out.data() + at); };
    out.replace(0, 8, QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8));
    qToLittleEndian<quint16>(0x3E, out.data() + 24);
    qToLittleEndian<quint16>(3, out.data() + 26);
    qToLittleEndian<quint16>(0xFFFE, out.data() + 28);
    qToLittleEndian<quint16>(9, out.data() + 30);
    qToLittleEndian<quint16>(6, out.data() + 32);
    put(44, fatSectors);
    put(48, 0);            // directory at sector 0
    put(56, 4096);
    put(60, 0xFFFFFFFE);
    put(68, 0xFFFFFFFE);
    for (int i = 0; i < 109; ++i)
        put(76 + 4 * i, i < int(fatSectors) ? dirSectors + quint32(i) : 0xFFFFFFFF);
    const qint64 fat = 512 + qint64(dirSectors) * 512;
    for (quint32 s = 0; s < fatSectors * 128; ++s)
        put(fat + 4 * s, s + 1 < dirSectors ? s + 1 : s + 1 == dirSectors ? 0xFFFFFFFE : s < dirSectors + fatSectors ? 0xFFFFFFFD : 0xFFFFFFFF);
    for (quint32 e = 0; e < count; ++e) {
        const qint64 at = 512 + qint64(e) * 128;
        const QString name = e == 0 ? QStringLiteral("Root Entry") : QStringLiteral("s%1").arg(e);
        for (qsizetype i = 0; i < name.size(); ++i)
            qToLittleEndian<quint16>(name[i].unicode(), out.data() + at + 2 * i);
        qToLittleEndian<quint16>(quint16((name.size() + 1) * 2), out.data() + at + 64);
        out[at + 66] = e == 0 ? 5 : 2;
        out[at + 67] = 1;
        put(at + 68, 0xFFFFFFFF);
        put(at + 72, e > 0 && e + 1 < count ? e + 1 : 0xFFFFFFFF);
        put(at + 76, e == 0 && count > 1 ? 1 : 0xFFFFFFFF);
        put(at + 116, 0xFFFFFFFE);
    }
    return out;
}

// Nested embedded-message storages written directly, deeper than any writer of ours would.
QByteArray deeplyNested(int levels)
{
    Msg::Cfb::Writer w;
    auto props = [](int header, bool embedded) {
        QByteArray p(header, '\0');
        auto entry = [&](quint32 tag, quint32 size) {
            char e[16] = {};
            qToLittleEndian<quint32>(tag, e);
            qToLittleEndian<quint32>(6, e + 4);
            qToLittleEndian<quint32>(size, e + 8);
            p.append(e, 16);
        };
        if (embedded) {
            entry(0x37050003, ATTACH_EMBEDDED_MSG);
            entry(0x3701000D, 0xFFFFFFFF);
        }
        return p;
    };
    Msg::Cfb::Writer::Handle h = 0;
    std::vector<Msg::Cfb::Writer::Handle> open;
    w.createStorage(0, QStringLiteral("__nameid_version1.0"));
    for (int level = 0; level <= levels; ++level) {
        w.writeStream(h, QStringLiteral("__properties_version1.0"), props(level == 0 ? 32 : 24, false));
        if (level == levels)
            break;
        const auto a = w.createStorage(h, QStringLiteral("__attach_version1.0_#00000000"));
        w.writeStream(a, QStringLiteral("__properties_version1.0"), props(8, true));
        h = w.createStorage(a, QStringLiteral("__substg1.0_3701000D"));
        open.push_back(a);
        open.push_back(h);
    }
    while (!open.empty()) {
        w.closeStorage(open.back());
        open.pop_back();
    }
    return *w.finish();
}

} // namespace

class TstMsgHostile : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void truncatedFile_data();
    void truncatedFile();
    void fatLoopInDirectoryChain();
    void fatLoopInStreamChain();
    void miniStreamChainLoops();
    void sectorsOutOfOrder();
    void hugeDeclaredStreamSize();
    void hugeDeclaredFatCount();
    void longSiblingChain();
    void embeddedNestingCapped();
    void multiValueLengthStreamLies();
    void truncatedPropertyStream();
    void nameMapPointsNowhere();
    void randomDamageNeverCrashes();
};

void TstMsgHostile::truncatedFile_data()
{
    QTest::addColumn<qint64>("keep");
    const qint64 size = fixtureBytes().size();
    QTest::newRow("header-only") << qint64(512);
    QTest::newRow("first-sectors") << qint64(1536);
    QTest::newRow("half") << size / 2;
    QTest::newRow("all-but-last-sector") << size - 512;
    QTest::newRow("all-but-one-byte") << size - 1;
}

void TstMsgHostile::truncatedFile()
{
    QFETCH(qint64, keep);
    const Outcome o = read(fixtureBytes().left(keep));
    QVERIFY2(o.ms < kQuickMs, qPrintable(QString::number(o.ms)));
    // Either it cannot be read, or what was lost is named.
    QVERIFY2(!o.ok || !o.warnings.isEmpty(), "a truncated file read as if whole");
    if (!o.ok)
        QVERIFY(!o.error.detail.isEmpty());
}

void TstMsgHostile::fatLoopInDirectoryChain()
{
    CfbEdit p(fixtureBytes());
    const quint32 dir = p.u32(CfbEdit::kFirstDirSector);
    p.setU32(p.fatEntry(p.next(dir)), dir);  // the second directory sector points back to the first
    const Outcome o = read(p.bytes());
    QVERIFY(o.ms < kQuickMs);
    QVERIFY(!o.ok || !o.warnings.isEmpty());
}

void TstMsgHostile::fatLoopInStreamChain()
{
    CfbEdit p(fixtureBytes());
    const qint64 e = p.entry(QStringLiteral("__substg1.0_67000102"));
    QVERIFY(e >= 0);
    const quint32 first = p.start(e);
    p.setU32(p.fatEntry(p.next(first)), first);  // third block -> first: a cycle
    const Outcome o = read(p.bytes());
    QVERIFY(o.ms < kQuickMs);
    QVERIFY2(o.ok, qPrintable(o.error.toString()));
    // The damaged property is left out and named; everything else is there.
    QVERIFY(!o.message.props.contains(PropId(0x6700)));
    QVERIFY(std::any_of(o.warnings.cbegin(), o.warnings.cend(),
                        [](const QString &w) { return w.contains(QLatin1String("__substg1.0_67000102")); }));
    QCOMPARE(o.message.messageClass(), QStringLiteral("REPORT.IPM.Note.NDR"));
    QVERIFY(o.message.attachments.value(0).embedded);
}

void TstMsgHostile::miniStreamChainLoops()
{
    CfbEdit p(fixtureBytes());
    const qint64 e = p.entry(QStringLiteral("__substg1.0_1000001F"));  // the body, in the mini stream
    QVERIFY(e >= 0);
    QVERIFY(p.size(e) > 128);
    const quint32 first = p.start(e);
    const quint32 second = p.u32(p.miniFatEntry(first));
    p.setU32(p.miniFatEntry(second), first);  // second mini sector -> first: a cycle
    const Outcome o = read(p.bytes());
    QVERIFY(o.ms < kQuickMs);
    QVERIFY2(o.ok, qPrintable(o.error.toString()));
    QVERIFY(!o.message.props.contains(PR_BODY));
    QVERIFY2(std::any_of(o.warnings.cbegin(), o.warnings.cend(),
                         [](const QString &w) { return w.contains(QLatin1String("__substg1.0_1000001F")) && w.contains(QLatin1String("loops")); }),
             qPrintable(o.warnings.join(QLatin1Char('\n'))));
    QCOMPARE(o.message.messageClass(), QStringLiteral("REPORT.IPM.Note.NDR"));
}

void TstMsgHostile::sectorsOutOfOrder()
{
    // Not damage: other writers may lay a stream's sectors out in any order. The reader shares
    // the file's bytes where a stream lies in one run, and copies it where it does not.
    const QByteArray bytes = fixtureBytes();
    const auto before = Msg::readMsg(bytes);
    QVERIFY(before);
    CfbEdit p(bytes);
    const qint64 body = p.entry(QStringLiteral("__substg1.0_1000001F"));  // in the mini stream
    const qint64 big = p.entry(QStringLiteral("__substg1.0_67000102"));    // 5,000 bytes in 512-byte sectors
    QVERIFY(body >= 0 && big >= 0);
    QVERIFY(p.size(body) > 4 * 64);
    p.swapThirdAndFourth(p.start(body), true);
    p.swapThirdAndFourth(p.start(big), false);
    QVERIFY(p.bytes() != bytes);
    QStringList warnings;
    const auto after = Msg::readMsg(p.bytes(), &warnings);
    QVERIFY2(after, qPrintable(after ? QString() : after.error().toString()));
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
    QCOMPARE(after->props.string(PR_BODY), before->props.string(PR_BODY));
    QCOMPARE(after->props.value(PropId(0x6700)).value.toByteArray(), QByteArray(5000, 'Z'));
    QVERIFY(*after == *before);
}

void TstMsgHostile::hugeDeclaredStreamSize()
{
    CfbEdit p(fixtureBytes());
    const qint64 e = p.entry(QStringLiteral("__substg1.0_1000001F"));  // the body
    QVERIFY(e >= 0);
    p.setU32(e + CfbEdit::kSize, 0x7FFFFFF0);
    const Outcome o = read(p.bytes());
    QVERIFY(o.ms < kQuickMs);
    QVERIFY(!o.ok || !o.warnings.isEmpty());
    if (o.ok)
        QVERIFY(o.message.props.string(PR_BODY).size() < 1000000);
}

void TstMsgHostile::hugeDeclaredFatCount()
{
    CfbEdit p(fixtureBytes());
    p.setU32(44, 0x00FFFFFF);
    const Outcome o = read(p.bytes());
    QVERIFY(!o.ok);
    QCOMPARE(o.error.code, Error::TooLarge);
    QVERIFY2(o.error.detail.contains(QLatin1String("FAT")), qPrintable(o.error.detail));
}

void TstMsgHostile::longSiblingChain()
{
    // Nothing recurses over the directory: 40,000 entries linked one after the other are read
    // as quickly as a balanced tree, and reach the message layer (which finds no message).
    const Outcome chain = read(chainedDirectory(40000));
    QVERIFY(chain.ms < kQuickMs);
    QVERIFY(!chain.ok);
    QCOMPARE(chain.error.code, Error::NotAMessageFile);
}

void TstMsgHostile::embeddedNestingCapped()
{
    const Outcome o = read(deeplyNested(100));
    QVERIFY(o.ms < kQuickMs);
    QVERIFY2(o.ok, qPrintable(o.error.toString()));
    int depth = 0;
    for (const Message *m = &o.message; !m->attachments.isEmpty() && m->attachments[0].embedded; m = m->attachments[0].embedded.get())
        ++depth;
    QCOMPARE(depth, 64);
    QVERIFY2(o.warnings.size() == 1, qPrintable(o.warnings.join(QLatin1Char('\n'))));
    QVERIFY(o.warnings[0].contains(QLatin1String("64")));
}

void TstMsgHostile::multiValueLengthStreamLies()
{
    // The length stream claims 100,000 strings; no value stream exists.
    Msg::Cfb::Writer w;
    QByteArray props(32, '\0');
    char e[16] = {};
    qToLittleEndian<quint32>(0x6701101F, e);
    qToLittleEndian<quint32>(400000, e + 8);
    props.append(e, 16);
    w.writeStream(0, QStringLiteral("__properties_version1.0"), props);
    w.writeStream(0, QStringLiteral("__substg1.0_6701101F"), QByteArray(400000, '\x04'));
    const Outcome o = read(*w.finish());
    QVERIFY(o.ms < kQuickMs);
    QVERIFY(o.ok);
    QCOMPARE(o.warnings.size(), 2);  // capped, and the values are missing
    QCOMPARE(o.message.props.value(PropId(0x6701)).value.toList().size(), 0);
}

void TstMsgHostile::truncatedPropertyStream()
{
    Message m;
    m.props.setString(PR_SUBJECT, QStringLiteral("kept"));
    m.props.setInt32(PR_MESSAGE_FLAGS, 1);
    Msg::Cfb::Writer w;
    auto file = Msg::Cfb::Reader::open(*Msg::writeMsg(m), nullptr);
    QString problem;
    QByteArray props = *file->root().readStream(QStringLiteral("__properties_version1.0"), 1 << 20, &problem);
    props.chop(5);  // the last entry loses 5 of its 16 bytes
    w.writeStream(0, QStringLiteral("__properties_version1.0"), props);
    w.writeStream(0, QStringLiteral("__substg1.0_0037001F"), *file->root().readStream(QStringLiteral("__substg1.0_0037001F"), 1 << 20, &problem));
    const Outcome o = read(*w.finish());
    QVERIFY(o.ok);
    QCOMPARE(o.message.subject(), QStringLiteral("kept"));
    QVERIFY(!o.message.props.contains(PR_MESSAGE_FLAGS));
    QCOMPARE(o.warnings.size(), 1);
    QVERIFY(o.warnings[0].contains(QLatin1String("partial entry")));
}

void TstMsgHostile::nameMapPointsNowhere()
{
    Msg::Cfb::Writer w;
    const auto n = w.createStorage(0, QStringLiteral("__nameid_version1.0"));
    QByteArray entries(8, '\0');
    qToLittleEndian<quint32>(0x8580, entries.data());
    qToLittleEndian<quint32>((0u << 16) | (99u << 1), entries.data() + 4);  // GUID index 99: no such GUID
    w.writeStream(n, QStringLiteral("__substg1.0_00020102"), QByteArray());
    w.writeStream(n, QStringLiteral("__substg1.0_00030102"), entries);
    w.writeStream(n, QStringLiteral("__substg1.0_00040102"), QByteArray());
    w.closeStorage(n);
    QByteArray props(32, '\0');
    char e[16] = {};
    qToLittleEndian<quint32>(0x80000003, e);
    qToLittleEndian<quint32>(42, e + 8);
    props.append(e, 16);
    w.writeStream(0, QStringLiteral("__properties_version1.0"), props);
    const Outcome o = read(*w.finish());
    QVERIFY(o.ok);
    QCOMPARE(o.message.props.int32(PropKey(PropId(0x8000))), std::optional<qint32>(42));  // kept by its id
    QCOMPARE(o.warnings.size(), 2);  // the bad map entry, and the unnamed property
}

void TstMsgHostile::randomDamageNeverCrashes()
{
    const QByteArray good = fixtureBytes();
    QRandomGenerator rng(20240314);  // fixed: the same damage on every run
    QElapsedTimer total;
    total.start();
    int errors = 0;
    for (int round = 0; round < 300; ++round) {
        QByteArray bad = good;
        const int flips = 1 + int(rng.bounded(8));
        for (int i = 0; i < flips; ++i) {
            // Mostly the header, FAT and directory (the structure), sometimes anywhere.
            const qint64 at = rng.bounded(4) ? qint64(rng.bounded(512)) + (rng.bounded(2) ? bad.size() - 2048 : 0)
                                             : qint64(rng.bounded(quint32(bad.size())));
            bad[qBound<qint64>(0, at, bad.size() - 1)] = char(rng.bounded(256));
        }
        const Outcome o = read(bad);
        QVERIFY2(o.ms < kQuickMs, qPrintable(QStringLiteral("round %1 took %2 ms").arg(round).arg(o.ms)));
        errors += o.ok ? 0 : 1;
    }
    QVERIFY(total.elapsed() < 60000);
    qInfo("%d of 300 damaged files were refused, the rest read with or without warnings", errors);
}

QTEST_GUILESS_MAIN(TstMsgHostile)
#include "tst_msghostile.moc"
