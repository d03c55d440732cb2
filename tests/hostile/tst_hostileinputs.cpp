// Hostile files through every reader, the way `ndrform FILE` opens them (reader, NdrReport, the
// recipient table): truncated files, FAT and mini-FAT loops, absurd declared sizes,
// thousand-deep nesting of embedded messages and of MIME parts, broken charsets, and the inputs
// fuzzing found (tests/hostile/inputs). Each gives a clear error or a partial report with
// warnings, within a bounded time and memory (DESIGN.md "Robustness").
#include "cfbedit.h"
#include "hostileutil.h"

#include "fixturewriter.h"
#include "mimebuilder.h"
#include "msg/cfb.h"

#include <QDirIterator>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <fcntl.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

using namespace Ndr;
using namespace Ndr::Mapi;
using namespace HostileTest;

namespace {

const QString kAttachData = QStringLiteral("__substg1.0_37010102");  // 6000 bytes: regular sectors
const QString kSubject = QStringLiteral("__substg1.0_0037001F");     // a mini-stream stream
const QString kProperties = QStringLiteral("__properties_version1.0");

// An Exchange-style NDR whose original carries a 6000-byte attachment.
QByteArray ndrMsg()
{
    static const QByteArray bytes = [] {
        Fixtures::NdrSpec spec;
        spec.original.attachmentSize = 6000;
        return *Fixtures::toMsg(Fixtures::buildNdr(spec));
    }();
    return bytes;
}

QByteArray dsnEml()
{
    Fixtures::DsnSpec spec;
    spec.recipients = {Fixtures::failedRecipient(QStringLiteral("bob@example.net")),
                       Fixtures::failedRecipient(QStringLiteral("carol@example.org"), QStringLiteral("4.2.2"))};
    return Fixtures::buildDsn(spec);
}

enum class Damage {
    FatSelfLoop, FatCycle, FatDirectoryLoop, FatFreeInChain, FatPastEnd,
    MiniFatSelfLoop, MiniFatCycle, MiniFatSectorLoop, MiniStreamLoop, DifatSelfLoop,
    DirectoryChildIsRoot, DirectorySiblingIsItself, RootHasSiblings,
    StreamSize2GiB, StreamSizeMax, StreamSize64Bit, RootSizeHuge,
    FatCountMax, MiniFatCountMax, DifatCountMax, SectorShift30, SectorShift0, MiniSectorShift20, MiniCutoffZero,
};

int entryIndex(const CfbEdit &f, qint64 offset)
{
    int chain = 0;
    for (quint32 s = f.u32(CfbEdit::kFirstDirSector); s < 0xFFFFFFFA; s = f.next(s), ++chain)
        if (offset >= CfbEdit::sectorOffset(s) && offset < CfbEdit::sectorOffset(s) + 512)
            return chain * 4 + int((offset - CfbEdit::sectorOffset(s)) / 128);
    return -1;
}

QByteArray damaged(Damage d)
{
    CfbEdit f(ndrMsg());
    const qint64 data = f.entry(kAttachData), subject = f.entry(kSubject), props = f.entry(kProperties);
    const qint64 root = CfbEdit::sectorOffset(f.u32(CfbEdit::kFirstDirSector));
    const quint32 s = f.start(data), m = f.start(subject), p = f.start(props);
    switch (d) {
    case Damage::FatSelfLoop: f.setU32(f.fatEntry(s), s); break;
    case Damage::FatCycle: f.setU32(f.fatEntry(f.nth(s, 3)), s); break;
    case Damage::FatDirectoryLoop: f.setU32(f.fatEntry(f.nth(f.u32(CfbEdit::kFirstDirSector), 1)), f.u32(CfbEdit::kFirstDirSector)); break;
    case Damage::FatFreeInChain: f.setU32(f.fatEntry(f.nth(s, 2)), CfbEdit::kFree); break;
    case Damage::FatPastEnd: f.setU32(f.fatEntry(s), 0x00FFFFF0); break;
    case Damage::MiniFatSelfLoop: f.setU32(f.miniFatEntry(m), m); break;
    case Damage::MiniFatCycle: f.setU32(f.miniFatEntry(f.u32(f.miniFatEntry(p))), p); break;
    case Damage::MiniFatSectorLoop: f.setU32(f.fatEntry(f.u32(CfbEdit::kFirstMiniFatSector)), f.u32(CfbEdit::kFirstMiniFatSector)); break;
    case Damage::MiniStreamLoop: f.setU32(f.fatEntry(f.nth(f.start(root), 1)), f.start(root)); break;
    case Damage::DifatSelfLoop: {
        // One DIFAT sector appended at the end, its next-DIFAT link pointing at itself, and a
        // header that says the FAT has more sectors than the header can list.
        QByteArray b = f.bytes();
        const quint32 at = quint32((b.size() - 512) / 512);
        QByteArray sector(512, char(0xFF));
        qToLittleEndian<quint32>(at, sector.data() + 508);
        b += sector;
        f = CfbEdit(b);
        f.setU32(CfbEdit::kFatSectors, 500);
        f.setU32(CfbEdit::kFirstDifatSector, at);
        f.setU32(CfbEdit::kDifatSectors, 0x00FFFFFF);
        break;
    }
    case Damage::DirectoryChildIsRoot: f.setU32(f.entry(QStringLiteral("__recip_version1.0_#00000000")) + CfbEdit::kChild, 0); break;
    case Damage::RootHasSiblings:  // found by fuzz_msg when libgsf read the directory
        f.setU32(root + CfbEdit::kLeft, quint32(entryIndex(f, f.entry(QStringLiteral("__recip_version1.0_#00000000")))));
        f.setU32(root + CfbEdit::kRight, quint32(entryIndex(f, subject)));
        break;
    case Damage::DirectorySiblingIsItself: f.setU32(subject + CfbEdit::kLeft, quint32(entryIndex(f, subject))); break;
    case Damage::StreamSize2GiB: f.setU32(data + CfbEdit::kSize, 0x7FFFFFF0); break;
    case Damage::StreamSizeMax: f.setU32(data + CfbEdit::kSize, 0xFFFFFFFF); break;
    case Damage::StreamSize64Bit: f.setU32(data + CfbEdit::kSize + 4, 0xFFFFFFFF); break;
    case Damage::RootSizeHuge: f.setU32(root + CfbEdit::kSize, 0xFFFFFFF0); break;
    case Damage::FatCountMax: f.setU32(CfbEdit::kFatSectors, 0xFFFFFFFF); break;
    case Damage::MiniFatCountMax: f.setU32(CfbEdit::kMiniFatSectors, 0xFFFFFFFF); break;
    case Damage::DifatCountMax: f.setU32(CfbEdit::kFirstDifatSector, 0); f.setU32(CfbEdit::kDifatSectors, 0xFFFFFFFF); break;
    case Damage::SectorShift30: f.setU16(CfbEdit::kSectorShift, 30); break;
    case Damage::SectorShift0: f.setU16(CfbEdit::kSectorShift, 0); break;
    case Damage::MiniSectorShift20: f.setU16(CfbEdit::kSectorShift + 2, 20); break;
    case Damage::MiniCutoffZero: f.setU32(CfbEdit::kMiniCutoff, 0); break;
    }
    return f.bytes();
}

// Embedded messages nested `levels` deep, written storage by storage (our .msg writer stops at
// its cap, as it should); the outermost is an NDR so that the report layer follows it down.
QByteArray nestedMsg(int levels)
{
    using Msg::Cfb::Writer;
    auto properties = [](int header, quint32 tag, quint32 value, const QByteArray &tail = {}) {
        QByteArray p(header, '\0');
        char e[16] = {};
        qToLittleEndian<quint32>(tag, e);
        qToLittleEndian<quint32>(6, e + 4);
        qToLittleEndian<quint32>(value, e + 8);
        return p + QByteArray(e, 16) + tail;
    };
    auto attachProps = [&] {
        QByteArray tail(16, '\0');
        qToLittleEndian<quint32>(0x3701000D, tail.data());
        qToLittleEndian<quint32>(6, tail.data() + 4);
        qToLittleEndian<quint32>(0xFFFFFFFF, tail.data() + 8);
        return properties(8, 0x37050003, ATTACH_EMBEDDED_MSG, tail);
    };
    auto classStream = [](const QString &cls) {
        QByteArray b;
        for (QChar c : cls)
            b += char(c.unicode()), b += '\0';
        return b;
    };
    Writer w;
    w.createStorage(0, QStringLiteral("__nameid_version1.0"));
    std::vector<Writer::Handle> open;
    Writer::Handle h = 0;
    for (int level = 0; level <= levels; ++level) {
        const QString cls = level == 0 ? QStringLiteral("REPORT.IPM.Note.NDR") : QStringLiteral("IPM.Note");
        w.writeStream(h, kProperties, properties(level == 0 ? 32 : 24, 0x001A001F, quint32(cls.size() * 2 + 2)));
        w.writeStream(h, QStringLiteral("__substg1.0_001A001F"), classStream(cls));
        if (level == levels)
            break;
        const auto a = w.createStorage(h, QStringLiteral("__attach_version1.0_#00000000"));
        w.writeStream(a, kProperties, attachProps());
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

// A DSN whose returned original is `depth` messages nested in one another.
QByteArray dsnWithNestedOriginal(int depth)
{
    Fixtures::DsnSpec spec;
    spec.recipients = {Fixtures::failedRecipient(QStringLiteral("bob@example.net"))};
    spec.original = Fixtures::OriginalForm::None;
    Fixtures::MimeEntity top = Fixtures::dsnEntity(spec);
    top.parts.append(Fixtures::rfc822Entity(Fixtures::nestedMessages(depth)));
    return top.toBytes();
}

// Replaces the value of every PT_LONG property `tag` in every property stream (entries are
// 16-byte aligned and never cross a sector, so a byte search finds them all).
QByteArray patchLong(QByteArray bytes, quint32 tag, quint32 value)
{
    char pattern[8];
    qToLittleEndian<quint32>(tag, pattern);
    qToLittleEndian<quint32>(6, pattern + 4);
    for (qsizetype at = bytes.indexOf(QByteArrayView(pattern, 8)); at >= 0; at = bytes.indexOf(QByteArrayView(pattern, 8), at + 8))
        qToLittleEndian<quint32>(value, bytes.data() + at + 8);
    return bytes;
}

QByteArray msgWithCodePage(quint32 written, quint32 claimed)
{
    Fixtures::NdrSpec spec;
    spec.original.subject = QStringLiteral("Quarterly \u6C7A\u7B97 figures");  // 決算
    spec.original.string8CodePage = written;
    return patchLong(*Fixtures::toMsg(Fixtures::buildNdr(spec)), (quint32(PR_MESSAGE_CODEPAGE) << 16) | PT_LONG, claimed);
}

QByteArray emlWithSubject(const QByteArray &subjectHeader, const QByteArray &bodyCharset = "utf-8",
                          const QByteArray &body = "Hello\n")
{
    return "From: Mail Delivery System <MAILER-DAEMON@mx.example.net>\r\nTo: alice@example.com\r\n"
           "Subject: " + subjectHeader + "\r\nMIME-Version: 1.0\r\n"
           "Content-Type: text/plain; charset=\"" + bodyCharset + "\"\r\n"
           "Content-Transfer-Encoding: 8bit\r\n\r\n" + body;
}

// A named pipe that a thread feeds, the way `ndrtool dump /dev/stdin` or a shell's `<(...)` gives
// a file name: `head`, then `filler` again and again while the reader reads, when there is one.
class FedPipe {
public:
    FedPipe(const QByteArray &head, const QByteArray &filler = {})
        : m_path(m_dir.filePath(QStringLiteral("pipe")))
    {
        std::signal(SIGPIPE, SIG_IGN);  // a reader that stops reading ends the feeding with EPIPE
        if (::mkfifo(QFile::encodeName(m_path).constData(), 0600) != 0)
            return;
        m_feeder = std::thread([path = QFile::encodeName(m_path), head, filler] {
            const int fd = ::open(path.constData(), O_WRONLY);  // waits for the reader
            if (fd < 0)
                return;
            bool ok = writeAll(fd, head);
            while (ok && !filler.isEmpty())
                ok = writeAll(fd, filler);
            ::close(fd);
        });
    }
    ~FedPipe()
    {
        if (m_feeder.joinable())
            m_feeder.join();
    }
    bool made() const { return m_feeder.joinable(); }
    QString path() const { return m_path; }

private:
    static bool writeAll(int fd, const QByteArray &bytes)
    {
        for (qsizetype done = 0; done < bytes.size();) {
            const ssize_t n = ::write(fd, bytes.constData() + done, size_t(bytes.size() - done));
            if (n <= 0)
                return false;
            done += n;
        }
        return true;
    }

    QTemporaryDir m_dir;
    QString m_path;
    std::thread m_feeder;
};

} // namespace

class TstHostileInputs : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // The fixtures are what the damage is made from: they must open cleanly.
        const Outcome msg = openAsForm(ndrMsg());
        QVERIFY2(msg.opened && msg.failed == 4, qPrintable(msg.describe()));
        const Outcome eml = openAsForm(dsnEml());
        QVERIFY2(eml.opened && eml.failed == 2, qPrintable(eml.describe()));
    }

