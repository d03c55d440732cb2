// What the form says about unusual failures and unusual reports: the same status code means
// different things from different mail systems (Exchange Online's 5.2.2 is the sender's sending
// limit, elsewhere a full mailbox), and some reports are about mail the user never sent.
// Reports are built in the conventions real ones use (Exchange: the report's own recipient rows
// carry PR_NDR_* and "<mta #status diagnostic>" in PR_SUPPLEMENTARY_INFO).
#include "fixitpath.h"
#include "formstyle.h"
#include "ndrform.h"
#include "recipienttablemodel.h"
#include "report/explanation.h"
#include "report/ndrreport.h"
#include "resenddialog.h"

#include <QAccessible>
#include <QApplication>
#include <QFrame>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimeZone>

using namespace Ndr;
using namespace Ndr::Mapi;
using MessageMaker = std::function<std::shared_ptr<Message>()>;
Q_DECLARE_METATYPE(MessageMaker)

namespace {

const QString kYou = QStringLiteral("dana@contoso.example");

Recipient person(const QString &name, const QString &address, qint32 type = MAPI_TO)
{
    Recipient r;
    r.props.setString(PR_DISPLAY_NAME, name);
    r.props.setString(PR_ADDRTYPE, QStringLiteral("SMTP"));
    r.props.setString(PR_EMAIL_ADDRESS, address);
    r.props.setString(PR_SMTP_ADDRESS, address);
    r.props.setInt32(PR_RECIPIENT_TYPE, type);
    return r;
}

// [MS-OXCMAIL] 2.2.3.7.1: an Exchange report's failed row.
Recipient failed(const QString &name, const QString &address, const QString &status, const QString &words,
                 const QString &remoteMta)
{
    Recipient r = person(name, address);
    const QStringList parts = status.split(QLatin1Char('.'));
    r.props.setInt32(PR_NDR_STATUS_CODE, parts.at(0).toInt() * 100 + parts.at(1).toInt() * 10 + parts.at(2).toInt());
    r.props.setInt32(PR_NDR_REASON_CODE, 0);
    r.props.setInt32(PR_NDR_DIAG_CODE, -1);
    r.props.setString(PR_SUPPLEMENTARY_INFO, QStringLiteral("<%1 #%2 smtp;%3>").arg(remoteMta, status, words));
    r.props.set(PR_REPORT_TIME, PropValue::fromTime(QDateTime(QDate(2024, 5, 2), QTime(8, 1), QTimeZone::utc())));
    return r;
}

std::shared_ptr<Message> original(const QString &from, const QList<Recipient> &to)
{
    auto m = std::make_shared<Message>();
    m->props.setString(PR_MESSAGE_CLASS, QStringLiteral("IPM.Note"));
    m->props.setString(PR_SUBJECT, QStringLiteral("Project plan"));
    m->props.setString(PR_BODY, QStringLiteral("The plan is attached."));
    m->props.set(PR_CLIENT_SUBMIT_TIME, PropValue::fromTime(QDateTime(QDate(2024, 5, 2), QTime(8, 0), QTimeZone::utc())));
    m->props.setString(PR_SENT_REPRESENTING_SMTP_ADDRESS, from);
    m->props.setString(PR_SENDER_SMTP_ADDRESS, from);
    m->recipients = to;
    return m;
}

// The report: sent to the user (PR_RECEIVED_BY_*), its rows the failed recipients, the
// original attached unless null.
std::shared_ptr<Message> report(const QString &reportingMta, const QList<Recipient> &failures,
                                std::shared_ptr<Message> orig, const QString &to = kYou)
{
    auto m = std::make_shared<Message>();
    m->props.setString(PR_MESSAGE_CLASS, QStringLiteral("REPORT.IPM.Note.NDR"));
    m->props.setString(PR_SUBJECT, QStringLiteral("Undeliverable: Project plan"));
    m->props.setString(PR_ORIGINAL_SUBJECT, QStringLiteral("Project plan"));
    m->props.setString(PR_REPORTING_MTA, reportingMta);
    m->props.setString(PR_RECEIVED_BY_SMTP_ADDRESS, to);
    m->recipients = failures;
    if (orig) {
        Attachment a;
        a.props.setInt32(PR_ATTACH_METHOD, ATTACH_EMBEDDED_MSG);
        a.embedded = std::move(orig);
        m->attachments.append(a);
    }
    return m;
}

const QString kExo = QStringLiteral("BN8PR12MB3169.namprd12.prod.outlook.com");

// Exchange Online's report on one recipient of the user's message.
std::shared_ptr<Message> exoReportOn(const QString &name, const QString &address, const QString &status, const QString &words)
{
    return report(kExo, {failed(name, address, status, words, kExo)}, original(kYou, {person(name, address)}));
}

std::shared_ptr<Message> exoSendingQuota()
{
    return exoReportOn(QStringLiteral("Sam Lee"), QStringLiteral("sam@fabrikam.example"), QStringLiteral("5.2.2"),
                       QStringLiteral("554 5.2.2 mailbox full; STOREDRV.Submission.Exception:"
                                      "SubmissionQuotaExceededException; Failed to process message due to "
                                      "a permanent exception with message Cannot submit message."));
}

// Sam's mailbox is full, in an ordinary mail server's words.
std::shared_ptr<Message> samsMailboxFull(const QString &status, const QString &words)
{
    const Recipient r = failed(QStringLiteral("Sam Lee"), QStringLiteral("sam@fabrikam.example"), status, words,
                               QStringLiteral("mx1.fabrikam.example"));
    return report(QStringLiteral("mail.contoso.example"), {r},
                  original(kYou, {person(QStringLiteral("Sam Lee"), QStringLiteral("sam@fabrikam.example"))}));
}
std::shared_ptr<Message> ordinaryMailboxFull()
{
    return samsMailboxFull(QStringLiteral("5.2.2"), QStringLiteral("552 5.2.2 <sam@fabrikam.example>: Mailbox full"));
}
// The server gave up on a temporary cause: failed, not delayed, and worth sending again later.
std::shared_ptr<Message> mailboxFullTemporarily()
{
    return samsMailboxFull(QStringLiteral("4.2.2"),
                           QStringLiteral("452 4.2.2 <sam@fabrikam.example>: Mailbox full, try again later"));
}
// An old server's plain-text bounce: no status, no reply code, no SMTP step, only the words.
std::shared_ptr<Message> unknownUserInText()
{
    auto m = std::make_shared<Message>();
    m->props.setString(PR_MESSAGE_CLASS, QStringLiteral("IPM.Note"));
    m->props.setString(PR_SUBJECT, QStringLiteral("Undeliverable Mail"));
    m->props.setString(PR_SENDER_SMTP_ADDRESS, QStringLiteral("postmaster@contoso.example"));
    m->props.setString(PR_RECEIVED_BY_SMTP_ADDRESS, kYou);
    m->props.setString(PR_BODY, QStringLiteral("Unknown user: kim.park@fabrikam.example\r\n\r\nOriginal message follows.\r\n"));
    return m;
}
// The same bounce quoting the original below its notice, as such servers do.
std::shared_ptr<Message> unknownUserQuotingOriginal()
{
    auto m = unknownUserInText();
    m->props.setString(PR_BODY, m->props.string(PR_BODY)
                                    + QStringLiteral("Received: from client.contoso.example by mail.contoso.example\r\n"
                                                     "From: Dana <%1>\r\nTo: Kim Park <kim.park@fabrikam.example>\r\n"
                                                     "Cc: lee@fabrikam.example\r\nSubject: Project plan\r\n"
                                                     "Date: Thu, 02 May 2024 08:00:00 +0000\r\n"
                                                     "Message-ID: <plan.1@contoso.example>\r\n\r\nThe plan is attached.\r\n")
                                          .arg(kYou));
    return m;
}
std::shared_ptr<Message> exoRecipientNotFound()
{
    return exoReportOn(QStringLiteral("Kim Park"), QStringLiteral("kim.park@fabrikam.example"), QStringLiteral("5.1.1"),
                       QStringLiteral("550 5.1.1 RESOLVER.ADR.RecipNotFound; not found"));
}

// Exchange Online words the same lookup under its own 5.1.10 (RFC 7505: null MX).
std::shared_ptr<Message> exoRecipientNotFound5110()
{
    return exoReportOn(QStringLiteral("Kim Park"), QStringLiteral("kim.park@fabrikam.example"), QStringLiteral("5.1.10"),
                       QStringLiteral("550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP "
                                      "address lookup"));
}

std::shared_ptr<Message> restrictedGroup()
{
    return exoReportOn(QStringLiteral("All Staff"), QStringLiteral("allstaff@fabrikam.example"), QStringLiteral("5.7.1"),
                       QStringLiteral("550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized to send to this "
                                      "recipient or group"));
}

std::shared_ptr<Message> forwarded()
{
    // Sam's mailbox forwards to an address the user never wrote.
    const Recipient r = failed(QStringLiteral("sam.private@elsewhere.example"), QStringLiteral("sam.private@elsewhere.example"),
                               QStringLiteral("5.1.1"), QStringLiteral("550 5.1.1 No such user"),
                               QStringLiteral("mx.elsewhere.example"));
    return report(QStringLiteral("mail.contoso.example"), {r},
                  original(kYou, {person(QStringLiteral("Sam Lee"), QStringLiteral("sam@fabrikam.example"))}));
}

// Spam sent with the user's address as envelope sender: the bounce comes to the user, but
// the message it returns claims to be from someone in another domain.
std::shared_ptr<Message> backscatter()
{
    const Recipient r = failed(QStringLiteral("victim@faraway.example"), QStringLiteral("victim@faraway.example"),
                               QStringLiteral("5.1.1"), QStringLiteral("550 5.1.1 User unknown"),
                               QStringLiteral("mx.faraway.example"));
    return report(QStringLiteral("mx.faraway.example"), {r},
                  original(QStringLiteral("winner@lottery-prize.example"),
                           {person(QStringLiteral("victim@faraway.example"), QStringLiteral("victim@faraway.example"))}));
}

std::shared_ptr<Message> noOriginal()
{
    const Recipient r = failed(QStringLiteral("Sam Lee"), QStringLiteral("sam@fabrikam.example"), QStringLiteral("5.1.1"),
                               QStringLiteral("550 5.1.1 User unknown"), QStringLiteral("mx1.fabrikam.example"));
    return report(QStringLiteral("mail.contoso.example"), {r}, nullptr);
}

template <typename T>
T *child(const QWidget &form, const char *name)
{
    T *w = form.findChild<T *>(QString::fromLatin1(name));
    if (!w)
        qFatal("no widget named %s", name);
    return w;
}

} // namespace

