// failuresFromBodyText: the failed addresses and their reasons in the words of bounces that
// carry no RFC 3464 part, in the shapes of the systems that write them. The texts are written
// for these tests in each system's layout; the real ones run in tst_corpus_dsn.
#include "mime/mimereader.h"
#include "mimebuilder.h"
#include "report/bouncetext.h"
#include "report/ndrreport.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Ndr;
using namespace Ndr::Fixtures;
using namespace Ndr::Mapi;

namespace {

const QString kQuotedOriginal = QStringLiteral(
    "Return-Path: <alice@example.com>\n"
    "Received: from client.example.com (client.example.com [192.0.2.9])\n"
    "\tby mx.example.com with ESMTP id 1234; Thu, 14 Mar 2024 09:26:53 +0000\n"
    "From: Alice Sender <alice@example.com>\n"
    "To: bob@example.net, carol@example.org, dave@example.com\n"
    "Subject: Quarterly figures\n"
    "Date: Thu, 14 Mar 2024 09:26:53 +0000\n"
    "Message-ID: <original.1@example.com>\n\nHello all\n");

Message bounce(const QString &text, const QList<QPair<QByteArray, QByteArray>> &extraHeaders = {},
               const QByteArray &from = "Mail Delivery System <MAILER-DAEMON@mx.example.com>",
               const QByteArray &subject = "Undelivered Mail Returned to Sender", bool nullReturnPath = true)
{
    MimeEntity e = textEntity(text, "plain", "utf-8", TransferEncoding::QuotedPrintable);
    QList<QPair<QByteArray, QByteArray>> headers = {{"Return-Path", nullReturnPath ? "<>" : "<dave@example.com>"},
                                                    {"From", from},
                                                    {"To", "Alice Sender <alice@example.com>"},
                                                    {"Subject", subject},
                                                    {"Date", "Thu, 14 Mar 2024 09:27:11 +0000"}};
    headers += extraHeaders;
    e.headers = headers + e.headers;
    auto m = Mime::readMime(e.toBytes());
    if (!m)
        qFatal("readMime failed");
    return std::move(m).value();
}

QStringList addresses(const QList<Report::Failure> &failures)
{
    QStringList out;
    for (const Report::Failure &f : failures)
        out.append(f.address.toLower());
    return out;
}

} // namespace

