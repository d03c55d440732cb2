#include "reportexplainer.h"

#include "report/explanation.h"
#include "report/reason.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFont>
#include <QLocale>
#include <QPdfWriter>
#include <QTextDocument>

namespace Ndr {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// The server's words keep their line breaks.
QString escLines(const QString &text)
{
    return esc(text).replace(QLatin1Char('\n'), QLatin1String("<br>"));
}

bool isFailureKind(Report::Kind kind)
{
    return kind == Report::Kind::NonDelivery || kind == Report::Kind::Delay;
}

} // namespace

QString ReportExplainer::heading(Report::Kind kind)
{
    using Report::Kind;
    switch (kind) {
    case Kind::NonDelivery:
        return tr("Your message did not reach some or all of the intended recipients.");
    case Kind::Delay:
        return tr("This is a delayed delivery notice: your message has not reached some recipients yet, "
                  "and the mail server is still trying.");
    case Kind::Delivery:
        return tr("This is a delivery receipt: your message was delivered.");
    case Kind::Read:
        return tr("This is a read receipt: your message was read.");
    case Kind::NonRead:
        return tr("This is a read receipt: your message was removed without being read.");
    case Kind::AbuseReport:
        return tr("This is an abuse report: a mail system reported a message as unwanted.");
    case Kind::AutoReply:
        return tr("This is an automatic reply, not a delivery problem.");
    case Kind::NotAReport:
        break;
    }
    return tr("This message is not a delivery report.");
}

QStringList ReportExplainer::unusualNotes(const Report::NdrReport &report)
{
    QStringList notes;
    const bool failure = isFailureKind(report.kind());
    if (failure && !report.original()) {
        notes << tr("<b>The original message is missing.</b> This report does not include a copy of your "
                    "message. The recipients it could not reach are still listed.");
    } else if (failure && report.originalIsQuoted()) {
        notes << tr("<b>This report quotes your message only as text.</b> Its subject and recipients are read "
                    "from there.");
    } else if (failure && report.originalIsHeadersOnly()) {
        notes << tr("<b>Only the headers of the original message came back.</b> Its text and attachments "
                    "are not in this report.");
    }
    const QString backscatter = backscatterNote(report);
    if (!backscatter.isEmpty())
        notes << backscatter;
    return notes;
}

QString ReportExplainer::backscatterNote(const Report::NdrReport &report)
{
    const Report::BackscatterCheck check = Report::checkBackscatter(report);
    if (!check.likely)
        return {};
    return tr("<b>This report may be about a message you did not send</b> (forged sender / backscatter). "
              "The returned message says it is from %1, but this report was sent to %2: someone may have used "
              "your address to send spam. You do not need to do anything.")
        .arg(esc(check.originalSender), esc(check.addressee));
}

QString ReportExplainer::notInOriginalNote()
{
    return tr("This address was not among the original message's recipients: the message probably reached it "
              "through forwarding, a mailing list or a group, or as a Bcc copy.");
}

QStringList ReportExplainer::statusLines(const Report::Failure &failure, const QString &statusMeaning)
{
    QStringList status;
    if (!failure.status.isEmpty()) {
        const QString meaning = statusMeaning.isEmpty() ? Report::statusMeaning(failure.status) : statusMeaning;
        status << (meaning.isEmpty() ? failure.status : tr("%1 (%2)").arg(failure.status, meaning));
    }
    if (failure.replyCode > 0)
        status << tr("SMTP reply %1").arg(failure.replyCode);
    if (failure.ndrDiagCode)
        status << Report::mapiDiagName(*failure.ndrDiagCode);
    else if (failure.ndrReasonCode)
        status << Report::mapiReasonName(*failure.ndrReasonCode);
    return status;
}

QString ReportExplainer::formatTime(const QDateTime &time)
{
    const QDateTime local = time.toLocalTime();
    const QLocale locale;
    return QStringLiteral("%1 %2").arg(locale.toString(local.date(), QLocale::LongFormat),
                                       locale.toString(local.time(), QLocale::ShortFormat));
}

QString ReportExplainer::recipientText(const Report::RecipientRow &row)
{
    if (row.displayName.isEmpty() || row.displayName.compare(row.address, Qt::CaseInsensitive) == 0)
        return row.address.isEmpty() ? row.displayName : row.address;
    if (row.address.isEmpty())
        return row.displayName;
    return QStringLiteral("%1 <%2>").arg(row.displayName, row.address);
}

