// reasonFromText: typical wording of remote servers to Sisimai's reason vocabulary, and the
// rules that depend on who reported it.
#include "report/reason.h"
#include "report/textrules.h"

#include <QTest>

using namespace Ndr::Report;

class TstMimeTextRules : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void wording_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reporter");
        QTest::addColumn<QString>("reason");  // empty: no rule applies
        auto row = [](const char *name, const char *text, const char *reason, const char *reporter = "") {
            QTest::newRow(name) << QString::fromUtf8(text) << QString::fromUtf8(reporter) << QString::fromUtf8(reason);
        };
        row("user-unknown", "550 5.1.1 <bob@example.net>... User unknown", "userunknown");
        row("no-such-user", "550 no such user here", "userunknown");
        row("mailbox-unavailable", "550 Requested action not taken: mailbox unavailable", "userunknown");
        row("recipient-rejected-unknown-in-table", "Recipient address rejected: User unknown in local recipient table", "userunknown");
        row("account-does-not-exist", "The email account that you tried to reach does not exist.", "userunknown");
        row("not-a-known-user", "bob is not a known user on this system", "userunknown");
        row("japanese-does-not-exist", "宛先のメールアドレスは存在しません", "userunknown");
        row("mailbox-full", "552 5.2.2 <bob@example.net>... Mailbox Full", "mailboxfull");
        row("over-quota", "452 4.2.2 The email account that you tried to reach is over quota", "mailboxfull");
        row("japanese-mailbox-full", "送信先のメールボックスが一杯のため、送信できませんでした。", "mailboxfull");
        row("host-not-found", "Host or domain name not found. Name service error for name=example.invalid type=A", "hostunknown");
        row("domain-does-not-exist", "Domain does not exist", "hostunknown");
        row("dns-error-is-network", "DNS Error: DNS type 'mx' lookup of example.jp responded with code SERVFAIL", "networkerror");
        row("mail-loop", "mail forwarding loop for bob@example.net", "networkerror");
        row("spam", "554 5.7.1 Message rejected as spam by Content Filtering", "spamdetected");
        row("rbl", "554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org", "blocked");
        row("refused-to-talk", "connect to mx.example.net[192.0.2.1]: server refused to talk to me: 421 busy", "blocked");
        row("relay-denied", "554 5.7.1 <bob@example.net>: Relay access denied", "norelaying");
        row("too-large", "552 5.3.4 Message size exceeds fixed maximum message size", "mesgtoobig");
        row("too-large-exchange", "550 5.2.3 RESOLVER.RST.RecipSizeLimit; message too large for this recipient", "mesgtoobig");
        row("virus", "554 5.7.0 Rejected: virus Eicar-Test-Signature detected", "virusdetected");
        row("spf", "550 5.7.23 The message was rejected because of Sender Policy Framework violation", "authfailure");
        row("dmarc", "550 5.7.1 Unauthenticated email is not accepted due to DMARC policy", "authfailure");
        row("ptr", "550 5.7.25 The IP address sending this message does not have a PTR record setup", "requireptr");
        row("reputation", "451 4.7.650 The mail server has been temporarily rate limited due to IP reputation", "badreputation");
        row("rate-limit", "550 5.1.1 <bob@example.net> - 192.0.2.1 has sent to too many recipients this hour", "speeding");
        row("daily-limit", "550 5.4.5 Daily user sending quota exceeded.", "speeding");
        row("greylisted", "450 4.2.0 <bob@example.net>: Recipient address rejected: Greylisted, please try again later", "blocked");
        row("access-denied", "554 5.7.1 <bob@example.net>: Recipient address rejected: Access denied", "securityerror");
        row("too-many-connections", "421 Too many concurrent SMTP connections from this IP address", "toomanyconn");
        row("disabled-account", "550 5.2.1 The email account that you tried to reach is disabled.", "suspend");
        row("moved", "550 5.1.6 Recipient address rejected: Destination mailbox has moved, no forwarding address", "hasmoved");
        row("sender-rejected", "553 5.1.8 <alice@example.com>... Domain of sender address alice@example.com does not exist", "rejected");
        row("not-a-member", "You are not a member of this mailing list <list@example.org>.", "rejected");
        row("content-policy", "552 5.7.0 This message was blocked because its content presents a potential security issue.", "policyviolation");
        row("syntax", "malformed address: <bob@example.net> may not follow alice@example.com", "syntaxerror");
        row("expired", "unable to deliver this message after 5 days", "expired");
        row("timed-out", "421 example.net (smtp)... Deferred: Connection timed out during user open with example.net", "expired");
        row("system-full", "452 4.3.1 Insufficient system storage", "systemfull");
        row("service-unavailable", "554 Service currently unavailable", "systemerror");
        row("pipe-failed", "pipe to |/usr/local/bin/filter bob@example.net: command failed with exit code 1", "mailererror");
        row("media-error", "550 5.6.0 <bob@example.net>: Recipient address rejected: Media error", "contenterror");
        row("nothing-to-go-by", "Delivery failed. Please see the administrator.", "");
        row("empty", "", "");
        // Who said it changes the meaning.
        row("exchange-online-submission-quota",
            "554 5.2.2 mailbox full; STOREDRV.Submission.Exception:SubmissionQuotaExceededException", "speeding",
            "BN8PR12MB3300.namprd12.prod.outlook.com");
        row("elsewhere-5.2.2-quota-is-full-mailbox", "552 5.2.2 Mailbox quota exceeded", "mailboxfull", "mx.example.net");
        row("exchange-online-edge-block",
            "550 5.4.1 Recipient address rejected: Access denied. AS(201806281)", "userunknown",
            "mail.protection.outlook.com");
    }
    void wording()
    {
        QFETCH(QString, text);
        QFETCH(QString, reporter);
        QFETCH(QString, reason);
        const std::optional<QString> got = reasonFromText(text, reporter);
        QCOMPARE(got.value_or(QString()), reason);
        if (got)
            QVERIFY2(isKnownReason(*got), qPrintable(*got));
    }
};

QTEST_GUILESS_MAIN(TstMimeTextRules)
#include "tst_mimetextrules.moc"
