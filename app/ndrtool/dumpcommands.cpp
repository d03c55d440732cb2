// ndrtool dump and ndrtool props (DESIGN.md "Command-line contract").
#include "commands.h"

#include "mapi/propjson.h"
#include "report/ndrreport.h"
#include "reportfile.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>

namespace NdrTool {

using namespace Ndr;

namespace {

void printLine(const QJsonObject &object)
{
    const QByteArray line = QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
}

QString typeKey(const Report::RecipientRow &row)
{
    return row.inOriginal() ? Mapi::recipientTypeName(row.recipientType) : QStringLiteral("none");
}

QJsonObject rowToJson(const QString &file, const Report::NdrReport &report, const Report::RecipientRow &row)
{
    const Report::Failure empty;
    const Report::Failure &f = row.failure ? *row.failure : empty;
    return QJsonObject{
        {QStringLiteral("file"), file},
        {QStringLiteral("recipient"), row.address},
        {QStringLiteral("name"), row.displayName},
        {QStringLiteral("type"), typeKey(row)},
        {QStringLiteral("reason"), row.failed() ? f.reason : QStringLiteral("")},
        {QStringLiteral("deliverystatus"), f.status},
        {QStringLiteral("diagnosticcode"), f.diagnosticCode},
        {QStringLiteral("action"), f.action},
        {QStringLiteral("replycode"), f.replyCode ? QString::number(f.replyCode) : QString()},
        {QStringLiteral("remotemta"), f.remoteMta},
        {QStringLiteral("reportingmta"), f.reportingMta},
        {QStringLiteral("inoriginal"), row.inOriginal()},
        {QStringLiteral("report"), Report::kindKey(report.kind())},
    };
}

} // namespace

int dump(const QStringList &args)
{
    bool all = false;
    QStringList files;
    for (const QString &a : args) {
        if (a == QLatin1String("--all"))
            all = true;
        else
            files.append(a);
    }
    if (files.isEmpty()) {
        fail(QStringLiteral("dump: no file given"));
        return 2;
    }
    int status = 0;
    for (const QString &file : files) {
        auto opened = openMessageFile(file);
        if (!opened) {
            printLine({{QStringLiteral("file"), file}, {QStringLiteral("error"), opened.error().toString()}});
            fail(opened.error().toString());
            status = 1;
            continue;
        }
        const auto report = Report::NdrReport::fromMessage(opened->message);
        for (const Report::RecipientRow &row : report.rows()) {
            if (!row.failed() && !all)
                continue;
            QJsonObject line = rowToJson(file, report, row);
            if (all)
                line.insert(QStringLiteral("failed"), row.failed());
            printLine(line);
        }
    }
    std::fflush(stdout);
    return status;
}

int props(const QStringList &args)
{
    if (args.size() != 1) {
        fail(QStringLiteral("props: give exactly one file"));
        return 2;
    }
    auto opened = openMessageFile(args.first());
    if (!opened) {
        fail(opened.error().toString());
        return 1;
    }
    // Every value is printed: data left in the file is read first, and a file changed since
    // it was opened is an error, not an empty value.
    if (auto loaded = Mapi::loadDeferred(*opened->message); !loaded) {
        fail(loaded.error().toString());
        return 1;
    }
    const QByteArray json = QJsonDocument(Mapi::messageToJson(*opened->message)).toJson(QJsonDocument::Indented);
    std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
    for (const QString &w : opened->warnings)
        fail(QStringLiteral("%1: warning: %2").arg(args.first(), w));
    return 0;
}

} // namespace NdrTool