class TestExplanation : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void detailsExplainEachKind_data();
    void detailsExplainEachKind();
    void notInOriginalIsExplained();
    void backscatterIsSaidInTheBanner();
    void ownMailIsNotBackscatter_data();
    void ownMailIsNotBackscatter();
    void noOriginalIsSaidAndStillListsFailures();
    void quotedOriginalIsSaidAndNamesTheMessage();
    void backscatterTurnsResendOffUntilTheUserConfirms();
};

void TestExplanation::initTestCase()
{
    QApplication::setStyle(new Ndr::FormStyle);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(13);
    QApplication::setFont(font);
}

void TestExplanation::detailsExplainEachKind_data()
{
    QTest::addColumn<MessageMaker>("make");
    QTest::addColumn<QString>("summary");
    QTest::addColumn<QString>("plainContains");
    QTest::addColumn<QString>("badge");
    QTest::addColumn<QString>("owner");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("status");  // the first line of the technical details
    QTest::addColumn<QString>("listStatus");  // the table's Status column
    QTest::addColumn<QString>("resendOutcome");  // the resend dialog's first say

    QTest::newRow("exchange-online-5.2.2-is-your-sending-limit")
        << MessageMaker(exoSendingQuota) << QStringLiteral("You reached your sending limit")
        << QStringLiteral("The recipient's mailbox is not full") << QStringLiteral("Temporary")
        << QStringLiteral("your email administrator.")
        << QStringLiteral("The message stopped at your mail server. Your administrator can fix it.")
        << QStringLiteral("5.2.2 (Exchange Online: sending limit reached)")
        << QStringLiteral("Failed, temporary (5.2.2)") << QStringLiteral("Will be sent again");
    QTest::newRow("ordinary-5.2.2-is-recipients-mailbox-full")
        << MessageMaker(ordinaryMailboxFull) << QStringLiteral("Recipient's mailbox is full")
        << QStringLiteral("over its storage limit") << QStringLiteral("Permanent")
        << QStringLiteral("the recipient or their email administrator.")
        << QStringLiteral("The message stopped at the recipient's server. The recipient's side can fix it.")
        << QStringLiteral("5.2.2 (Mailbox full)")
        << QStringLiteral("Failed (5.2.2)") << QStringLiteral("Will be sent again");
    QTest::newRow("exchange-5.1.1-recipnotfound-address-not-in-that-organisation")
        << MessageMaker(exoRecipientNotFound) << QStringLiteral("Address not found in the recipient's organisation")
        << QStringLiteral("Auto-Complete") << QStringLiteral("Permanent") << QStringLiteral("you, the sender.")
        << QStringLiteral("The message stopped at the recipient's server. You can fix it.")
        << QStringLiteral("5.1.1 (Bad destination mailbox address)")
        << QStringLiteral("Failed (5.1.1)") << QStringLiteral("Correct the address to resend");
    QTest::newRow("exchange-online-5.1.10-is-not-null-mx")
        << MessageMaker(exoRecipientNotFound5110) << QStringLiteral("Address not found in the recipient's organisation")
        << QStringLiteral("Auto-Complete") << QStringLiteral("Permanent") << QStringLiteral("you, the sender.")
        << QStringLiteral("The message stopped at the recipient's server. You can fix it.")
        << QStringLiteral("5.1.10 (Exchange: recipient not found in the directory)")
        << QStringLiteral("Failed (5.1.10)") << QStringLiteral("Correct the address to resend");
    QTest::newRow("5.7.1-not-authorized-restricted-group")
        << MessageMaker(restrictedGroup) << QStringLiteral("You may not send to this group or person")
        << QStringLiteral("accepts mail only from certain senders") << QStringLiteral("Permanent")
        << QStringLiteral("the recipient or their email administrator.")
        << QStringLiteral("The message stopped at the recipient's server. The recipient's side can fix it.")
        << QStringLiteral("5.7.1 (Delivery not authorized, message refused)")
        << QStringLiteral("Failed (5.7.1)") << QStringLiteral("Refused by policy: check to decide");
    QTest::newRow("4.2.2-given-up-is-failed-and-temporary")
        << MessageMaker(mailboxFullTemporarily) << QStringLiteral("Recipient's mailbox is full")
        << QStringLiteral("over its storage limit") << QStringLiteral("Temporary")
        << QStringLiteral("the recipient or their email administrator.")
        << QStringLiteral("The message stopped at the recipient's server. The recipient's side can fix it.")
        << QStringLiteral("4.2.2 (Mailbox full)") << QStringLiteral("Failed, temporary (4.2.2)")
        << QStringLiteral("Will be sent again");
    // The address was refused as unknown: sending it unchanged is refused again, so the list
    // says Failed (not "Delayed"), and the resend asks first, as the refusal may be a filter's.
    QTest::newRow("unknown-user-in-plain-text-is-permanent")
        << MessageMaker(unknownUserInText) << QStringLiteral("Address refused by the recipient's server")
        << QStringLiteral("does not say at which step") << QStringLiteral("Permanent") << QStringLiteral("you, the sender.")
        << QStringLiteral("The message stopped at the recipient's server. You can fix it.") << QStringLiteral("—")
        << QStringLiteral("Failed") << QStringLiteral("Refused by policy: check to decide");
}

