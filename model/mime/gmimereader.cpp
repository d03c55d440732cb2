// MIME to Message through GMime 3, mapped as [MS-OXCMAIL] 2.2 describes. This file is the
// reader module (readermodule.h): the one place GMime is used.
#include "gobjectptr.h"  // GMime first: glib has a field named `signals`

#include "charsetdecoder.h"
#include "htmltext.h"
#include "mimereader.h"
#include "readermodule.h"
#include "reportclass.h"

#include <QLoggingCategory>
#include <QRegularExpression>

#include <memory>

Q_LOGGING_CATEGORY(lcMime, "ndr.mime", QtWarningMsg)

namespace Ndr::Mime {

using namespace Ndr::Mapi;

namespace {

constexpr int kMaxPartDepth = 64;       // multipart nesting we walk; deeper parts are dropped
constexpr int kMaxEmbeddedDepth = 16;   // message/rfc822 inside message/rfc822 ...
constexpr int kMaxParts = 10000;        // leaf parts per file
constexpr int kMaxGroupDepth = 4;       // RFC 5322 groups cannot nest; be lenient, but cap

QString utf8(const char *s) { return s ? QString::fromUtf8(s) : QString(); }

QByteArray lower(const char *s) { return QByteArray(s ? s : "").toLower(); }

struct ParserOptionsDeleter {
    void operator()(GMimeParserOptions *o) const { g_mime_parser_options_free(o); }
};
using ParserOptionsPtr = std::unique_ptr<GMimeParserOptions, ParserOptionsDeleter>;

// What one parseMime call shares across its nested messages.
struct Context {
    QByteArray original;  // the caller's bytes: rawMime slices come from here
    QByteArray data;      // what GMime parsed: `original` with CR-only line ends as LF, same length
    QStringList *warnings = nullptr;
    ParserOptionsPtr options;
    int parts = 0;
    bool depthWarned = false;
    bool partsWarned = false;
    // Buffers GMime reads in place (no copy of a large file): kept alive, and their GByteArray
    // wrappers released without freeing the bytes, after every GMime object is gone.
    QList<QByteArray> borrowed;
    QList<GByteArray *> wrappers;

    Context() = default;
    Context(const Context &) = delete;
    Context &operator=(const Context &) = delete;
    ~Context()
    {
        for (GByteArray *w : wrappers)
            g_byte_array_free(w, FALSE);
    }