    void truncatedMsg_data()
    {
        QTest::addColumn<qint64>("size");
        const qint64 all = ndrMsg().size();
        QTest::newRow("signature-only") << qint64(8);
        QTest::newRow("header-cut-short") << qint64(300);
        QTest::newRow("header-only") << qint64(512);
        QTest::newRow("first-sectors") << qint64(1536);
        QTest::newRow("a-quarter") << all / 4;
        QTest::newRow("half") << all / 2;
        QTest::newRow("all-but-last-sector") << all - 512;
        QTest::newRow("all-but-one-byte") << all - 1;
    }
    void truncatedMsg()
    {
        QFETCH(qint64, size);
        const Outcome o = openAsForm(ndrMsg().left(size));
        HOSTILE_VERIFY_BOUNDED(o);
        HOSTILE_VERIFY_ERROR_OR_WARNINGS(o);
    }

    void truncatedEml_data()
    {
        QTest::addColumn<QByteArray>("cutAfter");  // the input ends just after this text
        QTest::addColumn<bool>("failuresKept");    // the delivery-status part is whole
        QTest::newRow("inside-the-first-header") << QByteArray("From: Mail Deli") << false;
        QTest::newRow("inside-the-human-text") << QByteArray("your message could not") << false;
        QTest::newRow("inside-the-delivery-status") << QByteArray("Final-Recipient: rfc822; bob") << false;
        QTest::newRow("before-the-original") << QByteArray("Content-Type: message/rfc822") << true;
        QTest::newRow("before-the-closing-boundary") << QByteArray("Alice\r\n") << true;
    }
    // A truncated DSN still says who failed wherever the delivery-status part survived, and
    // says that the file ends early.
    void truncatedEml()
    {
        QFETCH(QByteArray, cutAfter);
        QFETCH(bool, failuresKept);
        const QByteArray whole = dsnEml();
        const qsizetype at = whole.lastIndexOf(cutAfter);
        QVERIFY2(at > 0, cutAfter.constData());
        const Outcome o = openAsForm(whole.left(at + cutAfter.size()));
        HOSTILE_VERIFY_BOUNDED(o);
        HOSTILE_VERIFY_ERROR_OR_WARNINGS(o);
        if (failuresKept) {
            QVERIFY2(o.opened, qPrintable(o.describe()));
            QCOMPARE(o.failed, 2);
        }
    }

