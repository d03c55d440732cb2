// ndrtool dump and props as scripts use them: the real executable, real files, JSON lines.
#include "mapi/propjson.h"
#include "msg/msgwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Ndr::Mapi;

namespace {

const QString kTool = QStringLiteral(NDR_BINARY_DIR "/app/ndrtool/ndrtool");

struct Run {
    int status = -1;
    QByteArray out, err;
    QList<QJsonObject> lines() const
    {
        QList<QJsonObject> result;
        for (const QByteArray &line : out.split('\n'))
            if (!line.isEmpty())
                result.append(QJsonDocument::fromJson(line).object());
        return result;
    }
};

Run ndrtool(const QStringList &args)
{
    QProcess p;
    p.start(kTool, args);
    p.waitForFinished(60000);
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

Recipient person(const QString &name, const QString &smtp, qint32 type)
{
    Recipient r;
    r.props.setString(PR_DISPLAY_NAME, name);
    r.props.setString(PR_ADDRTYPE, QStringLiteral("SMTP"));
    r.props.setString(PR_EMAIL_ADDRESS, smtp);
    r.props.setString(PR_SMTP_ADDRESS, smtp);
    r.props.setInt32(PR_RECIPIENT_TYPE, type);
    return r;
}

// A report in the Exchange convention: NDR properties on the report's own rows.
Message exchangeStyleReport()
{
    auto original = std::make_shared<Message>();
    original->props.setString(PR_MESSAGE_CLASS, QStringLiteral("IPM.Note"));
    original->props.setString(PR_SUBJECT, QStringLiteral("Budget 2027"));
    original->props.set(PR_CLIENT_SUBMIT_TIME, PropValue::fromTime(QDateTime(QDate(2026, 11, 2), QTime(9, 30), Qt::UTC)));
    original->recipients = {person(QStringLiteral("Ann Able"), QStringLiteral("ann@example.com"), MAPI_TO),
                            person(QStringLiteral("Bob Baker"), QStringLiteral("bob@example.com"), MAPI_CC)};
    Message report;
    report.props.setString(PR_MESSAGE_CLASS, QStringLiteral("REPORT.IPM.Note.NDR"));
    report.props.setString(PR_SUBJECT, QStringLiteral("Undeliverable: Budget 2027"));
    report.props.setString(PR_REPORTING_MTA, QStringLiteral("mx.example.org"));
    Recipient failed = person(QStringLiteral("Bob Baker"), QStringLiteral("bob@example.com"), MAPI_TO);
    failed.props.setInt32(PR_NDR_REASON_CODE, 0);
    failed.props.setInt32(PR_NDR_DIAG_CODE, -1);
    failed.props.setInt32(PR_NDR_STATUS_CODE, 422);
    failed.props.setString(PR_DSN_REMOTE_MTA, QStringLiteral("mx.example.com"));
    failed.props.setString(PR_SUPPLEMENTARY_INFO, QStringLiteral("<mx.example.com #4.2.2 smtp;452 4.2.2 Mailbox full>"));
    report.recipients.append(failed);
    Attachment a;
    a.props.setInt32(PR_ATTACH_METHOD, ATTACH_EMBEDDED_MSG);
    a.embedded = original;
    report.attachments.append(a);
    return report;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return {};
    return path;
}

} // namespace

class TstNdrTool : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void dumpListsFailedRecipients()
    {
        QTemporaryDir dir;
        const auto bytes = Ndr::Msg::writeMsg(exchangeStyleReport());
        QVERIFY(bytes);
        const QString path = writeFile(dir, QStringLiteral("exchange.msg"), *bytes);
        const Run run = ndrtool({QStringLiteral("dump"), path});
        QCOMPARE(run.status, 0);
        const auto lines = run.lines();
        QCOMPARE(lines.size(), 1);
        const QJsonObject bob = lines[0];
        const QStringList keys = {"file", "recipient", "name", "type", "reason", "deliverystatus", "diagnosticcode",
                                  "action", "replycode", "remotemta", "reportingmta", "inoriginal", "report"};
        for (const QString &k : keys)
            QVERIFY2(bob.contains(k), qPrintable(k));
        QCOMPARE(bob.value("file").toString(), path);
        QCOMPARE(bob.value("recipient").toString(), QStringLiteral("bob@example.com"));
        QCOMPARE(bob.value("name").toString(), QStringLiteral("Bob Baker"));
        QCOMPARE(bob.value("type").toString(), QStringLiteral("cc"));  // his row in the original
        QCOMPARE(bob.value("reason").toString(), QStringLiteral("mailboxfull"));
        QCOMPARE(bob.value("deliverystatus").toString(), QStringLiteral("4.2.2"));
        QCOMPARE(bob.value("diagnosticcode").toString(), QStringLiteral("452 4.2.2 Mailbox full"));
        QCOMPARE(bob.value("replycode").toString(), QStringLiteral("452"));
        QCOMPARE(bob.value("remotemta").toString(), QStringLiteral("mx.example.com"));
        QCOMPARE(bob.value("reportingmta").toString(), QStringLiteral("mx.example.org"));
        QCOMPARE(bob.value("inoriginal").toBool(), true);
        QCOMPARE(bob.value("report").toString(), QStringLiteral("ndr"));
    }