    void warn(const QString &text, qint64 offset = -1)
    {
        const QString line = offset >= 0 ? QStringLiteral("%1 (at byte %2)").arg(text).arg(offset) : text;
        qCDebug(lcMime) << line;
        if (warnings && warnings->size() < 200)
            warnings->append(line);
    }
};

const char *parserWarningText(GMimeParserWarning code)
{
    switch (code) {
    case GMIME_WARN_DUPLICATED_HEADER: return "duplicated header";
    case GMIME_WARN_DUPLICATED_PARAMETER: return "duplicated header parameter";
    case GMIME_WARN_UNENCODED_8BIT_HEADER: return "unencoded 8-bit header";
    case GMIME_WARN_INVALID_CONTENT_TYPE: return "invalid Content-Type";
    case GMIME_WARN_INVALID_RFC2047_HEADER_VALUE: return "invalid RFC 2047 encoded word";
    case GMIME_WARN_MALFORMED_MULTIPART: return "multipart without parts";
    case GMIME_WARN_TRUNCATED_MESSAGE: return "truncated message";
    case GMIME_WARN_MALFORMED_MESSAGE: return "malformed message";
    case GMIME_CRIT_INVALID_HEADER_NAME: return "invalid header name";
    case GMIME_CRIT_CONFLICTING_HEADER: return "conflicting header";
    case GMIME_CRIT_CONFLICTING_PARAMETER: return "conflicting header parameter";
    case GMIME_CRIT_MULTIPART_WITHOUT_BOUNDARY: return "multipart without boundary";
    case GMIME_WARN_INVALID_PARAMETER: return "invalid header parameter";
    case GMIME_WARN_INVALID_ADDRESS_LIST: return "invalid address list";
    case GMIME_CRIT_NESTING_OVERFLOW: return "MIME nesting too deep";
    case GMIME_WARN_PART_WITHOUT_CONTENT: return "part without content";
    case GMIME_CRIT_PART_WITHOUT_HEADERS_OR_CONTENT: return "part without headers or content";
    }
    return "MIME parse warning";
}

void onParserWarning(gint64 offset, GMimeParserWarning code, const gchar *item, gpointer user)
{
    auto *ctx = static_cast<Context *>(user);
    QString text = QString::fromLatin1(parserWarningText(code));
    if (item && *item)
        text += QStringLiteral(": ") + QString::fromUtf8(item).left(80);
    // Duplicated headers are everyday mail (Received, Return-Path); not worth a warning.
    if (code != GMIME_WARN_DUPLICATED_HEADER && code != GMIME_WARN_UNENCODED_8BIT_HEADER)
        ctx->warn(text, offset);
}

ParserOptionsPtr makeOptions(Context *ctx)
{
    ParserOptionsPtr o(g_mime_parser_options_new());
    g_mime_parser_options_set_rfc2047_compliance_mode(o.get(), GMIME_RFC_COMPLIANCE_LOOSE);
    g_mime_parser_options_set_address_compliance_mode(o.get(), GMIME_RFC_COMPLIANCE_LOOSE);
    g_mime_parser_options_set_parameter_compliance_mode(o.get(), GMIME_RFC_COMPLIANCE_LOOSE);
    g_mime_parser_options_set_allow_addresses_without_domain(o.get(), TRUE);
    // Raw 8-bit header text: UTF-8 where it is valid, else Latin-1 (which never fails).
    const char *fallback[] = {"utf-8", "iso-8859-1", nullptr};
    g_mime_parser_options_set_fallback_charsets(o.get(), fallback);
    g_mime_parser_options_set_warning_callback(o.get(), onParserWarning, ctx);
    return o;
}

GObjectPtr<GMimeMessage> parseMessage(const QByteArray &bytes, Context &ctx)
{
    // GMime's parser only reads its stream: it may read our bytes where they are. The stream
    // does not own the wrapper, and the wrapper's bytes are never freed through it.
    ctx.borrowed.append(bytes);
    guint8 *raw = static_cast<guint8 *>(static_cast<void *>(const_cast<char *>(ctx.borrowed.last().constData())));
    GByteArray *wrapper = g_byte_array_new_take(raw, gsize(bytes.size()));
    ctx.wrappers.append(wrapper);
    GObjectPtr<GMimeStream> stream(g_mime_stream_mem_new_with_byte_array(wrapper));
    g_mime_stream_mem_set_owner(GMIME_STREAM_MEM(stream.get()), FALSE);
    GObjectPtr<GMimeParser> parser(g_mime_parser_new_with_stream(stream.get()));
    g_mime_parser_set_format(parser.get(), GMIME_FORMAT_MESSAGE);
    return GObjectPtr<GMimeMessage>(g_mime_parser_construct_message(parser.get(), ctx.options.get()));
}

// The transfer-decoded bytes of a leaf part (RFC 2045 6: base64, quoted-printable, ...).
QByteArray partContent(GMimePart *part)
{
    GMimeDataWrapper *wrapper = g_mime_part_get_content(part);
    if (!wrapper)
        return {};
    GObjectPtr<GMimeStream> out(g_mime_stream_mem_new());
    g_mime_data_wrapper_write_to_stream(wrapper, out.get());
    const GByteArray *array = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(out.get()));
    return array ? QByteArray(reinterpret_cast<const char *>(array->data), qsizetype(array->len)) : QByteArray();
}

QByteArray mimeType(GMimeObject *obj)
{
    GMimeContentType *ct = g_mime_object_get_content_type(obj);
    if (!ct)
        return "application/octet-stream";
    return lower(g_mime_content_type_get_media_type(ct)) + '/' + lower(g_mime_content_type_get_media_subtype(ct));
}

QByteArray contentParameter(GMimeObject *obj, const char *name)
{
    GMimeContentType *ct = g_mime_object_get_content_type(obj);
    return ct ? QByteArray(g_mime_content_type_get_parameter(ct, name)) : QByteArray();
}

// The earliest header offset of a parsed message: where its bytes start in the input.
qint64 firstHeaderOffset(GMimeObject *obj)
{
    qint64 first = -1;
    auto scan = [&first](GMimeObject *o) {
        if (!o)
            return;
        GMimeHeaderList *list = g_mime_object_get_header_list(o);
        const int n = list ? g_mime_header_list_get_count(list) : 0;
        for (int i = 0; i < n; ++i) {
            const qint64 off = g_mime_header_get_offset(g_mime_header_list_get_header_at(list, i));
            if (off >= 0 && (first < 0 || off < first))
                first = off;
        }
    };
    scan(obj);
    if (GMIME_IS_MESSAGE(obj))
        scan(g_mime_message_get_mime_part(GMIME_MESSAGE(obj)));
    return first;
}

// Where a part that starts at `from` ends: before the line break of the next delimiter line
// of any enclosing multipart (RFC 2046 5.1.1: that line break belongs to the delimiter).
qint64 partEnd(const QByteArray &data, qint64 from, qint64 limit, const QList<QByteArray> &boundaries)
{
    qint64 best = limit;
    for (const QByteArray &b : boundaries) {  // innermost first: later searches stop at `best`
        if (b.isEmpty())
            continue;  // a multipart without a boundary parameter ends nothing
        const QByteArray needle = "\n--" + b;
        qint64 pos = from;
        while (true) {
            pos = QByteArrayView(data).first(best).indexOf(needle, pos);
            if (pos < 0)
                break;
            qint64 after = pos + needle.size();
            if (data.mid(after, 2) == "--")
                after += 2;
            while (after < data.size() && (data.at(after) == ' ' || data.at(after) == '\t'))
                ++after;
            if (after >= data.size() || data.at(after) == '\r' || data.at(after) == '\n') {
                best = pos;
                break;
            }
            pos += needle.size();
        }
    }
    if (best < limit && best > from && data.at(best - 1) == '\r')
        --best;
    return best;
}

// The header block at `begin`: up to and including the blank line's first line break.
QByteArray headerBlock(const QByteArray &data, qint64 begin, qint64 end)
{
    qint64 pos = begin;
    while (pos < end) {
        const qint64 nl = data.indexOf('\n', pos);
        if (nl < 0 || nl >= end)
            return data.mid(begin, end - begin);
        const qint64 next = nl + 1;
        if (next >= end || data.at(next) == '\n' || (data.at(next) == '\r' && next + 1 < end && data.at(next + 1) == '\n'))
            return data.mid(begin, next - begin);
        pos = next;
    }
    return data.mid(begin, end - begin);
}

QString headerValue(GMimeObject *obj, const char *name)
{
    return utf8(g_mime_object_get_header(obj, name)).simplified();
}

// A header GMime left with ISO-2022-JP escape sequences in it (raw 7-bit JIS, common in
// Japanese bounces): decode those through iconv.
QString fixRawJis(const QString &decoded)
{
    if (!decoded.contains(QLatin1String("\x1b$")))
        return decoded;
    for (const QChar c : decoded) {
        if (c.unicode() > 0x7f)
            return decoded;  // already decoded text around it: leave it alone
    }
    return decodeCharset(decoded.toLatin1(), "iso-2022-jp").text;
}

QByteArray searchKey(const QString &address)
{
    return "SMTP:" + address.toUpper().toUtf8() + '\0';
}

struct Mailbox {
    QString name;
    QString address;
};

void collectMailboxes(InternetAddressList *list, QList<Mailbox> *out, int depth = 0)
{
    if (!list || depth > kMaxGroupDepth)
        return;
    const int n = internet_address_list_length(list);
    for (int i = 0; i < n && out->size() < 100000; ++i) {
        InternetAddress *a = internet_address_list_get_address(list, i);
        if (INTERNET_ADDRESS_IS_GROUP(a)) {
            collectMailboxes(internet_address_group_get_members(INTERNET_ADDRESS_GROUP(a)), out, depth + 1);
        } else if (INTERNET_ADDRESS_IS_MAILBOX(a)) {
            Mailbox m;
            m.name = fixRawJis(utf8(internet_address_get_name(a))).trimmed();
            m.address = utf8(internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(a))).trimmed();
            if (!m.address.isEmpty() || !m.name.isEmpty())
                out->append(m);
        }
    }
}

