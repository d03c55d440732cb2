// Seeds for the fuzzers, made by our own fixture writer, MIME builder and store:
//   ndr_fuzzseeds mime DIR    DSNs of several shapes (line ends, encodings, headers-only
//                             originals, delays, charsets), ordinary messages with attachments,
//                             and bare delivery-status bodies (DIR/*.dsn.txt)
//   ndr_fuzzseeds store DIR   small message stores (fuzz_store)
// The .msg seeds come from `ndr_fixturegen all DIR`.
#include "fixturewriter.h"
#include "mimebuilder.h"
#include "store/messagestore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <cstdio>

using namespace Ndr::Fixtures;

namespace {

bool write(const QString &dir, const QString &name, const QByteArray &bytes)
{
    QFile f(QDir(dir).filePath(name));
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QList<std::pair<QString, DsnSpec>> dsnSpecs()
{
    QList<std::pair<QString, DsnSpec>> out;
    DsnSpec base;
    base.recipients = {failedRecipient(QStringLiteral("bob@example.net")),
                       failedRecipient(QStringLiteral("carol@example.org"), QStringLiteral("4.2.2"),
                                       QStringLiteral("452 4.2.2 Mailbox full"))};
    out.append({QStringLiteral("dsn-two-failures"), base});

    DsnSpec headersOnly = base;
    headersOnly.original = OriginalForm::HeadersOnly;
    out.append({QStringLiteral("dsn-headers-only"), headersOnly});

    DsnSpec delayed = base;
    for (auto &r : delayed.recipients) {
        r.action = QStringLiteral("delayed");
        r.status = QStringLiteral("4.4.7");
        r.willRetryUntil = QStringLiteral("Fri, 15 Mar 2024 09:27:10 +0000");
    }
    delayed.original = OriginalForm::None;
    out.append({QStringLiteral("dsn-delayed"), delayed});

    DsnSpec rich = base;
    rich.humanText = QStringLiteral("Die Nachricht konnte nicht zugestellt werden: \u00FCberf\u00FCllt. \u5931\u6557");
    rich.humanCharset = "iso-8859-1";
    rich.humanEncoding = TransferEncoding::Base64;
    rich.statusEncoding = TransferEncoding::QuotedPrintable;
    rich.dsnGateway = QStringLiteral("dns; gw.example.net");
    rich.receivedFromMta = QStringLiteral("dns; client.example.com");
    rich.originalEnvelopeId = QStringLiteral("QQ314159");
    rich.recipients[0].originalRecipient = QStringLiteral("rfc822; Bob.Builder@example.net");
    rich.recipients[0].remoteMta = QStringLiteral("mx.example.net");
    rich.recipients[0].lastAttemptDate = QStringLiteral("Thu, 14 Mar 2024 09:27:09 +0000");
    rich.recipients[0].finalLogId = QStringLiteral("AB12CD");
    rich.recipients[0].displayName = QStringLiteral("Bob Builder");
    rich.recipients[0].extraFields = {{QStringLiteral("X-Supplementary-Info"), QStringLiteral("<mx #5.1.1>")}};
    rich.originalSpec.subject = QStringLiteral("Gr\u00FC\u00DFe \u2713");
    rich.originalSpec.html = QStringLiteral("<p>Hello <b>all</b></p>");
    rich.originalSpec.attachments = {{"text/csv", QStringLiteral("figures.csv"), "a,b\n1,2\n"}};
    out.append({QStringLiteral("dsn-rich"), rich});

    DsnSpec legacy = base;
    legacy.reportType = "";
    legacy.statusType = "text/plain";
    out.append({QStringLiteral("dsn-status-as-text"), legacy});
    return out;
}

} // namespace

// A store holding a report, its original (embedded message, named properties) and a resend-like
// copy in the Outbox; and an empty one.
bool writeStores(const QString &dir)
{
    const QString full = QDir(dir).filePath(QStringLiteral("store-three-messages.sqlite"));
    const QString empty = QDir(dir).filePath(QStringLiteral("store-empty.sqlite"));
    for (const QString &path : {full, empty})
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(path + QLatin1String(suffix));
    {
        Ndr::Store::MessageStore::Options options;
        options.path = full;
        options.fixedTime = QDateTime(QDate(2024, 3, 14), QTime(9, 30), Qt::UTC);
        auto store = Ndr::Store::MessageStore::open(options);
        if (!store)
            return false;
        Ndr::Fixtures::OriginalSpec original;
        original.embeddedMessage = true;
        original.attachmentSize = 200;
        if (!(*store)->save(Ndr::Fixtures::buildSampleReport(), Ndr::Store::Folder::Inbox)
            || !(*store)->save(Ndr::Fixtures::buildOriginal(original), Ndr::Store::Folder::SentItems)
            || !(*store)->submit(Ndr::Fixtures::buildOriginal(), {QStringLiteral("Alice Sender"), QStringLiteral("alice@example.com")}))
            return false;
    }
    return bool(Ndr::Store::MessageStore::open(empty));
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3 || (args[1] != QLatin1String("mime") && args[1] != QLatin1String("store"))
        || !QDir().mkpath(args[2])) {
        std::fprintf(stderr, "usage: ndr_fuzzseeds mime|store DIR\n");
        return 2;
    }
    const QString dir = args[2];
    if (args[1] == QLatin1String("store"))
        return writeStores(dir) ? 0 : 1;
    bool ok = true;
    for (const auto &[name, spec] : dsnSpecs()) {
        for (LineEnd e : {LineEnd::CrLf, LineEnd::Lf, LineEnd::Cr})
            ok = write(dir, name + QLatin1Char('-') + lineEndName(e) + QStringLiteral(".eml"), buildDsn(spec, e)) && ok;
        ok = write(dir, name + QStringLiteral(".dsn.txt"), deliveryStatusBody(spec)) && ok;
    }
    MimeMessageSpec plain;
    plain.attachments = {{"application/pdf", QStringLiteral("report.pdf"), QByteArray(300, '\x25')}};
    ok = write(dir, QStringLiteral("message-with-attachment.eml"), buildMessage(plain)) && ok;
    ok = write(dir, QStringLiteral("nested-multiparts-8.eml"), nestedMultiparts(8)) && ok;
    ok = write(dir, QStringLiteral("nested-messages-4.eml"), nestedMessages(4)) && ok;
    return ok ? 0 : 1;
}