    void dumpAllAddsTheOthers()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("r.msg"), *Ndr::Msg::writeMsg(exchangeStyleReport()));
        const auto lines = ndrtool({QStringLiteral("dump"), QStringLiteral("--all"), path}).lines();
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines[0].value("recipient").toString(), QStringLiteral("ann@example.com"));
        QCOMPARE(lines[0].value("failed").toBool(true), false);
        QCOMPARE(lines[1].value("failed").toBool(false), true);
    }

    void badFileIsReportedAndTheRunGoesOn()
    {
        QTemporaryDir dir;
        const QString garbage = writeFile(dir, QStringLiteral("garbage.msg"), QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1 truncated"));
        const QString missing = dir.filePath(QStringLiteral("missing.eml"));
        const QString good = writeFile(dir, QStringLiteral("good.msg"), *Ndr::Msg::writeMsg(exchangeStyleReport()));
        const Run run = ndrtool({QStringLiteral("dump"), garbage, missing, good});
        QCOMPARE(run.status, 1);
        const auto lines = run.lines();
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines[0].value("file").toString(), garbage);
        QVERIFY(lines[0].value("error").toString().contains(garbage));
        QCOMPARE(lines[1].value("file").toString(), missing);
        QVERIFY(!lines[1].value("error").toString().isEmpty());
        QCOMPARE(lines[2].value("recipient").toString(), QStringLiteral("bob@example.com"));
        QVERIFY(run.err.contains(garbage.toUtf8()));
        QVERIFY(run.err.contains(missing.toUtf8()));
    }

    // Files are read on several threads; what is printed must still follow the command line,
    // past the point where the readers wait for the printing to catch up.
    void manyFilesComeOutInTheOrderGiven()
    {
        QTemporaryDir dir;
        QStringList distinct;
        for (int i = 0; i < 12; ++i) {
            Message report = exchangeStyleReport();
            PropertyBag &failed = report.recipients[0].props;
            failed.setString(PR_DISPLAY_NAME, QStringLiteral("Bob %1").arg(i));
            for (const auto tag : {PR_EMAIL_ADDRESS, PR_SMTP_ADDRESS})
                failed.setString(tag, QStringLiteral("bob%1@example.com").arg(i));
            distinct << writeFile(dir, QStringLiteral("r%1.msg").arg(i), *Ndr::Msg::writeMsg(report));
        }
        distinct << dir.filePath(QStringLiteral("missing.msg"));
        QStringList files;
        for (int i = 0; i < 700; ++i)
            files << distinct[(i * 7 + i / 13) % distinct.size()];
        const Run run = ndrtool(QStringList{QStringLiteral("dump")} + files);
        QCOMPARE(run.status, 1);
        const auto lines = run.lines();
        QCOMPARE(lines.size(), files.size());
        for (qsizetype i = 0; i < files.size(); ++i) {
            QCOMPARE(lines[i].value("file").toString(), files[i]);
            const qsizetype which = distinct.indexOf(files[i]);
            if (which == distinct.size() - 1)
                QVERIFY(lines[i].contains("error"));
            else
                QCOMPARE(lines[i].value("recipient").toString(), QStringLiteral("bob%1@example.com").arg(which));
        }
    }

    void propsIsTheWholePropertyView()
    {
        QTemporaryDir dir;
        Message report = exchangeStyleReport();
        report.props.set(PropKey::string(PS_PUBLIC_STRINGS, QStringLiteral("x-custom")), PropValue::fromString(QStringLiteral("kept")));
        report.props.set(PropKey::lid(PSETID_Common, 0x8580), PropValue(quint16(PT_UNICODE | MV_FLAG), QVariantList{QStringLiteral("a"), QStringLiteral("b")}));
        const QString path = writeFile(dir, QStringLiteral("props.msg"), *Ndr::Msg::writeMsg(report));
        const Run run = ndrtool({QStringLiteral("props"), path});
        QCOMPARE(run.status, 0);
        const QJsonObject json = QJsonDocument::fromJson(run.out).object();
        const QJsonObject props = json.value("props").toObject();
        QCOMPARE(props.value("0x001A001F").toString(), QStringLiteral("REPORT.IPM.Note.NDR"));
        QCOMPARE(props.value("{00020329-0000-0000-C000-000000000046}:x-custom:001F").toString(), QStringLiteral("kept"));
        QCOMPARE(props.value("{00062008-0000-0000-C000-000000000046}:0x8580:101F").toArray(),
                 (QJsonArray{QStringLiteral("a"), QStringLiteral("b")}));
        const QJsonObject row = json.value("recipients").toArray().at(0).toObject();
        QCOMPARE(row.value("0x0C200003").toInt(), 422);
        const QJsonObject embedded = json.value("attachments").toArray().at(0).toObject().value("message").toObject();
        QCOMPARE(embedded.value("props").toObject().value("0x0037001F").toString(), QStringLiteral("Budget 2027"));
        QCOMPARE(embedded.value("props").toObject().value("0x00390040").toString(), QStringLiteral("2026-11-02T09:30:00.000Z"));
        // every key has the contract's form
        static const QRegularExpression tagForm(QStringLiteral("^(0x[0-9A-F]{8}|\\{[0-9A-F-]{36}\\}:(0x[0-9A-F]+|.+):[0-9A-F]{4})$"));
        for (const QString &k : props.keys())
            QVERIFY2(tagForm.match(k).hasMatch(), qPrintable(k));
    }
};

QTEST_GUILESS_MAIN(TstNdrTool)
#include "tst_ndrtool.moc"