QList<Mailbox> mailboxes(InternetAddressList *list)
{
    QList<Mailbox> out;
    collectMailboxes(list, &out);
    return out;
}

// [MS-OXCMAIL] 2.2.3.2.1/2.2.3.2.2: From -> PR_SENT_REPRESENTING_*, Sender -> PR_SENDER_*.
void setAddressFamily(PropertyBag &props, const Mailbox &m, PropId name, PropId addrType, PropId email,
                      PropId smtp, PropId key)
{
    props.setString(name, m.name.isEmpty() ? m.address : m.name);
    if (m.address.isEmpty())
        return;
    props.setString(addrType, QStringLiteral("SMTP"));
    props.setString(email, m.address);
    props.setString(smtp, m.address);
    props.set(key, PropValue::fromBinary(searchKey(m.address)));
}

// The headers that tell a bounce without a delivery-status part (reportclass.h).
BounceHeaders bounceHeaders(GMimeMessage *gm, const QString &subject)
{
    GMimeObject *obj = GMIME_OBJECT(gm);
    BounceHeaders h;
    h.subject = subject;
    h.rawFrom = headerValue(obj, "From");
    for (const Mailbox &m : mailboxes(g_mime_message_get_from(gm))) {
        h.fromAddresses.append(m.address);
        h.fromNames.append(m.name);
    }
    h.hasReturnPath = g_mime_object_get_header(obj, "Return-Path") != nullptr;
    h.returnPath = headerValue(obj, "Return-Path");
    h.hasFailedRecipients = g_mime_object_get_header(obj, "X-Failed-Recipients") != nullptr;
    return h;
}

