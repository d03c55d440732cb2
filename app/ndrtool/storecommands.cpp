// ndrtool resend / ndrtool store (DESIGN.md "Command-line contract"): the resend engine and
// the message store from the command line.
#include "commands.h"

#include "heapreserve.h"
#include "mapi/propjson.h"
#include "mime/emlwriter.h"
#include "msg/msgwriter.h"
#include "report/ndrreport.h"
#include "reportfile.h"
#include "resend/resendengine.h"
#include "store/messagestore.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextStream>
#include <cstdio>

namespace NdrTool {

using namespace Ndr;
using namespace Qt::StringLiterals;

namespace {

// Options of the form --name VALUE; a repeated option keeps every value.
struct Args {
    QStringList positional;
    QMultiMap<QString, QString> options;
    QString error;

    QString value(const QString &name) const { return options.value(name); }
    QStringList values(const QString &name) const
    {
        QStringList v = options.values(name);
        std::reverse(v.begin(), v.end());  // QMultiMap gives the last inserted first
        return v;
    }
};

Args parse(const QStringList &args, const QStringList &withValue)
{
    Args out;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (withValue.contains(a)) {
            if (i + 1 >= args.size()) {
                out.error = u"%1 needs a value"_s.arg(a);
                return out;
            }
            out.options.insert(a, args[++i]);
        } else if (a.startsWith(u"--"_s) && a.size() > 2) {
            out.error = u"unknown option %1"_s.arg(a);
            return out;
        } else {
            out.positional.append(a);
        }
    }
    return out;
}

void printRaw(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

Expected<std::unique_ptr<Store::MessageStore>> openStore(const QString &path, bool readOnly)
{
    Store::MessageStore::Options options;
    options.path = path;
    options.readOnly = readOnly;
    return Store::MessageStore::open(options);
}

QString flagsText(quint32 flags)
{
    struct Flag {
        quint32 bit;
        const char *name;
    };
    constexpr Flag kFlags[] = {{Mapi::MSGFLAG_READ, "read"},     {Mapi::MSGFLAG_UNMODIFIED, "unmodified"},
                               {Mapi::MSGFLAG_SUBMIT, "submit"}, {Mapi::MSGFLAG_UNSENT, "unsent"},
                               {Mapi::MSGFLAG_HASATTACH, "hasattach"}, {Mapi::MSGFLAG_FROMME, "fromme"},
                               {Mapi::MSGFLAG_RESEND, "resend"}};
    QStringList names;
    for (const Flag &f : kFlags)
        if (flags & f.bit)
            names << QString::fromLatin1(f.name);
    return u"0x%1 (%2)"_s.arg(flags, 0, 16).arg(names.join(u", "_s));
}

QString typeText(qint32 type)
{
    const quint32 t = quint32(type);
    if (t == Mapi::MAPI_P1)
        return u"p1"_s;
    QString text = Mapi::recipientTypeName(qint32(t & 0x0F));
    if (t & Mapi::MAPI_SUBMITTED)
        text += u"+submitted"_s;
    if (t & Mapi::MAPI_P1)
        text += u"+p1"_s;
    return text;
}

int show(Store::MessageStore &store, qint64 id)
{
    const auto summary = store.summary(id);
    const auto message = summary ? store.load(id) : Expected<Mapi::Message>(summary.error());
    if (!message) {
        fail(message.error().toString());
        return 1;
    }
    QTextStream out(stdout);
    out << "Message " << id << " in " << Store::folderName(summary->folder) << ", stored "
        << summary->created.toString(Qt::ISODate) << '\n';
    out << "Subject: " << message->subject() << '\n';
    out << "Class: " << message->messageClass() << '\n';
    out << "Flags: " << flagsText(quint32(message->props.int32(Mapi::PR_MESSAGE_FLAGS).value_or(0))) << '\n';
    const QString sender = message->props.string(Mapi::PR_SENDER_NAME);
    if (!sender.isEmpty())
        out << "From: " << sender << " <" << message->props.string(Mapi::PR_SENDER_SMTP_ADDRESS) << ">\n";
    out << "Recipients: " << summary->recipientCount << " rows, " << summary->p1Count << " P1 (the envelope)\n";
    for (const Mapi::Recipient &r : message->recipients)
        out << "  " << typeText(r.type()).leftJustified(14) << ' ' << r.displayName() << " <"
            << (r.smtpAddress().isEmpty() ? r.props.string(Mapi::PR_EMAIL_ADDRESS) : r.smtpAddress()) << ">\n";
    out << "Attachments: " << message->attachments.size() << '\n';
    for (const Mapi::Attachment &a : message->attachments)
        out << "  " << (a.embedded ? u"message: "_s + a.embedded->subject() : a.fileName()) << "  "
            << a.data().size() << " bytes\n";
    out << "Properties: " << message->props.size() << '\n';
    return 0;
}

int exportMessage(Store::MessageStore &store, qint64 id, const QString &format, const QString &outPath)
{
    const auto message = store.load(id);
    if (!message) {
        fail(message.error().toString());
        return 1;
    }
    Expected<QByteArray> bytes = QByteArray();
    if (format == u"json"_s)
        bytes = QJsonDocument(Mapi::messageToJson(*message)).toJson(QJsonDocument::Indented);
    else if (format == u"msg"_s)
        bytes = Msg::writeMsg(*message);
    else if (format == u"eml"_s)
        bytes = Mime::writeEml(*message);
    if (!bytes) {
        fail(u"cannot write message %1 as %2: %3"_s.arg(id).arg(format, bytes.error().toString()));
        return 1;
    }
    if (outPath == u"-"_s) {
        printRaw(*bytes);
        return 0;
    }
    QSaveFile file(outPath);  // whole or not at all
    if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() || !file.commit()) {
        fail(u"%1: cannot write: %2"_s.arg(outPath, file.errorString()));
        return 1;
    }
    return 0;
}

} // namespace