QString ReportExplainer::printableHtml(const Report::NdrReport &report, const QString &fileName)
{
    const QString dash = QStringLiteral("—");
    QString html;
    html += QStringLiteral("<html><body>");
    html += QStringLiteral("<p style=\"font-size:8pt; color:#555555;\">%1</p>").arg(esc(tr("Delivery report")));
    html += QStringLiteral("<p style=\"font-size:14pt; font-weight:bold; margin-bottom:8px;\">%1</p>").arg(esc(heading(report.kind())));

    auto field = [](const QString &caption, const QString &valueHtml) {
        return QStringLiteral("<tr><td style=\"padding-right:12px; color:#444444;\">%1</td><td>%2</td></tr>")
            .arg(esc(caption), valueHtml);
    };
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
    const QString subject = report.originalSubject();
    html += field(tr("Subject:"), esc(subject.isEmpty() ? tr("(no subject)") : subject));
    const QDateTime sent = report.originalSentTime();
    html += field(tr("Sent:"), esc(sent.isValid() ? formatTime(sent) : tr("unknown")));
    const QString sender = report.addresseeAddress();
    if (!sender.isEmpty())
        html += field(tr("From:"), esc(sender));
    if (!fileName.isEmpty())
        html += field(tr("Report file:"), esc(fileName));
    html += QStringLiteral("</table>");

    for (const QString &note : unusualNotes(report))
        html += QStringLiteral("<p style=\"background-color:#fff6d6;\">%1</p>").arg(note);

    const int failed = report.failedCount();
    const int total = report.rows().size();
    QString count;
    if (failed > 0 && total == 1)
        count = tr("The recipient did not receive the message.");
    else if (failed > 0)
        count = tr("%1 of %2 recipients did not receive the message.")
                    .arg(QLocale().toString(failed), QLocale().toString(total));
    else if (isFailureKind(report.kind()))
        count = tr("This report names no recipient who failed to receive the message.");
    if (!count.isEmpty())
        html += QStringLiteral("<p><b>%1</b></p>").arg(esc(count));

    const QString reportMta = report.reportingMta();
    for (const Report::RecipientRow &row : report.rows()) {
        if (failed > 0 && !row.failed())
            continue;
        html += QStringLiteral("<hr><p style=\"font-size:12pt; font-weight:bold; margin-top:6px;\">%1</p>").arg(esc(recipientText(row)));
        if (report.original() && !row.inOriginal())
            html += QStringLiteral("<p><i>%1</i></p>").arg(esc(notInOriginalNote()));
        if (!row.failed()) {
            html += QStringLiteral("<p>%1</p>").arg(esc(tr("The report does not say that this recipient missed the message.")));
            continue;
        }
        const Report::Failure &f = *row.failure;
        const Report::Explanation e = Report::explainFailure(f, reportMta);
        const QString permanence = e.delayed ? tr("Temporary: the mail server is still trying")
                                   : e.permanent ? tr("Permanent")
                                                 : tr("Temporary");
        html += QStringLiteral("<p><b>%1</b> &nbsp;(%2)</p>").arg(esc(e.summary), esc(permanence));
        html += QStringLiteral("<p>%1</p>").arg(esc(e.plain));
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(esc(tr("What you can do:")), esc(e.advice));
        html += QStringLiteral("<p><b>%1</b> %2 %3</p>")
                    .arg(esc(tr("Who can fix it:")), esc(Report::fixOwnerPhrase(e.owner)),
                         esc(Report::pathSentence(e.stoppedAt, e.owner, e.delayed)));

        const QString diagnostic = f.diagnosticCode.isEmpty() ? f.supplementaryInfo : f.diagnosticCode;
        const QString reporter = f.reportingMta.isEmpty() ? reportMta : f.reportingMta;
        const QDateTime when = f.reportTime.isValid() ? f.reportTime : report.reportTime();
        const QStringList status = statusLines(f, e.statusMeaning);
        // A little room above the administrators' facts (Qt's rich text gives a table no margin of its own).
        html += QStringLiteral("<p style=\"font-size:4pt; margin:0px;\">&nbsp;</p>");
        html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"1\" style=\"font-size:9pt;\">");
        html += field(tr("Status:"), status.isEmpty() ? dash : esc(status.join(QLatin1String("; "))));
        html += field(tr("Server response:"),
                      diagnostic.isEmpty() ? dash : QStringLiteral("<tt>%1</tt>").arg(escLines(diagnostic)));
        html += field(tr("Remote server:"), esc(f.remoteMta.isEmpty() ? dash : f.remoteMta));
        html += field(tr("Reported by:"), esc(reporter.isEmpty() ? dash : reporter));
        html += field(tr("Report time:"), esc(when.isValid() ? formatTime(when) : dash));
        html += QStringLiteral("</table>");
    }
    html += QStringLiteral("</body></html>");
    return html;
}

void ReportExplainer::print(const Report::NdrReport &report, QPagedPaintDevice *device, const QString &fileName)
{
    QTextDocument doc;
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(10);
    doc.setDefaultFont(font);
    doc.setHtml(printableHtml(report, fileName));
    doc.print(device);
}

bool ReportExplainer::exportPdf(const Report::NdrReport &report, const QString &path, const QString &fileName,
                                QString *error)
{
    // QPdfWriter says nothing when it cannot write: find out first, and check afterwards.
    QFile probe(path);
    if (!probe.open(QIODevice::WriteOnly)) {
        if (error)
            *error = probe.errorString();
        return false;
    }
    probe.close();

    // Qt Gui's own PDF writer (QPrinter's PDF output is the same code, behind Qt Print Support).
    {
        QPdfWriter pdf(path);
        pdf.setResolution(1200);  // QPrinter::HighResolution's
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
        pdf.setCreator(QStringLiteral("NDR Form"));
        const QString subject = report.originalSubject();
        pdf.setTitle(subject.isEmpty() ? tr("Delivery report") : tr("Delivery report: %1").arg(subject));
        print(report, &pdf, fileName);
    }  // written out when the writer goes

    if (QFileInfo(path).size() <= 0) {
        if (error)
            *error = tr("nothing was written to %1").arg(QDir::toNativeSeparators(path));
        return false;
    }
    return true;
}

} // namespace Ndr