class MessageReader {
public:
    MessageReader(Context &ctx, int embeddedDepth, QList<QByteArray> boundaries)
        : m_ctx(ctx), m_embeddedDepth(embeddedDepth), m_boundaries(std::move(boundaries))
    {
    }

    // A message whose bytes are data[begin, end).
    Message read(GMimeMessage *gm, qint64 begin, qint64 end)
    {
        if (begin >= 0 && end >= begin) {
            m_msg.rawMime = m_ctx.original.mid(begin, end - begin);
            mapHeaders(gm, headerBlock(m_ctx.data, begin, end));
        } else {
            mapHeaders(gm, QByteArray());
        }
        if (GMimeObject *top = g_mime_message_get_mime_part(gm))
            walk(top, 0, true, false);
        finish(gm);
        return std::move(m_msg);
    }

    // A message of headers only (text/rfc822-headers): RFC 6522 3 / RFC 3462.
    Message readHeadersOnly(GMimeMessage *gm, const QByteArray &headers)
    {
        mapHeaders(gm, headers);
        m_msg.props.setString(PR_MESSAGE_CLASS, QStringLiteral("IPM.Note"));
        m_msg.props.set(headersOnlyKey(), PropValue::fromBool(true));
        return std::move(m_msg);
    }

private:
    void mapHeaders(GMimeMessage *gm, const QByteArray &rawHeaders);
    void walk(GMimeObject *obj, int depth, bool bodyCandidate, bool inAlternative);
    void leaf(GMimePart *part, bool bodyCandidate, bool inAlternative);
    void embedded(GMimeMessagePart *part);
    void headersOnly(GMimePart *part);
    Attachment &newAttachment(const QByteArray &mimeTag);
    void finish(GMimeMessage *gm);

    Context &m_ctx;
    int m_embeddedDepth;
    QList<QByteArray> m_boundaries;  // of every multipart that encloses the current part
    Message m_msg;
    bool m_haveBody = false;
    bool m_haveHtml = false;
    QString m_htmlText;
};

