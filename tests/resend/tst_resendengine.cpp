// The resend procedure, step by step, on fixtures of every NDR convention: the whole property
// set of the resend against the original's, with only the permitted differences.
#include "fixturewriter.h"
#include "resendcheck.h"
#include "samplemessages.h"
#include "mime/emlwriter.h"
#include "msg/msgreader.h"
#include "resend/resendengine.h"
#include "store/messagestore.h"

#include <QTemporaryDir>
#include <QTimeZone>
#include <QTest>

using namespace Ndr;
using namespace Ndr::Mapi;
using namespace Ndr::Fixtures;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Ndr::Mapi::Message)

namespace {

Report::NdrReport reportOf(const Message &m)
{
    return Report::NdrReport::fromMessage(std::make_shared<const Message>(m));
}

// The same message after a trip through our .msg writer and reader.
Message viaMsgFile(const Message &m)
{
    const auto bytes = toMsg(m);
    if (!bytes)
        qFatal("cannot write the fixture: %s", qPrintable(bytes.error().detail));
    auto back = Msg::readMsg(*bytes);
    if (!back)
        qFatal("cannot read the fixture back: %s", qPrintable(back.error().detail));
    return *back;
}

int rowOf(const Report::NdrReport &report, const QString &address)
{
    for (int i = 0; i < report.rows().size(); ++i)
        if (report.rows()[i].address.compare(address, Qt::CaseInsensitive) == 0)
            return i;
    return -1;
}

QMap<int, QString> allFailed(const Report::NdrReport &report)
{
    QMap<int, QString> picks;
    for (int i = 0; i < report.rows().size(); ++i)
        if (report.rows()[i].failed())
            picks.insert(i, QString());
    return picks;
}

Message withoutOriginal(Message report)
{
    report.attachments.removeIf([](const Attachment &a) { return a.embedded != nullptr; });
    return report;
}

} // namespace

class TestResendEngine : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void wholePropertySet_data();
    void wholePropertySet();
    void checkerCatchesEveryViolation_data();
    void checkerCatchesEveryViolation();
    void choicesAndCorrections_data();
    void choicesAndCorrections();
    void messageClass_data();
    void messageClass();
    void flagsGainOnlyResend();
    void originalEntryId();
    void conversationIndexKeptOrMade();
    void conversationIndexLayout();
    void errors_data();
    void errors();
    void suppliedOriginal();
    void sharesAttachmentBytes();
    void rawMimeKept();
    void originalUntouched();
    void storesWhole();
};

void TestResendEngine::wholePropertySet_data()
{
    QTest::addColumn<Message>("report");
    QTest::addColumn<int>("notInOriginal");  // failures that join no row: P1 rows alone
    for (NdrConvention c : {NdrConvention::ReportRecipients, NdrConvention::OriginalRecipients,
                            NdrConvention::DeliveryStatusOnly}) {
        const QString name = conventionName(c);
        NdrSpec spec;
        spec.convention = c;
        QTest::addRow("%s", qPrintable(name)) << buildNdr(spec) << 1;
        QTest::addRow("%s-via-msg-file", qPrintable(name)) << viaMsgFile(buildNdr(spec)) << 1;
        NdrSpec cp = spec;
        cp.original.string8CodePage = 1251;
        cp.original.subject = u"Квартальные показатели"_s;
        QTest::addRow("%s-string8-cp1251-via-msg-file", qPrintable(name)) << viaMsgFile(buildNdr(cp)) << 1;
        NdrSpec bare = spec;
        bare.original.entryId = false;
        bare.original.conversationIndex = false;
        bare.original.namedProperties = false;
        QTest::addRow("%s-no-entryid-no-conversation-index", qPrintable(name)) << buildNdr(bare) << 1;
        NdrSpec nested = spec;
        nested.original.embeddedMessage = true;
        QTest::addRow("%s-with-embedded-message-via-msg-file", qPrintable(name)) << viaMsgFile(buildNdr(nested)) << 1;
        NdrSpec many = spec;
        many.original.extraRecipients = 300;
        many.failures.append(userUnknown(Person{u"Recipient 7"_s, u"recipient7@bulk.example"_s}));
        QTest::addRow("%s-300-recipients", qPrintable(name)) << buildNdr(many) << 1;
        NdrSpec onlyInOriginal = spec;
        onlyInOriginal.failures = standardFailures().mid(0, 3);
        QTest::addRow("%s-all-failures-in-original", qPrintable(name)) << buildNdr(onlyInOriginal) << 0;
    }
}