void TestExplanation::detailsExplainEachKind()
{
    QFETCH(MessageMaker, make);
    QFETCH(QString, summary);
    QFETCH(QString, plainContains);
    QFETCH(QString, badge);
    QFETCH(QString, owner);
    QFETCH(QString, path);
    QFETCH(QString, status);
    QFETCH(QString, listStatus);
    QFETCH(QString, resendOutcome);

    NdrForm form;
    form.setReport(Report::NdrReport::fromMessage(make()));
    QVERIFY(form.currentReportRow() >= 0);
    QCOMPARE(child<QLabel>(form, "reasonSummaryLabel")->text(), summary);
    const QString plain = child<QLabel>(form, "reasonLabel")->text();
    QVERIFY2(plain.contains(plainContains), qPrintable(plain));
    QCOMPARE(child<QLabel>(form, "permanenceBadge")->text(), badge);
    QCOMPARE(child<QLabel>(form, "fixOwnerLabel")->text(), QStringLiteral("<b>Who can fix it:</b> %1").arg(owner));
    FixItPath *picture = child<FixItPath>(form, "fixItPath");
    QVERIFY(picture->isVisibleTo(&form));
    QCOMPARE(picture->accessibleName(), path);
    QVERIFY(!child<QLabel>(form, "adviceLabel")->text().isEmpty());
    // The server's own words stay one look away, unchanged; the status line's meaning does not
    // contradict the explanation (Exchange Online's 5.2.2 is not "Mailbox full").
    QVERIFY(!child<QLabel>(form, "statusLabel")->text().isEmpty());
    QCOMPARE(child<QLabel>(form, "statusLabel")->accessibleName().section(QLatin1Char('\n'), 0, 0), status);

    // The list says the same as the details: the row's Reason is the details' headline, and its
    // colour the badge's (red permanent, amber temporary).
    auto *table = child<QTableView>(form, "recipientTable");
    const QModelIndex current = table->currentIndex();
    QVERIFY(current.isValid());
    const QModelIndex reason = current.siblingAtColumn(RecipientTableModel::ReasonColumn);
    QCOMPARE(reason.data().toString(), summary);
    QCOMPARE(reason.data(Qt::ToolTipRole).toString(), summary);
    QCOMPARE(reason.data(RecipientTableModel::PermanentRole).toBool(), badge == QLatin1String("Permanent"));
    QCOMPARE(current.siblingAtColumn(RecipientTableModel::StatusColumn).data().toString(), listStatus);

    // And the resend dialog says why it failed in the same words.
    ResendChoiceModel choices;
    choices.setReport(form.report());
    QCOMPARE(choices.rowCount(), 1);
    const QString code = status.section(QLatin1Char(' '), 0, 0);
    QCOMPARE(choices.index(0, ResendChoiceModel::ReasonColumn).data().toString(),
             code.front().isDigit() ? QStringLiteral("%1 (%2)").arg(summary, code) : summary);
    // And decides about sending it again as the badge says (permanent or not).
    QCOMPARE(choices.index(0, ResendChoiceModel::OutcomeColumn).data().toString(), resendOutcome);
}

