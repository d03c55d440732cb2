// The resend procedure on the real Outlook files of the corpus: ordinary messages used as the
// original of a report, and the real reports themselves. Skips when the corpus is absent.
#include "resendcheck.h"
#include "samplemessages.h"
#include "mime/emlwriter.h"
#include "msg/msgreader.h"
#include "reportfile.h"
#include "resend/resendengine.h"
#include "store/messagestore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Ndr;
using namespace Ndr::Mapi;
using namespace Qt::StringLiterals;

namespace {

const QString kCorpus = QStringLiteral(NDR_CORPUS_DIR "/msg");

Expected<Message> readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(Error::ReadFailed, file.errorString());
    return Msg::readMsg(file.readAll());
}

// An Exchange-style report ([MS-OXCMAIL] 2.2.3.7.1) about a real original: its own rows are
// the failed recipients (the original's rows `failed`, annotated, plus one address the
// original never had), and it carries the original as an embedded message.
Message wrapAsNdr(const Message &original, const QList<int> &failed)
{
    Message r;
    r.props.setString(PR_MESSAGE_CLASS, u"REPORT.IPM.Note.NDR"_s);
    r.props.setString(PR_ORIG_MESSAGE_CLASS, original.messageClass().isEmpty() ? u"IPM.Note"_s : original.messageClass());
    r.props.setString(PR_SUBJECT, u"Undeliverable: "_s + original.subject());
    auto annotate = [](PropertyBag &p) {
        p.setInt32(PR_NDR_REASON_CODE, 1);
        p.setInt32(PR_NDR_DIAG_CODE, 35);
        p.setInt32(PR_NDR_STATUS_CODE, 511);
        p.setString(PR_SUPPLEMENTARY_INFO, u"<mx.example.net #5.1.1 smtp;550 5.1.1 User unknown>"_s);
    };
    for (int i : failed) {
        Recipient row = original.recipients[i];
        annotate(row.props);
        r.recipients.append(row);
    }
    Recipient stranger = TestSupport::smtpRecipient(u"List Member"_s, u"member@lists.example"_s, MAPI_TO, 0);
    annotate(stranger.props);
    r.recipients.append(stranger);
    Attachment a;
    a.props.setInt32(PR_ATTACH_METHOD, ATTACH_EMBEDDED_MSG);
    a.embedded = std::make_shared<Message>(original);
    r.attachments.append(a);
    return r;
}

QMap<int, QString> allFailed(const Report::NdrReport &report)
{
    QMap<int, QString> picks;
    for (int i = 0; i < report.rows().size(); ++i)
        if (report.rows()[i].failed())
            picks.insert(i, QString());
    return picks;
}

void addFiles(const QString &sub)
{
    const QDir dir(kCorpus + u'/' + sub);
    for (const QString &file : dir.entryList({u"*.msg"_s}, QDir::Files))
        QTest::newRow(qPrintable(sub + u'/' + file)) << dir.filePath(file);
}

} // namespace

class TestResendCorpus : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void realOriginals_data();
    void realOriginals();
    void realReports_data();
    void realReports();
    void emlOriginalsComeBackByteForByte();
};

void TestResendCorpus::initTestCase()
{
    if (!QDir(kCorpus).exists())
        QSKIP("no corpus at " NDR_CORPUS_DIR);
}

void TestResendCorpus::realOriginals_data()
{
    QTest::addColumn<QString>("path");
    addFiles(u"notes"_s);
}