int resend(const QStringList &args)
{
    const Args a = parse(args, {u"--only"_s, u"--fix"_s, u"--original"_s, u"--store"_s, u"--from"_s});
    if (!a.error.isEmpty() || a.positional.size() != 1) {
        fail(a.error.isEmpty() ? u"resend: give one report file"_s : u"resend: "_s + a.error);
        return 2;
    }
    const QString file = a.positional.first();
    const QString originalFile = a.value(u"--original"_s);
    const HeapReserve reserve(QFileInfo(file).size() + (originalFile.isEmpty() ? 0 : QFileInfo(originalFile).size()));
    auto opened = openMessageFile(file);
    if (!opened) {
        fail(opened.error().toString());
        return 1;
    }
    Resend::ResendEngine engine(Report::NdrReport::fromMessage(opened->message));
    if (!originalFile.isEmpty()) {
        auto original = openMessageFile(originalFile);
        if (!original) {
            fail(original.error().toString());
            return 1;
        }
        engine.setOriginal(original->message);
    }

    // --fix OLD=NEW corrects an address; --only limits the resend to the addresses named.
    QHash<QString, QString> fixes;
    for (const QString &fix : a.values(u"--fix"_s)) {
        const qsizetype eq = fix.indexOf(u'=');
        if (eq <= 0 || eq == fix.size() - 1) {
            fail(u"resend: --fix wants OLD=NEW, not '%1'"_s.arg(fix));
            return 2;
        }
        fixes.insert(fix.left(eq).trimmed().toLower(), fix.mid(eq + 1).trimmed());
    }
    QList<Resend::Choice> choices;
    QStringList named = a.values(u"--only"_s);
    if (named.isEmpty() && !fixes.isEmpty())  // every failed recipient, some corrected
        for (const Report::RecipientRow &row : engine.report().failedRows())
            named << row.address;
    for (const QString &address : named)
        choices.append(Resend::Choice{-1, address, fixes.take(address.trimmed().toLower())});
    for (auto it = fixes.cbegin(); it != fixes.cend(); ++it)  // fixed but not in --only: chosen too
        choices.append(Resend::Choice{-1, it.key(), *it});
    engine.setChoices(choices);
    const auto message = engine.build();
    if (!message) {
        fail(u"%1: cannot resend: %2"_s.arg(file, message.error().toString()));
        return 1;
    }

    Store::Identity me = a.options.contains(u"--from"_s)
        ? Store::Identity::fromString(a.value(u"--from"_s))
        : Store::Identity{engine.report().addresseeName(), engine.report().addresseeAddress()};
    if (!me.isValid()) {
        fail(u"%1: the report does not say who sent the original: give --from ADDRESS"_s.arg(file));
        return 1;
    }
    auto store = openStore(a.value(u"--store"_s), false);
    if (!store) {
        fail(store.error().toString());
        return 1;
    }
    const auto id = (*store)->submit(*message, me);
    if (!id) {
        fail(id.error().toString());
        return 1;
    }
    QTextStream(stdout) << *id << Qt::endl;
    return 0;
}