void TestResendEngine::wholePropertySet()
{
    QFETCH(Message, report);
    QFETCH(int, notInOriginal);
    const Report::NdrReport ndr = reportOf(report);
    QVERIFY(ndr.original());
    QVERIFY(ndr.failedCount() > 0);
    Resend::ResendEngine engine(ndr);
    const auto resent = engine.build();
    QVERIFY2(resent, resent ? "" : qPrintable(resent.error().detail));
    const QStringList violations = TestSupport::resendViolations(*ndr.original(), *resent, ndr, allFailed(ndr));
    QVERIFY2(violations.isEmpty(), qPrintable(violations.join(u'\n')));
    // Only P1 rows are the envelope: one per failure, and the failures that joined no row
    // of the original are there as P1 rows alone.
    int p1 = 0, p1Alone = 0;
    for (qsizetype i = ndr.original()->recipients.size(); i < resent->recipients.size(); ++i) {
        QCOMPARE(quint32(resent->recipients[i].type()), MAPI_P1);
        ++p1;
        const QString address = resent->recipients[i].smtpAddress();
        const bool inOriginal = std::any_of(ndr.original()->recipients.cbegin(), ndr.original()->recipients.cend(),
                                            [&](const Recipient &r) { return r.smtpAddress() == address; });
        p1Alone += inOriginal ? 0 : 1;
    }
    QCOMPARE(p1, ndr.failedCount());
    QCOMPARE(p1Alone, notInOriginal);
}

// The whole-property-set check above is only worth something if it fails on a wrong resend.
void TestResendEngine::checkerCatchesEveryViolation_data()
{
    QTest::addColumn<QString>("mutation");
    for (const char *m : {"sender-kept", "property-dropped", "named-property-changed", "property-added", "class-not-report's",
                          "original-class-missing", "flags-unsent-set", "original-entryid-missing", "row-not-submitted", "ndr-prop-kept",
                          "p1-type-or'ed", "p1-row-missing", "rowid-reused", "attachment-bytes-copied",
                          "embedded-changed", "raw-mime-lost", "conversation-index-changed"})
        QTest::newRow(m) << QString::fromLatin1(m);
}

void TestResendEngine::checkerCatchesEveryViolation()
{
    QFETCH(QString, mutation);
    NdrSpec spec;
    spec.convention = NdrConvention::OriginalRecipients;  // NDR props on the original's rows
    spec.original.embeddedMessage = true;
    Message report = buildNdr(spec);
    for (Attachment &a : report.attachments)
        if (a.embedded && a.embedded->subject() == spec.original.subject)
            a.embedded->rawMime = "Subject: x\r\n\r\n";
    const Report::NdrReport ndr = reportOf(report);
    const Message &original = *ndr.original();
    auto built = Resend::ResendEngine(ndr).build();
    QVERIFY(built);
    QVERIFY(TestSupport::resendViolations(original, *built, ndr, allFailed(ndr)).isEmpty());
    Message m = built->clone();
    const qsizetype firstP1 = original.recipients.size();
    if (mutation == u"sender-kept")
        m.props.setString(PR_SENDER_NAME, original.props.string(PR_SENDER_NAME));
    else if (mutation == u"property-dropped")
        m.props.remove(PR_BODY);
    else if (mutation == u"named-property-changed")
        m.props.set(PropKey::lid(PSETID_Common, 0x8510), PropValue::fromInt(1));
    else if (mutation == u"property-added")
        m.props.setString(PR_ORIGINAL_SUBJECT, u"Hello"_s);
    else if (mutation == u"class-not-report's")
        m.props.setString(PR_MESSAGE_CLASS, u"REPORT.IPM.Note.NDR"_s);
    else if (mutation == u"original-class-missing")
        m.props.remove(PR_ORIG_MESSAGE_CLASS);
    else if (mutation == u"flags-unsent-set")
        m.props.setInt32(PR_MESSAGE_FLAGS, m.props.int32(PR_MESSAGE_FLAGS).value() | qint32(MSGFLAG_UNSENT));
    else if (mutation == u"original-entryid-missing")
        m.props.remove(PR_ORIGINAL_ENTRYID);
    else if (mutation == u"row-not-submitted")
        m.recipients[0].props.setInt32(PR_RECIPIENT_TYPE, MAPI_TO);
    else if (mutation == u"ndr-prop-kept")
        m.recipients[0].props.setInt32(PR_NDR_DIAG_CODE, 35);
    else if (mutation == u"p1-type-or'ed")
        m.recipients[firstP1].props.setInt32(PR_RECIPIENT_TYPE, qint32(MAPI_P1 | MAPI_TO));
    else if (mutation == u"p1-row-missing")
        m.recipients.removeLast();
    else if (mutation == u"rowid-reused")
        m.recipients[firstP1].props.setInt32(PR_ROWID, 0);
    else if (mutation == u"attachment-bytes-copied")
        m.attachments[0].props.set(PR_ATTACH_DATA_BIN, PropValue::fromBinary(QByteArray(m.attachments[0].data().constData(),
                                                                                          m.attachments[0].data().size())));
    else if (mutation == u"embedded-changed")
        m.attachments[1].embedded->recipients.clear();
    else if (mutation == u"raw-mime-lost")
        m.rawMime.clear();
    else if (mutation == u"conversation-index-changed")
        m.props.set(PR_CONVERSATION_INDEX, PropValue::fromBinary(Resend::createConversationIndex(1, QUuid())));
    const QStringList violations = TestSupport::resendViolations(original, m, ndr, allFailed(ndr));
    QVERIFY2(!violations.isEmpty(), qPrintable(mutation));
}

