<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Ndr::Explanation</name>
    <message>
        <source>You reached your sending limit</source>
        <translation>Vous avez atteint votre limite d&apos;envoi</translation>
    </message>
    <message>
        <source>Your account may not send mail</source>
        <translation>Votre compte n&apos;a pas le droit d&apos;envoyer de messages</translation>
    </message>
    <message>
        <source>Your own mail server has stopped your account from sending, usually because it sent mail that looked like spam. This often means that someone else knows your password.</source>
        <translation>Votre propre serveur de messagerie a bloqué l&apos;envoi depuis votre compte, généralement parce qu&apos;il a envoyé des messages ressemblant à du spam. Cela signifie souvent que quelqu&apos;un d&apos;autre connaît votre mot de passe.</translation>
    </message>
    <message>
        <source>Change your password and tell your administrator, who can check the account and unblock it. Resend only after that.</source>
        <translation>Changez votre mot de passe et prévenez votre administrateur, qui peut vérifier le compte et le débloquer. Ne renvoyez qu&apos;ensuite.</translation>
    </message>
    <message>
        <source>Address not found in the recipient&apos;s organisation</source>
        <translation>Adresse introuvable dans l&apos;organisation du destinataire</translation>
    </message>
    <message>
        <source>The recipient&apos;s organisation looked the address up in its directory and has no mailbox with it. The address may be mistyped, the person may have left, or your mail program may have offered an old address from its Auto-Complete list.</source>
        <translation>L&apos;organisation du destinataire a cherché l&apos;adresse dans son annuaire et n&apos;a trouvé aucune boîte aux lettres correspondante. L&apos;adresse est peut-être mal saisie, la personne est peut-être partie, ou votre logiciel de messagerie a proposé une ancienne adresse de sa liste de saisie semi-automatique.</translation>
    </message>
    <message>
        <source>You may not send to this group or person</source>
        <translation>Vous n&apos;avez pas le droit d&apos;écrire à ce groupe ou à cette personne</translation>
    </message>
    <message>
        <source>The recipient is a group or a mailbox that accepts mail only from certain senders, for example people in its own organisation or members of the group, and you are not one of them.</source>
        <translation>Le destinataire est un groupe ou une boîte aux lettres qui n&apos;accepte que les messages de certains expéditeurs, par exemple les personnes de sa propre organisation ou les membres du groupe, et vous n&apos;en faites pas partie.</translation>
    </message>
    <message>
        <source>you, the sender.</source>
        <translation>vous, l&apos;expéditeur.</translation>
    </message>
    <message>
        <source>your email administrator.</source>
        <translation>votre administrateur de messagerie.</translation>
    </message>
    <message>
        <source>the recipient or their email administrator.</source>
        <translation>le destinataire ou son administrateur de messagerie.</translation>
    </message>
    <message>
        <source>nobody needs to act; it may resolve itself.</source>
        <translation>personne n&apos;a besoin d&apos;agir&#xa0;; le problème peut se résoudre de lui-même.</translation>
    </message>
    <message>
        <source>The message did not leave your mail program.</source>
        <translation>Le message n&apos;a pas quitté votre logiciel de messagerie.</translation>
    </message>
    <message>
        <source>The message is waiting at your mail server, which is still trying to deliver it.</source>
        <translation>Le message attend sur votre serveur de messagerie, qui essaie toujours de le remettre.</translation>
    </message>
    <message>
        <source>The message stopped at your mail server.</source>
        <translation>Le message s&apos;est arrêté sur votre serveur de messagerie.</translation>
    </message>
    <message>
        <source>The message is waiting at the recipient&apos;s server.</source>
        <translation>Le message attend sur le serveur du destinataire.</translation>
    </message>
    <message>
        <source>The message stopped at the recipient&apos;s server.</source>
        <translation>Le message s&apos;est arrêté sur le serveur du destinataire.</translation>
    </message>
    <message>
        <source>The report does not say where the message stopped.</source>
        <translation>Le rapport n&apos;indique pas où le message s&apos;est arrêté.</translation>
    </message>
    <message>
        <source>You can fix it.</source>
        <translation>Vous pouvez corriger le problème.</translation>
    </message>
    <message>
        <source>Your administrator can fix it.</source>
        <translation>Votre administrateur peut corriger le problème.</translation>
    </message>
    <message>
        <source>The recipient&apos;s side can fix it.</source>
        <translation>Le destinataire ou son organisation peuvent corriger le problème.</translation>
    </message>
    <message>
        <source>Nobody needs to act.</source>
        <translation>Personne n&apos;a besoin d&apos;agir.</translation>
    </message>
    <message>
        <source>Your own mail server (Exchange Online) stopped the message: your account has sent more messages, or to more recipients, than it may in a day. The recipient&apos;s mailbox is not full, although 5.2.2 usually means that.</source>
        <translation>Votre propre serveur de messagerie (Exchange Online) a bloqué le message&#xa0;: votre compte a envoyé plus de messages, ou à plus de destinataires, qu&apos;il n&apos;est permis en une journée. La boîte aux lettres du destinataire n&apos;est pas pleine, même si 5.2.2 signifie habituellement cela.</translation>
    </message>
    <message>
        <source>Resend after the limit resets (up to 24 hours). Tell your administrator: an unexpected limit can mean that someone else is using your account.</source>
        <translation>Renvoyez une fois la limite réinitialisée (jusqu&apos;à 24 heures). Prévenez votre administrateur&#xa0;: une limite inattendue peut signifier que quelqu&apos;un d&apos;autre utilise votre compte.</translation>
    </message>
    <message>
        <source>Check the spelling. Remove the address from your mail program&apos;s Auto-Complete list and type it in full, or ask the recipient for their current address.</source>
        <translation>Vérifiez l&apos;orthographe. Supprimez l&apos;adresse de la liste de saisie semi-automatique de votre logiciel de messagerie et tapez-la en entier, ou demandez au destinataire son adresse actuelle.</translation>
    </message>
    <message>
        <source>You cannot fix this yourself. Ask the group&apos;s owner or the recipient&apos;s administrator to allow you to send to it, or reach the recipient another way.</source>
        <translation>Vous ne pouvez pas corriger cela vous-même. Demandez au propriétaire du groupe ou à l&apos;administrateur du destinataire de vous autoriser à lui écrire, ou joignez le destinataire autrement.</translation>
    </message>
    <message>
        <source>Exchange: recipient not found in the directory</source>
        <translation>Exchange&#xa0;: destinataire introuvable dans l&apos;annuaire</translation>
    </message>
    <message>
        <source>Exchange Online: sending limit reached</source>
        <translation>Exchange Online&#xa0;: limite d&apos;envoi atteinte</translation>
    </message>
    <message>
        <source>Address refused by the recipient&apos;s server</source>
        <translation>Adresse refusée par le serveur du destinataire</translation>
    </message>
    <message>
        <source>The recipient&apos;s server refused the message for this address, saying that the address does not exist, but only after it had received the whole message. A filter or the mailbox&apos;s settings may have refused it rather than a wrong address.</source>
        <translation>Le serveur du destinataire a refusé le message pour cette adresse en indiquant que l&apos;adresse n&apos;existe pas, mais seulement après avoir reçu le message entier. C&apos;est peut-être un filtre ou les réglages de la boîte aux lettres qui l&apos;ont refusé, plutôt qu&apos;une adresse erronée.</translation>
    </message>
    <message>
        <source>The recipient&apos;s server refused the message for this address, saying that the address does not exist. The report does not say at which step, so a filter or the mailbox&apos;s settings may have refused it rather than a wrong address.</source>
        <translation>Le serveur du destinataire a refusé le message pour cette adresse en indiquant que l&apos;adresse n&apos;existe pas. Le rapport ne dit pas à quelle étape&#xa0;; c&apos;est donc peut-être un filtre ou les réglages de la boîte aux lettres qui l&apos;ont refusé, plutôt qu&apos;une adresse erronée.</translation>
    </message>
    <message>
        <source>Check the address for typing mistakes. If it is right, reach the recipient another way and ask them to accept your mail.</source>
        <translation>Vérifiez que l&apos;adresse ne contient pas de faute de frappe. Si elle est correcte, joignez le destinataire par un autre moyen et demandez-lui d&apos;accepter vos messages.</translation>
    </message>
</context>
<context>
    <name>Ndr::FixItPath</name>
    <message>
        <source>A picture of the way the message went: your mail program, your mail server, the recipient&apos;s mail server.</source>
        <translation>Un schéma du trajet du message&#xa0;: votre logiciel de messagerie, votre serveur de messagerie, le serveur de messagerie du destinataire.</translation>
    </message>
    <message>
        <source>Your mail program</source>
        <translation>Votre logiciel de messagerie</translation>
    </message>
    <message>
        <source>Your mail server</source>
        <translation>Votre serveur de messagerie</translation>
    </message>
    <message>
        <source>Can fix it</source>
        <translation>Peut corriger</translation>
    </message>
    <message>
        <source>Recipient&apos;s server</source>
        <translation>Serveur du destinataire</translation>
    </message>