int store(const QStringList &args)
{
    const Args a = parse(args, {u"--folder"_s, u"--store"_s, u"--format"_s, u"-o"_s});
    if (!a.error.isEmpty() || a.positional.isEmpty()) {
        fail(a.error.isEmpty() ? u"store: give list, show ID or export ID"_s : u"store: "_s + a.error);
        return 2;
    }
    const QString sub = a.positional.first();
    const QString path = a.value(u"--store"_s);
    if (sub == u"list"_s) {
        if (a.positional.size() != 1) {
            fail(u"store list: unexpected argument %1"_s.arg(a.positional.at(1)));
            return 2;
        }
        const QString folderName = a.options.contains(u"--folder"_s) ? a.value(u"--folder"_s) : u"Outbox"_s;
        const auto folder = Store::folderFromName(folderName);
        if (!folder) {
            fail(u"store list: no folder '%1' (Inbox, Outbox, Sent Items, Deleted Items, Drafts)"_s.arg(folderName));
            return 2;
        }
        auto store = openStore(path, true);
        if (!store) {
            fail(store.error().toString());
            return 1;
        }
        const auto list = (*store)->list(*folder);
        if (!list) {
            fail(list.error().toString());
            return 1;
        }
        for (const Store::MessageSummary &s : *list)
            printRaw(QJsonDocument(QJsonObject{{u"id"_s, s.id},
                                               {u"folder"_s, Store::folderName(s.folder)},
                                               {u"subject"_s, s.subject},
                                               {u"recipients"_s, s.recipientCount},
                                               {u"p1"_s, s.p1Count},
                                               {u"created"_s, s.created.toString(Qt::ISODateWithMs)}})
                         .toJson(QJsonDocument::Compact)
                     + '\n');
        return 0;
    }
    if (sub != u"show"_s && sub != u"export"_s) {
        fail(u"store: unknown subcommand '%1'"_s.arg(sub));
        return 2;
    }
    bool ok = false;
    const qint64 id = a.positional.value(1).toLongLong(&ok);
    if (!ok || a.positional.size() != 2) {
        fail(u"store %1: give one message id"_s.arg(sub));
        return 2;
    }
    const QString format = a.value(u"--format"_s);
    if (sub == u"export"_s && (!QStringList{u"json"_s, u"msg"_s, u"eml"_s}.contains(format) || !a.options.contains(u"-o"_s))) {
        fail(u"store export: give --format json|msg|eml and -o OUT"_s);
        return 2;
    }
    auto store = openStore(path, true);
    if (!store) {
        fail(store.error().toString());
        return 1;
    }
    return sub == u"show"_s ? show(**store, id) : exportMessage(**store, id, format, a.value(u"-o"_s));
}

} // namespace NdrTool
