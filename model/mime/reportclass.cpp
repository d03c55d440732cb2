// Report kinds from report parts and from headers.
#include "reportclass.h"

#include <QRegularExpression>

namespace Ndr::Mime {

namespace {

QRegularExpression ci(const QString &pattern, bool multiline = false)
{
    return QRegularExpression(pattern, multiline ? QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption
                                                 : QRegularExpression::CaseInsensitiveOption);
}

// Counts of the RFC 3464 2.3.3 Action values and 2.3.4 Status classes.
struct DsnActions {
    int failed = 0, delayed = 0, delivered = 0, other = 0;
    int status2 = 0, status4 = 0, status5 = 0;
};

DsnActions scanDeliveryStatus(const QByteArray &body)
{
    static const QRegularExpression actionRe = ci(QStringLiteral("^action[ \\t]*:[ \\t]*([a-z-]+)"), true);
    static const QRegularExpression statusRe = ci(QStringLiteral("^status[ \\t]*:[ \\t]*([245])\\."), true);
    const QString text = QString::fromLatin1(body.left(1 << 20));
    DsnActions a;
    for (auto it = actionRe.globalMatch(text); it.hasNext();) {
        const QString v = it.next().captured(1).toLower();
        if (v == QLatin1String("failed"))
            ++a.failed;
        else if (v == QLatin1String("delayed"))
            ++a.delayed;
        else if (v == QLatin1String("delivered") || v == QLatin1String("relayed") || v == QLatin1String("expanded"))
            ++a.delivered;
        else
            ++a.other;
    }
    for (auto it = statusRe.globalMatch(text); it.hasNext();) {
        const QChar c = it.next().captured(1).at(0);
        (c == QLatin1Char('2') ? a.status2 : c == QLatin1Char('4') ? a.status4 : a.status5)++;
    }
    return a;
}

} // namespace

QString classForDeliveryStatus(const QByteArray &body)
{
    const DsnActions a = scanDeliveryStatus(body);
    if (a.failed > 0)
        return QStringLiteral("REPORT.IPM.Note.NDR");
    if (a.delayed > 0)
        return QStringLiteral("REPORT.IPM.Note.DELAYED");
    if (a.delivered > 0)
        return QStringLiteral("REPORT.IPM.Note.DR");
    if (a.status2 > 0 && a.status4 == 0 && a.status5 == 0)
        return QStringLiteral("REPORT.IPM.Note.DR");
    return QStringLiteral("REPORT.IPM.Note.NDR");
}

QString classForDisposition(const QByteArray &body)
{
    static const QRegularExpression re = ci(QStringLiteral("^disposition[ \\t]*:[^;\\n]*;[ \\t]*([a-z-]+)"), true);
    const QString type = re.match(QString::fromLatin1(body.left(1 << 16))).captured(1).toLower();
    if (type == QLatin1String("deleted") || type == QLatin1String("denied") || type == QLatin1String("failed"))
        return QStringLiteral("REPORT.IPM.Note.IPNNRN");
    return QStringLiteral("REPORT.IPM.Note.IPNRN");
}

bool fromMailSystem(const BounceHeaders &h)
{
    // Mailboxes of mail systems and list managers.
    static const QRegularExpression daemonRe = ci(QStringLiteral(
        "^(mailer[-_.]?daemon|mail[-_.]?daemon|postmaster|mail[-_.]?delivery([-_.]?system)?|mail[-_.]?administrator|"
        "mdaemon|bounces?|mail[-_.]?system|nobody|no[-_.]?reply|[a-z0-9._-]*-admin|[a-z0-9._-]*-owner|owner-[a-z0-9._-]*)$"));
    const bool nullReturnPath = (h.hasReturnPath && (h.returnPath.trimmed().isEmpty() || h.returnPath.trimmed() == QLatin1String("<>")))
                                || h.returnPath.contains(QLatin1String("MAILER-DAEMON"), Qt::CaseInsensitive);
    // An unparsable From ("MAILER-DAEMON <>") still names the mail system.
    bool daemon = nullReturnPath || h.rawFrom.contains(QLatin1String("<>"))
                  || h.rawFrom.contains(QLatin1String("mailer-daemon"), Qt::CaseInsensitive)
                  || h.rawFrom.contains(QLatin1String("mail delivery"), Qt::CaseInsensitive);
    for (const QString &a : h.fromAddresses)
        daemon |= daemonRe.match(a.section(QLatin1Char('@'), 0, 0)).hasMatch();
    for (const QString &n : h.fromNames)
        daemon |= n.contains(QLatin1String("mail delivery"), Qt::CaseInsensitive) || n.contains(QLatin1String("mailer-daemon"), Qt::CaseInsensitive);
    return daemon;
}

bool looksLikeBounce(const BounceHeaders &h)
{
    if (h.hasFailedRecipients)
        return true;
    static const QRegularExpression subjectRe = ci(QStringLiteral(
        "undeliver|non[- ]?deliver|not (been )?delivered|could not be delivered|"
        "delivery (status|failure|failed|has failed|problem|notification)|failure notice|"
        "mail (delivery )?failed|mail failure|returned mail|returned to sender|mail system error|"
        "failed delivery|rejected|not (a )?member|permanent error|unzustellbar|non remis|no entregado|"
        "delayed|delivery delay|warning: (message|could not)|"
        "\u30a8\u30e9\u30fc|\u4e0d\u9054|\u672a\u9054|\u914d\u4fe1(\u5931\u6557|\u4e0d\u80fd|\u3067\u304d)|"
        "\u9001\u4fe1(\u5931\u6557|\u3067\u304d)|\u9000\u4fe1|\u5931\u8d25"));
    return fromMailSystem(h) && subjectRe.match(h.subject).hasMatch();
}

bool isDelayWarning(const QString &subject)
{
    static const QRegularExpression re = ci(QStringLiteral("delayed|delivery delay|still (being )?tried|warning: (message|could not)"));
    return re.match(subject).hasMatch();
}

} // namespace Ndr::Mime