void TestExplanation::notInOriginalIsExplained()
{
    NdrForm form;
    form.setReport(Report::NdrReport::fromMessage(forwarded()));
    auto *note = child<QLabel>(form, "notInOriginalLabel");
    QVERIFY(note->isVisibleTo(&form));
    const QString text = note->text();
    QVERIFY2(text.contains(QStringLiteral("not among the original message's recipients")), qPrintable(text));
    for (const char *way : {"forwarding", "mailing list", "Bcc"})
        QVERIFY2(text.contains(QLatin1String(way)), way);
    QVERIFY(child<QFrame>(form, "bannerFrame")->isHidden());
}

void TestExplanation::backscatterIsSaidInTheBanner()
{
    const Report::NdrReport r = Report::NdrReport::fromMessage(backscatter());
    const Report::BackscatterCheck check = Report::checkBackscatter(r);
    QVERIFY(check.likely);
    QCOMPARE(check.addressee, kYou);
    QCOMPARE(check.originalSender, QStringLiteral("winner@lottery-prize.example"));

    NdrForm form;
    form.setReport(r);
    QVERIFY(!child<QFrame>(form, "bannerFrame")->isHidden());
    const QString banner = child<QLabel>(form, "bannerLabel")->text();
    QVERIFY2(banner.contains(QStringLiteral("This report may be about a message you did not send</b> "
                                            "(forged sender / backscatter).")),
             qPrintable(banner));
    QVERIFY(banner.contains(QStringLiteral("You do not need to do anything.")));
    QVERIFY(banner.contains(QStringLiteral("winner@lottery-prize.example")));
}