    void damagedCompoundFile_data()
    {
        QTest::addColumn<int>("damage");
        QTest::newRow("fat-stream-chain-points-at-itself") << int(Damage::FatSelfLoop);
        QTest::newRow("fat-stream-chain-cycles-back") << int(Damage::FatCycle);
        QTest::newRow("fat-directory-chain-cycles-back") << int(Damage::FatDirectoryLoop);
        QTest::newRow("fat-free-sector-inside-a-chain") << int(Damage::FatFreeInChain);
        QTest::newRow("fat-chain-points-past-the-end") << int(Damage::FatPastEnd);
        QTest::newRow("minifat-stream-chain-points-at-itself") << int(Damage::MiniFatSelfLoop);
        QTest::newRow("minifat-stream-chain-cycles-back") << int(Damage::MiniFatCycle);
        QTest::newRow("minifat-sector-chain-points-at-itself") << int(Damage::MiniFatSectorLoop);
        QTest::newRow("mini-stream-container-chain-cycles-back") << int(Damage::MiniStreamLoop);
        QTest::newRow("difat-chain-points-at-itself") << int(Damage::DifatSelfLoop);
        QTest::newRow("directory-child-is-the-root") << int(Damage::DirectoryChildIsRoot);
        QTest::newRow("directory-sibling-is-itself") << int(Damage::DirectorySiblingIsItself);
        QTest::newRow("directory-root-has-siblings") << int(Damage::RootHasSiblings);
        QTest::newRow("stream-declares-2-gib") << int(Damage::StreamSize2GiB);
        QTest::newRow("stream-declares-4-gib") << int(Damage::StreamSizeMax);
        QTest::newRow("stream-declares-64-bit-size") << int(Damage::StreamSize64Bit);
        QTest::newRow("root-mini-stream-declares-4-gib") << int(Damage::RootSizeHuge);
        QTest::newRow("header-fat-count-max") << int(Damage::FatCountMax);
        QTest::newRow("header-minifat-count-max") << int(Damage::MiniFatCountMax);
        QTest::newRow("header-difat-count-max") << int(Damage::DifatCountMax);
        QTest::newRow("header-sector-shift-30") << int(Damage::SectorShift30);
        QTest::newRow("header-sector-shift-0") << int(Damage::SectorShift0);
        QTest::newRow("header-mini-sector-shift-20") << int(Damage::MiniSectorShift20);
        QTest::newRow("header-mini-cutoff-zero") << int(Damage::MiniCutoffZero);
    }
    void damagedCompoundFile()
    {
        QFETCH(int, damage);
        const QByteArray bytes = damaged(Damage(damage));
        QVERIFY(bytes != ndrMsg());
        const Outcome o = openAsForm(bytes);
        HOSTILE_VERIFY_BOUNDED(o);
        // A lie that costs nothing (a size the reader need not believe, [MS-CFB] 2.6.1's
        // high 32 bits of a version 3 stream size) may pass silently: the message is whole.
        static const auto intact = openAsForm(ndrMsg()).message;
        if (o.opened && o.warnings.isEmpty())
            QVERIFY2(*o.message == *intact, qPrintable(QStringLiteral("damage lost data without a warning: ") + o.describe()));
        else
            HOSTILE_VERIFY_ERROR_OR_WARNINGS(o);
    }