void MessageReader::mapHeaders(GMimeMessage *gm, const QByteArray &rawHeaders)
{
    GMimeObject *obj = GMIME_OBJECT(gm);
    PropertyBag &p = m_msg.props;
    if (!rawHeaders.isEmpty())
        p.setString(PR_TRANSPORT_MESSAGE_HEADERS, decodeCharset(rawHeaders, QByteArray()).text);

    // [MS-OXCMAIL] 2.2.3.2.10 Subject (RFC 2047 decoded)
    if (const char *subject = g_mime_message_get_subject(gm))
        p.setString(PR_SUBJECT, fixRawJis(utf8(subject)).simplified());

    const QList<Mailbox> from = mailboxes(g_mime_message_get_from(gm));
    const QList<Mailbox> sender = mailboxes(g_mime_message_get_sender(gm));
    if (!from.isEmpty())
        setAddressFamily(p, from.first(), PR_SENT_REPRESENTING_NAME, PR_SENT_REPRESENTING_ADDRTYPE,
                         PR_SENT_REPRESENTING_EMAIL_ADDRESS, PR_SENT_REPRESENTING_SMTP_ADDRESS,
                         PR_SENT_REPRESENTING_SEARCH_KEY);
    if (from.isEmpty()) {
        // A From GMime could not parse ("MAILER-DAEMON <>"): keep its words as the name.
        QString raw = headerValue(obj, "From");
        raw.remove(QLatin1String("<>"));
        if (!raw.trimmed().isEmpty()) {
            p.setString(PR_SENT_REPRESENTING_NAME, raw.trimmed());
            p.setString(PR_SENDER_NAME, raw.trimmed());
        }
    }
    const QList<Mailbox> &senderSource = sender.isEmpty() ? from : sender;
    if (!senderSource.isEmpty())
        setAddressFamily(p, senderSource.first(), PR_SENDER_NAME, PR_SENDER_ADDRTYPE, PR_SENDER_EMAIL_ADDRESS,
                         PR_SENDER_SMTP_ADDRESS, PR_SENDER_SEARCH_KEY);

    // [MS-OXCMAIL] 2.2.3.2.3/4: To and Cc (and a Bcc a sender kept) as recipient rows.
    struct Kind {
        GMimeAddressType type;
        qint32 mapiType;
        PropId display;
    };
    const Kind kinds[] = {{GMIME_ADDRESS_TYPE_TO, MAPI_TO, PR_DISPLAY_TO},
                          {GMIME_ADDRESS_TYPE_CC, MAPI_CC, PR_DISPLAY_CC},
                          {GMIME_ADDRESS_TYPE_BCC, MAPI_BCC, PR_DISPLAY_BCC}};
    for (const Kind &k : kinds) {
        QStringList names;
        for (const Mailbox &m : mailboxes(g_mime_message_get_addresses(gm, k.type))) {
            Recipient r;
            r.props.setInt32(PR_ROWID, qint32(m_msg.recipients.size()));
            r.props.setInt32(PR_RECIPIENT_TYPE, k.mapiType);
            r.props.setString(PR_DISPLAY_NAME, m.name.isEmpty() ? m.address : m.name);
            if (!m.address.isEmpty()) {
                r.props.setString(PR_ADDRTYPE, QStringLiteral("SMTP"));
                r.props.setString(PR_EMAIL_ADDRESS, m.address);
                r.props.setString(PR_SMTP_ADDRESS, m.address);
                r.props.set(PR_SEARCH_KEY, PropValue::fromBinary(searchKey(m.address)));
            }
            names.append(m.name.isEmpty() ? m.address : m.name);
            m_msg.recipients.append(r);
        }
        if (!names.isEmpty())
            p.setString(k.display, names.join(QLatin1String("; ")));
    }

    // [MS-OXCMAIL] 2.2.3.2.6 Date
    if (GDateTime *date = g_mime_message_get_date(gm)) {
        const QDateTime dt = QDateTime::fromSecsSinceEpoch(g_date_time_to_unix(date), Qt::UTC);
        if (dt.isValid())
            p.set(PR_CLIENT_SUBMIT_TIME, PropValue::fromTime(dt));
    }
    // The newest Received line's date is when this message arrived.
    const QString received = headerValue(obj, "Received");
    if (const qsizetype semi = received.lastIndexOf(QLatin1Char(';')); semi >= 0) {
        if (GDateTime *d = g_mime_utils_header_decode_date(received.mid(semi + 1).toUtf8().constData())) {
            p.set(PR_MESSAGE_DELIVERY_TIME, PropValue::fromTime(QDateTime::fromSecsSinceEpoch(g_date_time_to_unix(d), Qt::UTC)));
            g_date_time_unref(d);
        }
    }

    // [MS-OXCMAIL] 2.2.3.2.8/2.2.3.2.11/2.2.3.2.12: identifiers kept as written, angle brackets included.
    const struct {
        const char *header;
        PropId tag;
    } ids[] = {{"Message-ID", PR_INTERNET_MESSAGE_ID}, {"In-Reply-To", PR_IN_REPLY_TO_ID}, {"References", PR_INTERNET_REFERENCES}};
    for (const auto &id : ids) {
        const QString v = headerValue(obj, id.header);
        if (!v.isEmpty())
            p.setString(id.tag, v);
    }
}

