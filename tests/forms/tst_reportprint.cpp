// The printable report (File > Print..., File > Export as PDF...): built from the model as
// HTML, it names each failed recipient with the reason in plain words and the server's
// status, and the PDF is a real PDF whose text says the same.
#include "fixturewriter.h"
#include "report/ndrreport.h"
#include "reportexplainer.h"

#include <QApplication>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace Ndr;

namespace {

Report::NdrReport sampleReport()
{
    return Report::NdrReport::fromMessage(std::make_shared<Mapi::Message>(Fixtures::buildSampleReport()));
}

// The HTML as a reader sees it.
QString plainText(const QString &html)
{
    QTextDocument doc;
    doc.setHtml(html);
    return doc.toPlainText();
}

} // namespace

class TestReportPrint : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void htmlNamesEachFailureInPlainWords();
    void htmlOmitsDeliveredRecipientsWhenSomeFailed();
    void htmlSaysWhenTheOriginalIsMissing();
    void pdfIsWrittenAndReadable();
    void pdfToAnUnwritablePlaceFailsWithAReason();
};

void TestReportPrint::htmlNamesEachFailureInPlainWords()
{
    const Report::NdrReport report = sampleReport();
    const QString text = plainText(ReportExplainer::printableHtml(report, QStringLiteral("sample-ndr.msg")));
    QVERIFY(text.contains(QStringLiteral("Your message did not reach some or all of the intended recipients.")));
    QVERIFY(text.contains(QStringLiteral("Quarterly figures for review")));
    QVERIFY(text.contains(QStringLiteral("sample-ndr.msg")));
    QVERIFY(text.contains(QStringLiteral("3 of 5 recipients did not receive the message.")));
    for (const Report::RecipientRow &row : report.failedRows()) {
        QVERIFY2(text.contains(row.address), qPrintable(row.address));
        QVERIFY2(text.contains(row.failure->status), qPrintable(row.failure->status));
    }
    QVERIFY(text.contains(QStringLiteral("Address not found")));
    QVERIFY(text.contains(QStringLiteral("What you can do:")));
    QVERIFY(text.contains(QStringLiteral("Who can fix it:")));
    QVERIFY(text.contains(QStringLiteral("The message stopped at the recipient's server.")));
    QVERIFY(text.contains(QStringLiteral("Server response:")));
    QVERIFY(text.contains(QStringLiteral("User unknown")));
}

void TestReportPrint::htmlOmitsDeliveredRecipientsWhenSomeFailed()
{
    const QString text = plainText(ReportExplainer::printableHtml(sampleReport()));
    // Dave (Cc) and Frank (Bcc) got the message: the printout is about those who did not.
    QVERIFY(!text.contains(QStringLiteral("dave@example.com")));
    QVERIFY(!text.contains(QStringLiteral("frank@example.com")));
}

void TestReportPrint::htmlSaysWhenTheOriginalIsMissing()
{
    auto message = std::make_shared<Mapi::Message>(Fixtures::buildSampleReport());
    message->attachments.clear();
    const QString text = plainText(ReportExplainer::printableHtml(Report::NdrReport::fromMessage(message)));
    QVERIFY(text.contains(QStringLiteral("The original message is missing.")));
    QVERIFY(text.contains(QStringLiteral("bob@example.net")));

    // A report that quotes the original's headers in its text has them, and says where from.
    message->props.setString(Mapi::PR_BODY, message->props.string(Mapi::PR_BODY)
                                                + QStringLiteral("\n\nOriginal message follows.\n\nFrom: alice@example.com\n"
                                                                 "To: bob@example.net\nSubject: Quarterly figures\n\nHello\n"));
    const QString quoted = plainText(ReportExplainer::printableHtml(Report::NdrReport::fromMessage(message)));
    QVERIFY2(quoted.contains(QStringLiteral("This report quotes your message only as text.")), qPrintable(quoted));
    QVERIFY(!quoted.contains(QStringLiteral("is missing")));
}

void TestReportPrint::pdfIsWrittenAndReadable()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    QString error;
    QVERIFY2(ReportExplainer::exportPdf(sampleReport(), pdf, QStringLiteral("sample-ndr.msg"), &error), qPrintable(error));
    if (qEnvironmentVariableIsSet("NDR_KEEP_PDF"))
        QFile::copy(pdf, qEnvironmentVariable("NDR_KEEP_PDF"));
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("%PDF-"));
    QVERIFY(bytes.size() > 2000);
    QVERIFY(bytes.trimmed().endsWith("%%EOF"));

    // Its text, as a PDF reader extracts it (poppler-utils, where installed).
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed: the PDF's text is not checked");
    QProcess p;
    p.start(pdftotext, {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 0);
    const QString text = QString::fromUtf8(p.readAllStandardOutput()).simplified();
    QVERIFY2(text.contains(QStringLiteral("did not reach some or all")), qPrintable(text.left(400)));
    QVERIFY(text.contains(QStringLiteral("bob@example.net")));
    QVERIFY(text.contains(QStringLiteral("Address not found")));
    QVERIFY(text.contains(QStringLiteral("5.1.1")));

    // And it renders: a page as a picture (pdftoppm), for people to look at as well.
    const QString pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
    if (pdftoppm.isEmpty())
        return;
    p.start(pdftoppm, {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"), QStringLiteral("-f"),
                       QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"), pdf, dir.filePath(QStringLiteral("page"))});
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 0);
    QImage page(dir.filePath(QStringLiteral("page-1.png")));
    QVERIFY(!page.isNull());
    // A4 at 60 dpi, with ink on it.
    QVERIFY(qAbs(page.width() - 496) < 4);
    int dark = 0;
    for (int y = 0; y < page.height(); y += 2)
        for (int x = 0; x < page.width(); x += 2)
            dark += qGray(page.pixel(x, y)) < 128;
    QVERIFY2(dark > 300, qPrintable(QString::number(dark)));
}

void TestReportPrint::pdfToAnUnwritablePlaceFailsWithAReason()
{
    QString error;
    QVERIFY(!ReportExplainer::exportPdf(sampleReport(), QStringLiteral("/nonexistent-folder/report.pdf"), {}, &error));
    QVERIFY(!error.isEmpty());
}

QTEST_MAIN(TestReportPrint)
#include "tst_reportprint.moc"
