#pragma once
// Words about a whole report that the form, the printout and the PDF share: the heading for
// its kind, the notes about unusual reports (no original, headers only, backscatter), the
// status line for administrators, and a printable rendering (HTML for QTextDocument, built
// from the model, never a picture of the widgets).
#include "report/ndrreport.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QPagedPaintDevice;
class QTextDocument;

namespace Ndr {

class ReportExplainer {
    Q_DECLARE_TR_FUNCTIONS(Ndr::ReportExplainer)
public:
    // "Your message did not reach some or all of the intended recipients." and the like.
    static QString heading(Report::Kind kind);
    // The unusual things about a report, each a short HTML paragraph (bold lead, then plain words).
    static QStringList unusualNotes(const Report::NdrReport &report);
    // The backscatter note alone (empty when the report does not look like backscatter).
    static QString backscatterNote(const Report::NdrReport &report);
    // The note under a recipient who was not among the original's recipients.
    static QString notInOriginalNote();
    // "5.1.1 (Bad destination mailbox address)", "SMTP reply 550", the MAPI diagnostic: one per line.
    // statusMeaning, where given, replaces RFC 3463's meaning of the status (Explanation::statusMeaning).
    static QStringList statusLines(const Report::Failure &failure, const QString &statusMeaning = {});
    // Long date and short time in the user's time zone.
    static QString formatTime(const QDateTime &time);
    // "Name <address>", or whichever of the two there is.
    static QString recipientText(const Report::RecipientRow &row);

    // The printable report as HTML: heading, subject, sent, each failed recipient with the
    // reason in plain words, who can fix it, and the server's status and words.
    static QString printableHtml(const Report::NdrReport &report, const QString &fileName = {});
    // The document on the pages of a printer or a PDF, at their size.
    static void print(const Report::NdrReport &report, QPagedPaintDevice *device, const QString &fileName = {});
    // Writes the printable report as a PDF file; false with *error set when it cannot.
    static bool exportPdf(const Report::NdrReport &report, const QString &path, const QString &fileName = {},
                          QString *error = nullptr);
};

} // namespace Ndr