void TestResendEngine::choicesAndCorrections_data()
{
    QTest::addColumn<int>("convention");
    QTest::addColumn<QString>("address");    // choose this failed recipient
    QTest::addColumn<QString>("corrected");  // and send to this address instead
    QTest::addColumn<QString>("wantName");   // the P1 row's display name
    for (NdrConvention c : {NdrConvention::ReportRecipients, NdrConvention::OriginalRecipients,
                            NdrConvention::DeliveryStatusOnly}) {
        const QByteArray n = conventionName(c).toLatin1();
        QTest::addRow("%s-only-bob", n.constData()) << int(c) << u"bob@example.net"_s << QString() << u"Bob Builder"_s;
        QTest::addRow("%s-bob-upper-case-corrected", n.constData())
            << int(c) << u"BOB@Example.NET"_s << u"robert.builder@example.net"_s << u"Bob Builder"_s;
        QTest::addRow("%s-erin-cc-corrected", n.constData())
            << int(c) << u"erin@partner.example"_s << u"erin@partner.example.com"_s << u"Erin Partner"_s;
        QTest::addRow("%s-grace-not-in-original-corrected", n.constData())
            << int(c) << u"grace@forward.example"_s << u"grace@forward.example.org"_s << u"Grace Forward"_s;
    }
}

void TestResendEngine::choicesAndCorrections()
{
    QFETCH(int, convention);
    QFETCH(QString, address);
    QFETCH(QString, corrected);
    QFETCH(QString, wantName);
    NdrSpec spec;
    spec.convention = NdrConvention(convention);
    const Report::NdrReport ndr = reportOf(buildNdr(spec));
    Resend::ResendEngine engine(ndr);
    engine.setChoices({Resend::Choice{-1, address, corrected}});
    const auto resent = engine.build();
    QVERIFY2(resent, resent ? "" : qPrintable(resent.error().detail));
    const int row = rowOf(ndr, address);
    QVERIFY(row >= 0);
    const QStringList violations = TestSupport::resendViolations(*ndr.original(), *resent, ndr, {{row, corrected}});
    QVERIFY2(violations.isEmpty(), qPrintable(violations.join(u'\n')));
    const Recipient &p1 = resent->recipients.constLast();
    QCOMPARE(p1.smtpAddress(), corrected.isEmpty() ? ndr.rows()[row].address : corrected);
    QCOMPARE(p1.displayName(), wantName);
    if (ndr.rows()[row].inOriginal() && !corrected.isEmpty()) {
        // "corrected in both rows": the visible row shows the new address too.
        const Recipient &visible = resent->recipients[ndr.rows()[row].originalIndex];
        QCOMPARE(visible.smtpAddress(), corrected);
        QCOMPARE(visible.props.binary(PR_SEARCH_KEY), QByteArray("SMTP:") + corrected.toUpper().toUtf8() + QByteArray(1, '\0'));
    }
    // The same choice by row index gives the same message.
    Resend::ResendEngine byRow(ndr);
    byRow.setChoices({Resend::Choice{row, QString(), corrected}});
    const auto again = byRow.build();
    QVERIFY(again);
    QVERIFY(TestSupport::diffMessages(*resent, *again).isEmpty()
            || !ndr.original()->props.contains(PR_CONVERSATION_INDEX));
}

