<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Ndr::Explanation</name>
    <message>
        <source>You reached your sending limit</source>
        <translation>Sie haben Ihr Sendelimit erreicht</translation>
    </message>
    <message>
        <source>Your account may not send mail</source>
        <translation>Ihr Konto darf keine E-Mails senden</translation>
    </message>
    <message>
        <source>Your own mail server has stopped your account from sending, usually because it sent mail that looked like spam. This often means that someone else knows your password.</source>
        <translation>Ihr eigener Mailserver hat Ihr Konto für den Versand gesperrt, meist weil es E-Mails gesendet hat, die wie Spam aussahen. Das bedeutet oft, dass jemand anderes Ihr Kennwort kennt.</translation>
    </message>
    <message>
        <source>Change your password and tell your administrator, who can check the account and unblock it. Resend only after that.</source>
        <translation>Ändern Sie Ihr Kennwort und informieren Sie Ihren Administrator, der das Konto prüfen und entsperren kann. Senden Sie erst danach erneut.</translation>
    </message>
    <message>
        <source>Address not found in the recipient&apos;s organisation</source>
        <translation>Adresse in der Organisation des Empfängers nicht gefunden</translation>
    </message>
    <message>
        <source>The recipient&apos;s organisation looked the address up in its directory and has no mailbox with it. The address may be mistyped, the person may have left, or your mail program may have offered an old address from its Auto-Complete list.</source>
        <translation>Die Organisation des Empfängers hat die Adresse in ihrem Verzeichnis gesucht und kein Postfach dazu gefunden. Vielleicht ist die Adresse falsch geschrieben, die Person hat die Organisation verlassen, oder Ihr E-Mail-Programm hat eine alte Adresse aus seiner AutoVervollständigen-Liste vorgeschlagen.</translation>
    </message>
    <message>
        <source>You may not send to this group or person</source>
        <translation>Sie dürfen an diese Gruppe oder Person nicht senden</translation>
    </message>
    <message>
        <source>The recipient is a group or a mailbox that accepts mail only from certain senders, for example people in its own organisation or members of the group, and you are not one of them.</source>
        <translation>Der Empfänger ist eine Gruppe oder ein Postfach, das E-Mails nur von bestimmten Absendern annimmt, etwa von Personen der eigenen Organisation oder Mitgliedern der Gruppe, und Sie gehören nicht dazu.</translation>
    </message>
    <message>
        <source>you, the sender.</source>
        <translation>Sie, der Absender.</translation>
    </message>
    <message>
        <source>your email administrator.</source>
        <translation>Ihr E-Mail-Administrator.</translation>
    </message>
    <message>
        <source>the recipient or their email administrator.</source>
        <translation>der Empfänger oder sein E-Mail-Administrator.</translation>
    </message>
    <message>
        <source>nobody needs to act; it may resolve itself.</source>
        <translation>niemand muss handeln; es kann sich von selbst lösen.</translation>
    </message>
    <message>
        <source>The message did not leave your mail program.</source>
        <translation>Die Nachricht hat Ihr E-Mail-Programm nicht verlassen.</translation>
    </message>
    <message>
        <source>The message is waiting at your mail server, which is still trying to deliver it.</source>
        <translation>Die Nachricht wartet auf Ihrem Mailserver, der weiterhin versucht, sie zuzustellen.</translation>
    </message>
    <message>
        <source>The message stopped at your mail server.</source>
        <translation>Die Nachricht ist auf Ihrem Mailserver hängen geblieben.</translation>
    </message>
    <message>
        <source>The message is waiting at the recipient&apos;s server.</source>
        <translation>Die Nachricht wartet auf dem Server des Empfängers.</translation>
    </message>
    <message>
        <source>The message stopped at the recipient&apos;s server.</source>
        <translation>Die Nachricht ist auf dem Server des Empfängers hängen geblieben.</translation>
    </message>
    <message>
        <source>The report does not say where the message stopped.</source>
        <translation>Der Bericht sagt nicht, wo die Nachricht hängen geblieben ist.</translation>
    </message>
    <message>
        <source>You can fix it.</source>
        <translation>Sie können es beheben.</translation>
    </message>
    <message>
        <source>Your administrator can fix it.</source>
        <translation>Ihr Administrator kann es beheben.</translation>
    </message>
    <message>
        <source>The recipient&apos;s side can fix it.</source>
        <translation>Die Seite des Empfängers kann es beheben.</translation>
    </message>
    <message>
        <source>Nobody needs to act.</source>
        <translation>Niemand muss handeln.</translation>
    </message>
    <message>
        <source>Your own mail server (Exchange Online) stopped the message: your account has sent more messages, or to more recipients, than it may in a day. The recipient&apos;s mailbox is not full, although 5.2.2 usually means that.</source>
        <translation>Ihr eigener Mailserver (Exchange Online) hat die Nachricht angehalten: Ihr Konto hat an einem Tag mehr Nachrichten oder an mehr Empfänger gesendet, als es darf. Das Postfach des Empfängers ist nicht voll, auch wenn 5.2.2 meist das bedeutet.</translation>
    </message>
    <message>
        <source>Resend after the limit resets (up to 24 hours). Tell your administrator: an unexpected limit can mean that someone else is using your account.</source>
        <translation>Senden Sie erneut, wenn das Limit zurückgesetzt ist (bis zu 24 Stunden). Informieren Sie Ihren Administrator: Ein unerwartetes Limit kann bedeuten, dass jemand anderes Ihr Konto benutzt.</translation>
    </message>
    <message>
        <source>Check the spelling. Remove the address from your mail program&apos;s Auto-Complete list and type it in full, or ask the recipient for their current address.</source>
        <translation>Prüfen Sie die Schreibweise. Entfernen Sie die Adresse aus der AutoVervollständigen-Liste Ihres E-Mail-Programms und geben Sie sie vollständig ein, oder fragen Sie den Empfänger nach seiner aktuellen Adresse.</translation>
    </message>
    <message>
        <source>You cannot fix this yourself. Ask the group&apos;s owner or the recipient&apos;s administrator to allow you to send to it, or reach the recipient another way.</source>
        <translation>Das können Sie nicht selbst beheben. Bitten Sie den Besitzer der Gruppe oder den Administrator des Empfängers, Ihnen das Senden zu erlauben, oder erreichen Sie den Empfänger auf anderem Weg.</translation>
    </message>
    <message>
        <source>Exchange: recipient not found in the directory</source>
        <translation>Exchange: Empfänger nicht im Verzeichnis gefunden</translation>
    </message>
    <message>
        <source>Exchange Online: sending limit reached</source>
        <translation>Exchange Online: Sendelimit erreicht</translation>
    </message>
    <message>
        <source>Address refused by the recipient&apos;s server</source>
        <translation>Adresse vom Server des Empfängers abgelehnt</translation>
    </message>
    <message>
        <source>The recipient&apos;s server refused the message for this address, saying that the address does not exist, but only after it had received the whole message. A filter or the mailbox&apos;s settings may have refused it rather than a wrong address.</source>
        <translation>Der Server des Empfängers hat die Nachricht für diese Adresse abgelehnt, weil es die Adresse nicht gebe, allerdings erst, nachdem er die ganze Nachricht erhalten hatte. Vielleicht hat eher ein Filter oder eine Einstellung des Postfachs sie abgelehnt als eine falsche Adresse.</translation>
    </message>
    <message>
        <source>The recipient&apos;s server refused the message for this address, saying that the address does not exist. The report does not say at which step, so a filter or the mailbox&apos;s settings may have refused it rather than a wrong address.</source>
        <translation>Der Server des Empfängers hat die Nachricht für diese Adresse abgelehnt, weil es die Adresse nicht gebe. Der Bericht sagt nicht, bei welchem Schritt; vielleicht hat also eher ein Filter oder eine Einstellung des Postfachs sie abgelehnt als eine falsche Adresse.</translation>
    </message>
    <message>
        <source>Check the address for typing mistakes. If it is right, reach the recipient another way and ask them to accept your mail.</source>
        <translation>Prüfen Sie die Adresse auf Tippfehler. Wenn sie stimmt, erreichen Sie den Empfänger auf anderem Weg und bitten Sie ihn, Ihre E-Mails anzunehmen.</translation>
    </message>
</context>
<context>
    <name>Ndr::FixItPath</name>
    <message>
        <source>A picture of the way the message went: your mail program, your mail server, the recipient&apos;s mail server.</source>
        <translation>Ein Bild des Wegs der Nachricht: Ihr E-Mail-Programm, Ihr Mailserver, der Mailserver des Empfängers.</translation>
    </message>
    <message>
        <source>Your mail program</source>
        <translation>Ihr E-Mail-Programm</translation>
    </message>
    <message>
        <source>Your mail server</source>
        <translation>Ihr Mailserver</translation>
    </message>
    <message>
        <source>Can fix it</source>
        <translation>Kann es beheben</translation>
    </message>
    <message>
        <source>Recipient&apos;s server</source>
        <translation>Server des Empfängers</translation>
    </message>