void TestResendCorpus::realOriginals()
{
    QFETCH(QString, path);
    const auto original = readFile(path);
    QVERIFY2(original, original ? "" : qPrintable(original.error().detail));
    // Every other recipient of the original failed (the first always).
    QList<int> failed;
    for (int i = 0; i < original->recipients.size(); i += 2)
        failed.append(i);
    const Report::NdrReport ndr = Report::NdrReport::fromMessage(std::make_shared<const Message>(wrapAsNdr(*original, failed)));
    QVERIFY(ndr.original());
    const auto resent = Resend::ResendEngine(ndr).build();
    QVERIFY2(resent, resent ? "" : qPrintable(resent.error().detail));
    const QStringList violations = TestSupport::resendViolations(*ndr.original(), *resent, ndr, allFailed(ndr));
    QVERIFY2(violations.isEmpty(), qPrintable(violations.join(u'\n')));
    QCOMPARE(resent->recipients.size(), original->recipients.size() + failed.size() + 1);

    // Into the store and back, whole.
    QTemporaryDir dir;
    auto store = Store::MessageStore::open(dir.filePath(u"store.sqlite"_s));
    QVERIFY(store);
    const Store::Identity me{u"Resender"_s, u"resender@example.org"_s};
    const auto id = (*store)->submit(*resent, me);
    QVERIFY2(id, id ? "" : qPrintable(id.error().detail));
    Message expected = *resent;
    Store::stampSender(expected.props, me);
    expected.props.setInt32(PR_MESSAGE_FLAGS, resent->props.int32(PR_MESSAGE_FLAGS).value() | qint32(MSGFLAG_UNSENT | MSGFLAG_SUBMIT));
    const QStringList diff = TestSupport::diffMessages(expected, *(*store)->load(*id), true);
    QVERIFY2(diff.isEmpty(), qPrintable(diff.join(u'\n')));
}

void TestResendCorpus::realReports_data()
{
    QTest::addColumn<QString>("path");
    addFiles(u"ndr"_s);
    addFiles(u"reports"_s);
}

void TestResendCorpus::realReports()
{
    QFETCH(QString, path);
    const auto message = readFile(path);
    QVERIFY2(message, message ? "" : qPrintable(message.error().detail));
    const Report::NdrReport ndr = Report::NdrReport::fromMessage(std::make_shared<const Message>(*message));
    const auto resent = Resend::ResendEngine(ndr).build();
    if (ndr.kind() != Report::Kind::NonDelivery) {
        // A delivery or read receipt: nothing to send again, and the user is told so.
        QVERIFY(!resent);
        QVERIFY2(resent.error().detail.contains(u"receipt"_s), qPrintable(resent.error().detail));
        return;
    }
    QVERIFY2(resent, resent ? "" : qPrintable(resent.error().detail));
    const QStringList violations = TestSupport::resendViolations(*ndr.original(), *resent, ndr, allFailed(ndr));
    QVERIFY2(violations.isEmpty(), qPrintable(violations.join(u'\n')));
    int p1 = 0;
    for (const Recipient &r : resent->recipients)
        p1 += quint32(r.type()) == MAPI_P1 ? 1 : 0;
    QCOMPARE(p1, ndr.failedCount());
}

// DESIGN.md: an original that came from an .eml keeps its raw bytes, so that exporting the
// resent message as .eml gives those bytes back unchanged, after a trip through the store.
void TestResendCorpus::emlOriginalsComeBackByteForByte()
{
    const QDir bounces(QStringLiteral(NDR_CORPUS_DIR "/dsn/maildir/bsd"));
    QTemporaryDir dir;
    auto store = Store::MessageStore::open(dir.filePath(u"store.sqlite"_s));
    QVERIFY(store);
    int resent = 0;
    for (const QString &name : bounces.entryList({u"*.eml"_s}, QDir::Files)) {
        const auto opened = openMessageFile(bounces.filePath(name));
        QVERIFY2(opened, qPrintable(name));
        const Report::NdrReport ndr = Report::NdrReport::fromMessage(opened->message);
        const auto message = Resend::ResendEngine(ndr).build();
        if (!message)
            continue;  // no failure, or no whole original: the command-line tests cover the words
        QVERIFY2(!ndr.original()->rawMime.isEmpty(), qPrintable(name));
        const auto id = (*store)->submit(*message, {u"Me"_s, u"me@example.org"_s});
        QVERIFY2(id, qPrintable(name));
        const auto eml = Mime::writeEml(*(*store)->load(*id));
        QVERIFY2(eml, qPrintable(name));
        QVERIFY2(*eml == ndr.original()->rawMime, qPrintable(name));
        ++resent;
    }
    qInfo("%d bounces resent, each original's bytes given back", resent);
    QVERIFY(resent >= 10);
}

QTEST_GUILESS_MAIN(TestResendCorpus)
#include "tst_resendcorpus.moc"