void TestExplanation::ownMailIsNotBackscatter_data()
{
    QTest::addColumn<MessageMaker>("make");
    QTest::newRow("same-address") << MessageMaker(ordinaryMailboxFull);
    QTest::newRow("exchange-report") << MessageMaker(exoSendingQuota);
    // A colleague's or an alias's address in the user's own domain is not a forgery.
    QTest::newRow("same-domain-alias") << MessageMaker([] {
        auto m = ordinaryMailboxFull();
        m->attachments.first().embedded->props.setString(PR_SENT_REPRESENTING_SMTP_ADDRESS,
                                                         QStringLiteral("team@contoso.example"));
        m->attachments.first().embedded->props.setString(PR_SENDER_SMTP_ADDRESS, QStringLiteral("team@contoso.example"));
        return m;
    });
    QTest::newRow("sent-on-behalf") << MessageMaker([] {
        auto m = ordinaryMailboxFull();
        m->attachments.first().embedded->props.setString(PR_SENT_REPRESENTING_SMTP_ADDRESS,
                                                         QStringLiteral("boss@partner.example"));
        return m;
    });
    QTest::newRow("no-original-no-copy-of-sender") << MessageMaker(noOriginal);
}

void TestExplanation::ownMailIsNotBackscatter()
{
    QFETCH(MessageMaker, make);
    const Report::NdrReport r = Report::NdrReport::fromMessage(make());
    QVERIFY(!Report::checkBackscatter(r).likely);
    NdrForm form;
    form.setReport(r);
    QVERIFY(!child<QLabel>(form, "bannerLabel")->text().contains(QStringLiteral("backscatter")));
    QVERIFY(!form.suspectedBackscatter());
    QVERIFY(!child<QPushButton>(form, "resendAnywayButton")->isVisibleTo(&form));
}