    void deepNesting_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("warning");  // what the reader says about the levels it left out
        QTest::newRow("msg-embedded-messages-1000-deep") << nestedMsg(1000) << QStringLiteral("nested deeper|directory tree");
        QTest::newRow("mime-multiparts-1000-deep") << Fixtures::nestedMultiparts(1000) << QStringLiteral("nested deeper");
        QTest::newRow("mime-messages-1000-deep") << Fixtures::nestedMessages(1000) << QStringLiteral("nested deeper");
        QTest::newRow("dsn-original-1000-messages-deep") << dsnWithNestedOriginal(1000) << QStringLiteral("nested deeper");
        QTest::newRow("mime-multiparts-1000-deep-crlf")
            << Fixtures::nestedMultiparts(1000, Fixtures::LineEnd::CrLf) << QStringLiteral("nested deeper");
    }
    void deepNesting()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, warning);
        const Outcome o = openAsForm(bytes);
        HOSTILE_VERIFY_BOUNDED(o);
        if (o.opened)
            QVERIFY2(o.warned(warning), qPrintable(o.describe()));
        else
            QVERIFY2(o.error.code == Error::TooLarge, qPrintable(o.describe()));
    }

    // The DSN around a deep original still reports its failure.
    void deepOriginalKeepsTheFailure()
    {
        const Outcome o = openAsForm(dsnWithNestedOriginal(1000));
        QVERIFY2(o.opened, qPrintable(o.describe()));
        QCOMPARE(o.kind, Report::Kind::NonDelivery);
        QCOMPARE(o.failed, 1);
    }

    void brokenCharsetMsg_data()
    {
        QTest::addColumn<quint32>("written");
        QTest::addColumn<quint32>("claimed");
        QTest::addColumn<QString>("warning");  // empty: none needed (the bytes decode, if oddly)
        QTest::newRow("shift-jis-bytes-claiming-unknown-code-page") << 932u << 0xDEADBEEFu << QStringLiteral("not supported");
        QTest::newRow("shift-jis-bytes-claiming-code-page-zero") << 932u << 0u << QString();  // CP_ACP: the default
        QTest::newRow("shift-jis-bytes-claiming-utf-8") << 932u << 65001u << QString();
        QTest::newRow("shift-jis-bytes-claiming-utf-7") << 932u << 65000u << QString();
        QTest::newRow("shift-jis-bytes-claiming-iso-2022-jp") << 932u << 50220u << QString();
        QTest::newRow("utf-8-bytes-claiming-utf-16") << 65001u << 1200u << QString();
        QTest::newRow("windows-1252-bytes-claiming-ebcdic") << 1252u << 37u << QString();
    }
    // The subject is still shown, its ASCII words intact.
    void brokenCharsetMsg()
    {
        QFETCH(quint32, written);
        QFETCH(quint32, claimed);
        QFETCH(QString, warning);
        const Outcome o = openAsForm(msgWithCodePage(written, claimed));
        HOSTILE_VERIFY_BOUNDED(o);
        QVERIFY2(o.opened, qPrintable(o.describe()));
        QCOMPARE(o.failed, 4);
        // EBCDIC and UTF-16 turn ASCII bytes into other letters, by definition.
        if (claimed != 37 && claimed != 1200)
            QVERIFY2(o.subject.contains(QLatin1String("Quarterly")) && o.subject.contains(QLatin1String("figures")),
                     qPrintable(o.subject));
        if (!warning.isEmpty())
            QVERIFY2(o.warned(warning), qPrintable(o.describe()));
    }

    void brokenCharsetEml_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("subjectWord");  // what must survive of the subject
        QTest::addColumn<QString>("warning");
        QTest::newRow("encoded-word-unknown-charset")
            << emlWithSubject("Delivery =?x-no-such?B?w6TDtsO8?= failure") << QStringLiteral("Delivery") << QString();
        QTest::newRow("encoded-word-broken-base64")
            << emlWithSubject("Delivery =?utf-8?B?@@@***?= failure") << QStringLiteral("Delivery") << QString();
        QTest::newRow("encoded-word-charset-1000-chars")
            << emlWithSubject("Delivery =?" + QByteArray(1000, 'x') + "?Q?abc?= failure") << QStringLiteral("Delivery") << QString();
        QTest::newRow("raw-8-bit-subject-invalid-utf-8")
            << emlWithSubject("Delivery \xff\xfe\x80 failure") << QStringLiteral("failure") << QString();
        QTest::newRow("body-unknown-charset")
            << emlWithSubject("Delivery failure", "x-no-such-charset", "caf\xe9\n") << QStringLiteral("Delivery")
            << QStringLiteral("unknown charset");
        QTest::newRow("body-iso-2022-jp-broken-escapes")
            << emlWithSubject("Delivery failure", "iso-2022-jp", "\x1b$B\x1b(\x1b$\xff\xfe\n")
            << QStringLiteral("Delivery") << QString();
        QTest::newRow("body-utf-7-unterminated")
            << emlWithSubject("Delivery failure", "utf-7", "+AGEAYgBj-+ZeVnLIqe+\n") << QStringLiteral("Delivery") << QString();
        QTest::newRow("body-utf-16-odd-length")
            << emlWithSubject("Delivery failure", "utf-16", QByteArray("\xff\xfe" "a\0b\0c", 7)) << QStringLiteral("Delivery") << QString();
    }
    void brokenCharsetEml()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, subjectWord);
        QFETCH(QString, warning);
        const Outcome o = openAsForm(bytes);
        HOSTILE_VERIFY_BOUNDED(o);
        QVERIFY2(o.opened, qPrintable(o.describe()));
        QVERIFY2(o.message->subject().contains(subjectWord), qPrintable(o.message->subject()));
        if (!warning.isEmpty())
            QVERIFY2(o.warned(warning), qPrintable(o.describe()));
    }

    // A DSN whose delivery-status fields carry bytes no charset explains: the failure is
    // still listed, with its status.
    void brokenCharsetInDeliveryStatus()
    {
        Fixtures::DsnSpec spec;
        Fixtures::DsnRecipient r = Fixtures::failedRecipient(QStringLiteral("bob@example.net"));
        spec.recipients = {r};
        QByteArray bytes = Fixtures::buildDsn(spec);
        const qsizetype at = bytes.indexOf("Diagnostic-Code:");
        QVERIFY(at > 0);
        bytes.insert(bytes.indexOf("\r\n", at), QByteArray("\xff\xfe\xc3\x28 \x1b$B\x80"));
        const Outcome o = openAsForm(bytes);
        HOSTILE_VERIFY_BOUNDED(o);
        QVERIFY2(o.opened, qPrintable(o.describe()));
        QCOMPARE(o.failed, 1);
    }

    void absurdMime_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QByteArray head = "From: a@example.com\r\nTo: b@example.net\r\nSubject: absurd\r\nMIME-Version: 1.0\r\n";
        // GMime grows its header buffer by steps: cheap with glibc's realloc, quadratic under ASan's
        // (which always copies); 2 MiB is as absurd and stays quick there.
        QTest::newRow("header-line-of-2-mib") << head + "X-Long: " + QByteArray(2 << 20, 'a') + "\r\n\r\nbody\r\n";
        QTest::newRow("boundary-of-1-mib")
            << head + "Content-Type: multipart/mixed; boundary=\"" + QByteArray(1 << 20, 'b') + "\"\r\n\r\n--"
                   + QByteArray(1 << 20, 'b') + "\r\nContent-Type: text/plain\r\n\r\nx\r\n";
        QTest::newRow("content-length-of-a-petabyte") << head + "Content-Length: 1125899906842624\r\n\r\nbody\r\n";
        QByteArray manyHeaders = head;
        for (int i = 0; i < 100000; ++i)
            manyHeaders += "X-H: " + QByteArray::number(i) + "\r\n";
        QTest::newRow("100000-header-fields") << manyHeaders + "\r\nbody\r\n";
        QByteArray manyRecipients = head;
        manyRecipients += "Cc: ";
        for (int i = 0; i < 50000; ++i)
            manyRecipients += "r" + QByteArray::number(i) + "@example.org, ";
        QTest::newRow("50000-recipients-in-one-field") << manyRecipients + "x@example.org\r\n\r\nbody\r\n";
        QTest::newRow("base64-body-of-garbage")
            << head + "Content-Type: application/octet-stream\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                   + QByteArray(1 << 20, '!') + "\r\n";
    }
    void absurdMime()
    {
        QFETCH(QByteArray, bytes);
        const Outcome o = openAsForm(bytes);
        HOSTILE_VERIFY_BOUNDED(o);
        QVERIFY2(o.opened || !o.error.detail.isEmpty(), qPrintable(o.describe()));
    }

    // A pipe tells no size beforehand: what comes through it is read whole, as a file is.
    void pipeIsRead_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("msg") << ndrMsg();
        QTest::newRow("eml") << dsnEml();
        // Over several of the 64 KiB pieces a pipe is read in.
        Fixtures::NdrSpec big;
        big.original.attachmentSize = 300000;
        QTest::newRow("msg, 300 KB") << *Fixtures::toMsg(Fixtures::buildNdr(big));
        Fixtures::DsnSpec longText;
        longText.recipients = {Fixtures::failedRecipient(QStringLiteral("bob@example.net"))};
        longText.humanText = QStringLiteral("The message could not be delivered.\n").repeated(8000);
        QTest::newRow("eml, 300 KB") << Fixtures::buildDsn(longText);
    }
    void pipeIsRead()
    {
        QFETCH(QByteArray, bytes);
        const FedPipe pipe(bytes);
        QVERIFY(pipe.made());
        const auto fromPipe = openMessageFile(pipe.path());
        QVERIFY2(fromPipe, qPrintable(fromPipe ? QString() : fromPipe.error().toString()));
        const auto fromBytes = openMessageBytes(bytes, QStringLiteral("bytes"));
        QVERIFY(fromBytes);
        QVERIFY(*fromPipe->message == *fromBytes->message);
        QCOMPARE(fromPipe->warnings, fromBytes->warnings);
        QVERIFY(Report::NdrReport::fromMessage(fromPipe->message).failedCount() > 0);
    }

    // One that never ends is read up to the limit and refused, naming the file.
    void endlessPipeStopsAtTheLimit()
    {
        const FedPipe pipe("Subject: endless\n", "X-Filler: " + QByteArray(1000, 'a') + '\n');
        QVERIFY(pipe.made());
        const auto opened = openMessageFile(pipe.path(), 1 << 20);
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, Error::TooLarge);
        QCOMPARE(opened.error().detail, pipe.path() + QStringLiteral(": the file is larger than 1 MiB"));
    }

    // So is one whose start cannot begin a message, at once: /dev/zero would fill the memory.
    void endlessDeviceIsRefusedByItsStart()
    {
        if (!QFileInfo::exists(QStringLiteral("/dev/zero")))
            QSKIP("no /dev/zero on this system");
        const auto opened = openMessageFile(QStringLiteral("/dev/zero"));
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, Error::NotAMessageFile);
        QCOMPARE(opened.error().detail, QStringLiteral("/dev/zero: no message header at the start of the file"));
    }

    // Inputs fuzzing found (crashes, hangs, runaway memory before their fix), each made by our
    // own code and kept under tests/hostile/inputs.
    void recordedInputs_data()
    {
        QTest::addColumn<QString>("path");
        QDirIterator it(QStringLiteral(NDR_SOURCE_DIR "/tests/hostile/inputs"), QDir::Files);
        QStringList files;
        while (it.hasNext())
            files << it.next();
        files.sort();
        for (const QString &f : files)
            if (!f.endsWith(QLatin1String(".md")))
                QTest::newRow(qPrintable(QFileInfo(f).fileName())) << f;
        if (files.isEmpty())
            QTest::newRow("none") << QString();
    }
    void recordedInputs()
    {
        QFETCH(QString, path);
        if (path.isEmpty())
            QSKIP("no recorded inputs");
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const Outcome o = openAsForm(f.readAll());
        HOSTILE_VERIFY_BOUNDED(o);
        QVERIFY2(o.opened || !o.error.detail.isEmpty(), qPrintable(o.describe()));
    }
};

QTEST_GUILESS_MAIN(TstHostileInputs)
#include "tst_hostileinputs.moc"
