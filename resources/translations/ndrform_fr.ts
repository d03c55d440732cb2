<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Ndr::Explanation</name>
    <message>
        <source>You reached your sending limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own mail server (Exchange Online) stopped the message because your account has sent more messages, or to more recipients, than it may in a day. This is about your account: the recipient&apos;s mailbox is not full, even though the code 5.2.2 usually means that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until the limit resets (up to 24 hours), then resend. Tell your administrator: an unexpected limit can mean that someone else is sending mail from your account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account may not send mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own mail server has stopped your account from sending, usually because it sent mail that looked like spam. This often means that someone else knows your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change your password and tell your administrator, who can check the account and unblock it. Resend only after that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address not found in the recipient&apos;s organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient&apos;s organisation looked the address up in its directory and has no mailbox with it. The address may be mistyped, the person may have left, or your mail program may have offered an old address from its Auto-Complete list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the spelling. Remove the address from your mail program&apos;s Auto-Complete list and type it in full, or ask the recipient for their current address. Resending to the same address will fail again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not send to this group or person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient is a group or a mailbox that accepts mail only from certain senders, for example people in its own organisation or members of the group, and you are not one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot fix this yourself. Ask the group&apos;s owner or the recipient&apos;s administrator to allow you to send to it, or reach the recipient another way. Resending unchanged will fail again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ndr::FixItPath</name>
    <message>
        <source>A picture of the way the message went: your mail program, your mail server, the recipient&apos;s mail server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your mail program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your mail server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient&apos;s mail server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can fix it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ndr::MainWindow</name>
    <message>
        <source>About NDR Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;NDR Form %1&lt;/h3&gt;&lt;p&gt;Shows who did not receive a message, why, and what can be done about it, from an Outlook non-delivery report (.msg) or an Internet delivery status notification (.eml).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a delivery report (.msg or .eml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About NDR Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NDR Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — NDR Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file holds no message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundled sample report is missing from this build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; could not be opened:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Delivery Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery reports (*.msg *.eml);;Outlook messages (*.msg);;Internet messages (*.eml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the messages in the Outbox of the message store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report does not say who sent the original message, so the resent message would have no sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locate Original Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages (*.msg *.eml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlook messages (*.msg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internet messages (*.eml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locate Original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This may not be the message that bounced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report is about the message %1, but the chosen file is the message %2. Resend the chosen message anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>without a Message-ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use This Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ndr::NdrForm</name>
    <message>
        <source>Delivery report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reci&amp;pients who did not receive the message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also list the recipients who did receive the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;all recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipients who did not receive the message, with the reason for each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a recipient to see why the message did not reach them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ser&amp;ver response:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your message did not reach some or all of the intended recipients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a delayed delivery notice: your message has not reached some recipients yet, and the mail server is still trying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a delivery receipt: your message was delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a read receipt: your message was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a read receipt: your message was removed without being read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an abuse report: a mail system reported a message as unwanted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an automatic reply, not a delivery problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message is not a delivery report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undelivered message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reci&amp;pients:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reci&amp;pients of the message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The original message is missing.&lt;/b&gt; This report does not include a copy of your message. The recipients it could not reach are still listed below; to resend, use Locate Original… to choose your copy of the message (.msg or .eml).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Only the headers of the original message came back.&lt;/b&gt; Its text and attachments are not in this report; to resend, use Locate Original… to choose your copy of the message (.msg or .eml).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Parts of this report could not be read.&lt;/b&gt; What could be read is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient did not receive the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 recipients did not receive the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report names no recipient who failed to receive the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the message again to the recipients who did not receive it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no recipient to resend the message to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The original message is not attached to this report: use Locate Original… to choose its file, then resend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The original message is not attached to this report, so it cannot be resent from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Locate Original…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your copy of the original message (.msg or .eml) to resend it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This address was not among the original message&apos;s recipients: the message probably reached it through forwarding or a mailing list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you can do:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permanent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a temporary problem: the mail server is still trying to deliver the message. You do not need to do anything yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a permanent failure: sending the message again unchanged will fail again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a temporary problem: sending the message again later may work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you, the sender.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your email administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the recipient or their email administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody needs to act; it may resolve itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who can fix it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed on to another mail system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered to the members of a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problem reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report does not say that this recipient missed the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP reply %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ndr::OutboxMessageModel</name>
    <message>
        <source>(no subject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n recipient row(s), the resend&apos;s own rows included</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent again to %n recipient(s) (MAPI_P1 rows)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>How many recipients the message is sent to again (its MAPI_P1 rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resend to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ndr::OutboxRecipientModel</name>
    <message>
        <source>resend (P1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bcc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (submitted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This recipient receives the message again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown to the receivers as it was; this row is not sent to again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ndr::OutboxView</name>
    <message>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Messages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages in the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient &amp;rows of the selected message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient rows of the selected message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no message store is chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message Store — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been stored yet: there is no message store at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message store cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) in %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No message store chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the folder again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ndr::PropertyTreeModel</name>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Properties (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>embedded message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embedded message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ndr::PropertyView</name>
    <message>
        <source>… (%1 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Properties of the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every property of the report, its recipients, its attachments and the messages embedded in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Expand All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected rows as text (Ctrl+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy All as &amp;JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy every property of the report as JSON</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ndr::Reason</name>
    <message>
        <source>Address not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient&apos;s mail server says this address does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the address for typing mistakes, or ask the recipient for the right one, then resend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part of the address after the @ does not exist, or it has no mail server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the spelling of the domain after the @, then resend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient has moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox has moved to another address and mail is not forwarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the recipient for the new address and resend to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient&apos;s mailbox is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is over its storage limit, so it cannot take new mail now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resend later, or reach the recipient another way so they can make room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A limit was exceeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message went over a limit set for the recipient&apos;s mailbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the message smaller, or ask the recipient about their limits, then resend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is larger than the receiving server accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove or shrink large attachments (or share them as a link), then resend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient&apos;s account is suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient&apos;s account exists but is disabled or suspended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reach the recipient another way; resending will fail until the account is enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your server kept trying to deliver the message, but the receiving server could not be reached in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resend later. If it keeps happening, tell your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A network or DNS problem stopped the message on its way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error on the receiving server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiving server had an internal error while handling the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resend later; if it fails again, the recipient&apos;s administrator has to fix it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving server is out of space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiving mail server has run out of disk space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resend later, when the recipient&apos;s administrator has freed space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery program failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A delivery program on the recipient&apos;s server failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving server was busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiving server turned the message away because it had too many connections or recipients at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resend later, or to fewer recipients at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent too fast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many messages were sent in a short time, so the receiving server slowed them down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait a while, then resend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain accepts no mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient&apos;s domain does not accept email at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the address; reach the recipient another way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your server was blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiving server refused mail from your mail server&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell your administrator; resending will fail until the block is lifted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your server&apos;s reputation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiving server refused mail because of your sending server&apos;s reputation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell your administrator; resending will fail until the reputation recovers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your server has no reverse DNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiving server refused mail because your sending server&apos;s address has no valid reverse-DNS name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell your administrator; they must set up reverse DNS for the mail server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender authentication failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiving server could not verify that your domain sent this message (SPF, DKIM or DMARC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell your administrator; your domain&apos;s SPF, DKIM or DMARC records need fixing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your address was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiving server refused your sender address or domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell your administrator; resending unchanged will fail again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relaying denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server on the way refused to pass the message on (relaying denied).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check your mail account settings or tell your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by the recipient&apos;s filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient&apos;s server accepted the message but a filter, or the mailbox&apos;s settings, refused it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reach the recipient another way and ask them to accept your mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by the recipient&apos;s policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient&apos;s organisation does not accept this message under its rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the recipient&apos;s side why; changing the message may help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused for security reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message was refused for a security reason: you may not be allowed to send to this recipient, or authentication was required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask your administrator or the recipient whether you may send to this address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken for spam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiving server judged the message to be spam.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the wording or remove links and attachments that look suspicious, or reach the recipient another way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A virus was found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiving server found a virus or a dangerous attachment in the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan your computer and the attachments; resend without the flagged attachment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message format refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiving server could not accept the format or headers of the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resend as plain text or without unusual attachments; if it persists, tell your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message breaks mail standards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message does not follow the email standards that the receiving server enforces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail protocol error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The servers misunderstood each other while passing the message on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resend later; if it persists, tell your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secure (TLS) connection to the receiving server could not be set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address on a suppression list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sending service did not try to deliver, because the address is on its suppression list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the address; remove it from the suppression list only if it is valid again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason not determined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery failed, but the report does not say clearly why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the server&apos;s words below; resend later or contact the recipient another way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report gives no reason for the failure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message was delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a bounce: it is a complaint (abuse report) about your message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to resend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a bounce: it is an automatic reply, such as an out-of-office notice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ndr::RecipientTableModel</name>
    <message>
        <source>Cc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bcc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Originator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delayed, temporary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not addressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ndr::Report</name>
    <message>
        <source>you, the sender.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your email administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the recipient or their email administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody needs to act; it may resolve itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message did not leave your mail program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is waiting at your mail server, which is still trying to deliver it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message stopped at your mail server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is waiting at the recipient&apos;s server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message stopped at the recipient&apos;s server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report does not say where the message stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can fix it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your administrator can fix it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient&apos;s side can fix it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody needs to act.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ndr::ReportExplainer</name>
    <message>
        <source>Your message did not reach some or all of the intended recipients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a delayed delivery notice: your message has not reached some recipients yet, and the mail server is still trying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a delivery receipt: your message was delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a read receipt: your message was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a read receipt: your message was removed without being read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an abuse report: a mail system reported a message as unwanted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an automatic reply, not a delivery problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message is not a delivery report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The original message is missing.&lt;/b&gt; This report does not include a copy of your message, so it cannot be resent from here. The recipients it could not reach are still listed below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Only the headers of the original message came back.&lt;/b&gt; Its text and attachments are not in this report, so it cannot be resent from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;This report may be about a message you did not send&lt;/b&gt; (forged sender / backscatter). The returned message says it is from %1, but this report was sent to %2: someone may have used your address to send spam. You do not need to do anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This address was not among the original message&apos;s recipients: the message probably reached it through forwarding, a mailing list or a group, or as a Bcc copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP reply %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient did not receive the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 recipients did not receive the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report names no recipient who failed to receive the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report does not say that this recipient missed the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary: the mail server is still trying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permanent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you can do:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who can fix it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server response:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was written to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ndr::ResendChoiceModel</name>
    <message>
        <source>Not a valid e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the address to resend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent again despite the policy refusal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent again to the corrected address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by policy: check to decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send again to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or press F2 to correct the address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resend</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ndr::ResendDialog</name>
    <message>
        <source>Resend Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resend message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the message again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recipients who did not receive the message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients to send the message to again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Don&apos;t Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the recipients checked here receive the message again; everyone who already got it will not get a second copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space checks or unchecks the selected recipient; F2 or a double-click corrects the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient&apos;s server refused this message by policy; sending it unchanged will probably fail again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Send the message again to the %n checked recipient(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Answer the policy warning first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check at least one recipient to send the message to again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct or uncheck the recipients marked in red.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check this recipient and send the message to it anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave this recipient unchecked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ndr::ResendResultBanner</name>
    <message numerus="yes">
        <source>Sent again to %n recipient(s). The message is in the Outbox of %1 (message %2).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The message was not sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message store %1 did not take it: %2. Nothing was changed and your choices are kept; fix the problem, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resend failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resend result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Outbox of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try Again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the resend dialog again with the same choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ndr::Status</name>
    <message>
        <source>Other undefined status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other address status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad destination mailbox address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad destination system address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad destination mailbox address syntax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination mailbox address ambiguous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination address valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination mailbox has moved, no forwarding address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad sender&apos;s mailbox address syntax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad sender&apos;s system address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient address has null MX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other or undefined mailbox status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox disabled, not accepting messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message length exceeds administrative limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailing list expansion problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other or undefined mail system status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail system full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System not accepting network messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System not capable of selected features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message too big for system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System incorrectly configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other or undefined network or routing status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory server failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail system congestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routing loop detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery time expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other or undefined protocol status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syntax error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid command arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong protocol version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other or undefined media error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion required and prohibited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion required but not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion with loss performed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other or undefined security status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery not authorized, message refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailing list expansion prohibited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security conversion required but not possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security features not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cryptographic failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cryptographic algorithm not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message integrity failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication credentials invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse DNS validation failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multiple authentication checks failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>NDR Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows who did not receive a message, and why, from a bounce report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report to open (.msg or .eml).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the window into a PNG and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window size (default 900x600).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the window&apos;s texts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours: light or dark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit once the window has painted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