class TstMimeBounceText : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void shapes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("failed");
        QTest::addColumn<QString>("diagnostic");  // a part of the first failure's diagnostic
        QTest::addColumn<QString>("status");      // the first failure's status

        const QStringList bob{QStringLiteral("bob@example.net")};
        const QStringList bobCarol{QStringLiteral("bob@example.net"), QStringLiteral("carol@example.org")};

        QTest::newRow("exim-indented-entries")
            << QStringLiteral("This message was created automatically by mail delivery software.\n\n"
                              "A message that you sent could not be delivered to one or more of its\n"
                              "recipients. This is a permanent error. The following address(es) failed:\n\n"
                              "  bob@example.net\n"
                              "    host mx.example.net [192.0.2.1]\n"
                              "    SMTP error from remote mail server after RCPT TO:<bob@example.net>:\n"
                              "    550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown\n"
                              "  carol@example.org\n"
                              "    mailbox is full: retry timeout exceeded\n\n"
                              "------ This is a copy of the message, including all the headers. ------\n\n")
                   + kQuotedOriginal
            << bobCarol << QStringLiteral("550 5.1.1 <bob@example.net>: Recipient address rejected") << QStringLiteral("5.1.1");

        QTest::newRow("qmail-colon-entries")
            << QStringLiteral("Hi. This is the qmail-send program at mx.example.com.\n"
                              "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
                              "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
                              "<bob@example.net>:\n192.0.2.1 does not like recipient.\n"
                              "Remote host said: 550 no such user here\nGiving up on 192.0.2.1.\n\n"
                              "<carol@example.org>:\nThis message is looping: it already has my Delivered-To line. (#5.4.6)\n\n"
                              "--- Below this line is a copy of the message.\n\n")
                   + kQuotedOriginal
            << bobCarol << QStringLiteral("Remote host said: 550 no such user here") << QString();

        QTest::newRow("sendmail-fatal-errors-and-transcript")
            << QStringLiteral("The original message was received at Thu, 14 Mar 2024 09:26:53 +0000\n"
                              "from client.example.com [192.0.2.9]\n\n"
                              "   ----- The following addresses had permanent fatal errors -----\n"
                              "<bob@example.net>\n<carol@example.org>\n\n"
                              "   ----- Transcript of session follows -----\n"
                              "... while talking to mx.example.net.:\n>>> RCPT To:<bob@example.net>\n"
                              "<<< 550 5.1.1 <bob@example.net>... User unknown\n"
                              ">>> RCPT To:<carol@example.org>\n<<< 552 5.2.2 <carol@example.org>... Mailbox full\n\n"
                              "   ----- Original message follows -----\n\n")
                   + kQuotedOriginal
            << bobCarol << QStringLiteral("550 5.1.1 <bob@example.net>... User unknown") << QStringLiteral("5.1.1");

        QTest::newRow("postfix-without-dsn")
            << QStringLiteral("This is the mail system at host mx.example.com.\n\n"
                              "I'm sorry to have to inform you that your message could not\n"
                              "be delivered to one or more recipients. It's attached below.\n\n"
                              "For further assistance, please send mail to <postmaster@example.com>\n\n"
                              "If you do so, please include this problem report. You can\n"
                              "delete your own text from the attached returned message.\n\n"
                              "                   The mail system\n\n"
                              "<bob@example.net> (expanded from <team@example.com>): host\n"
                              "    mx.example.net[192.0.2.1] said: 550 5.1.1 <bob@example.net>: Recipient\n"
                              "    address rejected: User unknown (in reply to RCPT TO command)\n")
            << bob << QStringLiteral("said: 550 5.1.1") << QStringLiteral("5.1.1");

        QTest::newRow("exchange-2003-did-not-reach")
            << QStringLiteral("Your message\n\n  To:      Bob Builder\n  Subject: Quarterly figures\n"
                              "  Sent:    Thu, 14 Mar 2024 09:26:53 +0000\n\n"
                              "did not reach the following recipient(s):\n\n"
                              "bob@example.net on Thu, 14 Mar 2024 09:27:10 +0000\n"
                              "    The e-mail account does not exist at the organization this message was sent to.\n"
                              "    <mx.example.net #5.1.1>\n")
            << bob << QStringLiteral("account does not exist") << QStringLiteral("5.1.1");

        QTest::newRow("lotus-notes-failure-reasons")
            << QStringLiteral("------- Failure Reasons  --------\n\n"
                              "User bob not listed in public Name & Address Book\nbob@example.net\n\n"
                              "------- Returned Message --------\n")
                   + kQuotedOriginal
            << bob << QStringLiteral("not listed in public Name & Address Book") << QString();

        QTest::newRow("courier-undeliverable")
            << QStringLiteral("This is a delivery status notification from mx.example.com,\n"
                              "running the Courier mail server, version 1.1.\n\n"
                              "---------------------------------------------------------------------------\n\n"
                              "                           UNDELIVERABLE MAIL\n\n"
                              "Your message to the following recipients cannot be delivered:\n\n"
                              "<bob@example.net>:\n    mx.example.net [192.0.2.1]:\n"
                              ">>> RCPT TO:<bob@example.net>\n<<< 550 5.1.1 <bob@example.net>... User Unknown\n\n"
                              "---------------------------------------------------------------------------\n\n"
                              "If your message was also sent to additional recipients, their delivery\n"
                              "status is not included in this report.\n")
            << bob << QStringLiteral("<<< 550 5.1.1") << QStringLiteral("5.1.1");

        QTest::newRow("provider-failed-permanently")
            << QStringLiteral("Delivery to the following recipient failed permanently:\n\n     bob@example.net\n\n"
                              "Technical details of permanent failure:\n"
                              "The recipient server did not accept our requests to connect.\n\n"
                              "The error that the other server returned was:\n"
                              "550 5.1.1 The email account that you tried to reach does not exist.\n\n"
                              "----- Original message -----\n\n")
                   + kQuotedOriginal
            << bob << QStringLiteral("550 5.1.1 The email account") << QStringLiteral("5.1.1");

        QTest::newRow("sentence-naming-the-address")
            << QStringLiteral("Unknown user: bob@example.net\n\n\nOriginal message follows.\n\n") + kQuotedOriginal
            << bob << QStringLiteral("Unknown user") << QString();

        QTest::newRow("sentence-then-reason-paragraph")
            << QStringLiteral("This is the mail agent at mx.example.com.\n\n"
                              "There was an error delivering your mail to <bob@example.net>.\n\n"
                              "mx.example.net [192.0.2.1] did not like our RCPT TO:\n"
                              "550 5.2.2 <bob@example.net>: Mailbox full\n\nMessage headers follow.\n\n")
                   + kQuotedOriginal
            << bob << QStringLiteral("550 5.2.2 <bob@example.net>: Mailbox full") << QStringLiteral("5.2.2");

        QTest::newRow("rfc3464-fields-in-the-text")
            << QStringLiteral("An error occurred while trying to deliver the mail to the following recipients:\n"
                              "bob@example.net\n\nTechnical report:\n\nReporting-MTA: dns; mx.example.com\n\n"
                              "Action: failed\nFinal-Recipient: rfc822; bob@example.net\n"
                              "Diagnostic-Code: smtp; 550 5.1.1 <bob@example.net>... User Unknown\nStatus: 5.1.1\n")
            << bob << QStringLiteral("User Unknown") << QStringLiteral("5.1.1");

        QTest::newRow("mail-system-address-as-recipient")
            << QStringLiteral("Hi!\n\n    An error has occurred while attempting to deliver a message for\n"
                              "    the following list of recipients:\n\n"
                              "postmaster@other.example: Domain does not exist\n\n"
                              "    Below is a copy of the original message:\n")
            << QStringList{QStringLiteral("postmaster@other.example")} << QStringLiteral("Domain does not exist") << QString();
    }
    void shapes()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, failed);
        QFETCH(QString, diagnostic);
        QFETCH(QString, status);
        const QList<Report::Failure> got = Report::failuresFromBodyText(bounce(text));
        QCOMPARE(addresses(got), failed);
        QVERIFY2(got.first().diagnosticCode.contains(diagnostic), qPrintable(got.first().diagnosticCode));
        QCOMPARE(got.first().status, status);
        for (const Report::Failure &f : got)
            QCOMPARE(f.source, Report::Source::BodyText);
    }

    // Addresses the text names that did not fail: the report's addressee, mail-system
    // contacts, the returned message's own headers.
    void neverTheseAddresses()
    {
        const QString text = QStringLiteral(
            "alice@example.com様\n\nThis message was created automatically by mail delivery software.\n"
            "For help, please contact <postmaster@mx.example.com> or support@example.com.\n\n"
            "The following address failed:\n\n  bob@example.net\n    550 5.1.1 User unknown\n\n"
            "------ This is a copy of the message, including all the headers. ------\n\n")
            + kQuotedOriginal;
        QCOMPARE(addresses(Report::failuresFromBodyText(bounce(text))), QStringList{QStringLiteral("bob@example.net")});
    }

    void failedRecipientsHeader()
    {
        const Message m = bounce(QStringLiteral("The group you tried to contact may not exist, or you may not have "
                                                "permission to post messages to the group.\n"),
                                 {{"X-Failed-Recipients", "team@groups.example.net"}});
        const QList<Report::Failure> got = Report::failuresFromBodyText(m);
        QCOMPARE(addresses(got), QStringList{QStringLiteral("team@groups.example.net")});
        QVERIFY(got.first().diagnosticCode.contains(QLatin1String("permission to post")));
    }

    // A notice naming nobody, about a message with one recipient.
    void onlyRecipientOfTheReturnedMessage()
    {
        const QString text = QStringLiteral(
            "   ----- Transcript of session follows -----\n"
            "421 example.net (smtp)... Deferred: Connection timed out during user open with example.net\n\n"
            "   ----- Unsent message follows -----\n"
            "Received: by mx.example.com; Thu, 14 Mar 2024 09:26:53 +0000\n"
            "From: alice@example.com\nTo: bob@example.net\nSubject: Figures\n\nHello\n");
        const QList<Report::Failure> got = Report::failuresFromBodyText(bounce(text, {}, "MAILER-DAEMON@mx.example.com",
                                                                               "Returned mail: Cannot send message for 5 days"));
        QCOMPARE(addresses(got), QStringList{QStringLiteral("bob@example.net")});
        QVERIFY(got.first().diagnosticCode.contains(QLatin1String("Connection timed out")));
        QCOMPARE(got.first().replyCode, 421);
    }

    void delayWarningIsDelayed()
    {
        const QString text = QStringLiteral(
            "This message was created automatically by mail delivery software.\n"
            "A message that you sent has not yet been delivered to one or more of its\n"
            "recipients after more than 24 hours on the queue on mx.example.com.\n\n"
            "The following address(es) deferred:\n\n  bob@example.net\n    Connection timed out\n\n"
            "No action is required on your part. Delivery attempts will continue for\nsome time.\n");
        const QList<Report::Failure> got = Report::failuresFromBodyText(
            bounce(text, {}, "Mail Delivery System <Mailer-Daemon@mx.example.com>", "Warning: message 1abc delayed 24 hours"));
        QCOMPARE(addresses(got), QStringList{QStringLiteral("bob@example.net")});
        QCOMPARE(got.first().action, QStringLiteral("delayed"));
    }

    // A notice listing thousands of addresses stays bounded in time and size.
    void hugeListIsBounded()
    {
        QString text = QStringLiteral("The following addresses had permanent fatal errors:\n");
        for (int i = 0; i < 20000; ++i)
            text += QStringLiteral("<user%1@example.net>\n").arg(i);
        text += QStringLiteral("\n----- Transcript of session follows -----\n550 5.1.1 User unknown\n");
        QElapsedTimer timer;
        timer.start();
        const QList<Report::Failure> got = Report::failuresFromBodyText(bounce(text));
        QVERIFY(timer.elapsed() < 20000);
        QVERIFY(!got.isEmpty());
        QVERIFY(got.size() <= 500);
        QCOMPARE(got.first().address, QStringLiteral("user0@example.net"));
    }

    // The original's headers quoted below the notice, in each system's layout: the report's
    // original (headers only) names the message and its recipients.
    void quotedOriginal_data()
    {
        QTest::addColumn<QString>("text");
        const QString notice = QStringLiteral("The following address failed:\n\n  bob@example.net\n    550 5.1.1 User unknown\n\n");
        QTest::newRow("exim-copy-marker") << notice + QStringLiteral("------ This is a copy of the message, including all "
                                                                     "the headers. ------\n\n") + kQuotedOriginal;
        QTest::newRow("qmail-below-this-line") << notice + QStringLiteral("--- Below this line is a copy of the message.\n\n")
                                                    + kQuotedOriginal;
        QTest::newRow("sendmail-unsent-no-blank-line") << notice + QStringLiteral("   ----- Unsent message follows -----\n")
                                                           + kQuotedOriginal;
        QTest::newRow("imail-follows")
            << QStringLiteral("Unknown user: bob@example.net\n\nOriginal message follows.\n\n") + kQuotedOriginal;
    }
    void quotedOriginal()
    {
        QFETCH(QString, text);
        const Report::NdrReport r = Report::NdrReport::fromMessage(std::make_shared<Message>(bounce(text)));
        QVERIFY(r.original());
        QVERIFY(r.originalIsQuoted());
        QVERIFY(r.originalIsHeadersOnly());
        QCOMPARE(r.originalSubject(), QStringLiteral("Quarterly figures"));
        QCOMPARE(r.originalSentTime(), QDateTime(QDate(2024, 3, 14), QTime(9, 26, 53), Qt::UTC));
        QCOMPARE(r.original()->props.string(PR_INTERNET_MESSAGE_ID), QStringLiteral("<original.1@example.com>"));
        QCOMPARE(r.rows().size(), 3);  // bob, carol, dave: the quoted To
        QCOMPARE(r.failedCount(), 1);
        const Report::RecipientRow &bob = r.rows().at(0);
        QCOMPARE(bob.address, QStringLiteral("bob@example.net"));
        QVERIFY(bob.failed());
        QVERIFY(bob.inOriginal());

        // The user's own copy, located, takes its place.
        Report::NdrReport located = r;
        auto own = std::make_shared<Message>();
        own->props.setString(PR_INTERNET_MESSAGE_ID, QStringLiteral("<original.1@example.com>"));
        QVERIFY(located.setOriginal(own));
        QVERIFY(!located.originalIsQuoted());
        QVERIFY(!located.originalIsHeadersOnly());
    }

    // No original where the text quotes none a person would recognise, or is no bounce.
    void noQuotedOriginal_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("subject");
        const QByteArray daemon = "MAILER-DAEMON@mx.example.com";
        const QByteArray bounced = "Undelivered Mail Returned to Sender";
        QTest::newRow("only-received-lines")
            << QStringLiteral("Unknown user: bob@example.net\n\nOriginal message follows.\n\n"
                              "Received: from a.example.com by mx.example.com\nReceived: from b.example.com by a.example.com\n")
            << daemon << bounced;
        QTest::newRow("marker-without-headers")
            << QStringLiteral("Unknown user: bob@example.net\n\nOriginal message follows.\n\nHello all\n") << daemon << bounced;
        QTest::newRow("headers-far-below-the-marker")
            << QStringLiteral("Unknown user: bob@example.net\n\nOriginal message follows.\n\nThe text of\nyour message\n"
                              "was not kept\nfor privacy.\n\n")
                   + kQuotedOriginal
            << daemon << bounced;
        QTest::newRow("quoted-bounce-is-no-ones-message")
            << QStringLiteral("The message returned below could not be delivered.\n\n"
                              "------ This is a copy of the message, including all the headers. ------\n\n"
                              "Return-Path: <>\nFrom: MAILER-DAEMON@relay.example.net (Mail Delivery System)\n"
                              "To: alice@example.com\nSubject: Undelivered Mail Returned to Sender\n"
                              "Message-Id: <bounce.7@relay.example.net>\n\nbob@example.net: User unknown\n")
            << daemon << bounced;
        QTest::newRow("forwarded-message-is-no-bounce")
            << QStringLiteral("Hi Alice, see below.\n\n----- Original message -----\n") + kQuotedOriginal
            << QByteArray("Dave Miller <dave@example.com>") << QByteArray("Fwd: Quarterly figures");
    }
    void noQuotedOriginal()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, subject);
        const Message m = bounce(text, {}, from, subject, from == "MAILER-DAEMON@mx.example.com");
        const Report::NdrReport r = Report::NdrReport::fromMessage(std::make_shared<Message>(m));
        QVERIFY(!r.original());
        QVERIFY(!r.originalIsQuoted());
    }

    // An ordinary message that talks about an unknown user is not a bounce.
    void ordinaryMessageHasNoFailures()
    {
        const QString text = QStringLiteral("Hi Alice,\n\nthe server said \"unknown user: bob@example.net\" when I wrote to him.\n"
                                            "The following address failed:\n\n  bob@example.net\n");
        const Message m = bounce(text, {}, "Dave Miller <dave@example.com>", "Lunch on Friday?", false);
        QCOMPARE(m.messageClass(), QStringLiteral("IPM.Note"));
        QVERIFY(Report::failuresFromBodyText(m).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstMimeBounceText)
#include "tst_mimebouncetext.moc"