void MessageReader::walk(GMimeObject *obj, int depth, bool bodyCandidate, bool inAlternative)
{
    if (depth > kMaxPartDepth) {
        if (!m_ctx.depthWarned)
            m_ctx.warn(QStringLiteral("MIME parts nested deeper than %1 levels were skipped").arg(kMaxPartDepth));
        m_ctx.depthWarned = true;
        return;
    }
    if (GMIME_IS_MULTIPART(obj)) {
        GMimeMultipart *mp = GMIME_MULTIPART(obj);
        const QByteArray subtype = lower(g_mime_content_type_get_media_subtype(g_mime_object_get_content_type(obj)));
        // The parameter as written: g_mime_multipart_get_boundary makes one up where there is
        // none, re-encoding the header, which took minutes for a malformed parameter list.
        m_boundaries.prepend(contentParameter(obj, "boundary"));
        const int n = g_mime_multipart_get_count(mp);
        // RFC 6522 3: the first part of a report is the human-readable one; RFC 2387 and
        // RFC 1847: the first part of related/signed is the content.
        const bool firstIsContent = subtype == "report" || subtype == "related" || subtype == "signed";
        const bool alternative = subtype == "alternative";
        if (n == 0 && bodyCandidate && !m_haveBody) {
            // No delimiter found (a broken or missing boundary): GMime keeps the text as the
            // prologue, which is then all the body there is.
            const char *prologue = g_mime_multipart_get_prologue(mp);
            const QString text = fixRawJis(decodeCharset(QByteArray(prologue ? prologue : ""), QByteArray()).text).trimmed();
            if (!text.isEmpty()) {
                m_msg.props.setString(PR_BODY, text);
                m_haveBody = true;
            }
        }
        for (int i = 0; i < n; ++i) {
            const bool candidate = bodyCandidate && (!firstIsContent || i == 0) && subtype != "encrypted";
            walk(g_mime_multipart_get_part(mp, i), depth + 1, candidate, alternative);
        }
        m_boundaries.removeFirst();
        return;
    }
    if (++m_ctx.parts > kMaxParts) {
        if (!m_ctx.partsWarned)
            m_ctx.warn(QStringLiteral("more than %1 MIME parts: the rest were skipped").arg(kMaxParts));
        m_ctx.partsWarned = true;
        return;
    }
    if (GMIME_IS_MESSAGE_PART(obj))
        embedded(GMIME_MESSAGE_PART(obj));
    else if (GMIME_IS_PART(obj))
        leaf(GMIME_PART(obj), bodyCandidate, inAlternative);
}

Attachment &MessageReader::newAttachment(const QByteArray &mimeTag)
{
    Attachment a;
    a.props.setInt32(PR_ATTACH_NUM, qint32(m_msg.attachments.size()));
    a.props.setInt32(PR_ATTACH_METHOD, ATTACH_BY_VALUE);
    a.props.setInt32(PR_RENDERING_POSITION, -1);
    a.props.setString(PR_ATTACH_MIME_TAG, QString::fromLatin1(mimeTag));
    m_msg.attachments.append(a);
    return m_msg.attachments.last();
}

void MessageReader::leaf(GMimePart *part, bool bodyCandidate, bool inAlternative)
{
    GMimeObject *obj = GMIME_OBJECT(part);
    const QByteArray type = mimeType(obj);
    if (type == "text/rfc822-headers") {
        headersOnly(part);
        return;
    }
    const QString fileName = utf8(g_mime_part_get_filename(part));
    const bool isAttachment = lower(g_mime_object_get_disposition(obj)) == "attachment" || !fileName.isEmpty();
    const bool isPlain = type == "text/plain";
    const bool isHtml = type == "text/html";
    if (bodyCandidate && !isAttachment && (isPlain || isHtml)) {
        const QByteArray charset = contentParameter(obj, "charset");
        if (isPlain && !m_haveBody) {
            const DecodedText d = decodeCharset(partContent(part), charset);
            if (!d.charsetKnown)
                m_ctx.warn(QStringLiteral("unknown charset \"%1\" in the text body; read as UTF-8/windows-1252")
                               .arg(QString::fromLatin1(charset.left(40))));
            m_msg.props.setString(PR_BODY, fixRawJis(d.text));
            m_haveBody = true;
            return;
        }
        if (isHtml && !m_haveHtml) {
            const DecodedText d = decodeCharset(partContent(part), charset);
            // PR_HTML is PT_BINARY; we store UTF-8 and say so in PR_INTERNET_CPID.
            m_msg.props.set(PR_HTML, PropValue::fromBinary(d.text.toUtf8()));
            m_msg.props.setInt32(PR_INTERNET_CPID, 65001);
            m_htmlText = htmlToText(d.text);
            m_haveHtml = true;
            return;
        }
        if (inAlternative)
            return;  // another rendering of the body we already have
    }
    Attachment &a = newAttachment(type);
    const QByteArray data = partContent(part);
    a.props.set(PR_ATTACH_DATA_BIN, PropValue::fromBinary(data));
    a.props.setInt32(PR_ATTACH_SIZE, qint32(qMin<qsizetype>(data.size(), 0x7fffffff)));
    // Only the last path component: a name never points outside the folder it is saved in.
    const QString baseName = fileName.sliced(qMax(fileName.lastIndexOf(QLatin1Char('/')), fileName.lastIndexOf(QLatin1Char('\\'))) + 1).trimmed();
    if (!baseName.isEmpty()) {
        a.props.setString(PR_ATTACH_LONG_FILENAME, baseName);
        a.props.setString(PR_DISPLAY_NAME, baseName);
        const qsizetype dot = baseName.lastIndexOf(QLatin1Char('.'));
        if (dot > 0)
            a.props.setString(PR_ATTACH_EXTENSION, baseName.mid(dot));
    }
    if (const char *cid = g_mime_object_get_content_id(obj))
        a.props.setString(PR_ATTACH_CONTENT_ID, utf8(cid));
}