void TestResendEngine::messageClass_data()
{
    QTest::addColumn<bool>("reportHasOrigClass");
    QTest::addColumn<QString>("reportClass");
    QTest::addColumn<QString>("originalClass");
    QTest::addColumn<QString>("want");
    QTest::newRow("report-orig-class-wins") << true << u"IPM.Note.Custom"_s << u"IPM.Note"_s << u"IPM.Note.Custom"_s;
    QTest::newRow("no-orig-class-original-class") << false << QString() << u"IPM.Note.Invoice"_s << u"IPM.Note.Invoice"_s;
}

void TestResendEngine::messageClass()
{
    QFETCH(bool, reportHasOrigClass);
    QFETCH(QString, reportClass);
    QFETCH(QString, originalClass);
    QFETCH(QString, want);
    Message report = buildNdr();
    report.props.remove(PR_ORIG_MESSAGE_CLASS);
    if (reportHasOrigClass)
        report.props.setString(PR_ORIG_MESSAGE_CLASS, reportClass);
    for (Attachment &a : report.attachments)
        if (a.embedded)
            a.embedded->props.set(PR_MESSAGE_CLASS, PropValue(PT_STRING8, originalClass));
    const Report::NdrReport ndr = reportOf(report);
    const auto resent = Resend::ResendEngine(ndr).build();
    QVERIFY(resent);
    QCOMPARE(resent->messageClass(), want);
    QCOMPARE(resent->props.value(PR_MESSAGE_CLASS).type, quint16(PT_STRING8));  // the original's type kept
    QVERIFY(TestSupport::resendViolations(*ndr.original(), *resent, ndr, allFailed(ndr)).isEmpty());
}

void TestResendEngine::flagsGainOnlyResend()
{
    Message report = buildNdr();
    const quint32 flags = MSGFLAG_READ | MSGFLAG_HASATTACH | MSGFLAG_FROMME | 0x400 | 0x2000;
    for (Attachment &a : report.attachments)
        if (a.embedded)
            a.embedded->props.setInt32(PR_MESSAGE_FLAGS, qint32(flags));
    const auto resent = Resend::ResendEngine(reportOf(report)).build();
    QVERIFY(resent);
    QCOMPARE(quint32(resent->props.int32(PR_MESSAGE_FLAGS).value()), flags | MSGFLAG_RESEND);
    QVERIFY(!(quint32(resent->props.int32(PR_MESSAGE_FLAGS).value()) & (MSGFLAG_UNSENT | MSGFLAG_SUBMIT)));
}

void TestResendEngine::originalEntryId()
{
    const Report::NdrReport with = reportOf(buildNdr());
    const auto a = Resend::ResendEngine(with).build();
    QVERIFY(a);
    QVERIFY(!with.original()->props.binary(PR_ENTRYID).isEmpty());
    QCOMPARE(a->props.binary(PR_ORIGINAL_ENTRYID), with.original()->props.binary(PR_ENTRYID));
    NdrSpec spec;
    spec.original.entryId = false;
    const auto b = Resend::ResendEngine(reportOf(buildNdr(spec))).build();
    QVERIFY(b);
    QVERIFY(!b->props.contains(PR_ORIGINAL_ENTRYID));
}

void TestResendEngine::conversationIndexKeptOrMade()
{
    const Report::NdrReport kept = reportOf(buildNdr());
    const auto a = Resend::ResendEngine(kept).build();
    QVERIFY(a);
    QCOMPARE(a->props.binary(PR_CONVERSATION_INDEX), kept.original()->props.binary(PR_CONVERSATION_INDEX));

    NdrSpec spec;
    spec.original.conversationIndex = false;
    Resend::ResendEngine engine(reportOf(buildNdr(spec)));
    const quint64 now = 0x01DA7E2B3C4D5E6FULL;
    const QUuid guid(u"{01234567-89ab-cdef-0123-456789abcdef}"_s);
    engine.setConversationSeed(now, guid);
    const auto b = engine.build();
    QVERIFY(b);
    QCOMPARE(b->props.binary(PR_CONVERSATION_INDEX).toHex(), QByteArray("01da7e2b3c4d0123456789abcdef0123456789abcdef"));
    // Without a seed: now, and a fresh GUID each time.
    Resend::ResendEngine unseeded(reportOf(buildNdr(spec)));
    const QByteArray x = unseeded.build()->props.binary(PR_CONVERSATION_INDEX);
    const QByteArray y = unseeded.build()->props.binary(PR_CONVERSATION_INDEX);
    QCOMPARE(x.size(), 22);
    QVERIFY(x.mid(6) != y.mid(6));
}

