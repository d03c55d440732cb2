// NdrReport: the kind of a report, where failures come from, and how they join the original's rows.
#include "report/deliverystatus.h"
#include "report/ndrreport.h"

#include <QTest>

using namespace Ndr;
using namespace Ndr::Mapi;
using namespace Ndr::Report;
using namespace Qt::StringLiterals;

namespace {

Recipient recipient(const QString &name, const QString &smtp, qint32 type = MAPI_TO)
{
    Recipient r;
    r.props.setString(PR_DISPLAY_NAME, name);
    r.props.setString(PR_ADDRTYPE, QStringLiteral("SMTP"));
    r.props.setString(PR_EMAIL_ADDRESS, smtp);
    r.props.setString(PR_SMTP_ADDRESS, smtp);
    r.props.setInt32(PR_RECIPIENT_TYPE, type);
    return r;
}

std::shared_ptr<Message> original()
{
    auto m = std::make_shared<Message>();
    m->props.setString(PR_MESSAGE_CLASS, QStringLiteral("IPM.Note"));
    m->props.setString(PR_SUBJECT, QStringLiteral("Quarterly figures"));
    m->props.setString(PR_SENDER_NAME, QStringLiteral("Sam Sender"));
    m->props.setString(PR_SENDER_SMTP_ADDRESS, QStringLiteral("sam@example.org"));
    m->recipients = {recipient(QStringLiteral("Ann Able"), QStringLiteral("ann@example.com")),
                     recipient(QStringLiteral("Bob Baker"), QStringLiteral("Bob@Example.com"), MAPI_CC),
                     recipient(QStringLiteral("Cat Cole"), QStringLiteral("cat@example.net"))};
    return m;
}

std::shared_ptr<Message> reportAround(std::shared_ptr<Message> orig, const QString &cls = QStringLiteral("REPORT.IPM.Note.NDR"))
{
    auto r = std::make_shared<Message>();
    r->props.setString(PR_MESSAGE_CLASS, cls);
    r->props.setString(PR_SUBJECT, QStringLiteral("Undeliverable: Quarterly figures"));
    if (orig) {
        Attachment a;
        a.props.setInt32(PR_ATTACH_METHOD, ATTACH_EMBEDDED_MSG);
        a.embedded = std::move(orig);
        r->attachments.append(a);
    }
    return r;
}

void attachDsn(Message &report, const QByteArray &dsn)
{
    Attachment a;
    a.props.setInt32(PR_ATTACH_METHOD, ATTACH_BY_VALUE);
    a.props.setString(PR_ATTACH_MIME_TAG, QStringLiteral("message/delivery-status"));
    a.props.set(PR_ATTACH_DATA_BIN, PropValue::fromBinary(dsn));
    report.attachments.prepend(a);  // real reports put details.txt first
}

const QByteArray kDsn =
    "Reporting-MTA: dns; mx.example.org\r\n"
    "Arrival-Date: Tue, 3 Mar 2026 10:00:00 +0100\r\n"
    "\r\n"
    "Final-Recipient: rfc822; BOB@example.com\r\n"
    "Action: failed\r\n"
    "Status: 5.2.2\r\n"
    "Remote-MTA: dns; mx.example.com\r\n"
    "Diagnostic-Code: smtp; 552 5.2.2 Mailbox full:\r\n"
    " quota exceeded\r\n"
    "\r\n"
    "Final-Recipient: rfc822; list-member@elsewhere.example\r\n"
    "Original-Recipient: rfc822; team@example.com\r\n"
    "Action: failed\r\n"
    "Status: 5.1.1\r\n"
    "Diagnostic-Code: smtp; 550 5.1.1 <list-member@elsewhere.example>: User unknown\r\n"
    "\r\n"
    "Final-Recipient: rfc822; cat@example.net\r\n"
    "Action: delivered\r\n"
    "Status: 2.0.0\r\n";

} // namespace