void TestExplanation::noOriginalIsSaidAndStillListsFailures()
{
    NdrForm form;
    form.setReport(Report::NdrReport::fromMessage(noOriginal()));
    QVERIFY(!child<QFrame>(form, "bannerFrame")->isHidden());
    QVERIFY(child<QLabel>(form, "bannerLabel")->text().contains(QStringLiteral("The original message is missing")));
    QCOMPARE(child<QTableView>(form, "recipientTable")->model()->rowCount(), 1);
    // Without the original nobody can be said to be missing from its recipients.
    QVERIFY(!child<QLabel>(form, "notInOriginalLabel")->isVisibleTo(&form));
    QCOMPARE(child<QLabel>(form, "reasonSummaryLabel")->text(), QStringLiteral("Address not found"));

    // A report without an original that still carries the original sender's address
    // (PidTagOriginalSenderEmailAddress) is checked against it.
    auto m = noOriginal();
    m->props.setString(0x0066, QStringLiteral("SMTP"));  // PR_ORIGINAL_SENDER_ADDRTYPE
    m->props.setString(0x0067, QStringLiteral("someone@spammer.example"));  // PR_ORIGINAL_SENDER_EMAIL_ADDRESS
    QVERIFY(Report::checkBackscatter(Report::NdrReport::fromMessage(m)).likely);
}

// A bounce that quotes the original's headers in its text: the form names the message and its
// recipients from them, says where they come from, and still asks for the original to resend.
void TestExplanation::quotedOriginalIsSaidAndNamesTheMessage()
{
    NdrForm form;
    form.setReport(Report::NdrReport::fromMessage(unknownUserQuotingOriginal()));
    QVERIFY(form.report().originalIsQuoted());
    const QString banner = child<QLabel>(form, "bannerLabel")->text();
    QVERIFY2(banner.contains(QStringLiteral("This report quotes your message only as text.")), qPrintable(banner));
    QVERIFY(!banner.contains(QStringLiteral("missing")));
    QCOMPARE(child<QLabel>(form, "subjectValue")->text(), QStringLiteral("Project plan"));
    QVERIFY(child<QLabel>(form, "sentValue")->text().contains(QStringLiteral("2024")));
    auto *table = child<QTableView>(form, "recipientTable");
    QCOMPARE(table->model()->rowCount(), 1);  // the failed one; Show all adds Lee
    QCOMPARE(table->currentIndex().siblingAtColumn(RecipientTableModel::TypeColumn).data().toString(), QStringLiteral("To"));
    QCOMPARE(child<QLabel>(form, "countLabel")->text(), QStringLiteral("1 of 2 recipients did not receive the message."));
    QVERIFY(!child<QPushButton>(form, "resendButton")->isEnabled());
    QVERIFY(child<QPushButton>(form, "locateOriginalButton")->isVisibleTo(&form));

    // Without the quoted headers, the original is missing as before.
    form.setReport(Report::NdrReport::fromMessage(unknownUserInText()));
    QVERIFY(!form.report().original());
    QVERIFY(child<QLabel>(form, "bannerLabel")->text().contains(QStringLiteral("The original message is missing")));
}