</context>
<context>
    <name>Ndr::MainWindow</name>
    <message>
        <source>About NDR Form</source>
        <translation>À propos de NDR Form</translation>
    </message>
    <message>
        <source>&lt;h3&gt;NDR Form %1&lt;/h3&gt;&lt;p&gt;Shows who did not receive a message, why, and what can be done about it, from an Outlook non-delivery report (.msg) or an Internet delivery status notification (.eml).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;NDR Form %1&lt;/h3&gt;&lt;p&gt;Montre qui n&apos;a pas reçu un message, pourquoi, et ce que l&apos;on peut y faire, à partir d&apos;un rapport de non-remise Outlook (.msg) ou d&apos;une notification d&apos;état de remise Internet (.eml).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open a delivery report (.msg or .eml)</source>
        <translation>Ouvrir un rapport de remise (.msg ou .eml)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About NDR Form</source>
        <translation>À &amp;propos de NDR Form</translation>
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
        <translation>le fichier ne contient aucun message</translation>
    </message>
    <message>
        <source>Sample report</source>
        <translation>Rapport d&apos;exemple</translation>
    </message>
    <message>
        <source>Cannot open report</source>
        <translation>Impossible d&apos;ouvrir le rapport</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; could not be opened:
%2</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» n&apos;a pas pu être ouvert&#xa0;:
%2</translation>
    </message>
    <message>
        <source>Open Delivery Report</source>
        <translation>Ouvrir un rapport de remise</translation>
    </message>
    <message>
        <source>Delivery reports (*.msg *.eml);;Outlook messages (*.msg);;Internet messages (*.eml);;All files (*)</source>
        <translation>Rapports de remise (*.msg *.eml);;Messages Outlook (*.msg);;Messages Internet (*.eml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Aucun fichier récent</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Effacer la liste</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Outbox</source>
        <translation>&amp;Boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>Show the messages in the Outbox of the message store</source>
        <translation>Afficher les messages de la boîte d&apos;envoi du magasin de messages</translation>
    </message>
    <message>
        <source>the report does not say who sent the original message, so the resent message would have no sender</source>
        <translation>le rapport n&apos;indique pas qui a envoyé le message d&apos;origine, le message renvoyé n&apos;aurait donc pas d&apos;expéditeur</translation>
    </message>
    <message>
        <source>Locate Original Message</source>
        <translation>Localiser le message d&apos;origine</translation>
    </message>
    <message>
        <source>Messages (*.msg *.eml)</source>
        <translation>Messages (*.msg *.eml)</translation>
    </message>
    <message>
        <source>Outlook messages (*.msg)</source>
        <translation>Messages Outlook (*.msg)</translation>
    </message>
    <message>
        <source>Internet messages (*.eml)</source>
        <translation>Messages Internet (*.eml)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot open original</source>
        <translation>Impossible d&apos;ouvrir l&apos;original</translation>
    </message>
    <message>
        <source>Locate Original</source>
        <translation>Localiser l&apos;original</translation>
    </message>
    <message>
        <source>This may not be the message that bounced.</source>
        <translation>Ce n&apos;est peut-être pas le message qui a été retourné.</translation>
    </message>
    <message>
        <source>The report is about the message %1, but the chosen file is the message %2. Resend the chosen message anyway?</source>
        <translation>Le rapport concerne le message %1, mais le fichier choisi est le message %2. Renvoyer quand même le message choisi&#xa0;?</translation>
    </message>
    <message>
        <source>without a Message-ID</source>
        <translation>sans Message-ID</translation>
    </message>
    <message>
        <source>&amp;Use This Message</source>
        <translation>&amp;Utiliser ce message</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Print the report: who did not receive the message, and why</source>
        <translation>Imprimer le rapport&#xa0;: qui n&apos;a pas reçu le message, et pourquoi</translation>
    </message>
    <message>
        <source>E&amp;xport as PDF…</source>
        <translation>E&amp;xporter en PDF…</translation>
    </message>
    <message>
        <source>Save the printable report as a PDF file</source>
        <translation>Enregistrer le rapport imprimable dans un fichier PDF</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;Properties…</source>
        <translation>&amp;Propriétés…</translation>
    </message>
    <message>
        <source>Every property of the report, its recipients and attachments, for administrators</source>
        <translation>Toutes les propriétés du rapport, de ses destinataires et de ses pièces jointes, pour les administrateurs</translation>
    </message>
    <message>
        <source>Properties — %1</source>
        <translation>Propriétés — %1</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Print Report</source>
        <translation>Imprimer le rapport</translation>
    </message>
    <message>
        <source>Cannot save PDF</source>
        <translation>Impossible d&apos;enregistrer le PDF</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; could not be written:
%2</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» n&apos;a pas pu être écrit&#xa0;:
%2</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>Impossible d&apos;imprimer</translation>
    </message>
</context>
<context>
    <name>Ndr::NdrForm</name>
    <message>
        <source>Delivery report</source>
        <translation>Rapport de remise</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Objet&#xa0;:</translation>
    </message>
    <message>
        <source>Sent:</source>
        <translation>Envoyé&#xa0;:</translation>
    </message>
    <message>
        <source>Reci&amp;pients who did not receive the message:</source>
        <translation>&amp;Destinataires qui n&apos;ont pas reçu le message&#xa0;:</translation>
    </message>
    <message>
        <source>Also list the recipients who did receive the message</source>
        <translation>Lister aussi les destinataires qui ont reçu le message</translation>
    </message>
    <message>
        <source>Show &amp;all recipients</source>
        <translation>Afficher &amp;tous les destinataires</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>The recipients who did not receive the message, with the reason for each</source>
        <translation>Les destinataires qui n&apos;ont pas reçu le message, avec la raison pour chacun</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Select a recipient to see why the message did not reach them.</source>
        <translation>Sélectionnez un destinataire pour voir pourquoi le message ne lui est pas parvenu.</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Détails techniques</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>État&#xa0;:</translation>
    </message>
    <message>
        <source>Server response</source>
        <translation>Réponse du serveur</translation>
    </message>
    <message>
        <source>Remote server:</source>
        <translation>Serveur distant&#xa0;:</translation>
    </message>
    <message>
        <source>Reported by:</source>
        <translation>Signalé par&#xa0;:</translation>
    </message>
    <message>
        <source>Report time:</source>
        <translation>Heure du rapport&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Resend…</source>
        <translation>&amp;Renvoyer…</translation>
    </message>
    <message>
        <source>Undelivered message</source>
        <translation>Message non remis</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Reci&amp;pients:</source>
        <translation>&amp;Destinataires&#xa0;:</translation>
    </message>
    <message>
        <source>Reci&amp;pients of the message:</source>
        <translation>&amp;Destinataires du message&#xa0;:</translation>
    </message>
    <message>
        <source>&lt;b&gt;The original message is missing.&lt;/b&gt; This report does not include a copy of your message. The recipients it could not reach are still listed below; to resend, use Locate Original… to choose your copy of the message (.msg or .eml).</source>
        <translation>&lt;b&gt;Le message d&apos;origine manque.&lt;/b&gt; Ce rapport ne contient pas de copie de votre message. Les destinataires qu&apos;il n&apos;a pas pu joindre sont tout de même listés ci-dessous&#xa0;; pour renvoyer, choisissez votre copie du message (.msg ou .eml) avec «&#xa0;Localiser l&apos;original…&#xa0;».</translation>
    </message>
    <message>
        <source>&lt;b&gt;Only the headers of the original message came back.&lt;/b&gt; Its text and attachments are not in this report; to resend, use Locate Original… to choose your copy of the message (.msg or .eml).</source>
        <translation>&lt;b&gt;Seuls les en-têtes du message d&apos;origine sont revenus.&lt;/b&gt; Son texte et ses pièces jointes ne figurent pas dans ce rapport&#xa0;; pour renvoyer, choisissez votre copie du message (.msg ou .eml) avec «&#xa0;Localiser l&apos;original…&#xa0;».</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>et %1 de plus</translation>
    </message>
    <message>
        <source>&lt;b&gt;Parts of this report could not be read.&lt;/b&gt; What could be read is shown.</source>
        <translation>&lt;b&gt;Certaines parties de ce rapport n&apos;ont pas pu être lues.&lt;/b&gt; Ce qui a pu être lu est affiché.</translation>
    </message>
    <message>
        <source>The recipient did not receive the message.</source>
        <translation>Le destinataire n&apos;a pas reçu le message.</translation>
    </message>
    <message>
        <source>%1 of %2 recipients did not receive the message.</source>
        <translation>Message non reçu&#xa0;: %1 destinataires sur %2.</translation>
    </message>
    <message>
        <source>This report names no recipient who failed to receive the message.</source>
        <translation>Ce rapport ne cite aucun destinataire qui n&apos;aurait pas reçu le message.</translation>
    </message>
    <message>
        <source>Send the message again to the recipients who did not receive it</source>
        <translation>Renvoyer le message aux destinataires qui ne l&apos;ont pas reçu</translation>
    </message>
    <message>
        <source>There is no recipient to resend the message to.</source>
        <translation>Il n&apos;y a aucun destinataire à qui renvoyer le message.</translation>
    </message>
    <message>
        <source>The original message is not attached to this report: use Locate Original… to choose its file, then resend.</source>
        <translation>Le message d&apos;origine n&apos;est pas joint à ce rapport&#xa0;: choisissez son fichier avec «&#xa0;Localiser l&apos;original…&#xa0;», puis renvoyez.</translation>
    </message>
    <message>
        <source>The original message is not attached to this report, so it cannot be resent from here.</source>
        <translation>Le message d&apos;origine n&apos;est pas joint à ce rapport&#xa0;; il ne peut donc pas être renvoyé d&apos;ici.</translation>
    </message>
    <message>
        <source>&amp;Locate Original…</source>
        <translation>&amp;Localiser l&apos;original…</translation>
    </message>
    <message>
        <source>Choose your copy of the original message (.msg or .eml) to resend it</source>
        <translation>Choisir votre copie du message d&apos;origine (.msg ou .eml) pour le renvoyer</translation>
    </message>
    <message>
        <source>What you can do:</source>
        <translation>Ce que vous pouvez faire&#xa0;:</translation>
    </message>
    <message>
        <source>Permanent</source>
        <translation>Définitif</translation>
    </message>
    <message>
        <source>Temporary</source>
        <translation>Temporaire</translation>
    </message>
    <message>
        <source>This is a temporary problem: the mail server is still trying to deliver the message. You do not need to do anything yet.</source>
        <translation>C&apos;est un problème temporaire&#xa0;: le serveur de messagerie essaie toujours de remettre le message. Vous n&apos;avez rien à faire pour l&apos;instant.</translation>
    </message>
    <message>
        <source>This is a permanent failure: sending the message again unchanged will fail again.</source>
        <translation>C&apos;est un échec définitif&#xa0;: renvoyer le message à l&apos;identique échouera de nouveau.</translation>
    </message>
    <message>
        <source>This is a temporary problem: sending the message again later may work.</source>
        <translation>C&apos;est un problème temporaire&#xa0;: renvoyer le message plus tard peut fonctionner.</translation>
    </message>
    <message>
        <source>Who can fix it:</source>
        <translation>Qui peut corriger&#xa0;:</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Remis</translation>
    </message>
    <message>
        <source>Passed on to another mail system</source>
        <translation>Transmis à un autre système de messagerie</translation>
    </message>
    <message>
        <source>Delivered to the members of a list</source>
        <translation>Remis aux membres d&apos;une liste</translation>
    </message>
    <message>
        <source>No problem reported</source>
        <translation>Aucun problème signalé</translation>
    </message>
    <message>
        <source>The report does not say that this recipient missed the message.</source>
        <translation>Le rapport n&apos;indique pas que ce destinataire n&apos;a pas reçu le message.</translation>
    </message>
    <message>
        <source>Server respo&amp;nse:</source>
        <translation>Répo&amp;nse du serveur&#xa0;:</translation>
    </message>
    <message>
        <source>Resend Anyway</source>
        <translation>Renvoyer quand même</translation>
    </message>
    <message>
        <source>Resend a message you may not have sent?</source>
        <translation>Renvoyer un message que vous n&apos;avez peut-être pas envoyé&#xa0;?</translation>
    </message>
    <message>
        <source>The returned message says it is from %1, but this report was sent to you at %2. If someone else used your address to send it, resending would send their mail on from you. Resend only if you sent this message yourself.</source>
        <translation>Le message retourné indique provenir de %1, mais ce rapport vous a été envoyé à l&apos;adresse %2. Si quelqu&apos;un d&apos;autre a utilisé votre adresse pour l&apos;envoyer, le renvoyer ferait suivre son message en votre nom. Ne le renvoyez que si vous avez envoyé ce message vous-même.</translation>
    </message>
    <message>
        <source>&amp;Resend Anyway</source>
        <translation>&amp;Renvoyer quand même</translation>
    </message>
    <message>
        <source>Resend is turned off for this report. If you sent the message yourself, use Resend Anyway….</source>
        <translation>Le renvoi est désactivé pour ce rapport. Si vous avez envoyé le message vous-même, utilisez «&#xa0;Renvoyer quand même…&#xa0;».</translation>
    </message>
    <message>
        <source>Resend is turned off: this report seems to be about a message you did not send (backscatter), and resending it would send someone else&apos;s mail on from you. If you sent it yourself, use Resend Anyway….</source>
        <translation>Le renvoi est désactivé&#xa0;: ce rapport semble concerner un message que vous n&apos;avez pas envoyé (backscatter), et le renvoyer ferait suivre le message de quelqu&apos;un d&apos;autre en votre nom. Si vous l&apos;avez envoyé vous-même, utilisez «&#xa0;Renvoyer quand même…&#xa0;».</translation>
    </message>
    <message>
        <source>Resend Any&amp;way…</source>
        <translation>Renvoyer &amp;quand même…</translation>
    </message>
    <message>
        <source>Resend this message after confirming that you sent it yourself</source>
        <translation>Renvoyer ce message après avoir confirmé que vous l&apos;avez envoyé vous-même</translation>
    </message>
    <message>
        <source>&lt;b&gt;This report quotes your message only as text.&lt;/b&gt; Its subject and recipients are read from there; to resend, use Locate Original… to choose your copy of the message (.msg or .eml).</source>
        <translation>&lt;b&gt;Ce rapport ne cite votre message que sous forme de texte.&lt;/b&gt; Son objet et ses destinataires en sont tirés&#xa0;; pour renvoyer, choisissez votre copie du message (.msg ou .eml) avec «&#xa0;Localiser l&apos;original…&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Ndr::OutboxMessageModel</name>
    <message>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
    <message>
        <source>How many recipients the message is sent to again (its MAPI_P1 rows)</source>
        <translation>À combien de destinataires le message est renvoyé (ses lignes MAPI_P1)</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>Resend to</source>
        <translation>Renvoyé à</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>Enregistré</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient rows, the resend&apos;s own rows included</source>
        <translation>
            <numerusform>%n ligne de destinataire, lignes propres au renvoi comprises</numerusform>
            <numerusform>%n lignes de destinataires, lignes propres au renvoi comprises</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent again to %n recipients (MAPI_P1 rows)</source>
        <translation>
            <numerusform>Renvoyé à %n destinataire (lignes MAPI_P1)</numerusform>
            <numerusform>Renvoyé à %n destinataires (lignes MAPI_P1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ndr::OutboxRecipientModel</name>
    <message>
        <source>resend (P1)</source>
        <translation>renvoi (P1)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>Cc</translation>
    </message>
    <message>
        <source>Bcc</source>
        <translation>Cci</translation>
    </message>
    <message>
        <source>%1 (submitted)</source>
        <translation>%1 (soumis)</translation>
    </message>
    <message>
        <source>This recipient receives the message again.</source>
        <translation>Ce destinataire reçoit de nouveau le message.</translation>
    </message>
    <message>
        <source>Shown to the receivers as it was; this row is not sent to again.</source>
        <translation>Présentée aux destinataires telle quelle&#xa0;; le message n&apos;est pas renvoyé à cette ligne.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>Ndr::OutboxView</name>
    <message>
        <source>Outbox</source>
        <translation>Boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>Message store</source>
        <translation>Magasin de messages</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier&#xa0;:</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>&amp;Messages:</source>
        <translation>&amp;Messages&#xa0;:</translation>
    </message>
    <message>
        <source>Messages in the folder</source>
        <translation>Messages du dossier</translation>
    </message>
    <message>
        <source>Recipient &amp;rows of the selected message:</source>
        <translation>&amp;Lignes de destinataires du message sélectionné&#xa0;:</translation>
    </message>
    <message>
        <source>Recipient rows of the selected message</source>
        <translation>Lignes de destinataires du message sélectionné</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Boîte de réception</translation>
    </message>
    <message>
        <source>Sent Items</source>
        <translation>Éléments envoyés</translation>
    </message>
    <message>
        <source>Deleted Items</source>
        <translation>Éléments supprimés</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Brouillons</translation>
    </message>
    <message>
        <source>no message store is chosen</source>
        <translation>aucun magasin de messages n&apos;est choisi</translation>
    </message>
    <message>
        <source>Message Store — %1</source>
        <translation>Magasin de messages — %1</translation>
    </message>
    <message>
        <source>Nothing has been stored yet: there is no message store at %1.</source>
        <translation>Rien n&apos;a encore été enregistré&#xa0;: il n&apos;y a pas de magasin de messages à l&apos;emplacement %1.</translation>
    </message>
    <message>
        <source>The message store cannot be read: %1</source>
        <translation>Le magasin de messages ne peut pas être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Message %1 cannot be read: %2</source>
        <translation>Le message %1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>The folder %1 is empty.</source>
        <translation>Le dossier %1 est vide.</translation>
    </message>
    <message>
        <source>No message store chosen.</source>
        <translation>Aucun magasin de messages choisi.</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Magasin&#xa0;: %1</translation>
    </message>
    <message>
        <source>Read the folder again (F5)</source>
        <translation>Relire le dossier (F5)</translation>
    </message>
    <message>
        <source>1 message in %1.</source>
        <translation>1 message dans %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n messages in %1.</source>
        <translation>
            <numerusform>%n message dans %1.</numerusform>
            <numerusform>%n messages dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Refres&amp;h</source>
        <translation>Actuali&amp;ser</translation>
    </message>
</context>
<context>
    <name>Ndr::PictureAccessible</name>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
</context>
<context>
    <name>Ndr::PropertyTreeModel</name>
    <message>
        <source>Tag</source>
        <translation>Balise</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Properties (%1)</source>
        <translation>Propriétés (%1)</translation>
    </message>
    <message>
        <source>Recipients (%1)</source>
        <translation>Destinataires (%1)</translation>
    </message>
    <message>
        <source>Attachments (%1)</source>
        <translation>Pièces jointes (%1)</translation>
    </message>
    <message>
        <source>Recipient %1</source>
        <translation>Destinataire %1</translation>
    </message>
    <message>
        <source>embedded message</source>
        <translation>message incorporé</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <source>Attachment %1</source>
        <translation>Pièce jointe %1</translation>
    </message>
    <message>
        <source>Embedded message</source>
        <translation>Message incorporé</translation>
    </message>
    <message>
        <source>… (%1 bytes)</source>
        <translation>… (%1 octets)</translation>
    </message>
    <message>
        <source>(cannot be read: %1)</source>
        <translation>(illisible&#xa0;: %1)</translation>
    </message>
</context>
<context>
    <name>Ndr::PropertyView</name>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Properties of the report</source>
        <translation>Propriétés du rapport</translation>
    </message>
    <message>
        <source>Every property of the report, its recipients, its attachments and the messages embedded in it</source>
        <translation>Toutes les propriétés du rapport, de ses destinataires, de ses pièces jointes et des messages qui y sont incorporés</translation>
    </message>
    <message>
        <source>&amp;Expand All</source>
        <translation>&amp;Tout déplier</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the selected rows as text (Ctrl+C)</source>
        <translation>Copier les lignes sélectionnées en texte (Ctrl+C)</translation>
    </message>
    <message>
        <source>Copy All as &amp;JSON</source>
        <translation>Tout copier en &amp;JSON</translation>
    </message>
    <message>
        <source>Copy every property of the report as JSON</source>
        <translation>Copier toutes les propriétés du rapport en JSON</translation>
    </message>
</context>
<context>
    <name>Ndr::Reason</name>
    <message>
        <source>Address not found</source>
        <translation>Adresse introuvable</translation>
    </message>
    <message>
        <source>The recipient&apos;s mail server says this address does not exist.</source>
        <translation>Le serveur de messagerie du destinataire indique que cette adresse n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Check the address for typing mistakes, or ask the recipient for the right one, then resend.</source>
        <translation>Vérifiez que l&apos;adresse ne comporte pas de faute de frappe, ou demandez la bonne au destinataire, puis renvoyez.</translation>
    </message>
    <message>
        <source>Domain not found</source>
        <translation>Domaine introuvable</translation>
    </message>
    <message>
        <source>The part of the address after the @ does not exist, or it has no mail server.</source>
        <translation>La partie de l&apos;adresse après le @ n&apos;existe pas, ou n&apos;a pas de serveur de messagerie.</translation>
    </message>
    <message>
        <source>Check the spelling of the domain after the @, then resend.</source>
        <translation>Vérifiez l&apos;orthographe du domaine après le @, puis renvoyez.</translation>
    </message>
    <message>
        <source>The recipient has moved</source>
        <translation>Le destinataire a changé d&apos;adresse</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox has moved to another address and mail is not forwarded.</source>
        <translation>La boîte aux lettres du destinataire a changé d&apos;adresse et le courrier n&apos;est pas transféré.</translation>
    </message>
    <message>
        <source>Ask the recipient for the new address and resend to it.</source>
        <translation>Demandez la nouvelle adresse au destinataire et renvoyez-y le message.</translation>
    </message>
    <message>
        <source>Recipient&apos;s mailbox is full</source>
        <translation>Boîte aux lettres du destinataire pleine</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is over its storage limit, so it cannot take new mail now.</source>
        <translation>La boîte aux lettres du destinataire a dépassé sa limite de stockage&#xa0;; elle ne peut pas recevoir de nouveaux messages pour le moment.</translation>
    </message>
    <message>
        <source>Resend later, or reach the recipient another way so they can make room.</source>
        <translation>Renvoyez plus tard, ou joignez le destinataire autrement pour qu&apos;il fasse de la place.</translation>
    </message>
    <message>
        <source>A limit was exceeded</source>
        <translation>Une limite a été dépassée</translation>
    </message>
    <message>
        <source>The message went over a limit set for the recipient&apos;s mailbox.</source>
        <translation>Le message a dépassé une limite fixée pour la boîte aux lettres du destinataire.</translation>
    </message>
    <message>
        <source>Make the message smaller, or ask the recipient about their limits, then resend.</source>
        <translation>Réduisez la taille du message, ou renseignez-vous sur les limites du destinataire, puis renvoyez.</translation>
    </message>
    <message>
        <source>Message too large</source>
        <translation>Message trop volumineux</translation>
    </message>
    <message>
        <source>The message is larger than the receiving server accepts.</source>
        <translation>Le message est plus volumineux que ce qu&apos;accepte le serveur destinataire.</translation>
    </message>
    <message>
        <source>Remove or shrink large attachments (or share them as a link), then resend.</source>
        <translation>Supprimez ou réduisez les pièces jointes volumineuses (ou partagez-les par un lien), puis renvoyez.</translation>
    </message>
    <message>
        <source>Recipient&apos;s account is suspended</source>
        <translation>Compte du destinataire suspendu</translation>
    </message>
    <message>
        <source>The recipient&apos;s account exists but is disabled or suspended.</source>
        <translation>Le compte du destinataire existe, mais il est désactivé ou suspendu.</translation>
    </message>
    <message>
        <source>Reach the recipient another way; resending will fail until the account is enabled.</source>
        <translation>Joignez le destinataire autrement&#xa0;; un renvoi échouera tant que le compte ne sera pas réactivé.</translation>
    </message>
    <message>
        <source>Delivery timed out</source>
        <translation>Délai de remise dépassé</translation>
    </message>
    <message>
        <source>Your server kept trying to deliver the message, but the receiving server could not be reached in time.</source>
        <translation>Votre serveur a essayé à plusieurs reprises de remettre le message, mais le serveur destinataire n&apos;a pas pu être joint à temps.</translation>
    </message>
    <message>
        <source>Resend later. If it keeps happening, tell your administrator.</source>
        <translation>Renvoyez plus tard. Si cela se reproduit, prévenez votre administrateur.</translation>
    </message>
    <message>
        <source>Network problem</source>
        <translation>Problème de réseau</translation>
    </message>
    <message>
        <source>A network or DNS problem stopped the message on its way.</source>
        <translation>Un problème de réseau ou de DNS a arrêté le message en chemin.</translation>
    </message>
    <message>
        <source>Error on the receiving server</source>
        <translation>Erreur sur le serveur destinataire</translation>
    </message>
    <message>
        <source>The receiving server had an internal error while handling the message.</source>
        <translation>Le serveur destinataire a rencontré une erreur interne en traitant le message.</translation>
    </message>
    <message>
        <source>Resend later; if it fails again, the recipient&apos;s administrator has to fix it.</source>
        <translation>Renvoyez plus tard&#xa0;; en cas de nouvel échec, l&apos;administrateur du destinataire doit corriger le problème.</translation>
    </message>
    <message>
        <source>Receiving server is out of space</source>
        <translation>Serveur destinataire saturé</translation>
    </message>
    <message>
        <source>The receiving mail server has run out of disk space.</source>
        <translation>Le serveur de messagerie destinataire n&apos;a plus d&apos;espace disque.</translation>
    </message>
    <message>
        <source>Resend later, when the recipient&apos;s administrator has freed space.</source>
        <translation>Renvoyez plus tard, quand l&apos;administrateur du destinataire aura libéré de l&apos;espace.</translation>
    </message>
    <message>
        <source>Delivery program failed</source>
        <translation>Échec du programme de remise</translation>
    </message>
    <message>
        <source>A delivery program on the recipient&apos;s server failed.</source>
        <translation>Un programme de remise a échoué sur le serveur du destinataire.</translation>
    </message>
    <message>
        <source>Receiving server was busy</source>
        <translation>Serveur destinataire occupé</translation>
    </message>
    <message>
        <source>The receiving server turned the message away because it had too many connections or recipients at once.</source>
        <translation>Le serveur destinataire a refusé le message, car il avait trop de connexions ou de destinataires à la fois.</translation>
    </message>
    <message>
        <source>Resend later, or to fewer recipients at a time.</source>
        <translation>Renvoyez plus tard, ou à moins de destinataires à la fois.</translation>
    </message>
    <message>
        <source>Sent too fast</source>
        <translation>Envoi trop rapide</translation>
    </message>
    <message>
        <source>Too many messages were sent in a short time, so the receiving server slowed them down.</source>
        <translation>Trop de messages ont été envoyés en peu de temps&#xa0;; le serveur destinataire les a donc ralentis.</translation>
    </message>
    <message>
        <source>Wait a while, then resend.</source>
        <translation>Attendez un moment, puis renvoyez.</translation>
    </message>
    <message>
        <source>Domain accepts no mail</source>
        <translation>Le domaine n&apos;accepte aucun message</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain does not accept email at all.</source>
        <translation>Le domaine du destinataire n&apos;accepte aucun courrier électronique.</translation>
    </message>
    <message>
        <source>Check the address; reach the recipient another way.</source>
        <translation>Vérifiez l&apos;adresse&#xa0;; joignez le destinataire autrement.</translation>
    </message>
    <message>
        <source>Your server was blocked</source>
        <translation>Votre serveur a été bloqué</translation>
    </message>
    <message>
        <source>The receiving server refused mail from your mail server&apos;s address.</source>
        <translation>Le serveur destinataire a refusé les messages provenant de l&apos;adresse de votre serveur de messagerie.</translation>
    </message>
    <message>
        <source>Tell your administrator; resending will fail until the block is lifted.</source>
        <translation>Prévenez votre administrateur&#xa0;; un renvoi échouera tant que le blocage ne sera pas levé.</translation>
    </message>
    <message>
        <source>Your server&apos;s reputation</source>
        <translation>Réputation de votre serveur</translation>
    </message>
    <message>
        <source>The receiving server refused mail because of your sending server&apos;s reputation.</source>
        <translation>Le serveur destinataire a refusé les messages en raison de la réputation de votre serveur d&apos;envoi.</translation>
    </message>
    <message>
        <source>Tell your administrator; resending will fail until the reputation recovers.</source>
        <translation>Prévenez votre administrateur&#xa0;; un renvoi échouera tant que la réputation ne sera pas rétablie.</translation>
    </message>
    <message>
        <source>Your server has no reverse DNS</source>
        <translation>Votre serveur n&apos;a pas de DNS inverse</translation>
    </message>
    <message>
        <source>The receiving server refused mail because your sending server&apos;s address has no valid reverse-DNS name.</source>
        <translation>Le serveur destinataire a refusé les messages, car l&apos;adresse de votre serveur d&apos;envoi n&apos;a pas de nom DNS inverse valide.</translation>
    </message>
    <message>
        <source>Tell your administrator; they must set up reverse DNS for the mail server.</source>
        <translation>Prévenez votre administrateur&#xa0;; il doit configurer le DNS inverse du serveur de messagerie.</translation>
    </message>
    <message>
        <source>Sender authentication failed</source>
        <translation>Échec de l&apos;authentification de l&apos;expéditeur</translation>
    </message>
    <message>
        <source>The receiving server could not verify that your domain sent this message (SPF, DKIM or DMARC).</source>
        <translation>Le serveur destinataire n&apos;a pas pu vérifier que votre domaine a envoyé ce message (SPF, DKIM ou DMARC).</translation>
    </message>
    <message>
        <source>Tell your administrator; your domain&apos;s SPF, DKIM or DMARC records need fixing.</source>
        <translation>Prévenez votre administrateur&#xa0;; les enregistrements SPF, DKIM ou DMARC de votre domaine doivent être corrigés.</translation>
    </message>
    <message>
        <source>Your address was refused</source>
        <translation>Votre adresse a été refusée</translation>
    </message>
    <message>
        <source>The receiving server refused your sender address or domain.</source>
        <translation>Le serveur destinataire a refusé votre adresse ou votre domaine d&apos;expéditeur.</translation>
    </message>
    <message>
        <source>Tell your administrator; resending unchanged will fail again.</source>
        <translation>Prévenez votre administrateur&#xa0;; un renvoi à l&apos;identique échouera de nouveau.</translation>
    </message>
    <message>
        <source>Relaying denied</source>
        <translation>Relais refusé</translation>
    </message>
    <message>
        <source>A server on the way refused to pass the message on (relaying denied).</source>
        <translation>Un serveur sur le trajet a refusé de transmettre le message (relais refusé).</translation>
    </message>
    <message>
        <source>Check your mail account settings or tell your administrator.</source>
        <translation>Vérifiez les paramètres de votre compte de messagerie ou prévenez votre administrateur.</translation>
    </message>
    <message>
        <source>Refused by the recipient&apos;s filter</source>
        <translation>Refusé par le filtre du destinataire</translation>
    </message>
    <message>
        <source>The recipient&apos;s server accepted the message but a filter, or the mailbox&apos;s settings, refused it.</source>
        <translation>Le serveur du destinataire a accepté le message, mais un filtre ou les paramètres de la boîte aux lettres l&apos;ont refusé.</translation>
    </message>
    <message>
        <source>Reach the recipient another way and ask them to accept your mail.</source>
        <translation>Joignez le destinataire autrement et demandez-lui d&apos;accepter vos messages.</translation>
    </message>
    <message>
        <source>Refused by the recipient&apos;s policy</source>
        <translation>Refusé par la stratégie du destinataire</translation>
    </message>
    <message>
        <source>The recipient&apos;s organisation does not accept this message under its rules.</source>
        <translation>Selon ses règles, l&apos;organisation du destinataire n&apos;accepte pas ce message.</translation>
    </message>
    <message>
        <source>Ask the recipient&apos;s side why; changing the message may help.</source>
        <translation>Demandez la raison du côté du destinataire&#xa0;; modifier le message peut aider.</translation>
    </message>
    <message>
        <source>Refused for security reasons</source>
        <translation>Refusé pour raisons de sécurité</translation>
    </message>
    <message>
        <source>The message was refused for a security reason: you may not be allowed to send to this recipient, or authentication was required.</source>
        <translation>Le message a été refusé pour une raison de sécurité&#xa0;: vous n&apos;êtes peut-être pas autorisé à écrire à ce destinataire, ou une authentification était requise.</translation>
    </message>
    <message>
        <source>Ask your administrator or the recipient whether you may send to this address.</source>
        <translation>Demandez à votre administrateur ou au destinataire si vous pouvez écrire à cette adresse.</translation>
    </message>
    <message>
        <source>Taken for spam</source>
        <translation>Pris pour du spam</translation>
    </message>
    <message>
        <source>The receiving server judged the message to be spam.</source>
        <translation>Le serveur destinataire a jugé que le message était du spam.</translation>
    </message>
    <message>
        <source>Change the wording or remove links and attachments that look suspicious, or reach the recipient another way.</source>
        <translation>Reformulez le message ou supprimez les liens et pièces jointes qui semblent suspects, ou joignez le destinataire autrement.</translation>
    </message>
    <message>
        <source>A virus was found</source>
        <translation>Un virus a été détecté</translation>
    </message>
    <message>
        <source>The receiving server found a virus or a dangerous attachment in the message.</source>
        <translation>Le serveur destinataire a trouvé un virus ou une pièce jointe dangereuse dans le message.</translation>
    </message>
    <message>
        <source>Scan your computer and the attachments; resend without the flagged attachment.</source>
        <translation>Analysez votre ordinateur et les pièces jointes&#xa0;; renvoyez sans la pièce jointe signalée.</translation>
    </message>
    <message>
        <source>Message format refused</source>
        <translation>Format du message refusé</translation>
    </message>
    <message>
        <source>The receiving server could not accept the format or headers of the message.</source>
        <translation>Le serveur destinataire n&apos;a pas pu accepter le format ou les en-têtes du message.</translation>
    </message>
    <message>
        <source>Resend as plain text or without unusual attachments; if it persists, tell your administrator.</source>
        <translation>Renvoyez en texte brut ou sans pièces jointes inhabituelles&#xa0;; si le problème persiste, prévenez votre administrateur.</translation>
    </message>
    <message>
        <source>Message breaks mail standards</source>
        <translation>Le message enfreint les normes de messagerie</translation>
    </message>
    <message>
        <source>The message does not follow the email standards that the receiving server enforces.</source>
        <translation>Le message ne respecte pas les normes de courrier électronique qu&apos;impose le serveur destinataire.</translation>
    </message>
    <message>
        <source>Tell your administrator.</source>
        <translation>Prévenez votre administrateur.</translation>
    </message>
    <message>
        <source>Mail protocol error</source>
        <translation>Erreur de protocole de messagerie</translation>
    </message>
    <message>
        <source>The servers misunderstood each other while passing the message on.</source>
        <translation>Les serveurs ne se sont pas compris en se transmettant le message.</translation>
    </message>
    <message>
        <source>Resend later; if it persists, tell your administrator.</source>
        <translation>Renvoyez plus tard&#xa0;; si le problème persiste, prévenez votre administrateur.</translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation>Échec de la connexion sécurisée</translation>
    </message>
    <message>
        <source>A secure (TLS) connection to the receiving server could not be set up.</source>
        <translation>Une connexion sécurisée (TLS) avec le serveur destinataire n&apos;a pas pu être établie.</translation>
    </message>
    <message>
        <source>Address on a suppression list</source>
        <translation>Adresse sur une liste de suppression</translation>
    </message>
    <message>
        <source>Your sending service did not try to deliver, because the address is on its suppression list.</source>
        <translation>Votre service d&apos;envoi n&apos;a pas tenté la remise, car l&apos;adresse figure sur sa liste de suppression.</translation>
    </message>
    <message>
        <source>Check the address; remove it from the suppression list only if it is valid again.</source>
        <translation>Vérifiez l&apos;adresse&#xa0;; ne la retirez de la liste de suppression que si elle est de nouveau valide.</translation>
    </message>
    <message>
        <source>Reason not determined</source>
        <translation>Raison non déterminée</translation>
    </message>
    <message>
        <source>Delivery failed, but the report does not say clearly why.</source>
        <translation>La remise a échoué, mais le rapport n&apos;indique pas clairement pourquoi.</translation>
    </message>
    <message>
        <source>Read the server&apos;s words below; resend later or contact the recipient another way.</source>
        <translation>Lisez la réponse du serveur ci-dessous&#xa0;; renvoyez plus tard ou contactez le destinataire autrement.</translation>
    </message>
    <message>
        <source>Reason unknown</source>
        <translation>Raison inconnue</translation>
    </message>
    <message>
        <source>The report gives no reason for the failure.</source>
        <translation>Le rapport ne donne aucune raison à l&apos;échec.</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Remis</translation>
    </message>
    <message>
        <source>The message was delivered.</source>
        <translation>Le message a été remis.</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>Rien à faire.</translation>
    </message>
    <message>
        <source>Complaint report</source>
        <translation>Rapport de plainte</translation>
    </message>
    <message>
        <source>This is not a bounce: it is a complaint (abuse report) about your message.</source>
        <translation>Ce n&apos;est pas un retour de message&#xa0;: c&apos;est une plainte (signalement d&apos;abus) concernant votre message.</translation>
    </message>
    <message>
        <source>Nothing to resend.</source>
        <translation>Rien à renvoyer.</translation>
    </message>
    <message>
        <source>Automatic reply</source>
        <translation>Réponse automatique</translation>
    </message>
    <message>
        <source>This is not a bounce: it is an automatic reply, such as an out-of-office notice.</source>
        <translation>Ce n&apos;est pas un retour de message&#xa0;: c&apos;est une réponse automatique, comme un message d&apos;absence.</translation>
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
        <translation>Cci</translation>
    </message>
    <message>
        <source>Originator</source>
        <translation>Expéditeur</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation>Non signalé</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Remis</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Delayed, temporary</source>
        <translation>Retardé, temporaire</translation>
    </message>
    <message>
        <source>Failed, temporary</source>
        <translation>Échec, temporaire</translation>
    </message>
    <message>
        <source>Not addressed</source>
        <translation>Non adressé</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
</context>
<context>
    <name>Ndr::ReportExplainer</name>
    <message>
        <source>Your message did not reach some or all of the intended recipients.</source>
        <translation>Votre message n&apos;est pas parvenu à une partie ou à la totalité des destinataires prévus.</translation>
    </message>
    <message>
        <source>This is a delayed delivery notice: your message has not reached some recipients yet, and the mail server is still trying.</source>
        <translation>Ceci est un avis de remise différée&#xa0;: votre message n&apos;est pas encore parvenu à certains destinataires, et le serveur de messagerie continue d&apos;essayer.</translation>
    </message>
    <message>
        <source>This is a delivery receipt: your message was delivered.</source>
        <translation>Ceci est un accusé de remise&#xa0;: votre message a été remis.</translation>
    </message>
    <message>
        <source>This is a read receipt: your message was read.</source>
        <translation>Ceci est un accusé de lecture&#xa0;: votre message a été lu.</translation>
    </message>
    <message>
        <source>This is a read receipt: your message was removed without being read.</source>
        <translation>Ceci est un accusé de lecture&#xa0;: votre message a été supprimé sans avoir été lu.</translation>
    </message>
    <message>
        <source>This is an abuse report: a mail system reported a message as unwanted.</source>
        <translation>Ceci est un signalement d&apos;abus&#xa0;: un système de messagerie a signalé un message comme indésirable.</translation>
    </message>
    <message>
        <source>This is an automatic reply, not a delivery problem.</source>
        <translation>Ceci est une réponse automatique, pas un problème de remise.</translation>
    </message>
    <message>
        <source>This message is not a delivery report.</source>
        <translation>Ce message n&apos;est pas un rapport de remise.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This report may be about a message you did not send&lt;/b&gt; (forged sender / backscatter). The returned message says it is from %1, but this report was sent to %2: someone may have used your address to send spam. You do not need to do anything.</source>
        <translation>&lt;b&gt;Ce rapport concerne peut-être un message que vous n&apos;avez pas envoyé&lt;/b&gt; (expéditeur usurpé / backscatter). Le message retourné indique provenir de %1, mais ce rapport a été envoyé à %2&#xa0;: quelqu&apos;un a peut-être utilisé votre adresse pour envoyer du spam. Vous n&apos;avez rien à faire.</translation>
    </message>
    <message>
        <source>This address was not among the original message&apos;s recipients: the message probably reached it through forwarding, a mailing list or a group, or as a Bcc copy.</source>
        <translation>Cette adresse ne figurait pas parmi les destinataires du message d&apos;origine&#xa0;: le message l&apos;a probablement atteinte par un transfert, une liste de diffusion ou un groupe, ou en copie cachée.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>SMTP reply %1</source>
        <translation>Réponse SMTP %1</translation>
    </message>
    <message>
        <source>Delivery report</source>
        <translation>Rapport de remise</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Objet&#xa0;:</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
    <message>
        <source>Sent:</source>
        <translation>Envoyé&#xa0;:</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>De&#xa0;:</translation>
    </message>
    <message>
        <source>Report file:</source>
        <translation>Fichier du rapport&#xa0;:</translation>
    </message>
    <message>
        <source>The recipient did not receive the message.</source>
        <translation>Le destinataire n&apos;a pas reçu le message.</translation>
    </message>
    <message>
        <source>%1 of %2 recipients did not receive the message.</source>
        <translation>Message non reçu&#xa0;: %1 destinataires sur %2.</translation>
    </message>
    <message>
        <source>This report names no recipient who failed to receive the message.</source>
        <translation>Ce rapport ne cite aucun destinataire qui n&apos;aurait pas reçu le message.</translation>
    </message>
    <message>
        <source>The report does not say that this recipient missed the message.</source>
        <translation>Le rapport n&apos;indique pas que ce destinataire n&apos;a pas reçu le message.</translation>
    </message>
    <message>
        <source>Temporary: the mail server is still trying</source>
        <translation>Temporaire&#xa0;: le serveur de messagerie continue d&apos;essayer</translation>
    </message>
    <message>
        <source>Permanent</source>
        <translation>Définitif</translation>
    </message>
    <message>
        <source>Temporary</source>
        <translation>Temporaire</translation>
    </message>
    <message>
        <source>What you can do:</source>
        <translation>Ce que vous pouvez faire&#xa0;:</translation>
    </message>
    <message>
        <source>Who can fix it:</source>
        <translation>Qui peut corriger&#xa0;:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>État&#xa0;:</translation>
    </message>
    <message>
        <source>Server response:</source>
        <translation>Réponse du serveur&#xa0;:</translation>
    </message>
    <message>
        <source>Remote server:</source>
        <translation>Serveur distant&#xa0;:</translation>
    </message>
    <message>
        <source>Reported by:</source>
        <translation>Signalé par&#xa0;:</translation>
    </message>
    <message>
        <source>Report time:</source>
        <translation>Heure du rapport&#xa0;:</translation>
    </message>
    <message>
        <source>Delivery report: %1</source>
        <translation>Rapport de remise&#xa0;: %1</translation>
    </message>
    <message>
        <source>nothing was written to %1</source>
        <translation>rien n&apos;a été écrit dans %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;The original message is missing.&lt;/b&gt; This report does not include a copy of your message. The recipients it could not reach are still listed.</source>
        <translation>&lt;b&gt;Le message d&apos;origine manque.&lt;/b&gt; Ce rapport ne contient pas de copie de votre message. Les destinataires qu&apos;il n&apos;a pas pu joindre sont tout de même listés.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Only the headers of the original message came back.&lt;/b&gt; Its text and attachments are not in this report.</source>
        <translation>&lt;b&gt;Seuls les en-têtes du message d&apos;origine sont revenus.&lt;/b&gt; Son texte et ses pièces jointes ne figurent pas dans ce rapport.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This report quotes your message only as text.&lt;/b&gt; Its subject and recipients are read from there.</source>
        <translation>&lt;b&gt;Ce rapport ne cite votre message que sous forme de texte.&lt;/b&gt; Son objet et ses destinataires en sont tirés.</translation>
    </message>
</context>
<context>
    <name>Ndr::ReportFile</name>
    <message>
        <source>the file holds no message</source>
        <translation>le fichier ne contient aucun message</translation>
    </message>
</context>
<context>
    <name>Ndr::ResendChoiceModel</name>
    <message>
        <source>Not a valid e-mail address</source>
        <translation>Adresse électronique non valide</translation>
    </message>
    <message>
        <source>Correct the address to resend</source>
        <translation>Corrigez l&apos;adresse pour renvoyer</translation>
    </message>
    <message>
        <source>Refused by policy: check to decide</source>
        <translation>Refusé par stratégie&#xa0;: cochez pour décider</translation>
    </message>
    <message>
        <source>Send again to %1</source>
        <translation>Renvoyer à %1</translation>
    </message>
    <message>
        <source>Corrected from %1</source>
        <translation>Corrigée (auparavant %1)</translation>
    </message>
    <message>
        <source>Double-click or press F2 to correct the address</source>
        <translation>Double-cliquez ou appuyez sur F2 pour corriger l&apos;adresse</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Why it failed</source>
        <translation>Cause de l&apos;échec</translation>
    </message>
    <message>
        <source>Will be sent again despite the policy refusal</source>
        <translation>Sera renvoyé malgré le refus par stratégie</translation>
    </message>
    <message>
        <source>Will be sent to the corrected address</source>
        <translation>Sera renvoyé à l&apos;adresse corrigée</translation>
    </message>
    <message>
        <source>Will be sent again</source>
        <translation>Sera renvoyé</translation>
    </message>
    <message>
        <source>Will not be sent again</source>
        <translation>Ne sera pas renvoyé</translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation>Ce qui se passera</translation>
    </message>
</context>
<context>
    <name>Ndr::ResendDialog</name>
    <message>
        <source>Resend Message</source>
        <translation>Renvoyer le message</translation>
    </message>
    <message>
        <source>Resend message</source>
        <translation>Renvoyer le message</translation>
    </message>
    <message>
        <source>Send the message again</source>
        <translation>Renvoyer le message</translation>
    </message>
    <message>
        <source>Recipients to send the message to again</source>
        <translation>Destinataires à qui renvoyer le message</translation>
    </message>
    <message>
        <source>Policy warning</source>
        <translation>Avertissement de stratégie</translation>
    </message>
    <message>
        <source>Send &amp;Anyway</source>
        <translation>Envoyer &amp;quand même</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t Send</source>
        <translation>&amp;Ne pas envoyer</translation>
    </message>
    <message>
        <source>Space checks or unchecks the selected recipient; F2 or a double-click corrects the address.</source>
        <translation>Espace coche ou décoche le destinataire sélectionné&#xa0;; F2 ou un double-clic corrige l&apos;adresse.</translation>
    </message>
    <message>
        <source>Address of %1</source>
        <translation>Adresse de %1</translation>
    </message>
    <message>
        <source>The recipient&apos;s server refused this message by policy; sending it unchanged will probably fail again.</source>
        <translation>Le serveur du destinataire a refusé ce message en vertu d&apos;une stratégie&#xa0;; le renvoyer à l&apos;identique échouera probablement de nouveau.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Answer the policy warning first.</source>
        <translation>Répondez d&apos;abord à l&apos;avertissement de stratégie.</translation>
    </message>
    <message>
        <source>Check at least one recipient to send the message to again.</source>
        <translation>Cochez au moins un destinataire à qui renvoyer le message.</translation>
    </message>
    <message>
        <source>Correct or uncheck the recipients marked in red.</source>
        <translation>Corrigez ou décochez les destinataires marqués en rouge.</translation>
    </message>
    <message>
        <source>&amp;Resend</source>
        <translation>&amp;Renvoyer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Objet&#xa0;: %1</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
    <message>
        <source>Check this recipient and send the message to it anyway</source>
        <translation>Cocher ce destinataire et lui envoyer quand même le message</translation>
    </message>
    <message>
        <source>Leave this recipient unchecked</source>
        <translation>Laisser ce destinataire décoché</translation>
    </message>
    <message>
        <source>Send the message again to the checked recipient</source>
        <translation>Renvoyer le message au destinataire coché</translation>
    </message>
    <message numerus="yes">
        <source>Send the message again to the %n checked recipients</source>
        <translation>
            <numerusform>Renvoyer le message au destinataire coché</numerusform>
            <numerusform>Renvoyer le message aux %n destinataires cochés</numerusform>
        </translation>
    </message>
    <message>
        <source>Correct the address to resend</source>
        <translation>Corrigez l&apos;adresse pour renvoyer</translation>
    </message>
    <message>
        <source>Re&amp;cipients who did not receive the message:</source>
        <translation>&amp;Destinataires qui n&apos;ont pas reçu le message&#xa0;:</translation>
    </message>
    <message>
        <source>Only the recipients checked here will receive the message again; everyone who already got it will not get a second copy.</source>
        <translation>Seuls les destinataires cochés ici recevront de nouveau le message&#xa0;; ceux qui l&apos;ont déjà reçu n&apos;en auront pas de deuxième copie.</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Will be sent again despite the policy refusal</source>
        <translation>Sera renvoyé malgré le refus par stratégie</translation>
    </message>
</context>
<context>
    <name>Ndr::ResendResultBanner</name>
    <message>
        <source>The message was not sent again.</source>
        <translation>Le message n&apos;a pas été renvoyé.</translation>
    </message>
    <message>
        <source>The message store %1 did not take it: %2. Nothing was changed and your choices are kept; fix the problem, then try again.</source>
        <translation>Le magasin de messages %1 ne l&apos;a pas accepté&#xa0;: %2. Rien n&apos;a été modifié et vos choix sont conservés&#xa0;; corrigez le problème, puis réessayez.</translation>
    </message>
    <message>
        <source>Resend failed</source>
        <translation>Échec du renvoi</translation>
    </message>
    <message>
        <source>Resend result</source>
        <translation>Résultat du renvoi</translation>
    </message>
    <message>
        <source>Show &amp;Outbox</source>
        <translation>Afficher la &amp;boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>Open the Outbox of %1</source>
        <translation>Ouvrir la boîte d&apos;envoi de %1</translation>
    </message>
    <message>
        <source>&amp;Try Again…</source>
        <translation>Réessa&amp;yer…</translation>
    </message>
    <message>
        <source>Open the resend dialog again with the same choices</source>
        <translation>Rouvrir la fenêtre de renvoi avec les mêmes choix</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Masquer ce message</translation>
    </message>
    <message>
        <source>Sent again to 1 recipient. The message is in the Outbox of %1 (message %2).</source>
        <translation>Renvoyé à 1 destinataire. Le message est dans la boîte d&apos;envoi de %1 (message %2).</translation>
    </message>
    <message numerus="yes">
        <source>Sent again to %n recipients. The message is in the Outbox of %1 (message %2).</source>
        <translation>
            <numerusform>Renvoyé à %n destinataire. Le message est dans la boîte d&apos;envoi de %1 (message %2).</numerusform>
            <numerusform>Renvoyé à %n destinataires. Le message est dans la boîte d&apos;envoi de %1 (message %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>It could not be prepared: %1. Nothing was changed and your choices are kept.</source>
        <translation>Il n&apos;a pas pu être préparé&#xa0;: %1. Rien n&apos;a été modifié et vos choix sont conservés.</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
</context>
<context>
    <name>Ndr::Resources</name>
    <message>
        <source>the bundled sample report is missing from this build</source>
        <translation>le rapport d&apos;exemple fourni manque dans cette version</translation>
    </message>
</context>
<context>
    <name>Ndr::Status</name>
    <message>
        <source>Other undefined status</source>
        <translation>Autre état non défini</translation>
    </message>
    <message>
        <source>Other address status</source>
        <translation>Autre état d&apos;adresse</translation>
    </message>
    <message>
        <source>Bad destination mailbox address</source>
        <translation>Adresse de boîte aux lettres de destination incorrecte</translation>
    </message>
    <message>
        <source>Bad destination system address</source>
        <translation>Adresse de système de destination incorrecte</translation>
    </message>
    <message>
        <source>Bad destination mailbox address syntax</source>
        <translation>Syntaxe incorrecte de l&apos;adresse de boîte aux lettres de destination</translation>
    </message>
    <message>
        <source>Destination mailbox address ambiguous</source>
        <translation>Adresse de boîte aux lettres de destination ambiguë</translation>
    </message>
    <message>
        <source>Destination address valid</source>
        <translation>Adresse de destination valide</translation>
    </message>
    <message>
        <source>Destination mailbox has moved, no forwarding address</source>
        <translation>La boîte aux lettres de destination a changé d&apos;adresse, sans adresse de réexpédition</translation>
    </message>
    <message>
        <source>Bad sender&apos;s mailbox address syntax</source>
        <translation>Syntaxe incorrecte de l&apos;adresse de boîte aux lettres de l&apos;expéditeur</translation>
    </message>
    <message>
        <source>Bad sender&apos;s system address</source>
        <translation>Adresse de système de l&apos;expéditeur incorrecte</translation>
    </message>
    <message>
        <source>Recipient address has null MX</source>
        <translation>L&apos;adresse du destinataire a un MX nul</translation>
    </message>
    <message>
        <source>Other or undefined mailbox status</source>
        <translation>Autre état de boîte aux lettres ou état non défini</translation>
    </message>
    <message>
        <source>Mailbox disabled, not accepting messages</source>
        <translation>Boîte aux lettres désactivée, n&apos;accepte pas de messages</translation>
    </message>
    <message>
        <source>Mailbox full</source>
        <translation>Boîte aux lettres pleine</translation>
    </message>
    <message>
        <source>Message length exceeds administrative limit</source>
        <translation>La taille du message dépasse la limite administrative</translation>
    </message>
    <message>
        <source>Mailing list expansion problem</source>
        <translation>Problème d&apos;expansion de la liste de diffusion</translation>
    </message>
    <message>
        <source>Other or undefined mail system status</source>
        <translation>Autre état du système de messagerie ou état non défini</translation>
    </message>
    <message>
        <source>Mail system full</source>
        <translation>Système de messagerie saturé</translation>
    </message>
    <message>
        <source>System not accepting network messages</source>
        <translation>Le système n&apos;accepte pas les messages du réseau</translation>
    </message>
    <message>
        <source>System not capable of selected features</source>
        <translation>Le système ne prend pas en charge les fonctions choisies</translation>
    </message>
    <message>
        <source>Message too big for system</source>
        <translation>Message trop volumineux pour le système</translation>
    </message>
    <message>
        <source>System incorrectly configured</source>
        <translation>Système mal configuré</translation>
    </message>
    <message>
        <source>Other or undefined network or routing status</source>
        <translation>Autre état du réseau ou du routage, ou état non défini</translation>
    </message>
    <message>
        <source>No answer from host</source>
        <translation>Aucune réponse de l&apos;hôte</translation>
    </message>
    <message>
        <source>Bad connection</source>
        <translation>Mauvaise connexion</translation>
    </message>
    <message>
        <source>Directory server failure</source>
        <translation>Panne du serveur d&apos;annuaire</translation>
    </message>
    <message>
        <source>Unable to route</source>
        <translation>Routage impossible</translation>
    </message>
    <message>
        <source>Mail system congestion</source>
        <translation>Engorgement du système de messagerie</translation>
    </message>
    <message>
        <source>Routing loop detected</source>
        <translation>Boucle de routage détectée</translation>
    </message>
    <message>
        <source>Delivery time expired</source>
        <translation>Délai de remise expiré</translation>
    </message>
    <message>
        <source>Other or undefined protocol status</source>
        <translation>Autre état du protocole ou état non défini</translation>
    </message>
    <message>
        <source>Invalid command</source>
        <translation>Commande non valide</translation>
    </message>
    <message>
        <source>Syntax error</source>
        <translation>Erreur de syntaxe</translation>
    </message>
    <message>
        <source>Too many recipients</source>
        <translation>Trop de destinataires</translation>
    </message>
    <message>
        <source>Invalid command arguments</source>
        <translation>Arguments de commande non valides</translation>
    </message>
    <message>
        <source>Wrong protocol version</source>
        <translation>Mauvaise version du protocole</translation>
    </message>
    <message>
        <source>Other or undefined media error</source>
        <translation>Autre erreur de support ou erreur non définie</translation>
    </message>
    <message>
        <source>Media not supported</source>
        <translation>Support non pris en charge</translation>
    </message>
    <message>
        <source>Conversion required and prohibited</source>
        <translation>Conversion requise mais interdite</translation>
    </message>
    <message>
        <source>Conversion required but not supported</source>
        <translation>Conversion requise mais non prise en charge</translation>
    </message>
    <message>
        <source>Conversion with loss performed</source>
        <translation>Conversion avec perte effectuée</translation>
    </message>
    <message>
        <source>Conversion failed</source>
        <translation>Échec de la conversion</translation>
    </message>
    <message>
        <source>Other or undefined security status</source>
        <translation>Autre état de sécurité ou état non défini</translation>
    </message>
    <message>
        <source>Delivery not authorized, message refused</source>
        <translation>Remise non autorisée, message refusé</translation>
    </message>
    <message>
        <source>Mailing list expansion prohibited</source>
        <translation>Expansion de la liste de diffusion interdite</translation>
    </message>
    <message>
        <source>Security conversion required but not possible</source>
        <translation>Conversion de sécurité requise mais impossible</translation>
    </message>
    <message>
        <source>Security features not supported</source>
        <translation>Fonctions de sécurité non prises en charge</translation>
    </message>
    <message>
        <source>Cryptographic failure</source>
        <translation>Échec cryptographique</translation>
    </message>
    <message>
        <source>Cryptographic algorithm not supported</source>
        <translation>Algorithme cryptographique non pris en charge</translation>
    </message>
    <message>
        <source>Message integrity failure</source>
        <translation>Atteinte à l&apos;intégrité du message</translation>
    </message>
    <message>
        <source>Authentication credentials invalid</source>
        <translation>Informations d&apos;authentification non valides</translation>
    </message>
    <message>
        <source>Reverse DNS validation failed</source>
        <translation>Échec de la validation du DNS inverse</translation>
    </message>
    <message>
        <source>Multiple authentication checks failed</source>
        <translation>Plusieurs contrôles d&apos;authentification ont échoué</translation>
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
        <translation>Montre, à partir d&apos;un message de non-remise, qui n&apos;a pas reçu un message, et pourquoi.</translation>
    </message>
    <message>
        <source>The report to open (.msg or .eml).</source>
        <translation>Le rapport à ouvrir (.msg ou .eml).</translation>
    </message>
    <message>
        <source>Render the window into a PNG and exit.</source>
        <translation>Enregistrer la fenêtre en PNG et quitter.</translation>
    </message>
    <message>
        <source>Window size (default 900x600).</source>
        <translation>Taille de la fenêtre (900x600 par défaut).</translation>
    </message>
    <message>
        <source>Language of the window&apos;s texts.</source>
        <translation>Langue des textes de la fenêtre.</translation>
    </message>
    <message>
        <source>Colours: light or dark.</source>
        <translation>Couleurs&#xa0;: claires (light) ou sombres (dark).</translation>
    </message>
    <message>
        <source>Quit once the window has painted.</source>
        <translation>Quitter dès que la fenêtre est dessinée.</translation>
    </message>
    <message>
        <source>Render every state in every language into OUT_DIR and exit.</source>
        <translation>Enregistrer chaque état dans chaque langue dans OUT_DIR et quitter.</translation>
    </message>
    <message>
        <source>Lay the window out right to left.</source>
        <translation>Disposer la fenêtre de droite à gauche.</translation>
    </message>
    <message>
        <source>The message store Resend writes into (default: %1).</source>
        <translation>Le magasin de messages dans lequel «&#xa0;Renvoyer&#xa0;» écrit (par défaut&#xa0;: %1).</translation>
    </message>
    <message>
        <source>With --screenshot, the state to show: %1 (default form).</source>
        <translation>Avec --screenshot, l&apos;état à montrer&#xa0;: %1 (form par défaut).</translation>
    </message>
</context>
</TS>