void MessageReader::embedded(GMimeMessagePart *part)
{
    GMimeMessage *inner = g_mime_message_part_get_message(part);
    Attachment &a = newAttachment(mimeType(GMIME_OBJECT(part)));
    if (!inner)
        return;
    const qint64 begin = firstHeaderOffset(GMIME_OBJECT(inner));
    qint64 end = -1;
    QByteArray raw;
    if (begin >= 0) {
        end = partEnd(m_ctx.data, begin, m_ctx.data.size(), m_boundaries);
        raw = m_ctx.original.mid(begin, end - begin);
    } else {
        GCharPtr text(g_mime_object_to_string(GMIME_OBJECT(inner), nullptr));
        raw = QByteArray(text.get());
    }
    if (const char *subject = g_mime_message_get_subject(inner))
        a.props.setString(PR_DISPLAY_NAME, fixRawJis(utf8(subject)).simplified());
    if (m_embeddedDepth + 1 > kMaxEmbeddedDepth) {
        m_ctx.warn(QStringLiteral("messages nested deeper than %1 levels are kept as raw data").arg(kMaxEmbeddedDepth), begin);
        a.props.set(PR_ATTACH_DATA_BIN, PropValue::fromBinary(raw));
        return;
    }
    a.props.setInt32(PR_ATTACH_METHOD, ATTACH_EMBEDDED_MSG);
    MessageReader sub(m_ctx, m_embeddedDepth + 1, m_boundaries);
    auto message = std::make_shared<Message>(sub.read(inner, begin, end));
    if (begin < 0)
        message->rawMime = raw;
    a.embedded = std::move(message);
}

void MessageReader::headersOnly(GMimePart *part)
{
    Attachment &a = newAttachment("text/rfc822-headers");
    QByteArray headers = partContent(part);
    // CR-only line ends inside an encoded part were not normalised with the file.
    if (!headers.contains('\n'))
        headers.replace('\r', '\n');
    // Skip leading blank lines, then keep the header block only.
    qsizetype start = 0;
    while (start < headers.size() && (headers.at(start) == '\n' || headers.at(start) == '\r'))
        ++start;
    headers = headerBlock(headers, start, headers.size());
    a.props.set(PR_ATTACH_DATA_BIN, PropValue::fromBinary(headers));
    if (headers.trimmed().isEmpty())
        return;
    GObjectPtr<GMimeMessage> gm = parseMessage(headers + "\n", m_ctx);
    if (!gm)
        return;
    a.props.setInt32(PR_ATTACH_METHOD, ATTACH_EMBEDDED_MSG);
    if (const char *subject = g_mime_message_get_subject(gm.get()))
        a.props.setString(PR_DISPLAY_NAME, fixRawJis(utf8(subject)).simplified());
    MessageReader sub(m_ctx, m_embeddedDepth + 1, {});
    a.embedded = std::make_shared<Message>(sub.readHeadersOnly(gm.get(), headers));
}

void MessageReader::finish(GMimeMessage *gm)
{
    PropertyBag &p = m_msg.props;
    if (!m_haveBody && m_haveHtml)
        p.setString(PR_BODY, m_htmlText);  // an HTML-only message still has readable text
    if (!m_msg.attachments.isEmpty())
        p.setInt32(PR_MESSAGE_FLAGS, qint32(MSGFLAG_HASATTACH));

    QString cls = QStringLiteral("IPM.Note");
    GMimeObject *top = g_mime_message_get_mime_part(gm);
    const QByteArray reportType = top && mimeType(top) == "multipart/report" ? contentParameter(top, "report-type").toLower() : QByteArray();
    const Attachment *status = nullptr;
    const Attachment *disposition = nullptr;
    for (const Attachment &a : std::as_const(m_msg.attachments)) {
        const QString tag = a.mimeTag();
        if (!status && (tag == QLatin1String("message/delivery-status") || tag == QLatin1String("message/global-delivery-status")))
            status = &a;
        if (!disposition && (tag == QLatin1String("message/disposition-notification") || tag == QLatin1String("message/global-disposition-notification")))
            disposition = &a;
    }
    if (status)
        cls = classForDeliveryStatus(status->data());
    else if (disposition || reportType == "disposition-notification")
        cls = classForDisposition(disposition ? disposition->data() : QByteArray());
    else if (reportType == "delivery-status" || looksLikeBounce(bounceHeaders(gm, p.string(PR_SUBJECT))))
        cls = isDelayWarning(p.string(PR_SUBJECT)) ? QStringLiteral("REPORT.IPM.Note.DELAYED") : QStringLiteral("REPORT.IPM.Note.NDR");
    p.setString(PR_MESSAGE_CLASS, cls);
}