// A bounce of spam sent in the user's name: resending it would send the spam on from the user.
// Resend is off and says why; Resend Anyway… asks first, and only a yes turns it on.
void TestExplanation::backscatterTurnsResendOffUntilTheUserConfirms()
{
    const Report::NdrReport r = Report::NdrReport::fromMessage(backscatter());
    NdrForm form;
    form.resize(900, 600);
    form.setReport(r);
    form.show();
    QVERIFY(QTest::qWaitForWindowActive(&form));
    QSignalSpy resend(&form, &NdrForm::resendRequested);

    auto *resendButton = child<QPushButton>(form, "resendButton");
    auto *anyway = child<QPushButton>(form, "resendAnywayButton");
    QVERIFY(form.suspectedBackscatter());
    QVERIFY(!form.canResend());
    QVERIFY(!resendButton->isEnabled());
    for (const QString &why : {resendButton->toolTip(), resendButton->accessibleDescription()}) {
        QVERIFY2(why.startsWith(QStringLiteral("Resend is turned off: this report seems to be about a message you did "
                                               "not send (backscatter)")),
                 qPrintable(why));
        QVERIFY2(why.contains(QStringLiteral("Resend Anyway…")), qPrintable(why));
    }
    const QString banner = child<QLabel>(form, "bannerLabel")->text();
    QVERIFY2(banner.contains(QStringLiteral("Resend is turned off for this report.")), qPrintable(banner));

    // The way on: a button of its own, reached by Tab after Resend and by Alt+W, named and described.
    QVERIFY(anyway->isVisible() && anyway->isEnabled());
    QCOMPARE(anyway->text(), QStringLiteral("Resend Any&way…"));
    QVERIFY(!anyway->accessibleDescription().isEmpty());
    QCOMPARE(anyway->focusPolicy(), Qt::StrongFocus);
    QWidget *before = child<QWidget>(form, "diagnosticText");
    QWidget *next = before->nextInFocusChain();
    while (next && (!next->isEnabled() || !next->isVisible() || next->focusPolicy() == Qt::NoFocus))
        next = next->nextInFocusChain();
    QCOMPARE(next, anyway);

    // No: nothing changes.
    QTest::keyClick(&form, Qt::Key_W, Qt::AltModifier);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = form.findChild<QMessageBox *>(QStringLiteral("resendAnywayBox"))) && box->isVisible());
    QVERIFY2(box->informativeText().contains(QStringLiteral("winner@lottery-prize.example")),
             qPrintable(box->informativeText()));
    QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
    // Its icon is a named image, like the form's own icons.
    int icons = 0;
    for (QLabel *label : box->findChildren<QLabel *>()) {
        if (label->pixmap().isNull())
            continue;
        ++icons;
        QAccessibleInterface *icon = QAccessible::queryAccessibleInterface(label);
        QCOMPARE(icon->role(), QAccessible::Graphic);
        QCOMPARE(icon->text(QAccessible::Name), QStringLiteral("Warning"));
    }
    QCOMPARE(icons, 1);
    QTest::keyClick(box, Qt::Key_Escape);
    QTRY_VERIFY(!form.findChild<QMessageBox *>(QStringLiteral("resendAnywayBox")));
    QCOMPARE(resend.count(), 0);
    QVERIFY(!resendButton->isEnabled());
    QVERIFY(anyway->isVisible());

    // Yes, I sent it: the resend starts, and Resend stays on for this report.
    anyway->click();
    QTRY_VERIFY((box = form.findChild<QMessageBox *>(QStringLiteral("resendAnywayBox"))) && box->isVisible());
    auto *yes = box->findChild<QPushButton *>(QStringLiteral("confirmResendAnywayButton"));
    QVERIFY(yes);
    QCOMPARE(yes->text(), QStringLiteral("&Resend Anyway"));
    yes->click();
    QTRY_COMPARE(resend.count(), 1);
    QVERIFY(form.canResend());
    QVERIFY(resendButton->isEnabled());
    QVERIFY(!anyway->isVisible());
    QVERIFY(!child<QLabel>(form, "bannerLabel")->text().contains(QStringLiteral("Resend is turned off")));
    resendButton->click();
    QCOMPARE(resend.count(), 2);

    // The same report again keeps the answer; another report asks again.
    form.setReport(r);
    QVERIFY(form.canResend());
    form.setReport(Report::NdrReport::fromMessage(backscatter()));
    QVERIFY(!form.canResend());
    QVERIFY(anyway->isVisible());
}

QTEST_MAIN(TestExplanation)
#include "tst_explanation.moc"