</context>
<context>
    <name>Ndr::MainWindow</name>
    <message>
        <source>About NDR Form</source>
        <translation>Über NDR Form</translation>
    </message>
    <message>
        <source>&lt;h3&gt;NDR Form %1&lt;/h3&gt;&lt;p&gt;Shows who did not receive a message, why, and what can be done about it, from an Outlook non-delivery report (.msg) or an Internet delivery status notification (.eml).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;NDR Form %1&lt;/h3&gt;&lt;p&gt;Zeigt anhand eines Outlook-Unzustellbarkeitsberichts (.msg) oder einer Internet-Zustellstatusbenachrichtigung (.eml), wer eine Nachricht nicht erhalten hat, warum, und was sich dagegen tun lässt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Öffnen…</translation>
    </message>
    <message>
        <source>Open a delivery report (.msg or .eml)</source>
        <translation>Einen Zustellbericht öffnen (.msg oder .eml)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About NDR Form</source>
        <translation>Ü&amp;ber NDR Form</translation>
    </message>
    <message>
        <source>NDR Form</source>
        <translation>NDR Form</translation>
    </message>
    <message>
        <source>%1 — NDR Form</source>
        <translation>%1 — NDR Form</translation>
    </message>
    <message>
        <source>the file holds no message</source>
        <translation>die Datei enthält keine Nachricht</translation>
    </message>
    <message>
        <source>Sample report</source>
        <translation>Beispielbericht</translation>
    </message>
    <message>
        <source>Cannot open report</source>
        <translation>Bericht kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; could not be opened:
%2</source>
        <translation>Die Datei „%1“ konnte nicht geöffnet werden:
%2</translation>
    </message>
    <message>
        <source>Open Delivery Report</source>
        <translation>Zustellbericht öffnen</translation>
    </message>
    <message>
        <source>Delivery reports (*.msg *.eml);;Outlook messages (*.msg);;Internet messages (*.eml);;All files (*)</source>
        <translation>Zustellberichte (*.msg *.eml);;Outlook-Nachrichten (*.msg);;Internet-Nachrichten (*.eml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Outbox</source>
        <translation>&amp;Postausgang</translation>
    </message>
    <message>
        <source>Show the messages in the Outbox of the message store</source>
        <translation>Die Nachrichten im Postausgang des Nachrichtenspeichers anzeigen</translation>
    </message>
    <message>
        <source>the report does not say who sent the original message, so the resent message would have no sender</source>
        <translation>der Bericht nennt nicht den Absender der ursprünglichen Nachricht, daher hätte die erneut gesendete Nachricht keinen Absender</translation>
    </message>
    <message>
        <source>Locate Original Message</source>
        <translation>Ursprüngliche Nachricht suchen</translation>
    </message>
    <message>
        <source>Messages (*.msg *.eml)</source>
        <translation>Nachrichten (*.msg *.eml)</translation>
    </message>
    <message>
        <source>Outlook messages (*.msg)</source>
        <translation>Outlook-Nachrichten (*.msg)</translation>
    </message>
    <message>
        <source>Internet messages (*.eml)</source>
        <translation>Internet-Nachrichten (*.eml)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot open original</source>
        <translation>Original kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Locate Original</source>
        <translation>Original suchen</translation>
    </message>
    <message>
        <source>This may not be the message that bounced.</source>
        <translation>Dies ist vielleicht nicht die Nachricht, die zurückkam.</translation>
    </message>
    <message>
        <source>The report is about the message %1, but the chosen file is the message %2. Resend the chosen message anyway?</source>
        <translation>Der Bericht betrifft die Nachricht %1, die gewählte Datei ist aber die Nachricht %2. Die gewählte Nachricht trotzdem erneut senden?</translation>
    </message>
    <message>
        <source>without a Message-ID</source>
        <translation>ohne Message-ID</translation>
    </message>
    <message>
        <source>&amp;Use This Message</source>
        <translation>Diese Nachricht &amp;verwenden</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Print the report: who did not receive the message, and why</source>
        <translation>Den Bericht drucken: wer die Nachricht nicht erhalten hat, und warum</translation>
    </message>
    <message>
        <source>E&amp;xport as PDF…</source>
        <translation>Als &amp;PDF exportieren…</translation>
    </message>
    <message>
        <source>Save the printable report as a PDF file</source>
        <translation>Den druckbaren Bericht als PDF-Datei speichern</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>&amp;Properties…</source>
        <translation>&amp;Eigenschaften…</translation>
    </message>
    <message>
        <source>Every property of the report, its recipients and attachments, for administrators</source>
        <translation>Alle Eigenschaften des Berichts, seiner Empfänger und Anlagen, für Administratoren</translation>
    </message>
    <message>
        <source>Properties — %1</source>
        <translation>Eigenschaften — %1</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Print Report</source>
        <translation>Bericht drucken</translation>
    </message>
    <message>
        <source>Cannot save PDF</source>
        <translation>PDF kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; could not be written:
%2</source>
        <translation>Die Datei „%1“ konnte nicht geschrieben werden:
%2</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Als PDF exportieren</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>Drucken nicht möglich</translation>
    </message>
</context>
<context>
    <name>Ndr::NdrForm</name>
    <message>
        <source>Delivery report</source>
        <translation>Zustellbericht</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Betreff:</translation>
    </message>
    <message>
        <source>Sent:</source>
        <translation>Gesendet:</translation>
    </message>
    <message>
        <source>Reci&amp;pients who did not receive the message:</source>
        <translation>Empfän&amp;ger, die die Nachricht nicht erhalten haben:</translation>
    </message>
    <message>
        <source>Also list the recipients who did receive the message</source>
        <translation>Auch die Empfänger auflisten, die die Nachricht erhalten haben</translation>
    </message>
    <message>
        <source>Show &amp;all recipients</source>
        <translation>Alle Empfänger an&amp;zeigen</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>The recipients who did not receive the message, with the reason for each</source>
        <translation>Die Empfänger, die die Nachricht nicht erhalten haben, jeweils mit dem Grund</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Select a recipient to see why the message did not reach them.</source>
        <translation>Wählen Sie einen Empfänger, um zu sehen, warum die Nachricht ihn nicht erreicht hat.</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Technische Details</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Server response</source>
        <translation>Server-Antwort</translation>
    </message>
    <message>
        <source>Remote server:</source>
        <translation>Entfernter Server:</translation>
    </message>
    <message>
        <source>Reported by:</source>
        <translation>Gemeldet von:</translation>
    </message>
    <message>
        <source>Report time:</source>
        <translation>Berichtszeit:</translation>
    </message>
    <message>
        <source>&amp;Resend…</source>
        <translation>&amp;Erneut senden…</translation>
    </message>
    <message>
        <source>Undelivered message</source>
        <translation>Nicht zugestellte Nachricht</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Reci&amp;pients:</source>
        <translation>Empfän&amp;ger:</translation>
    </message>
    <message>
        <source>Reci&amp;pients of the message:</source>
        <translation>Empfän&amp;ger der Nachricht:</translation>
    </message>
    <message>
        <source>&lt;b&gt;The original message is missing.&lt;/b&gt; This report does not include a copy of your message. The recipients it could not reach are still listed below; to resend, use Locate Original… to choose your copy of the message (.msg or .eml).</source>
        <translation>&lt;b&gt;Die ursprüngliche Nachricht fehlt.&lt;/b&gt; Dieser Bericht enthält keine Kopie Ihrer Nachricht. Die Empfänger, die sie nicht erreicht hat, werden trotzdem unten aufgeführt; um erneut zu senden, wählen Sie mit „Original suchen…“ Ihre Kopie der Nachricht (.msg oder .eml).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Only the headers of the original message came back.&lt;/b&gt; Its text and attachments are not in this report; to resend, use Locate Original… to choose your copy of the message (.msg or .eml).</source>
        <translation>&lt;b&gt;Von der ursprünglichen Nachricht kamen nur die Kopfzeilen zurück.&lt;/b&gt; Text und Anlagen sind nicht in diesem Bericht; um erneut zu senden, wählen Sie mit „Original suchen…“ Ihre Kopie der Nachricht (.msg oder .eml).</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>und %1 weitere</translation>
    </message>
    <message>
        <source>&lt;b&gt;Parts of this report could not be read.&lt;/b&gt; What could be read is shown.</source>
        <translation>&lt;b&gt;Teile dieses Berichts konnten nicht gelesen werden.&lt;/b&gt; Angezeigt wird, was gelesen werden konnte.</translation>
    </message>
    <message>
        <source>The recipient did not receive the message.</source>
        <translation>Der Empfänger hat die Nachricht nicht erhalten.</translation>
    </message>
    <message>
        <source>%1 of %2 recipients did not receive the message.</source>
        <translation>Nachricht nicht erhalten: %1 von %2 Empfängern.</translation>
    </message>
    <message>
        <source>This report names no recipient who failed to receive the message.</source>
        <translation>Dieser Bericht nennt keinen Empfänger, der die Nachricht nicht erhalten hat.</translation>
    </message>
    <message>
        <source>Send the message again to the recipients who did not receive it</source>
        <translation>Die Nachricht erneut an die Empfänger senden, die sie nicht erhalten haben</translation>
    </message>
    <message>
        <source>There is no recipient to resend the message to.</source>
        <translation>Es gibt keinen Empfänger, an den die Nachricht erneut gesendet werden könnte.</translation>
    </message>
    <message>
        <source>The original message is not attached to this report: use Locate Original… to choose its file, then resend.</source>
        <translation>Die ursprüngliche Nachricht ist diesem Bericht nicht beigefügt: Wählen Sie ihre Datei mit „Original suchen…“ und senden Sie dann erneut.</translation>
    </message>
    <message>
        <source>The original message is not attached to this report, so it cannot be resent from here.</source>
        <translation>Die ursprüngliche Nachricht ist diesem Bericht nicht beigefügt und kann daher von hier aus nicht erneut gesendet werden.</translation>
    </message>
    <message>
        <source>&amp;Locate Original…</source>
        <translation>Original &amp;suchen…</translation>
    </message>
    <message>
        <source>Choose your copy of the original message (.msg or .eml) to resend it</source>
        <translation>Ihre Kopie der ursprünglichen Nachricht (.msg oder .eml) wählen, um sie erneut zu senden</translation>
    </message>
    <message>
        <source>What you can do:</source>
        <translation>Was Sie tun können:</translation>
    </message>
    <message>
        <source>Permanent</source>
        <translation>Dauerhaft</translation>
    </message>
    <message>
        <source>Temporary</source>
        <translation>Vorübergehend</translation>
    </message>
    <message>
        <source>This is a temporary problem: the mail server is still trying to deliver the message. You do not need to do anything yet.</source>
        <translation>Dies ist ein vorübergehendes Problem: Der Mailserver versucht weiterhin, die Nachricht zuzustellen. Sie müssen noch nichts tun.</translation>
    </message>
    <message>
        <source>This is a permanent failure: sending the message again unchanged will fail again.</source>
        <translation>Dies ist ein dauerhafter Fehler: Unverändertes erneutes Senden schlägt wieder fehl.</translation>
    </message>
    <message>
        <source>This is a temporary problem: sending the message again later may work.</source>
        <translation>Dies ist ein vorübergehendes Problem: Später erneut zu senden, kann gelingen.</translation>
    </message>
    <message>
        <source>Who can fix it:</source>
        <translation>Wer es beheben kann:</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Passed on to another mail system</source>
        <translation>An ein anderes Mailsystem weitergegeben</translation>
    </message>
    <message>
        <source>Delivered to the members of a list</source>
        <translation>An die Mitglieder einer Liste zugestellt</translation>
    </message>
    <message>
        <source>No problem reported</source>
        <translation>Kein Problem gemeldet</translation>
    </message>
    <message>
        <source>The report does not say that this recipient missed the message.</source>
        <translation>Laut Bericht hat dieser Empfänger die Nachricht nicht verpasst.</translation>
    </message>
    <message>
        <source>Server respo&amp;nse:</source>
        <translation>Server-Ant&amp;wort:</translation>
    </message>
    <message>
        <source>Resend Anyway</source>
        <translation>Trotzdem erneut senden</translation>
    </message>
    <message>
        <source>Resend a message you may not have sent?</source>
        <translation>Eine Nachricht erneut senden, die Sie vielleicht nicht gesendet haben?</translation>
    </message>
    <message>
        <source>The returned message says it is from %1, but this report was sent to you at %2. If someone else used your address to send it, resending would send their mail on from you. Resend only if you sent this message yourself.</source>
        <translation>Laut der zurückgekommenen Nachricht stammt sie von %1, dieser Bericht ging aber an Sie unter %2. Falls jemand anderes Ihre Adresse benutzt hat, um sie zu versenden, würden Sie mit dem erneuten Senden seine E-Mail in Ihrem Namen weiterschicken. Senden Sie nur dann erneut, wenn Sie diese Nachricht selbst gesendet haben.</translation>
    </message>
    <message>
        <source>&amp;Resend Anyway</source>
        <translation>&amp;Trotzdem erneut senden</translation>
    </message>
    <message>
        <source>Resend is turned off for this report. If you sent the message yourself, use Resend Anyway….</source>
        <translation>Erneutes Senden ist für diesen Bericht ausgeschaltet. Wenn Sie die Nachricht selbst gesendet haben, verwenden Sie „Trotzdem erneut senden…“.</translation>
    </message>
    <message>
        <source>Resend is turned off: this report seems to be about a message you did not send (backscatter), and resending it would send someone else&apos;s mail on from you. If you sent it yourself, use Resend Anyway….</source>
        <translation>Erneutes Senden ist ausgeschaltet: Dieser Bericht scheint eine Nachricht zu betreffen, die Sie nicht gesendet haben (Backscatter), und mit dem erneuten Senden würden Sie die E-Mail eines anderen in Ihrem Namen weiterschicken. Wenn Sie sie selbst gesendet haben, verwenden Sie „Trotzdem erneut senden…“.</translation>
    </message>
    <message>
        <source>Resend Any&amp;way…</source>
        <translation>&amp;Trotzdem erneut senden…</translation>
    </message>
    <message>
        <source>Resend this message after confirming that you sent it yourself</source>
        <translation>Diese Nachricht erneut senden, nachdem Sie bestätigt haben, dass Sie sie selbst gesendet haben</translation>
    </message>
    <message>
        <source>&lt;b&gt;This report quotes your message only as text.&lt;/b&gt; Its subject and recipients are read from there; to resend, use Locate Original… to choose your copy of the message (.msg or .eml).</source>
        <translation>&lt;b&gt;Dieser Bericht zitiert Ihre Nachricht nur als Text.&lt;/b&gt; Betreff und Empfänger stammen von dort; um erneut zu senden, wählen Sie mit „Original suchen…“ Ihre Kopie der Nachricht (.msg oder .eml).</translation>
    </message>
</context>
<context>
    <name>Ndr::OutboxMessageModel</name>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <source>How many recipients the message is sent to again (its MAPI_P1 rows)</source>
        <translation>An wie viele Empfänger die Nachricht erneut gesendet wird (ihre MAPI_P1-Zeilen)</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Resend to</source>
        <translation>Erneut an</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>Gespeichert</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient rows, the resend&apos;s own rows included</source>
        <translation>
            <numerusform>%n Empfängerzeile, einschließlich der eigenen Zeilen des erneuten Sendens</numerusform>
            <numerusform>%n Empfängerzeilen, einschließlich der eigenen Zeilen des erneuten Sendens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent again to %n recipients (MAPI_P1 rows)</source>
        <translation>
            <numerusform>Erneut an %n Empfänger gesendet (MAPI_P1-Zeilen)</numerusform>
            <numerusform>Erneut an %n Empfänger gesendet (MAPI_P1-Zeilen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ndr::OutboxRecipientModel</name>
    <message>
        <source>resend (P1)</source>
        <translation>erneut (P1)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>Cc</translation>
    </message>
    <message>
        <source>Bcc</source>
        <translation>Bcc</translation>
    </message>
    <message>
        <source>%1 (submitted)</source>
        <translation>%1 (übermittelt)</translation>
    </message>
    <message>
        <source>This recipient receives the message again.</source>
        <translation>Dieser Empfänger erhält die Nachricht erneut.</translation>
    </message>
    <message>
        <source>Shown to the receivers as it was; this row is not sent to again.</source>
        <translation>Wird den Empfängern unverändert angezeigt; an diese Zeile wird nicht erneut gesendet.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
</context>
<context>
    <name>Ndr::OutboxView</name>
    <message>
        <source>Outbox</source>
        <translation>Postausgang</translation>
    </message>
    <message>
        <source>Message store</source>
        <translation>Nachrichtenspeicher</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>&amp;Messages:</source>
        <translation>&amp;Nachrichten:</translation>
    </message>
    <message>
        <source>Messages in the folder</source>
        <translation>Nachrichten im Ordner</translation>
    </message>
    <message>
        <source>Recipient &amp;rows of the selected message:</source>
        <translation>Empfänger&amp;zeilen der ausgewählten Nachricht:</translation>
    </message>
    <message>
        <source>Recipient rows of the selected message</source>
        <translation>Empfängerzeilen der ausgewählten Nachricht</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <source>Sent Items</source>
        <translation>Gesendete Elemente</translation>
    </message>
    <message>
        <source>Deleted Items</source>
        <translation>Gelöschte Elemente</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Entwürfe</translation>
    </message>
    <message>
        <source>no message store is chosen</source>
        <translation>kein Nachrichtenspeicher gewählt</translation>
    </message>
    <message>
        <source>Message Store — %1</source>
        <translation>Nachrichtenspeicher — %1</translation>
    </message>
    <message>
        <source>Nothing has been stored yet: there is no message store at %1.</source>
        <translation>Noch nichts gespeichert: Unter %1 gibt es keinen Nachrichtenspeicher.</translation>
    </message>
    <message>
        <source>The message store cannot be read: %1</source>
        <translation>Der Nachrichtenspeicher kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Message %1 cannot be read: %2</source>
        <translation>Nachricht %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The folder %1 is empty.</source>
        <translation>Der Ordner %1 ist leer.</translation>
    </message>
    <message>
        <source>No message store chosen.</source>
        <translation>Kein Nachrichtenspeicher gewählt.</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Speicher: %1</translation>
    </message>
    <message>
        <source>Read the folder again (F5)</source>
        <translation>Den Ordner neu lesen (F5)</translation>
    </message>
    <message>
        <source>1 message in %1.</source>
        <translation>1 Nachricht in %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n messages in %1.</source>
        <translation>
            <numerusform>%n Nachricht in %1.</numerusform>
            <numerusform>%n Nachrichten in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Refres&amp;h</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
</context>
<context>
    <name>Ndr::PictureAccessible</name>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
</context>
<context>
    <name>Ndr::PropertyTreeModel</name>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Properties (%1)</source>
        <translation>Eigenschaften (%1)</translation>
    </message>
    <message>
        <source>Recipients (%1)</source>
        <translation>Empfänger (%1)</translation>
    </message>
    <message>
        <source>Attachments (%1)</source>
        <translation>Anlagen (%1)</translation>
    </message>
    <message>
        <source>Recipient %1</source>
        <translation>Empfänger %1</translation>
    </message>
    <message>
        <source>embedded message</source>
        <translation>eingebettete Nachricht</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Byte</translation>
    </message>
    <message>
        <source>Attachment %1</source>
        <translation>Anlage %1</translation>
    </message>
    <message>
        <source>Embedded message</source>
        <translation>Eingebettete Nachricht</translation>
    </message>
    <message>
        <source>… (%1 bytes)</source>
        <translation>… (%1 Byte)</translation>
    </message>
    <message>
        <source>(cannot be read: %1)</source>
        <translation>(kann nicht gelesen werden: %1)</translation>
    </message>
</context>
<context>
    <name>Ndr::PropertyView</name>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Properties of the report</source>
        <translation>Eigenschaften des Berichts</translation>
    </message>
    <message>
        <source>Every property of the report, its recipients, its attachments and the messages embedded in it</source>
        <translation>Alle Eigenschaften des Berichts, seiner Empfänger, seiner Anlagen und der darin eingebetteten Nachrichten</translation>
    </message>
    <message>
        <source>&amp;Expand All</source>
        <translation>Alle &amp;aufklappen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the selected rows as text (Ctrl+C)</source>
        <translation>Die ausgewählten Zeilen als Text kopieren (Strg+C)</translation>
    </message>
    <message>
        <source>Copy All as &amp;JSON</source>
        <translation>Alles als &amp;JSON kopieren</translation>
    </message>
    <message>
        <source>Copy every property of the report as JSON</source>
        <translation>Alle Eigenschaften des Berichts als JSON kopieren</translation>
    </message>
</context>
<context>
    <name>Ndr::Reason</name>
    <message>
        <source>Address not found</source>
        <translation>Adresse nicht gefunden</translation>
    </message>
    <message>
        <source>The recipient&apos;s mail server says this address does not exist.</source>
        <translation>Laut Mailserver des Empfängers gibt es diese Adresse nicht.</translation>
    </message>
    <message>
        <source>Check the address for typing mistakes, or ask the recipient for the right one, then resend.</source>
        <translation>Prüfen Sie die Adresse auf Tippfehler oder fragen Sie den Empfänger nach der richtigen, und senden Sie dann erneut.</translation>
    </message>
    <message>
        <source>Domain not found</source>
        <translation>Domain nicht gefunden</translation>
    </message>
    <message>
        <source>The part of the address after the @ does not exist, or it has no mail server.</source>
        <translation>Der Teil der Adresse nach dem @ existiert nicht oder hat keinen Mailserver.</translation>
    </message>
    <message>
        <source>Check the spelling of the domain after the @, then resend.</source>
        <translation>Prüfen Sie die Schreibweise der Domain nach dem @ und senden Sie dann erneut.</translation>
    </message>
    <message>
        <source>The recipient has moved</source>
        <translation>Der Empfänger ist umgezogen</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox has moved to another address and mail is not forwarded.</source>
        <translation>Das Postfach des Empfängers ist an eine andere Adresse umgezogen, und E-Mails werden nicht weitergeleitet.</translation>
    </message>
    <message>
        <source>Ask the recipient for the new address and resend to it.</source>
        <translation>Fragen Sie den Empfänger nach der neuen Adresse und senden Sie erneut an diese.</translation>
    </message>
    <message>
        <source>Recipient&apos;s mailbox is full</source>
        <translation>Postfach des Empfängers ist voll</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is over its storage limit, so it cannot take new mail now.</source>
        <translation>Das Postfach des Empfängers hat sein Speicherlimit überschritten und kann gerade keine neuen E-Mails annehmen.</translation>
    </message>
    <message>
        <source>Resend later, or reach the recipient another way so they can make room.</source>
        <translation>Senden Sie später erneut, oder erreichen Sie den Empfänger auf anderem Weg, damit er Platz schafft.</translation>
    </message>
    <message>
        <source>A limit was exceeded</source>
        <translation>Ein Limit wurde überschritten</translation>
    </message>
    <message>
        <source>The message went over a limit set for the recipient&apos;s mailbox.</source>
        <translation>Die Nachricht hat ein Limit überschritten, das für das Postfach des Empfängers gilt.</translation>
    </message>
    <message>
        <source>Make the message smaller, or ask the recipient about their limits, then resend.</source>
        <translation>Verkleinern Sie die Nachricht oder fragen Sie den Empfänger nach seinen Limits, und senden Sie dann erneut.</translation>
    </message>
    <message>
        <source>Message too large</source>
        <translation>Nachricht zu groß</translation>
    </message>
    <message>
        <source>The message is larger than the receiving server accepts.</source>
        <translation>Die Nachricht ist größer, als der empfangende Server annimmt.</translation>
    </message>
    <message>
        <source>Remove or shrink large attachments (or share them as a link), then resend.</source>
        <translation>Entfernen oder verkleinern Sie große Anlagen (oder teilen Sie sie als Link), und senden Sie dann erneut.</translation>
    </message>
    <message>
        <source>Recipient&apos;s account is suspended</source>
        <translation>Konto des Empfängers ist gesperrt</translation>
    </message>
    <message>
        <source>The recipient&apos;s account exists but is disabled or suspended.</source>
        <translation>Das Konto des Empfängers existiert, ist aber deaktiviert oder gesperrt.</translation>
    </message>
    <message>
        <source>Reach the recipient another way; resending will fail until the account is enabled.</source>
        <translation>Erreichen Sie den Empfänger auf anderem Weg; erneutes Senden schlägt fehl, bis das Konto wieder aktiv ist.</translation>
    </message>
    <message>
        <source>Delivery timed out</source>
        <translation>Zustellung hat zu lange gedauert</translation>
    </message>
    <message>
        <source>Your server kept trying to deliver the message, but the receiving server could not be reached in time.</source>
        <translation>Ihr Server hat immer wieder versucht, die Nachricht zuzustellen, aber der empfangende Server war nicht rechtzeitig erreichbar.</translation>
    </message>
    <message>
        <source>Resend later. If it keeps happening, tell your administrator.</source>
        <translation>Senden Sie später erneut. Wenn es immer wieder passiert, informieren Sie Ihren Administrator.</translation>
    </message>
    <message>
        <source>Network problem</source>
        <translation>Netzwerkproblem</translation>
    </message>
    <message>
        <source>A network or DNS problem stopped the message on its way.</source>
        <translation>Ein Netzwerk- oder DNS-Problem hat die Nachricht unterwegs aufgehalten.</translation>
    </message>
    <message>
        <source>Error on the receiving server</source>
        <translation>Fehler auf dem empfangenden Server</translation>
    </message>
    <message>
        <source>The receiving server had an internal error while handling the message.</source>
        <translation>Beim Verarbeiten der Nachricht trat auf dem empfangenden Server ein interner Fehler auf.</translation>
    </message>
    <message>
        <source>Resend later; if it fails again, the recipient&apos;s administrator has to fix it.</source>
        <translation>Senden Sie später erneut; schlägt es wieder fehl, muss der Administrator des Empfängers das Problem beheben.</translation>
    </message>
    <message>
        <source>Receiving server is out of space</source>
        <translation>Empfangender Server hat keinen Platz mehr</translation>
    </message>
    <message>
        <source>The receiving mail server has run out of disk space.</source>
        <translation>Dem empfangenden Mailserver ist der Speicherplatz ausgegangen.</translation>
    </message>
    <message>
        <source>Resend later, when the recipient&apos;s administrator has freed space.</source>
        <translation>Senden Sie später erneut, wenn der Administrator des Empfängers Platz geschaffen hat.</translation>
    </message>
    <message>
        <source>Delivery program failed</source>
        <translation>Zustellprogramm ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>A delivery program on the recipient&apos;s server failed.</source>
        <translation>Ein Zustellprogramm auf dem Server des Empfängers ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Receiving server was busy</source>
        <translation>Empfangender Server war ausgelastet</translation>
    </message>
    <message>
        <source>The receiving server turned the message away because it had too many connections or recipients at once.</source>
        <translation>Der empfangende Server hat die Nachricht abgewiesen, weil er zu viele Verbindungen oder Empfänger gleichzeitig hatte.</translation>
    </message>
    <message>
        <source>Resend later, or to fewer recipients at a time.</source>
        <translation>Senden Sie später erneut, oder an weniger Empfänger auf einmal.</translation>
    </message>
    <message>
        <source>Sent too fast</source>
        <translation>Zu schnell gesendet</translation>
    </message>
    <message>
        <source>Too many messages were sent in a short time, so the receiving server slowed them down.</source>
        <translation>In kurzer Zeit wurden zu viele Nachrichten gesendet, daher hat der empfangende Server sie gebremst.</translation>
    </message>
    <message>
        <source>Wait a while, then resend.</source>
        <translation>Warten Sie eine Weile und senden Sie dann erneut.</translation>
    </message>
    <message>
        <source>Domain accepts no mail</source>
        <translation>Domain nimmt keine E-Mails an</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain does not accept email at all.</source>
        <translation>Die Domain des Empfängers nimmt überhaupt keine E-Mails an.</translation>
    </message>
    <message>
        <source>Check the address; reach the recipient another way.</source>
        <translation>Prüfen Sie die Adresse; erreichen Sie den Empfänger auf anderem Weg.</translation>
    </message>
    <message>
        <source>Your server was blocked</source>
        <translation>Ihr Server wurde gesperrt</translation>
    </message>
    <message>
        <source>The receiving server refused mail from your mail server&apos;s address.</source>
        <translation>Der empfangende Server hat E-Mails von der Adresse Ihres Mailservers abgelehnt.</translation>
    </message>
    <message>
        <source>Tell your administrator; resending will fail until the block is lifted.</source>
        <translation>Informieren Sie Ihren Administrator; erneutes Senden schlägt fehl, bis die Sperre aufgehoben ist.</translation>
    </message>
    <message>
        <source>Your server&apos;s reputation</source>
        <translation>Ruf Ihres Servers</translation>
    </message>
    <message>
        <source>The receiving server refused mail because of your sending server&apos;s reputation.</source>
        <translation>Der empfangende Server hat E-Mails wegen des Rufs Ihres sendenden Servers abgelehnt.</translation>
    </message>
    <message>
        <source>Tell your administrator; resending will fail until the reputation recovers.</source>
        <translation>Informieren Sie Ihren Administrator; erneutes Senden schlägt fehl, bis sich der Ruf erholt hat.</translation>
    </message>
    <message>
        <source>Your server has no reverse DNS</source>
        <translation>Ihr Server hat kein Reverse-DNS</translation>
    </message>
    <message>
        <source>The receiving server refused mail because your sending server&apos;s address has no valid reverse-DNS name.</source>
        <translation>Der empfangende Server hat E-Mails abgelehnt, weil die Adresse Ihres sendenden Servers keinen gültigen Reverse-DNS-Namen hat.</translation>
    </message>
    <message>
        <source>Tell your administrator; they must set up reverse DNS for the mail server.</source>
        <translation>Informieren Sie Ihren Administrator; er muss Reverse-DNS für den Mailserver einrichten.</translation>
    </message>
    <message>
        <source>Sender authentication failed</source>
        <translation>Absenderauthentifizierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>The receiving server could not verify that your domain sent this message (SPF, DKIM or DMARC).</source>
        <translation>Der empfangende Server konnte nicht bestätigen, dass Ihre Domain diese Nachricht gesendet hat (SPF, DKIM oder DMARC).</translation>
    </message>
    <message>
        <source>Tell your administrator; your domain&apos;s SPF, DKIM or DMARC records need fixing.</source>
        <translation>Informieren Sie Ihren Administrator; die SPF-, DKIM- oder DMARC-Einträge Ihrer Domain müssen korrigiert werden.</translation>
    </message>
    <message>
        <source>Your address was refused</source>
        <translation>Ihre Adresse wurde abgelehnt</translation>
    </message>
    <message>
        <source>The receiving server refused your sender address or domain.</source>
        <translation>Der empfangende Server hat Ihre Absenderadresse oder -domain abgelehnt.</translation>
    </message>
    <message>
        <source>Tell your administrator; resending unchanged will fail again.</source>
        <translation>Informieren Sie Ihren Administrator; unverändertes erneutes Senden schlägt wieder fehl.</translation>
    </message>
    <message>
        <source>Relaying denied</source>
        <translation>Weiterleitung verweigert</translation>
    </message>
    <message>
        <source>A server on the way refused to pass the message on (relaying denied).</source>
        <translation>Ein Server unterwegs hat sich geweigert, die Nachricht weiterzugeben (Relaying verweigert).</translation>
    </message>
    <message>
        <source>Check your mail account settings or tell your administrator.</source>
        <translation>Prüfen Sie die Einstellungen Ihres E-Mail-Kontos oder informieren Sie Ihren Administrator.</translation>
    </message>
    <message>
        <source>Refused by the recipient&apos;s filter</source>
        <translation>Vom Filter des Empfängers abgelehnt</translation>
    </message>
    <message>
        <source>The recipient&apos;s server accepted the message but a filter, or the mailbox&apos;s settings, refused it.</source>
        <translation>Der Server des Empfängers hat die Nachricht angenommen, aber ein Filter oder die Einstellungen des Postfachs haben sie abgelehnt.</translation>
    </message>
    <message>
        <source>Reach the recipient another way and ask them to accept your mail.</source>
        <translation>Erreichen Sie den Empfänger auf anderem Weg und bitten Sie ihn, Ihre E-Mails anzunehmen.</translation>
    </message>
    <message>
        <source>Refused by the recipient&apos;s policy</source>
        <translation>Durch Richtlinie des Empfängers abgelehnt</translation>
    </message>
    <message>
        <source>The recipient&apos;s organisation does not accept this message under its rules.</source>
        <translation>Die Organisation des Empfängers nimmt diese Nachricht nach ihren Regeln nicht an.</translation>
    </message>
    <message>
        <source>Ask the recipient&apos;s side why; changing the message may help.</source>
        <translation>Fragen Sie beim Empfänger nach dem Grund; eine Änderung der Nachricht kann helfen.</translation>
    </message>
    <message>
        <source>Refused for security reasons</source>
        <translation>Aus Sicherheitsgründen abgelehnt</translation>
    </message>
    <message>
        <source>The message was refused for a security reason: you may not be allowed to send to this recipient, or authentication was required.</source>
        <translation>Die Nachricht wurde aus einem Sicherheitsgrund abgelehnt: Vielleicht dürfen Sie an diesen Empfänger nicht senden, oder eine Anmeldung war erforderlich.</translation>
    </message>
    <message>
        <source>Ask your administrator or the recipient whether you may send to this address.</source>
        <translation>Fragen Sie Ihren Administrator oder den Empfänger, ob Sie an diese Adresse senden dürfen.</translation>
    </message>
    <message>
        <source>Taken for spam</source>
        <translation>Für Spam gehalten</translation>
    </message>
    <message>
        <source>The receiving server judged the message to be spam.</source>
        <translation>Der empfangende Server hat die Nachricht als Spam eingestuft.</translation>
    </message>
    <message>
        <source>Change the wording or remove links and attachments that look suspicious, or reach the recipient another way.</source>
        <translation>Ändern Sie die Formulierung oder entfernen Sie verdächtig wirkende Links und Anlagen, oder erreichen Sie den Empfänger auf anderem Weg.</translation>
    </message>
    <message>
        <source>A virus was found</source>
        <translation>Ein Virus wurde gefunden</translation>
    </message>
    <message>
        <source>The receiving server found a virus or a dangerous attachment in the message.</source>
        <translation>Der empfangende Server hat in der Nachricht einen Virus oder eine gefährliche Anlage gefunden.</translation>
    </message>
    <message>
        <source>Scan your computer and the attachments; resend without the flagged attachment.</source>
        <translation>Prüfen Sie Ihren Computer und die Anlagen auf Viren; senden Sie ohne die beanstandete Anlage erneut.</translation>
    </message>
    <message>
        <source>Message format refused</source>
        <translation>Nachrichtenformat abgelehnt</translation>
    </message>
    <message>
        <source>The receiving server could not accept the format or headers of the message.</source>
        <translation>Der empfangende Server konnte das Format oder die Kopfzeilen der Nachricht nicht annehmen.</translation>
    </message>
    <message>
        <source>Resend as plain text or without unusual attachments; if it persists, tell your administrator.</source>
        <translation>Senden Sie als reinen Text oder ohne ungewöhnliche Anlagen erneut; bleibt das Problem bestehen, informieren Sie Ihren Administrator.</translation>
    </message>
    <message>
        <source>Message breaks mail standards</source>
        <translation>Nachricht verletzt E-Mail-Standards</translation>
    </message>
    <message>
        <source>The message does not follow the email standards that the receiving server enforces.</source>
        <translation>Die Nachricht hält die E-Mail-Standards nicht ein, auf denen der empfangende Server besteht.</translation>
    </message>
    <message>
        <source>Tell your administrator.</source>
        <translation>Informieren Sie Ihren Administrator.</translation>
    </message>
    <message>
        <source>Mail protocol error</source>
        <translation>Fehler im Mailprotokoll</translation>
    </message>
    <message>
        <source>The servers misunderstood each other while passing the message on.</source>
        <translation>Die Server haben sich beim Weitergeben der Nachricht missverstanden.</translation>
    </message>
    <message>
        <source>Resend later; if it persists, tell your administrator.</source>
        <translation>Senden Sie später erneut; bleibt das Problem bestehen, informieren Sie Ihren Administrator.</translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation>Sichere Verbindung fehlgeschlagen</translation>
    </message>
    <message>
        <source>A secure (TLS) connection to the receiving server could not be set up.</source>
        <translation>Eine sichere (TLS-)Verbindung zum empfangenden Server konnte nicht aufgebaut werden.</translation>
    </message>
    <message>
        <source>Address on a suppression list</source>
        <translation>Adresse auf einer Sperrliste</translation>
    </message>
    <message>
        <source>Your sending service did not try to deliver, because the address is on its suppression list.</source>
        <translation>Ihr Versanddienst hat die Zustellung nicht versucht, weil die Adresse auf seiner Sperrliste steht.</translation>
    </message>
    <message>
        <source>Check the address; remove it from the suppression list only if it is valid again.</source>
        <translation>Prüfen Sie die Adresse; entfernen Sie sie nur dann von der Sperrliste, wenn sie wieder gültig ist.</translation>
    </message>
    <message>
        <source>Reason not determined</source>
        <translation>Grund nicht ermittelt</translation>
    </message>
    <message>
        <source>Delivery failed, but the report does not say clearly why.</source>
        <translation>Die Zustellung ist fehlgeschlagen, aber der Bericht sagt nicht klar, warum.</translation>
    </message>
    <message>
        <source>Read the server&apos;s words below; resend later or contact the recipient another way.</source>
        <translation>Lesen Sie die Antwort des Servers unten; senden Sie später erneut oder erreichen Sie den Empfänger auf anderem Weg.</translation>
    </message>
    <message>
        <source>Reason unknown</source>
        <translation>Grund unbekannt</translation>
    </message>
    <message>
        <source>The report gives no reason for the failure.</source>
        <translation>Der Bericht nennt keinen Grund für den Fehler.</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>The message was delivered.</source>
        <translation>Die Nachricht wurde zugestellt.</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>Nichts zu tun.</translation>
    </message>
    <message>
        <source>Complaint report</source>
        <translation>Beschwerdebericht</translation>
    </message>
    <message>
        <source>This is not a bounce: it is a complaint (abuse report) about your message.</source>
        <translation>Dies ist keine Unzustellbarkeitsmeldung, sondern eine Beschwerde (Missbrauchsmeldung) über Ihre Nachricht.</translation>
    </message>
    <message>
        <source>Nothing to resend.</source>
        <translation>Nichts erneut zu senden.</translation>
    </message>
    <message>
        <source>Automatic reply</source>
        <translation>Automatische Antwort</translation>
    </message>
    <message>
        <source>This is not a bounce: it is an automatic reply, such as an out-of-office notice.</source>
        <translation>Dies ist keine Unzustellbarkeitsmeldung, sondern eine automatische Antwort, etwa eine Abwesenheitsnotiz.</translation>
    </message>
</context>
<context>
    <name>Ndr::RecipientTableModel</name>
    <message>
        <source>Cc</source>
        <translation>Cc</translation>
    </message>
    <message>
        <source>Bcc</source>
        <translation>Bcc</translation>
    </message>
    <message>
        <source>Originator</source>
        <translation>Absender</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation>Nicht gemeldet</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Delayed, temporary</source>
        <translation>Verzögert, vorübergehend</translation>
    </message>
    <message>
        <source>Failed, temporary</source>
        <translation>Fehlgeschlagen, vorübergehend</translation>
    </message>
    <message>
        <source>Not addressed</source>
        <translation>Nicht adressiert</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>Ndr::ReportExplainer</name>
    <message>
        <source>Your message did not reach some or all of the intended recipients.</source>
        <translation>Ihre Nachricht hat einige oder alle vorgesehenen Empfänger nicht erreicht.</translation>
    </message>
    <message>
        <source>This is a delayed delivery notice: your message has not reached some recipients yet, and the mail server is still trying.</source>
        <translation>Dies ist eine Verzögerungsmeldung: Ihre Nachricht hat einige Empfänger noch nicht erreicht, und der Mailserver versucht es weiter.</translation>
    </message>
    <message>
        <source>This is a delivery receipt: your message was delivered.</source>
        <translation>Dies ist eine Zustellbestätigung: Ihre Nachricht wurde zugestellt.</translation>
    </message>
    <message>
        <source>This is a read receipt: your message was read.</source>
        <translation>Dies ist eine Lesebestätigung: Ihre Nachricht wurde gelesen.</translation>
    </message>
    <message>
        <source>This is a read receipt: your message was removed without being read.</source>
        <translation>Dies ist eine Lesebestätigung: Ihre Nachricht wurde ungelesen gelöscht.</translation>
    </message>
    <message>
        <source>This is an abuse report: a mail system reported a message as unwanted.</source>
        <translation>Dies ist eine Missbrauchsmeldung: Ein Mailsystem hat eine Nachricht als unerwünscht gemeldet.</translation>
    </message>
    <message>
        <source>This is an automatic reply, not a delivery problem.</source>
        <translation>Dies ist eine automatische Antwort, kein Zustellproblem.</translation>
    </message>
    <message>
        <source>This message is not a delivery report.</source>
        <translation>Diese Nachricht ist kein Zustellbericht.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This report may be about a message you did not send&lt;/b&gt; (forged sender / backscatter). The returned message says it is from %1, but this report was sent to %2: someone may have used your address to send spam. You do not need to do anything.</source>
        <translation>&lt;b&gt;Dieser Bericht betrifft vielleicht eine Nachricht, die Sie nicht gesendet haben&lt;/b&gt; (gefälschter Absender / Backscatter). Laut der zurückgekommenen Nachricht stammt sie von %1, dieser Bericht ging aber an %2: Vielleicht hat jemand Ihre Adresse benutzt, um Spam zu versenden. Sie müssen nichts tun.</translation>
    </message>
    <message>
        <source>This address was not among the original message&apos;s recipients: the message probably reached it through forwarding, a mailing list or a group, or as a Bcc copy.</source>
        <translation>Diese Adresse war nicht unter den Empfängern der ursprünglichen Nachricht: Die Nachricht hat sie wahrscheinlich über eine Weiterleitung, eine Mailingliste oder eine Gruppe erreicht, oder als Bcc-Kopie.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>SMTP reply %1</source>
        <translation>SMTP-Antwort %1</translation>
    </message>
    <message>
        <source>Delivery report</source>
        <translation>Zustellbericht</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Betreff:</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <source>Sent:</source>
        <translation>Gesendet:</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <source>Report file:</source>
        <translation>Berichtsdatei:</translation>
    </message>
    <message>
        <source>The recipient did not receive the message.</source>
        <translation>Der Empfänger hat die Nachricht nicht erhalten.</translation>
    </message>
    <message>
        <source>%1 of %2 recipients did not receive the message.</source>
        <translation>Nachricht nicht erhalten: %1 von %2 Empfängern.</translation>
    </message>
    <message>
        <source>This report names no recipient who failed to receive the message.</source>
        <translation>Dieser Bericht nennt keinen Empfänger, der die Nachricht nicht erhalten hat.</translation>
    </message>
    <message>
        <source>The report does not say that this recipient missed the message.</source>
        <translation>Laut Bericht hat dieser Empfänger die Nachricht nicht verpasst.</translation>
    </message>
    <message>
        <source>Temporary: the mail server is still trying</source>
        <translation>Vorübergehend: Der Mailserver versucht es weiter</translation>
    </message>
    <message>
        <source>Permanent</source>
        <translation>Dauerhaft</translation>
    </message>
    <message>
        <source>Temporary</source>
        <translation>Vorübergehend</translation>
    </message>
    <message>
        <source>What you can do:</source>
        <translation>Was Sie tun können:</translation>
    </message>
    <message>
        <source>Who can fix it:</source>
        <translation>Wer es beheben kann:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Server response:</source>
        <translation>Server-Antwort:</translation>
    </message>
    <message>
        <source>Remote server:</source>
        <translation>Entfernter Server:</translation>
    </message>
    <message>
        <source>Reported by:</source>
        <translation>Gemeldet von:</translation>
    </message>
    <message>
        <source>Report time:</source>
        <translation>Berichtszeit:</translation>
    </message>
    <message>
        <source>Delivery report: %1</source>
        <translation>Zustellbericht: %1</translation>
    </message>
    <message>
        <source>nothing was written to %1</source>
        <translation>in %1 wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>&lt;b&gt;The original message is missing.&lt;/b&gt; This report does not include a copy of your message. The recipients it could not reach are still listed.</source>
        <translation>&lt;b&gt;Die ursprüngliche Nachricht fehlt.&lt;/b&gt; Dieser Bericht enthält keine Kopie Ihrer Nachricht. Die Empfänger, die sie nicht erreicht hat, werden trotzdem aufgeführt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Only the headers of the original message came back.&lt;/b&gt; Its text and attachments are not in this report.</source>
        <translation>&lt;b&gt;Von der ursprünglichen Nachricht kamen nur die Kopfzeilen zurück.&lt;/b&gt; Text und Anlagen sind nicht in diesem Bericht.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This report quotes your message only as text.&lt;/b&gt; Its subject and recipients are read from there.</source>
        <translation>&lt;b&gt;Dieser Bericht zitiert Ihre Nachricht nur als Text.&lt;/b&gt; Betreff und Empfänger stammen von dort.</translation>
    </message>
</context>
<context>
    <name>Ndr::ReportFile</name>
    <message>
        <source>the file holds no message</source>
        <translation>die Datei enthält keine Nachricht</translation>
    </message>
</context>
<context>
    <name>Ndr::ResendChoiceModel</name>
    <message>
        <source>Not a valid e-mail address</source>
        <translation>Keine gültige E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Correct the address to resend</source>
        <translation>Adresse korrigieren, um erneut zu senden</translation>
    </message>
    <message>
        <source>Refused by policy: check to decide</source>
        <translation>Durch Richtlinie abgelehnt: zum Entscheiden ankreuzen</translation>
    </message>
    <message>
        <source>Send again to %1</source>
        <translation>Erneut an %1 senden</translation>
    </message>
    <message>
        <source>Corrected from %1</source>
        <translation>Korrigiert von %1</translation>
    </message>
    <message>
        <source>Double-click or press F2 to correct the address</source>
        <translation>Doppelklicken oder F2 drücken, um die Adresse zu korrigieren</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Why it failed</source>
        <translation>Warum es fehlschlug</translation>
    </message>
    <message>
        <source>Will be sent again despite the policy refusal</source>
        <translation>Wird trotz Ablehnung durch Richtlinie erneut gesendet</translation>
    </message>
    <message>
        <source>Will be sent to the corrected address</source>
        <translation>Wird an die korrigierte Adresse gesendet</translation>
    </message>
    <message>
        <source>Will be sent again</source>
        <translation>Wird erneut gesendet</translation>
    </message>
    <message>
        <source>Will not be sent again</source>
        <translation>Wird nicht erneut gesendet</translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation>Was geschieht</translation>
    </message>
</context>
<context>
    <name>Ndr::ResendDialog</name>
    <message>
        <source>Resend Message</source>
        <translation>Nachricht erneut senden</translation>
    </message>
    <message>
        <source>Resend message</source>
        <translation>Nachricht erneut senden</translation>
    </message>
    <message>
        <source>Send the message again</source>
        <translation>Die Nachricht erneut senden</translation>
    </message>
    <message>
        <source>Recipients to send the message to again</source>
        <translation>Empfänger, an die die Nachricht erneut gesendet wird</translation>
    </message>
    <message>
        <source>Policy warning</source>
        <translation>Warnung wegen Richtlinie</translation>
    </message>
    <message>
        <source>Send &amp;Anyway</source>
        <translation>&amp;Trotzdem senden</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t Send</source>
        <translation>&amp;Nicht senden</translation>
    </message>
    <message>
        <source>Space checks or unchecks the selected recipient; F2 or a double-click corrects the address.</source>
        <translation>Die Leertaste kreuzt den ausgewählten Empfänger an oder ab; F2 oder ein Doppelklick korrigiert die Adresse.</translation>
    </message>
    <message>
        <source>Address of %1</source>
        <translation>Adresse von %1</translation>
    </message>
    <message>
        <source>The recipient&apos;s server refused this message by policy; sending it unchanged will probably fail again.</source>
        <translation>Der Server des Empfängers hat diese Nachricht aufgrund einer Richtlinie abgelehnt; unverändert erneut gesendet, schlägt sie wahrscheinlich wieder fehl.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Answer the policy warning first.</source>
        <translation>Beantworten Sie zuerst die Warnung wegen der Richtlinie.</translation>
    </message>
    <message>
        <source>Check at least one recipient to send the message to again.</source>
        <translation>Kreuzen Sie mindestens einen Empfänger an, an den die Nachricht erneut gesendet werden soll.</translation>
    </message>
    <message>
        <source>Correct or uncheck the recipients marked in red.</source>
        <translation>Korrigieren Sie die rot markierten Empfänger oder entfernen Sie deren Häkchen.</translation>
    </message>
    <message>
        <source>&amp;Resend</source>
        <translation>&amp;Erneut senden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Betreff: %1</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <source>Check this recipient and send the message to it anyway</source>
        <translation>Diesen Empfänger ankreuzen und die Nachricht trotzdem an ihn senden</translation>
    </message>
    <message>
        <source>Leave this recipient unchecked</source>
        <translation>Diesen Empfänger nicht ankreuzen</translation>
    </message>
    <message>
        <source>Send the message again to the checked recipient</source>
        <translation>Die Nachricht erneut an den angekreuzten Empfänger senden</translation>
    </message>
    <message numerus="yes">
        <source>Send the message again to the %n checked recipients</source>
        <translation>
            <numerusform>Die Nachricht erneut an den angekreuzten Empfänger senden</numerusform>
            <numerusform>Die Nachricht erneut an die %n angekreuzten Empfänger senden</numerusform>
        </translation>
    </message>
    <message>
        <source>Correct the address to resend</source>
        <translation>Adresse korrigieren, um erneut zu senden</translation>
    </message>
    <message>
        <source>Re&amp;cipients who did not receive the message:</source>
        <translation>Empfän&amp;ger, die die Nachricht nicht erhalten haben:</translation>
    </message>
    <message>
        <source>Only the recipients checked here will receive the message again; everyone who already got it will not get a second copy.</source>
        <translation>Nur die hier angekreuzten Empfänger werden die Nachricht erneut erhalten; wer sie schon bekommen hat, erhält keine zweite Kopie.</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Will be sent again despite the policy refusal</source>
        <translation>Wird trotz Ablehnung durch Richtlinie erneut gesendet</translation>
    </message>
</context>
<context>
    <name>Ndr::ResendResultBanner</name>
    <message>
        <source>The message was not sent again.</source>
        <translation>Die Nachricht wurde nicht erneut gesendet.</translation>
    </message>
    <message>
        <source>The message store %1 did not take it: %2. Nothing was changed and your choices are kept; fix the problem, then try again.</source>
        <translation>Der Nachrichtenspeicher %1 hat sie nicht angenommen: %2. Nichts wurde geändert, und Ihre Auswahl bleibt erhalten; beheben Sie das Problem und versuchen Sie es dann noch einmal.</translation>
    </message>
    <message>
        <source>Resend failed</source>
        <translation>Erneutes Senden fehlgeschlagen</translation>
    </message>
    <message>
        <source>Resend result</source>
        <translation>Ergebnis des erneuten Sendens</translation>
    </message>
    <message>
        <source>Show &amp;Outbox</source>
        <translation>&amp;Postausgang anzeigen</translation>
    </message>
    <message>
        <source>Open the Outbox of %1</source>
        <translation>Den Postausgang von %1 öffnen</translation>
    </message>
    <message>
        <source>&amp;Try Again…</source>
        <translation>Noch einmal &amp;versuchen…</translation>
    </message>
    <message>
        <source>Open the resend dialog again with the same choices</source>
        <translation>Den Dialog zum erneuten Senden mit derselben Auswahl wieder öffnen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Diese Meldung ausblenden</translation>
    </message>
    <message>
        <source>Sent again to 1 recipient. The message is in the Outbox of %1 (message %2).</source>
        <translation>Erneut an 1 Empfänger gesendet. Die Nachricht liegt im Postausgang von %1 (Nachricht %2).</translation>
    </message>
    <message numerus="yes">
        <source>Sent again to %n recipients. The message is in the Outbox of %1 (message %2).</source>
        <translation>
            <numerusform>Erneut an %n Empfänger gesendet. Die Nachricht liegt im Postausgang von %1 (Nachricht %2).</numerusform>
            <numerusform>Erneut an %n Empfänger gesendet. Die Nachricht liegt im Postausgang von %1 (Nachricht %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>It could not be prepared: %1. Nothing was changed and your choices are kept.</source>
        <translation>Sie konnte nicht vorbereitet werden: %1. Nichts wurde geändert, und Ihre Auswahl bleibt erhalten.</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
</context>
<context>
    <name>Ndr::Resources</name>
    <message>
        <source>the bundled sample report is missing from this build</source>
        <translation>der mitgelieferte Beispielbericht fehlt in diesem Build</translation>
    </message>
</context>
<context>
    <name>Ndr::Status</name>
    <message>
        <source>Other undefined status</source>
        <translation>Sonstiger, nicht definierter Status</translation>
    </message>
    <message>
        <source>Other address status</source>
        <translation>Sonstiger Adressstatus</translation>
    </message>
    <message>
        <source>Bad destination mailbox address</source>
        <translation>Ungültige Zielpostfachadresse</translation>
    </message>
    <message>
        <source>Bad destination system address</source>
        <translation>Ungültige Zielsystemadresse</translation>
    </message>
    <message>
        <source>Bad destination mailbox address syntax</source>
        <translation>Ungültige Syntax der Zielpostfachadresse</translation>
    </message>
    <message>
        <source>Destination mailbox address ambiguous</source>
        <translation>Zielpostfachadresse nicht eindeutig</translation>
    </message>
    <message>
        <source>Destination address valid</source>
        <translation>Zieladresse gültig</translation>
    </message>
    <message>
        <source>Destination mailbox has moved, no forwarding address</source>
        <translation>Zielpostfach umgezogen, keine Weiterleitungsadresse</translation>
    </message>
    <message>
        <source>Bad sender&apos;s mailbox address syntax</source>
        <translation>Ungültige Syntax der Absenderpostfachadresse</translation>
    </message>
    <message>
        <source>Bad sender&apos;s system address</source>
        <translation>Ungültige Absendersystemadresse</translation>
    </message>
    <message>
        <source>Recipient address has null MX</source>
        <translation>Empfängeradresse hat Null-MX</translation>
    </message>
    <message>
        <source>Other or undefined mailbox status</source>
        <translation>Sonstiger oder nicht definierter Postfachstatus</translation>
    </message>
    <message>
        <source>Mailbox disabled, not accepting messages</source>
        <translation>Postfach deaktiviert, nimmt keine Nachrichten an</translation>
    </message>
    <message>
        <source>Mailbox full</source>
        <translation>Postfach voll</translation>
    </message>
    <message>
        <source>Message length exceeds administrative limit</source>
        <translation>Nachrichtenlänge überschreitet administratives Limit</translation>
    </message>
    <message>
        <source>Mailing list expansion problem</source>
        <translation>Problem beim Auflösen der Mailingliste</translation>
    </message>
    <message>
        <source>Other or undefined mail system status</source>
        <translation>Sonstiger oder nicht definierter Mailsystemstatus</translation>
    </message>
    <message>
        <source>Mail system full</source>
        <translation>Mailsystem voll</translation>
    </message>
    <message>
        <source>System not accepting network messages</source>
        <translation>System nimmt keine Netzwerknachrichten an</translation>
    </message>
    <message>
        <source>System not capable of selected features</source>
        <translation>System beherrscht die gewählten Funktionen nicht</translation>
    </message>
    <message>
        <source>Message too big for system</source>
        <translation>Nachricht zu groß für das System</translation>
    </message>
    <message>
        <source>System incorrectly configured</source>
        <translation>System falsch konfiguriert</translation>
    </message>
    <message>
        <source>Other or undefined network or routing status</source>
        <translation>Sonstiger oder nicht definierter Netzwerk- oder Routingstatus</translation>
    </message>
    <message>
        <source>No answer from host</source>
        <translation>Keine Antwort vom Host</translation>
    </message>
    <message>
        <source>Bad connection</source>
        <translation>Fehlerhafte Verbindung</translation>
    </message>
    <message>
        <source>Directory server failure</source>
        <translation>Fehler des Verzeichnisservers</translation>
    </message>
    <message>
        <source>Unable to route</source>
        <translation>Weiterleitung nicht möglich</translation>
    </message>
    <message>
        <source>Mail system congestion</source>
        <translation>Mailsystem überlastet</translation>
    </message>
    <message>
        <source>Routing loop detected</source>
        <translation>Routingschleife erkannt</translation>
    </message>
    <message>
        <source>Delivery time expired</source>
        <translation>Zustellzeit abgelaufen</translation>
    </message>
    <message>
        <source>Other or undefined protocol status</source>
        <translation>Sonstiger oder nicht definierter Protokollstatus</translation>
    </message>
    <message>
        <source>Invalid command</source>
        <translation>Ungültiger Befehl</translation>
    </message>
    <message>
        <source>Syntax error</source>
        <translation>Syntaxfehler</translation>
    </message>
    <message>
        <source>Too many recipients</source>
        <translation>Zu viele Empfänger</translation>
    </message>
    <message>
        <source>Invalid command arguments</source>
        <translation>Ungültige Befehlsargumente</translation>
    </message>
    <message>
        <source>Wrong protocol version</source>
        <translation>Falsche Protokollversion</translation>
    </message>
    <message>
        <source>Other or undefined media error</source>
        <translation>Sonstiger oder nicht definierter Medienfehler</translation>
    </message>
    <message>
        <source>Media not supported</source>
        <translation>Medium nicht unterstützt</translation>
    </message>
    <message>
        <source>Conversion required and prohibited</source>
        <translation>Konvertierung erforderlich, aber untersagt</translation>
    </message>
    <message>
        <source>Conversion required but not supported</source>
        <translation>Konvertierung erforderlich, aber nicht unterstützt</translation>
    </message>
    <message>
        <source>Conversion with loss performed</source>
        <translation>Verlustbehaftete Konvertierung durchgeführt</translation>
    </message>
    <message>
        <source>Conversion failed</source>
        <translation>Konvertierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Other or undefined security status</source>
        <translation>Sonstiger oder nicht definierter Sicherheitsstatus</translation>
    </message>
    <message>
        <source>Delivery not authorized, message refused</source>
        <translation>Zustellung nicht erlaubt, Nachricht abgelehnt</translation>
    </message>
    <message>
        <source>Mailing list expansion prohibited</source>
        <translation>Auflösen der Mailingliste untersagt</translation>
    </message>
    <message>
        <source>Security conversion required but not possible</source>
        <translation>Sicherheitskonvertierung erforderlich, aber nicht möglich</translation>
    </message>
    <message>
        <source>Security features not supported</source>
        <translation>Sicherheitsfunktionen nicht unterstützt</translation>
    </message>
    <message>
        <source>Cryptographic failure</source>
        <translation>Kryptografischer Fehler</translation>
    </message>
    <message>
        <source>Cryptographic algorithm not supported</source>
        <translation>Kryptografischer Algorithmus nicht unterstützt</translation>
    </message>
    <message>
        <source>Message integrity failure</source>
        <translation>Integrität der Nachricht verletzt</translation>
    </message>
    <message>
        <source>Authentication credentials invalid</source>
        <translation>Anmeldedaten ungültig</translation>
    </message>
    <message>
        <source>Reverse DNS validation failed</source>
        <translation>Reverse-DNS-Prüfung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Multiple authentication checks failed</source>
        <translation>Mehrere Authentifizierungsprüfungen fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>NDR Form</source>
        <translation>NDR Form</translation>
    </message>
    <message>
        <source>Shows who did not receive a message, and why, from a bounce report.</source>
        <translation>Zeigt anhand einer Unzustellbarkeitsmeldung, wer eine Nachricht nicht erhalten hat, und warum.</translation>
    </message>
    <message>
        <source>The report to open (.msg or .eml).</source>
        <translation>Der zu öffnende Bericht (.msg oder .eml).</translation>
    </message>
    <message>
        <source>Render the window into a PNG and exit.</source>
        <translation>Das Fenster als PNG speichern und beenden.</translation>
    </message>
    <message>
        <source>Window size (default 900x600).</source>
        <translation>Fenstergröße (Standard 900x600).</translation>
    </message>
    <message>
        <source>Language of the window&apos;s texts.</source>
        <translation>Sprache der Fenstertexte.</translation>
    </message>
    <message>
        <source>Colours: light or dark.</source>
        <translation>Farben: hell (light) oder dunkel (dark).</translation>
    </message>
    <message>
        <source>Quit once the window has painted.</source>
        <translation>Beenden, sobald das Fenster gezeichnet ist.</translation>
    </message>
    <message>
        <source>Render every state in every language into OUT_DIR and exit.</source>
        <translation>Jeden Zustand in jeder Sprache nach OUT_DIR speichern und beenden.</translation>
    </message>
    <message>
        <source>Lay the window out right to left.</source>
        <translation>Das Fenster von rechts nach links anordnen.</translation>
    </message>
    <message>
        <source>The message store Resend writes into (default: %1).</source>
        <translation>Der Nachrichtenspeicher, in den „Erneut senden“ schreibt (Standard: %1).</translation>
    </message>
    <message>
        <source>With --screenshot, the state to show: %1 (default form).</source>
        <translation>Mit --screenshot der zu zeigende Zustand: %1 (Standard form).</translation>
    </message>
</context>
</TS>