void TestResendEngine::conversationIndexLayout()
{
    // [MS-OXOMSG] 2.2.1.3: byte 0 reserved (0x01), then FILETIME bits 55..16, then the GUID.
    // MFCMAPI's test vector header 01 CAE55B20E5 FEE284D5...: its 5 time bytes come back.
    const quint64 fileTime = 0x01CAE55B20E5ABCDULL;
    const QByteArray index = Resend::createConversationIndex(fileTime, QUuid::fromRfc4122(QByteArray::fromHex("FEE284D557D84277BAB585FBD4BB2BE9")));
    QCOMPARE(index.toHex().toUpper(), QByteArray("01CAE55B20E5FEE284D557D84277BAB585FBD4BB2BE9"));
    // The time it holds is the time given, to the 6.5 ms the header keeps.
    const QDateTime when(QDate(2024, 3, 14), QTime(9, 26, 53), QTimeZone::utc());
    const QByteArray now = Resend::createConversationIndex(dateTimeToFileTime(when), QUuid::createUuid());
    quint64 back = 0x01;
    for (int i = 1; i <= 5; ++i)
        back = (back << 8) | quint8(now.at(i));
    QVERIFY(qAbs(fileTimeToDateTime(back << 16).msecsTo(when)) < 7);
}

void TestResendEngine::errors_data()
{
    QTest::addColumn<Message>("report");
    QTest::addColumn<QList<Resend::Choice>>("choices");
    QTest::addColumn<QString>("words");
    const Message ndr = buildNdr();
    QTest::newRow("report-without-original") << withoutOriginal(ndr) << QList<Resend::Choice>{} << u"original"_s;
    Message headersOnly = ndr.clone();
    for (Attachment &a : headersOnly.attachments)
        if (a.embedded)
            a.embedded->props.set(PropKey::string(PS_PUBLIC_STRINGS, u"x-ndr-headers-only"_s), PropValue::fromBool(true));
    QTest::newRow("original-headers-only") << headersOnly << QList<Resend::Choice>{} << u"headers"_s;
    NdrSpec none;
    none.failures.clear();
    QTest::newRow("report-without-failures") << buildNdr(none) << QList<Resend::Choice>{} << u"no failed recipient"_s;
    QTest::newRow("read-receipt") << buildReadReceipt() << QList<Resend::Choice>{} << u"read receipt"_s;
    QTest::newRow("address-not-in-report") << ndr << QList<Resend::Choice>{{-1, u"nobody@example.com"_s, {}}}
                                           << u"nobody@example.com is not among"_s;
    QTest::newRow("address-that-did-not-fail") << ndr << QList<Resend::Choice>{{-1, u"dave@example.com"_s, {}}}
                                               << u"did not fail"_s;
    QTest::newRow("corrected-address-not-an-address")
        << ndr << QList<Resend::Choice>{{-1, u"bob@example.net"_s, u"bob at example"_s}} << u"not an e-mail address"_s;
    QTest::newRow("row-out-of-range") << ndr << QList<Resend::Choice>{{99, {}, {}}} << u"no recipient row 99"_s;
}

void TestResendEngine::errors()
{
    QFETCH(Message, report);
    QFETCH(QList<Resend::Choice>, choices);
    QFETCH(QString, words);
    Resend::ResendEngine engine(reportOf(report));
    engine.setChoices(choices);
    const auto resent = engine.build();
    QVERIFY(!resent);
    QVERIFY2(resent.error().detail.contains(words), qPrintable(resent.error().detail));
}