class TstNdrReport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void kindFromClass_data()
    {
        QTest::addColumn<QString>("cls");
        QTest::addColumn<QString>("kind");
        QTest::newRow("ndr") << "REPORT.IPM.Note.NDR" << "ndr";
        QTest::newRow("ndr-lower-case") << "Report.IPM.Note.NDR" << "ndr";
        QTest::newRow("delivery-receipt") << "REPORT.IPM.Note.DR" << "dr";
        QTest::newRow("read-receipt") << "REPORT.IPM.Note.IPNRN" << "ipnrn";
        QTest::newRow("not-read") << "REPORT.IPM.Note.IPNNRN" << "ipnnrn";
        QTest::newRow("custom-class-ndr") << "REPORT.IPM.Schedule.Meeting.Request.NDR" << "ndr";
        QTest::newRow("plain-note") << "IPM.Note" << "none";
    }
    void kindFromClass()
    {
        QFETCH(QString, cls);
        QFETCH(QString, kind);
        QCOMPARE(kindKey(kindFromMessageClass(cls)), kind);
    }

    void deliveryStatusFields()
    {
        const DeliveryStatus dsn = parseDeliveryStatus(kDsn);
        QCOMPARE(dsn.perMessage.value("reporting-mta"), QStringLiteral("dns; mx.example.org"));
        QCOMPARE(dsn.perRecipient.size(), 3);
        // continuation lines are unfolded into one value
        QCOMPARE(dsn.perRecipient[0].value("diagnostic-code"),
                 QStringLiteral("smtp; 552 5.2.2 Mailbox full: quota exceeded"));
        QCOMPARE(addressFromTypedField(dsn.perRecipient[1].value("original-recipient")),
                 QStringLiteral("team@example.com"));
        // a pipe recipient: the word with the @ is the address
        QCOMPARE(addressFromTypedField(QStringLiteral("rfc822; |/usr/local/bin/filter kijitora@example.com --flag")),
                 QStringLiteral("kijitora@example.com"));
        QCOMPARE(parseRfc5322Date(dsn.perMessage.value("arrival-date")),
                 QDateTime(QDate(2026, 3, 3), QTime(9, 0), Qt::UTC));
    }

    void dsnFailuresJoinOriginalRowsCaseInsensitively()
    {
        auto report = reportAround(original());
        attachDsn(*report, kDsn);
        const NdrReport r = NdrReport::fromMessage(report);
        QCOMPARE(r.kind(), Kind::NonDelivery);
        QCOMPARE(r.failedCount(), 2);
        // Bob joins his Cc row although the DSN shouts his address
        const RecipientRow &bob = r.rows().at(1);
        QVERIFY(bob.inOriginal());
        QVERIFY(bob.failed());
        QCOMPARE(bob.recipientType, MAPI_CC);
        QCOMPARE(bob.failure->status, QStringLiteral("5.2.2"));
        QCOMPARE(bob.failure->reason, QStringLiteral("mailboxfull"));
        QCOMPARE(bob.failure->diagnosticCode, QStringLiteral("552 5.2.2 Mailbox full: quota exceeded"));
        QCOMPARE(bob.failure->remoteMta, QStringLiteral("mx.example.com"));
        QCOMPARE(bob.failure->reportingMta, QStringLiteral("mx.example.org"));
        QCOMPARE(bob.failure->replyCode, 552);
        // Cat was delivered: her row carries the report but is not failed
        QVERIFY(!r.rows().at(2).failed());
        // the list member joins no row: a row of its own, marked as not among the recipients
        const RecipientRow &member = r.rows().last();
        QVERIFY(!member.inOriginal());
        QVERIFY(member.failed());
        QCOMPARE(member.address, QStringLiteral("list-member@elsewhere.example"));
        QCOMPARE(member.failure->originalRecipient, QStringLiteral("team@example.com"));
        QCOMPARE(member.failure->reason, QStringLiteral("userunknown"));
        // Ann is in the original but the report says nothing about her
        QVERIFY(!r.rows().at(0).failure);
    }

    void bareStatusGivesWayToTheServersCode()
    {
        auto report = reportAround(original());
        attachDsn(*report, "Reporting-MTA: dns; mx\n\nFinal-Recipient: rfc822; ann@example.com\nAction: failed\n"
                           "Status: 5.0.0\nDiagnostic-Code: smtp; 550 5.1.1 <ann@example.com>: User Unknown\n");
        const NdrReport r = NdrReport::fromMessage(report);
        QCOMPARE(r.rows().at(0).failure->status, QStringLiteral("5.1.1"));
        QCOMPARE(r.rows().at(0).failure->reason, QStringLiteral("userunknown"));
    }

    void reportRowsWithNdrPropsComeFirst()
    {
        auto orig = original();
        auto report = reportAround(orig);
        Recipient failed = recipient(QStringLiteral("Ann Able"), QStringLiteral("ann@example.com"));
        failed.props.setInt32(PR_NDR_REASON_CODE, 1);
        failed.props.setInt32(PR_NDR_DIAG_CODE, 35);  // MAPI_DIAG_MAIL_RECIPIENT_UNKNOWN
        failed.props.setString(PR_SUPPLEMENTARY_INFO,
                               QStringLiteral("<mx.example.com #5.1.1 smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found>"));
        report->recipients.append(failed);
        const NdrReport r = NdrReport::fromMessage(report);
        QCOMPARE(r.failedCount(), 1);
        const RecipientRow &ann = r.rows().at(0);
        QVERIFY(ann.failed());
        QCOMPARE(ann.failure->source, Source::ReportRecipient);
        QCOMPARE(ann.failure->status, QStringLiteral("5.1.1"));
        QCOMPARE(ann.failure->remoteMta, QStringLiteral("mx.example.com"));
        QCOMPARE(ann.failure->diagnosticCode, QStringLiteral("550 5.1.1 RESOLVER.ADR.RecipNotFound; not found"));
        QCOMPARE(ann.failure->reason, QStringLiteral("userunknown"));
        QVERIFY(ann.failure->isPermanent());
    }

    void originalRowsWithMapiCodesOnly()
    {
        // The MAPI convention: codes on the attached original's rows, no text at all.
        auto orig = original();
        orig->recipients[2].props.setInt32(PR_NDR_REASON_CODE, 0);
        orig->recipients[2].props.setInt32(PR_NDR_DIAG_CODE, 5);  // MAPI_DIAG_MAXIMUM_TIME_EXPIRED
        const NdrReport r = NdrReport::fromMessage(reportAround(orig));
        QCOMPARE(r.failedCount(), 1);
        const RecipientRow &cat = r.rows().at(2);
        QCOMPARE(cat.failure->source, Source::OriginalRecipient);
        QCOMPARE(cat.failure->status, QStringLiteral("4.4.7"));
        QCOMPARE(cat.failure->reason, QStringLiteral("expired"));
        QVERIFY(!cat.failure->isPermanent());
    }

    void joinsByDisplayNameAsLastResort()
    {
        // An Exchange-internal original row has only an X.500 address.
        auto orig = original();
        Recipient ex;
        ex.props.setString(PR_DISPLAY_NAME, QStringLiteral("Dee Dunn"));
        ex.props.setString(PR_ADDRTYPE, QStringLiteral("EX"));
        ex.props.setString(PR_EMAIL_ADDRESS, QStringLiteral("/o=Org/ou=Exchange/cn=Recipients/cn=dee"));
        ex.props.setInt32(PR_RECIPIENT_TYPE, MAPI_TO);
        orig->recipients.append(ex);
        auto report = reportAround(orig);
        attachDsn(*report, "Reporting-MTA: dns; mx\n\nFinal-Recipient: rfc822; dee@example.com\n"
                           "X-Display-Name: Dee Dunn\nAction: failed\nStatus: 5.1.1\n");
        const NdrReport r = NdrReport::fromMessage(report);
        QCOMPARE(r.failedCount(), 1);
        QVERIFY(r.rows().at(3).failed());
        QCOMPARE(r.rows().size(), 4);  // joined: no extra row
    }

    void joinsByNameWhateverItsCaseOrScript_data()
    {
        QTest::addColumn<QString>("rowName");
        QTest::addColumn<QString>("reportedName");
        QTest::addColumn<QString>("reportedAddress");
        QTest::addColumn<bool>("joins");
        QTest::newRow("same") << u"Dee Dunn"_s << u"Dee Dunn"_s << u"dee@example.com"_s << true;
        QTest::newRow("other case") << u"Dee Dunn"_s << u"DEE dunn"_s << u"dee@example.com"_s << true;
        QTest::newRow("spaces around the reported name") << u"Dee Dunn"_s << u"  Dee Dunn "_s << u"dee@example.com"_s << true;
        QTest::newRow("umlauts, other case") << u"J\u00FCrgen \u00D6z"_s << u"J\u00DCRGEN \u00F6z"_s << u"jo@example.de"_s << true;
        QTest::newRow("greek, other case") << u"\u0394\u03B7\u03BC\u03AE\u03C4\u03C1\u03B7\u03C2"_s
                                           << u"\u0394\u0397\u039C\u0389\u03A4\u03A1\u0397\u03A3"_s << u"d@example.gr"_s << true;
        // Lower case, the Turkish capital dotted I is two characters: the key is longer than the name.
        QTest::newRow("an address that grows in lower case") << u"\u0130pek@Example.com"_s << QString()
                                                              << u"\u0130PEK@example.com"_s << true;
        QTest::newRow("a name that is the address") << u" Fay@Example.COM"_s << QString() << u"fay@example.com"_s << true;
        QTest::newRow("another name of the same length") << u"Dee Dunn"_s << u"Dee Dunk"_s << u"dee@example.com"_s << false;
        QTest::newRow("a longer name") << u"Dee Dunn"_s << u"Dee Dunne"_s << u"dee@example.com"_s << false;
    }

    void joinsByNameWhateverItsCaseOrScript()
    {
        // Rows with only an X.500 address join a failure by name, among 1,000 that do not.
        QFETCH(QString, rowName);
        QFETCH(QString, reportedName);
        QFETCH(QString, reportedAddress);
        QFETCH(bool, joins);
        auto orig = original();
        const qsizetype before = orig->recipients.size();
        for (int i = 0; i < 1000; ++i) {
            Recipient ex;
            ex.props.setString(PR_DISPLAY_NAME, i == 700 ? rowName : u"Person %1"_s.arg(i));
            ex.props.setString(PR_ADDRTYPE, u"EX"_s);
            ex.props.setString(PR_EMAIL_ADDRESS, u"/o=Org/ou=Exchange/cn=Recipients/cn=p%1"_s.arg(i));
            orig->recipients.append(ex);
        }
        auto report = reportAround(orig);
        QByteArray dsn = "Reporting-MTA: dns; mx\n\nFinal-Recipient: rfc822; " + reportedAddress.toUtf8() + "\n";
        if (!reportedName.isEmpty())
            dsn += "X-Display-Name: " + reportedName.toUtf8() + "\n";
        attachDsn(*report, dsn + "Action: failed\nStatus: 5.1.1\n");
        const NdrReport r = NdrReport::fromMessage(report);
        QCOMPARE(r.failedCount(), 1);
        QCOMPARE(r.rows().at(before + 700).failed(), joins);
        QCOMPARE(r.rows().size(), before + 1000 + (joins ? 0 : 1));  // else a row of its own
    }

    void failuresJoinTheFirstMatchingRow()
    {
        // The same address twice in the original (To and Cc): its failure joins the first row.
        // A whole bulk mailing failing joins row for row.
        auto orig = original();
        orig->recipients.append(recipient(QStringLiteral("Ann again"), QStringLiteral("ANN@example.com"), MAPI_CC));
        constexpr int kBulk = 3000;
        QByteArray dsn = "Reporting-MTA: dns; mx\n"
                         "\nFinal-Recipient: rfc822; ann@example.com\nAction: failed\nStatus: 5.2.2\n";
        for (int i = 0; i < kBulk; ++i) {
            const QString address = QStringLiteral("member%1@bulk.example").arg(i);
            orig->recipients.append(recipient(QStringLiteral("Member %1").arg(i), address));
            dsn += "\nFinal-Recipient: rfc822; " + address.toUtf8() + "\nAction: failed\nStatus: 5.1.1\n";
        }
        auto report = reportAround(orig);
        attachDsn(*report, dsn);
        const NdrReport r = NdrReport::fromMessage(report);
        QCOMPARE(r.rows().size(), orig->recipients.size());  // every failure joined a row
        QCOMPARE(r.failedCount(), kBulk + 1);
        QCOMPARE(r.rows().at(0).failure->status, QStringLiteral("5.2.2"));  // Ann, To
        QVERIFY(!r.rows().at(3).failed());                                   // Ann, Cc
        for (int i = 0; i < kBulk; ++i)
            QCOMPARE(r.rows().at(4 + i).failure->address, QStringLiteral("member%1@bulk.example").arg(i));
    }

    void reportWithoutOriginalStillShowsFailures()
    {
        auto report = reportAround(nullptr);
        attachDsn(*report, kDsn);
        const NdrReport r = NdrReport::fromMessage(report);
        QVERIFY(!r.original());
        QCOMPARE(r.failedCount(), 2);
        for (const RecipientRow &row : r.failedRows())
            QVERIFY(!row.inOriginal());
    }

    void receiptsAreNotFailures()
    {
        auto dr = reportAround(original(), QStringLiteral("REPORT.IPM.Note.DR"));
        attachDsn(*dr, "Reporting-MTA: dns; mx\n\nFinal-Recipient: rfc822; ann@example.com\nAction: delivered\nStatus: 2.0.0\n");
        const NdrReport delivery = NdrReport::fromMessage(dr);
        QCOMPARE(delivery.kind(), Kind::Delivery);
        QCOMPARE(delivery.failedCount(), 0);

        // Exchange-style receipts carry the remote MTA on their rows: still delivered, not failed.
        auto drRows = reportAround(original(), QStringLiteral("REPORT.IPM.Note.DR"));
        Recipient reached = recipient(QStringLiteral("Ann Able"), QStringLiteral("ann@example.com"));
        reached.props.setString(PR_DSN_REMOTE_MTA, QStringLiteral("mx.example.com"));
        drRows->recipients.append(reached);
        const NdrReport exchangeReceipt = NdrReport::fromMessage(drRows);
        QCOMPARE(exchangeReceipt.kind(), Kind::Delivery);
        QCOMPARE(exchangeReceipt.failedCount(), 0);
        QVERIFY(exchangeReceipt.rows().at(0).failure);  // the row knows it was delivered

        const NdrReport read = NdrReport::fromMessage(reportAround(original(), QStringLiteral("REPORT.IPM.Note.IPNRN")));
        QCOMPARE(read.kind(), Kind::Read);
        QCOMPARE(read.failedCount(), 0);
    }

    void resendIdentityIsTheOriginalsSender()
    {
        const NdrReport r = NdrReport::fromMessage(reportAround(original()));
        QCOMPARE(r.addresseeName(), QStringLiteral("Sam Sender"));
        QCOMPARE(r.addresseeAddress(), QStringLiteral("sam@example.org"));
        QCOMPARE(r.originalSubject(), QStringLiteral("Quarterly figures"));
        QCOMPARE(r.originalMessageClass(), QStringLiteral("IPM.Note"));
    }

    void originalSubjectWithoutOriginal()
    {
        auto report = reportAround(nullptr);
        QCOMPARE(NdrReport::fromMessage(report).originalSubject(), QStringLiteral("Quarterly figures"));
        report->props.setString(PR_SUBJECT, QStringLiteral("Undelivered Mail Returned to Sender"));
        QCOMPARE(NdrReport::fromMessage(report).originalSubject(), QString());  // unknown, not the report's
        report->props.setString(PR_ORIGINAL_SUBJECT, QStringLiteral("Lunch"));
        QCOMPARE(NdrReport::fromMessage(report).originalSubject(), QStringLiteral("Lunch"));
    }

    void origMessageClassWins()
    {
        auto report = reportAround(original());
        report->props.setString(PR_ORIG_MESSAGE_CLASS, QStringLiteral("IPM.Note.Custom"));
        QCOMPARE(NdrReport::fromMessage(report).originalMessageClass(), QStringLiteral("IPM.Note.Custom"));
        // with no original at all, the class is derived from the report's
        QCOMPARE(NdrReport::fromMessage(reportAround(nullptr, QStringLiteral("REPORT.IPM.Task.NDR"))).originalMessageClass(),
                 QStringLiteral("IPM.Task"));
    }
};

QTEST_GUILESS_MAIN(TstNdrReport)
#include "tst_ndrreport.moc"
