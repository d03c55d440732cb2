// The classifier: status codes, MAPI codes and words to the reason vocabulary.
#include "report/explanation.h"
#include "report/reason.h"

#include <QFile>
#include <QTest>

using namespace Ndr::Report;

class TstReason : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void fromStatusAndMapiCodes_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<int>("reason");
        QTest::addColumn<int>("diag");
        QTest::addColumn<int>("ndrStatus");
        QTest::addColumn<QString>("expected");
        QTest::newRow("status-5.1.1") << "5.1.1" << -2 << -2 << -2 << "userunknown";
        QTest::newRow("status-4.2.2-temporary-full") << "4.2.2" << -2 << -2 << -2 << "mailboxfull";
        QTest::newRow("status-5.1.2-no-such-domain") << "5.1.2" << -2 << -2 << -2 << "hostunknown";
        QTest::newRow("status-4.4.7-expired") << "4.4.7" << -2 << -2 << -2 << "expired";
        QTest::newRow("status-5.3.4-too-big") << "5.3.4" << -2 << -2 << -2 << "mesgtoobig";
        QTest::newRow("ndr-status-511") << "" << -2 << -2 << 511 << "userunknown";
        QTest::newRow("diag-35-recipient-unknown") << "" << 1 << 35 << -2 << "userunknown";
        QTest::newRow("diag-13-length-constraint") << "" << 0 << 13 << -2 << "mesgtoobig";
        QTest::newRow("diag-5-time-expired") << "" << 0 << 5 << -2 << "expired";
        QTest::newRow("reason-only-transfer-impossible") << "" << 1 << -1 << -2 << "userunknown";
    }
    void fromStatusAndMapiCodes()
    {
        QFETCH(QString, status);
        QFETCH(int, reason);
        QFETCH(int, diag);
        QFETCH(int, ndrStatus);
        QFETCH(QString, expected);
        ClassifyInput in;
        in.status = status;
        if (reason != -2)
            in.ndrReasonCode = reason;
        if (diag != -2)
            in.ndrDiagCode = diag;
        if (ndrStatus != -2)
            in.ndrStatusCode = ndrStatus;
        QCOMPARE(classify(in), expected);
    }

    // Where in the SMTP dialogue a bounce says the refusal came (the phase decides between an
    // unknown address and a filter's verdict).
    void smtpCommandFromWords_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("command");
        QTest::newRow("postfix-rcpt") << "host mx.example.net[192.0.2.1] said: 550 5.1.1 <bob@example.net>: "
                                         "Recipient address rejected: User unknown (in reply to RCPT TO command)"
                                      << "RCPT";
        QTest::newRow("postfix-end-of-data") << "said: 554 5.7.1 Message refused (in reply to end of DATA command)"
                                             << "DATA";
        QTest::newRow("postfix-mail-from") << "said: 550 5.1.0 sender rejected (in reply to MAIL FROM command)" << "MAIL";
        QTest::newRow("postfix-greeting") << "lost connection with mx.example.net[192.0.2.1] while receiving the "
                                             "initial server greeting"
                                          << "CONN";
        QTest::newRow("exim-rcpt") << "SMTP error from remote mail server after RCPT TO:<bob@example.net>: "
                                      "550 No such user"
                                   << "RCPT";
        QTest::newRow("exim-end-of-data") << "SMTP error from remote mail server after end of data: 550 unknown user"
                                          << "DATA";
        QTest::newRow("sendmail-transcript-data") << "... while talking to mx.example.net.: >>> DATA <<< 550 5.7.1 "
                                                     "Unknown user refused"
                                                  << "DATA";
        QTest::newRow("sendmail-transcript-rcpt") << ">>> MAIL From:<a@example.org> <<< 250 ok >>> RCPT To:<bob@example.net> "
                                                     "<<< 550 User unknown >>> DATA <<< 503 no valid recipients"
                                                  << "RCPT";
        QTest::newRow("vendor-heading") << "-------server message 550 unknown user <bob@example.net> "
                                           "-------SMTP command DATA"
                                        << "DATA";
        QTest::newRow("qmail-progress") << "Sorry, no SMTP connection got far enough; most progress was RCPT TO response; "
                                           "remote host 192.0.2.1 said: 550 Unknown user"
                                        << "RCPT";
        QTest::newRow("not-stated") << "550 Unknown user bob@example.net" << "";
        QTest::newRow("retry-after-is-no-command") << "451 try again after data migration completes" << "";
        QTest::newRow("reply-without-transcript") << "<<< 550 User unknown" << "";
    }
    void smtpCommandFromWords()
    {
        QFETCH(QString, text);
        QFETCH(QString, command);
        QCOMPARE(smtpCommandInText(text), command);
    }

    // The phase rule: user-unknown words are an unknown address when the server said so
    // answering RCPT or the status names the address; refused at DATA, or where nothing says
    // when, the server's filter (or the mailbox's settings) refused the message.
    void reasonFromWordsStatusAndPhase_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("reporter");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown-at-rcpt") << "" << "550 Unknown user" << "RCPT" << "" << "userunknown";
        QTest::newRow("unknown-at-data") << "" << "550 Unknown user" << "DATA" << "" << "filtered";
        QTest::newRow("unknown-phase-not-stated") << "" << "User unknown" << "" << "" << "filtered";
        QTest::newRow("status-5.1.1-names-the-address-at-data")
            << "5.1.1" << "550 5.1.1 User unknown" << "DATA" << "" << "userunknown";
        QTest::newRow("status-5.1.1-no-phase") << "5.1.1" << "550 5.1.1 Mailbox does not exist" << "" << ""
                                               << "userunknown";
        QTest::newRow("status-4.1.1-temporary") << "4.1.1" << "450 4.1.1 User unknown" << "" << "" << "userunknown";
        QTest::newRow("status-5.0.0-at-rcpt") << "5.0.0" << "550 No such user here" << "RCPT" << "" << "userunknown";
        QTest::newRow("status-5.0.0-no-phase") << "5.0.0" << "550 No such user here" << "" << "" << "filtered";
        QTest::newRow("local-delivery-agent") << "5.5.0" << "mail.local: unknown user: bob" << "" << "" << "userunknown";
        QTest::newRow("exchange-2003-directory") << "" << "The recipient name is not recognized MSEXCH:IMS:NNN:BOB 0 (000C05A6)"
                                                 << "" << "" << "userunknown";
        QTest::newRow("exchange-online-recipient-not-found")
            << "5.1.10" << "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup"
            << "" << "BN8PR12MB3456.namprd12.prod.outlook.com" << "userunknown";
        QTest::newRow("exchange-recipient-not-found-under-5.1.1")
            << "5.1.1" << "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found" << "" << "" << "userunknown";
        QTest::newRow("ses-receipt-rule-bounce") << "5.1.1" << "550 5.1.1 Mailbox does not exist" << ""
                                                 << "inbound-smtp.us-west-2.amazonaws.com" << "filtered";
        QTest::newRow("size-under-x.2.3-is-the-mailbox-limit")
            << "5.2.3" << "552 5.2.3 Message size exceeds fixed maximum message size (10485760)" << "MAIL" << ""
            << "exceedlimit";
        QTest::newRow("size-under-x.3.4-is-the-system-limit")
            << "5.3.4" << "552 5.3.4 Message size exceeds fixed maximum message size" << "" << "" << "mesgtoobig";
        QTest::newRow("exchange-size-code-under-5.2.3")
            << "5.2.3" << "550 5.2.3 RESOLVER.RST.RecipSizeLimit; message too large for this recipient" << "" << ""
            << "mesgtoobig";
        QTest::newRow("cox-aup-blocklist-code")
            << "5.1.0" << "550 5.1.0 <a@example.org> sender rejected. Refer to Error Codes section at "
                          "https://www.cox.com/residential/support/email-error-codes.html AUP#CDRBL"
            << "MAIL" << "" << "blocked";
        QTest::newRow("cox-aup-sender-code")
            << "5.1.0" << "550 5.1.0 <a@example.org> sender rejected. https://www.cox.com/ AUP#CXSNDR" << "MAIL" << ""
            << "rejected";
        QTest::newRow("mimecast-security-policies") << "5.0.0" << "554 email rejected due to security policies - "
                                                                   "MCSpamSignature.sa.2.2"
                                                    << "DATA" << "mx.example.org service222.mimecast.com" << "virusdetected";
        QTest::newRow("null-mx-old-postfix")
            << "5.4.4" << "Name service error for name=example.org type=MX: Malformed or unexpected name server reply"
            << "" << "" << "notaccept";
        QTest::newRow("malformed-dns-reply-temporary")
            << "4.4.3" << "Name service error for name=example.org type=MX: Malformed or unexpected name server reply"
            << "" << "" << "networkerror";
    }
    void reasonFromWordsStatusAndPhase()
    {
        QFETCH(QString, status);
        QFETCH(QString, text);
        QFETCH(QString, command);
        QFETCH(QString, reporter);
        QFETCH(QString, expected);
        ClassifyInput in;
        in.status = status;
        in.diagnosticText = text;
        in.smtpCommand = command;
        in.reportingMta = reporter;
        in.action = QStringLiteral("failed");
        QCOMPARE(classify(in), expected);
    }

    void mapiReportUnknownRecipientStaysUnknown()
    {
        // An Exchange report's own row: MAPI codes, no SMTP phase. The directory lookup is an
        // unknown address, whatever the words.
        ClassifyInput in;
        in.ndrReasonCode = 0;
        in.ndrDiagCode = -1;
        in.diagnosticText = QStringLiteral("The e-mail address you entered couldn't be found: user unknown");
        QCOMPARE(classify(in), QStringLiteral("userunknown"));
        in.status = QStringLiteral("5.1.1");
        in.diagnosticText = QStringLiteral("550 5.1.1 RESOLVER.ADR.RecipNotFound; not found");
        QCOMPARE(classify(in), QStringLiteral("userunknown"));
    }

    void filteredUnknownUserStillSaysTheAddressWasRefused()
    {
        Failure f;
        f.address = QStringLiteral("bob@example.net");
        f.action = QStringLiteral("failed");
        f.diagnosticCode = QStringLiteral("550 unknown user <bob@example.net>");
        f.replyCode = 550;
        f.smtpCommand = QStringLiteral("DATA");
        f.reason = classify({f.status, f.replyCode, f.diagnosticCode, {}, f.action, {}, {}, {}, f.smtpCommand});
        QCOMPARE(f.reason, QStringLiteral("filtered"));
        const Explanation atData = explainFailure(f);
        QCOMPARE(atData.key, QStringLiteral("filtered-address-refused"));
        QVERIFY(atData.plain.contains(QStringLiteral("does not exist")));
        QVERIFY(atData.plain.contains(QStringLiteral("received the whole message")));
        QVERIFY(atData.advice.contains(QStringLiteral("Check the address")));
        QCOMPARE(atData.owner, FixOwner::Sender);
        QCOMPARE(atData.stoppedAt, StopPoint::RecipientServer);
        QVERIFY(atData.permanent);

        f.smtpCommand.clear();
        const Explanation unstated = explainFailure(f);
        QCOMPARE(unstated.key, QStringLiteral("filtered-address-refused"));
        QVERIFY(!unstated.plain.contains(QStringLiteral("received the whole message")));

        // A filter's own words keep the filter's explanation.
        f.diagnosticCode = QStringLiteral("550 Message filtered by the recipient's rules");
        f.reason = classify({f.status, f.replyCode, f.diagnosticCode, {}, f.action, {}, {}, {}, f.smtpCommand});
        QCOMPARE(f.reason, QStringLiteral("filtered"));
        QCOMPARE(explainFailure(f).key, QStringLiteral("filtered"));
    }

    void smtpReplyCodeIsNotAStatus()
    {
        // Kopano writes the SMTP reply 550 into PR_NDR_STATUS_CODE: not 5.5.0.
        QCOMPARE(statusFromNdrStatusCode(550), QString());
        QCOMPARE(statusFromNdrStatusCode(422), QStringLiteral("4.2.2"));
    }

    void statusInText()
    {
        QCOMPARE(findStatusInText(QStringLiteral("550 5.1.1 <a@b.example>: Recipient address rejected")),
                 QStringLiteral("5.1.1"));
        QCOMPARE(findStatusInText(QStringLiteral("host 192.0.2.1 said: 550 no")), QString());
        QCOMPARE(findReplyCodeInText(QStringLiteral("552-5.2.2 The email account is over quota")), 552);
    }

    void everyVocabularyReasonHasWords()
    {
        // The shared vocabulary: every reason there is one we can explain.
        QFile tsv(QStringLiteral(NDR_CORPUS_DIR "/../reference/bounce-reasons.tsv"));
        if (!tsv.open(QIODevice::ReadOnly))
            QSKIP("../shared/reference is not here");
        tsv.readLine();
        while (!tsv.atEnd()) {
            const QString key = QString::fromUtf8(tsv.readLine()).section(QLatin1Char('\t'), 0, 0);
            if (key.isEmpty())
                continue;
            QVERIFY2(isKnownReason(key), qPrintable(key));
            QVERIFY(qstrlen(reasonInfo(key).plain) > 20);
            QVERIFY(qstrlen(reasonInfo(key).advice) > 5);
        }
    }

    void mapiNames()
    {
        QCOMPARE(mapiDiagName(35), QStringLiteral("MAPI_DIAG_MAIL_RECIPIENT_UNKNOWN"));
        QCOMPARE(mapiDiagName(-1), QStringLiteral("MAPI_DIAG_NO_DIAGNOSTIC"));
        QCOMPARE(mapiReasonName(0), QStringLiteral("MAPI_REASON_TRANSFER_FAILED"));
        QCOMPARE(statusMeaning(QStringLiteral("5.1.1")), QStringLiteral("Bad destination mailbox address"));
    }
};

QTEST_GUILESS_MAIN(TstReason)
#include "tst_reason.moc"