// Checks that the bytes can be a message at all, before GMime sees them.
std::optional<Error> precheck(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return makeError(Error::NotAMessageFile, QStringLiteral("the file is empty"), 0);
    if (bytes.size() > kMaxMessageSize)
        return makeError(Error::TooLarge, QStringLiteral("the file is larger than 1 GiB"));
    if (bytes.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        return makeError(Error::NotAMessageFile, QStringLiteral("an Outlook compound file, not a MIME message"), 0);
    return checkMessageStart(bytes);
}

// GMime needs LF or CRLF; a CR-only file (classic Mac OS) becomes LF, byte for byte.
QByteArray normaliseLineEnds(const QByteArray &bytes)
{
    if (!bytes.contains('\r') || bytes.contains('\n'))
        return bytes;
    QByteArray out = bytes;
    out.replace('\r', '\n');
    return out;
}

Expected<Message> parseMime(const QByteArray &bytes, QStringList *warnings)
{
    if (const std::optional<Error> e = precheck(bytes))
        return *e;
    ensureGMimeInit();
    Context ctx;
    // Raw data (QByteArray::fromRawData) is not ours to keep: the message's rawMime must
    // outlive the caller's buffer, so such input is copied once.
    ctx.original = bytes.capacity() > 0 ? bytes : QByteArray(bytes.constData(), bytes.size());  // raw data has no capacity
    ctx.data = normaliseLineEnds(ctx.original);
    ctx.warnings = warnings;
    ctx.options = makeOptions(&ctx);

    // An mbox "From " line is not part of the message.
    qint64 begin = 0;
    if (ctx.data.startsWith("From ")) {
        const qint64 nl = ctx.data.indexOf('\n');
        begin = nl < 0 ? ctx.data.size() : nl + 1;
    }
    GObjectPtr<GMimeMessage> gm = parseMessage(begin > 0 ? ctx.data.mid(begin) : ctx.data, ctx);
    if (!gm)
        return makeError(Error::Malformed, QStringLiteral("not a MIME message"), 0);
    GMimeHeaderList *headers = g_mime_object_get_header_list(GMIME_OBJECT(gm.get()));
    if (!headers || g_mime_header_list_get_count(headers) == 0)
        return makeError(Error::NotAMessageFile, QStringLiteral("no message headers"), 0);
    if (begin > 0) {
        // Offsets below are relative to the parsed bytes: parse spans from the mbox line on.
        ctx.original = ctx.original.mid(begin);
        ctx.data = ctx.data.mid(begin);
    }
    MessageReader reader(ctx, 0, {});
    Message message = reader.read(gm.get(), 0, ctx.data.size());
    return message;
}

Expected<Message> parseHeaders(const QByteArray &headerBlock)
{
    if (headerBlock.trimmed().isEmpty() || headerBlock.size() > kMaxMessageSize)
        return makeError(Error::NotAMessageFile, QStringLiteral("no message headers"), 0);
    ensureGMimeInit();
    Context ctx;
    ctx.original = headerBlock;
    ctx.data = normaliseLineEnds(headerBlock);
    ctx.options = makeOptions(&ctx);
    GObjectPtr<GMimeMessage> gm = parseMessage(ctx.data + "\n", ctx);
    GMimeHeaderList *headers = gm ? g_mime_object_get_header_list(GMIME_OBJECT(gm.get())) : nullptr;
    if (!headers || g_mime_header_list_get_count(headers) == 0)
        return makeError(Error::NotAMessageFile, QStringLiteral("no message headers"), 0);
    return MessageReader(ctx, 1, {}).readHeadersOnly(gm.get(), ctx.data);
}

constexpr ReaderModule kModule{parseMime, parseHeaders};

} // namespace

} // namespace Ndr::Mime

extern "C" Q_DECL_EXPORT const Ndr::Mime::ReaderModule *ndr_mime_reader_module()
{
    return &Ndr::Mime::kModule;
}
