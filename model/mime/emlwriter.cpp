// .eml export: RFC 5322 headers and a MIME body ([MS-OXCMAIL] 2.1, the MAPI-to-MIME direction)
// built from the properties. Written by hand rather than through GMime's serializer, so that an
// embedded message's raw bytes go in exactly as they were read.
#include "emlwriter.h"

#include "mimereader.h"

#include <QCryptographicHash>
#include <cstring>
#include <QLocale>
#include <QTimeZone>

namespace Ndr::Mime {

using namespace Ndr::Mapi;

namespace {

constexpr int kMaxDepth = 16;  // embedded messages inside embedded messages
constexpr int kLineLimit = 76;
const QByteArray kCrlf = "\r\n";

bool isAscii(const QByteArray &b)
{
    for (const char c : b) {
        if (uchar(c) >= 0x80)
            return false;
    }
    return true;
}

// RFC 2047 encoded words, UTF-8 and base64, each at most 75 characters (RFC 2047 2).
QByteArray encodeWords(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    if (isAscii(utf8) && !utf8.contains("=?"))
        return utf8;
    QByteArray out;
    QString chunk;
    auto flush = [&] {
        if (chunk.isEmpty())
            return;
        if (!out.isEmpty())
            out += ' ';
        out += "=?UTF-8?B?" + chunk.toUtf8().toBase64() + "?=";
        chunk.clear();
    };
    // 45 bytes of UTF-8 give 60 base64 characters: with "=?UTF-8?B?" and "?=", 72.
    for (qsizetype i = 0; i < text.size(); ++i) {
        QString ch = text.mid(i, 1);
        if (text.at(i).isHighSurrogate() && i + 1 < text.size())
            ch = text.mid(i++, 2);  // never split a surrogate pair across words
        if ((chunk + ch).toUtf8().size() > 45)
            flush();
        chunk += ch;
    }
    flush();
    return out;
}

// A display name as an RFC 5322 3.2.5 phrase: atoms as they are, else quoted, else encoded.
QByteArray phrase(const QString &name)
{
    const QByteArray utf8 = name.toUtf8();
    if (!isAscii(utf8))
        return encodeWords(name);
    static const char specials[] = "()<>[]:;@\\,.\"";
    bool needsQuotes = false;
    for (const char c : utf8) {
        if (std::strchr(specials, c))
            needsQuotes = true;
    }
    if (!needsQuotes)
        return utf8;
    QByteArray quoted = utf8;
    quoted.replace('\\', "\\\\").replace('"', "\\\"");
    return '"' + quoted + '"';
}

QByteArray mailbox(const QString &name, const QString &address)
{
    if (name.isEmpty() || name == address)
        return address.toUtf8();
    return phrase(name) + " <" + address.toUtf8() + '>';
}

// Folds a header line at spaces so that lines stay within 78 characters (RFC 5322 2.2.3).
QByteArray header(const QByteArray &name, const QByteArray &value)
{
    QByteArray line = name + ": ";
    int lineLength = int(line.size());
    const QList<QByteArray> words = value.split(' ');
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QByteArray &w = words.at(i);
        if (i > 0) {
            if (lineLength + 1 + w.size() > 78) {
                line += kCrlf + ' ';
                lineLength = 1;
            } else {
                line += ' ';
                ++lineLength;
            }
        }
        line += w;
        lineLength += int(w.size());
    }
    return line + kCrlf;
}

QByteArray rfc5322Date(const QDateTime &dt)
{
    return QLocale::c().toString(dt.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss")).toLatin1() + " +0000";
}

QByteArray withCrlf(const QByteArray &text)
{
    QByteArray out = text;
    out.replace("\r\n", "\n");
    out.replace('\r', '\n');
    out.replace("\n", "\r\n");
    return out;
}

QByteArray base64Lines(const QByteArray &data)
{
    const QByteArray b64 = data.toBase64();
    QByteArray out;
    out.reserve(b64.size() + b64.size() / kLineLimit * 2 + 2);
    for (qsizetype i = 0; i < b64.size(); i += kLineLimit)
        out += b64.mid(i, kLineLimit) + kCrlf;
    return out;
}

// RFC 2045 6.7 quoted-printable over CRLF text: line breaks stay hard breaks.
QByteArray quotedPrintable(const QByteArray &text)
{
    static const char hex[] = "0123456789ABCDEF";
    QByteArray out;
    const QList<QByteArray> lines = text.split('\n');
    for (qsizetype l = 0; l < lines.size(); ++l) {
        QByteArray line = lines.at(l);
        if (line.endsWith('\r'))
            line.chop(1);
        int col = 0;
        for (qsizetype i = 0; i < line.size(); ++i) {
            const uchar c = uchar(line.at(i));
            const bool last = i + 1 == line.size();
            QByteArray token;
            if ((c == ' ' || c == '\t') && !last)
                token = QByteArray(1, char(c));
            else if (c >= 33 && c <= 126 && c != '=')
                token = QByteArray(1, char(c));
            else
                token = QByteArray("=") + hex[c >> 4] + hex[c & 0xF];
            if (col + token.size() > kLineLimit - 1) {
                out += "=" + kCrlf;
                col = 0;
            }
            out += token;
            col += int(token.size());
        }
        if (l + 1 < lines.size())
            out += kCrlf;
    }
    return out;  // the text's own last line break (or none) is already there
}

// A leaf part: its headers and its encoded body.
struct Part {
    QByteArray headers;  // CRLF-terminated lines
    QByteArray body;
};

QByteArray serialise(const Part &p) { return p.headers + kCrlf + p.body; }

Part textPart(const QByteArray &subtype, const QString &text)
{
    const QByteArray utf8 = withCrlf(text.toUtf8());
    Part p;
    const bool plain7bit = isAscii(utf8) && !utf8.contains("\r\n.\r\n");
    p.headers = header("Content-Type", "text/" + subtype + "; charset=\"utf-8\"")
                + header("Content-Transfer-Encoding", plain7bit ? "7bit" : "quoted-printable");
    p.body = plain7bit ? utf8 : quotedPrintable(utf8);
    return p;
}

QByteArray boundaryFor(const QList<QByteArray> &children, int depth)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (const QByteArray &c : children)
        hash.addData(c);
    QByteArray boundary = "=_ndr_" + QByteArray::number(depth) + '_' + hash.result().toHex().left(24);
    while (true) {
        bool clash = false;
        for (const QByteArray &c : children)
            clash |= c.contains("--" + boundary);
        if (!clash)
            return boundary;
        boundary += 'x';
    }
}

Part multipart(const QByteArray &subtype, const QList<QByteArray> &children, int depth, const QByteArray &extraParams = {})
{
    const QByteArray boundary = boundaryFor(children, depth);
    Part p;
    p.headers = header("Content-Type", "multipart/" + subtype + ";" + extraParams + " boundary=\"" + boundary + '"');
    for (const QByteArray &c : children)
        p.body += "--" + boundary + kCrlf + c + kCrlf;
    p.body += "--" + boundary + "--" + kCrlf;
    return p;
}

// RFC 2231 filename*=utf-8''... for names that are not plain ASCII.
QByteArray filenameParameter(const QString &name)
{
    const QByteArray utf8 = name.toUtf8();
    if (isAscii(utf8) && !utf8.contains('"') && !utf8.contains('\\'))
        return "filename=\"" + utf8 + '"';
    return "filename*=utf-8''" + utf8.toPercentEncoding();
}

class Writer {
public:
    Expected<QByteArray> message(const Message &m, int depth);

private:
    Expected<QByteArray> attachment(const Attachment &a, int depth);
};

Expected<QByteArray> Writer::attachment(const Attachment &a, int depth)
{
    const QString tag = a.mimeTag().toLower();
    if (a.method() == ATTACH_EMBEDDED_MSG && a.embedded) {
        if (isHeadersOnly(*a.embedded)) {
            // RFC 6522 text/rfc822-headers: the headers we have, as they were.
            QByteArray headers = a.data();
            if (headers.isEmpty())
                headers = a.embedded->props.string(PR_TRANSPORT_MESSAGE_HEADERS).toUtf8();
            Part p;
            p.headers = header("Content-Type", "text/rfc822-headers");
            p.body = withCrlf(headers);
            return serialise(p);
        }
        Expected<QByteArray> inner = message(*a.embedded, depth + 1);
        if (!inner)
            return inner;
        Part p;
        p.headers = header("Content-Type", "message/rfc822");
        const QString name = a.props.string(PR_DISPLAY_NAME);
        if (!name.isEmpty())
            p.headers += header("Content-Disposition", "attachment; " + filenameParameter(name + QStringLiteral(".eml")));
        p.body = *inner;
        if (!p.body.endsWith('\n'))
            p.body += kCrlf;
        return serialise(p);
    }
    const QByteArray type = tag.isEmpty() ? QByteArray("application/octet-stream") : tag.toUtf8();
    Part p;
    p.headers = header("Content-Type", type);
    const QString fileName = a.fileName();
    // Report parts (RFC 3464, RFC 8098, RFC 5965) are 7-bit text fields: kept as written.
    const bool reportPart = type.startsWith("message/") || type == "text/rfc822-headers";
    if (!fileName.isEmpty())
        p.headers += header("Content-Disposition", "attachment; " + filenameParameter(fileName));
    else if (!reportPart)
        p.headers += header("Content-Disposition", "attachment");
    const QString cid = a.props.string(PR_ATTACH_CONTENT_ID);
    if (!cid.isEmpty())
        p.headers += header("Content-ID", '<' + cid.toUtf8() + '>');
    if (reportPart && isAscii(a.data())) {
        p.body = withCrlf(a.data());
    } else {
        p.headers += header("Content-Transfer-Encoding", "base64");
        p.body = base64Lines(a.data());
    }
    return serialise(p);
}

Expected<QByteArray> Writer::message(const Message &m, int depth)
{
    if (!m.rawMime.isEmpty())
        return m.rawMime;  // read from MIME: its own bytes, unchanged
    if (depth > kMaxDepth)
        return makeError(Error::TooLarge, QStringLiteral("messages nested deeper than %1 levels").arg(kMaxDepth));
    const PropertyBag &p = m.props;
    QByteArray head;

    // From: the sent-representing family, else the sender's; Sender: when they differ.
    auto addressOf = [&p](PropId smtp, PropId email, PropId type) {
        QString a = p.string(smtp);
        if (a.isEmpty() && (p.string(type).compare(QLatin1String("SMTP"), Qt::CaseInsensitive) == 0
                            || p.string(email).contains(QLatin1Char('@'))))
            a = p.string(email);
        return a;
    };
    const QString fromAddress = addressOf(PR_SENT_REPRESENTING_SMTP_ADDRESS, PR_SENT_REPRESENTING_EMAIL_ADDRESS,
                                          PR_SENT_REPRESENTING_ADDRTYPE);
    const QString senderAddress = addressOf(PR_SENDER_SMTP_ADDRESS, PR_SENDER_EMAIL_ADDRESS, PR_SENDER_ADDRTYPE);
    if (!fromAddress.isEmpty())
        head += header("From", mailbox(p.string(PR_SENT_REPRESENTING_NAME), fromAddress));
    else if (!senderAddress.isEmpty())
        head += header("From", mailbox(p.string(PR_SENDER_NAME), senderAddress));
    if (!fromAddress.isEmpty() && !senderAddress.isEmpty() && fromAddress.compare(senderAddress, Qt::CaseInsensitive) != 0)
        head += header("Sender", mailbox(p.string(PR_SENDER_NAME), senderAddress));

    // To and Cc from the rows the receivers see: never P1 (the envelope), never Bcc. A resent
    // message's rows carry MAPI_SUBMITTED as well: the low two bits are the kind.
    QList<QByteArray> to, cc;
    for (const Recipient &r : m.recipients) {
        const quint32 type = quint32(r.type());
        if (type & MAPI_P1)
            continue;
        const QString address = r.smtpAddress();
        if (address.isEmpty())
            continue;
        const QByteArray box = mailbox(r.displayName(), address);
        if ((type & 0x3) == quint32(MAPI_TO))
            to.append(box);
        else if ((type & 0x3) == quint32(MAPI_CC))
            cc.append(box);
    }
    if (!to.isEmpty())
        head += header("To", to.join(", "));
    if (!cc.isEmpty())
        head += header("Cc", cc.join(", "));
    if (p.contains(PR_SUBJECT))
        head += header("Subject", encodeWords(p.string(PR_SUBJECT)));
    for (PropId id : {PR_CLIENT_SUBMIT_TIME, PR_MESSAGE_DELIVERY_TIME, PR_CREATION_TIME}) {
        const QDateTime t = p.time(id);
        if (t.isValid()) {
            head += header("Date", rfc5322Date(t));
            break;
        }
    }
    const struct {
        const char *name;
        PropId tag;
    } ids[] = {{"Message-ID", PR_INTERNET_MESSAGE_ID}, {"In-Reply-To", PR_IN_REPLY_TO_ID}, {"References", PR_INTERNET_REFERENCES}};
    for (const auto &id : ids) {
        const QString v = p.string(id.tag).trimmed();
        if (!v.isEmpty())
            head += header(id.name, v.toUtf8());
    }
    head += header("MIME-Version", "1.0");

    // The body: text, HTML, or both as alternatives.
    const QString text = p.string(PR_BODY);
    const QByteArray html = p.binary(PR_HTML).isEmpty() ? p.string(PR_HTML).toUtf8() : p.binary(PR_HTML);
    Part body;
    if (!html.isEmpty()) {
        const Part htmlPart = textPart("html", QString::fromUtf8(html));
        body = text.isEmpty() ? htmlPart : multipart("alternative", {serialise(textPart("plain", text)), serialise(htmlPart)}, depth);
    } else {
        body = textPart("plain", text);
    }

    QList<QByteArray> parts;
    bool deliveryStatus = false;
    for (const Attachment &a : m.attachments) {
        Expected<QByteArray> part = attachment(a, depth);
        if (!part)
            return part;
        deliveryStatus |= a.mimeTag().compare(QLatin1String("message/delivery-status"), Qt::CaseInsensitive) == 0;
        parts.append(*part);
    }
    Part top = body;
    if (!parts.isEmpty()) {
        parts.prepend(serialise(body));
        // RFC 6522: a report is multipart/report with the human-readable part first.
        top = deliveryStatus ? multipart("report", parts, depth, " report-type=delivery-status;") : multipart("mixed", parts, depth);
    }
    return head + top.headers + kCrlf + top.body;
}

} // namespace

Expected<QByteArray> writeEml(const Message &message)
{
    if (auto ok = loadDeferred(message); !ok)
        return ok.error();
    return Writer().message(message, 0);
}

} // namespace Ndr::Mime