void TestResendEngine::suppliedOriginal()
{
    const Message full = buildNdr();
    const Report::NdrReport ndr = reportOf(withoutOriginal(full));
    QVERIFY(!ndr.original());
    const auto original = reportOf(full).original();
    Resend::ResendEngine engine(ndr);
    engine.setOriginal(original);
    const auto resent = engine.build();
    QVERIFY2(resent, resent ? "" : qPrintable(resent.error().detail));
    const QStringList violations =
        TestSupport::resendViolations(*original, *resent, engine.report(), allFailed(engine.report()));
    QVERIFY2(violations.isEmpty(), qPrintable(violations.join(u'\n')));
    // The failures joined the supplied original's rows: Bob's P1 row is a duplicate of his row.
    QCOMPARE(resent->recipients.size(), original->recipients.size() + 4);
    QCOMPARE(resent->recipients[original->recipients.size()].props.string(PR_DISPLAY_NAME), u"Bob Builder"_s);
}

void TestResendEngine::sharesAttachmentBytes()
{
    NdrSpec spec;
    spec.original.attachmentSize = 20 << 20;
    spec.original.embeddedMessage = true;
    const Report::NdrReport ndr = reportOf(buildNdr(spec));
    const auto resent = Resend::ResendEngine(ndr).build();
    QVERIFY(resent);
    const QByteArray original = ndr.original()->attachments[0].data();
    QCOMPARE(original.size(), 20 << 20);
    QCOMPARE(resent->attachments[0].data().constData(), original.constData());  // shared, not copied
    QVERIFY(resent->attachments[1].embedded != ndr.original()->attachments[1].embedded);
    QVERIFY(*resent->attachments[1].embedded == *ndr.original()->attachments[1].embedded);
}

void TestResendEngine::rawMimeKept()
{
    Message report = buildNdr();
    const QByteArray raw("From: Alice Sender <alice@example.com>\r\nTo: Bob Builder <bob@example.net>\r\n"
                         "Subject: Quarterly figures for review\r\nMessage-ID: <abc@example.com>\r\n\r\nHello all,\r\n");
    for (Attachment &a : report.attachments)
        if (a.embedded)
            a.embedded->rawMime = raw;
    const auto resent = Resend::ResendEngine(reportOf(report)).build();
    QVERIFY(resent);
    QCOMPARE(resent->rawMime, raw);
    const auto eml = Mime::writeEml(*resent);
    if (!eml)
        QSKIP(qPrintable(u"the .eml writer cannot write yet: "_s + eml.error().detail));
    QCOMPARE(*eml, raw);
}

void TestResendEngine::originalUntouched()
{
    const Report::NdrReport ndr = reportOf(buildNdr());
    const Message before = ndr.original()->clone();
    Resend::ResendEngine engine(ndr);
    engine.setChoices({Resend::Choice{-1, u"bob@example.net"_s, u"robert@example.net"_s}});
    QVERIFY(engine.build());
    QVERIFY(TestSupport::diffMessages(before, *ndr.original(), true).isEmpty());
}

void TestResendEngine::storesWhole()
{
    NdrSpec spec;
    spec.original.embeddedMessage = true;
    // Big enough that the reader shares the bytes with the file's buffer instead of copying
    // them: they outlive that buffer's other owners, through resend, into the store and back.
    spec.original.attachmentSize = 300 * 1024;
    const Report::NdrReport ndr = reportOf(viaMsgFile(buildNdr(spec)));
    const auto resent = Resend::ResendEngine(ndr).build();
    QVERIFY(resent);
    QTemporaryDir dir;
    auto store = Store::MessageStore::open(dir.filePath(u"store.sqlite"_s));
    QVERIFY(store);
    const Store::Identity me{ndr.addresseeName(), ndr.addresseeAddress()};
    QCOMPARE(me.address, u"alice@example.com"_s);
    const auto id = (*store)->submit(*resent, me);
    QVERIFY2(id, id ? "" : qPrintable(id.error().detail));
    const auto back = (*store)->load(*id);
    QVERIFY(back);
    Message expected = *resent;
    Store::stampSender(expected.props, me);
    expected.props.setInt32(PR_MESSAGE_FLAGS, resent->props.int32(PR_MESSAGE_FLAGS).value() | qint32(MSGFLAG_UNSENT | MSGFLAG_SUBMIT));
    const QStringList diff = TestSupport::diffMessages(expected, *back, true);
    QVERIFY2(diff.isEmpty(), qPrintable(diff.join(u'\n')));
    const auto listed = (*store)->list(Store::Folder::Outbox);
    QCOMPARE(listed->at(0).p1Count, ndr.failedCount());
}

QTEST_GUILESS_MAIN(TestResendEngine)
#include "tst_resendengine.moc"
