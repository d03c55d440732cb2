// This file builds the .msg structure as Qt values; cfbwriter.cpp lays out the compound file.
#include "msgwriter.h"

#include "bytecursor.h"
#include "cfb.h"
#include "codepage.h"
#include "msgformat.h"

#include <QHash>
#include <QSet>

namespace Ndr::Msg {

using namespace Mapi;

namespace {

constexpr int kMaxDepth = 64;  // the reader's cap on embedded messages

QString nameKey(const PropName &n)
{
    return n.guid.toString() + (n.isString() ? QStringLiteral("s:") + n.name : QStringLiteral("l:%1").arg(n.lid));
}

QByteArray utf16le(const QString &s)
{
    QByteArray out;
    out.reserve(s.size() * 2);
    ByteWriter w(out);
    for (QChar c : s)
        w.write<quint16>(c.unicode());
    return out;
}

// The 8-byte value field of a fixed-size property ([MS-OXMSG] 2.4.2.1), or one element of a
// fixed-size multi-valued property (2.1.4.2.1) when `element` is set.
void writeFixed(ByteWriter &w, quint16 type, const QVariant &v, bool element)
{
    const int size = fixedSize(type);
    switch (type) {
    case PT_SHORT: w.write<qint16>(qint16(v.toLongLong())); break;
    case PT_LONG: w.write<qint32>(qint32(v.toLongLong())); break;
    case PT_ERROR: w.write<quint32>(quint32(v.toLongLong())); break;
    case PT_BOOLEAN: w.write<quint16>(v.toBool() ? 1 : 0); break;
    case PT_FLOAT: w.write<float>(v.toFloat()); break;
    case PT_DOUBLE:
    case PT_APPTIME: w.write<double>(v.toDouble()); break;
    case PT_CURRENCY:
    case PT_I8: w.write<qint64>(v.toLongLong()); break;
    case PT_SYSTIME: w.write<quint64>(v.toULongLong()); break;
    case PT_CLSID: w.append(Format::guidBytes(v.toUuid())); break;
    default: w.zeros(size); break;  // PT_NULL
    }
    if (!element)
        w.zeros(8 - qMin(size, 8));
}

bool isVariableBase(quint16 base)
{
    return base == PT_STRING8 || base == PT_UNICODE || base == PT_BINARY || base == PT_OBJECT
        || base == PT_SVREID || base == PT_SRESTRICT || base == PT_ACTIONS;
}

CodePage codePageOf(const PropertyBag &props, const CodePage &inherited)
{
    // The reader's rule: PR_MESSAGE_CODEPAGE, else PR_INTERNET_CPID (PT_LONG), else inherited.
    for (PropId id : {PR_MESSAGE_CODEPAGE, PR_INTERNET_CPID}) {
        const PropValue v = props.value(id);
        if (v.type == PT_LONG)
            return CodePage(quint32(v.value.toLongLong()));
    }
    return inherited;
}

class MsgWriter {
public:
    std::optional<Error> prepare(const Message &m);
    std::optional<Error> writeMessage(Cfb::Writer::Handle h, const Message &m, Format::Level level,
                                      const CodePage &inherited, int depth);
    void writeNameMap();
    Cfb::Writer cfb;

private:
    void collect(const Message &m, int depth, QList<PropName> &named);
    void collectBag(const PropertyBag &bag, QList<PropName> &named);
    quint16 idOf(const PropKey &key) const;
    bool writeBag(Cfb::Writer::Handle h, const PropertyBag &bag, const QByteArray &header, const CodePage &cp,
                  bool embeddedObject);
    void writeValueStreams(Cfb::Writer::Handle h, quint32 tag, const PropValue &v, const CodePage &cp, quint32 *size);

    QSet<quint16> m_rawNamedRange;   // untranslated ids >= 0x8000 kept as they are
    QHash<QString, quint16> m_ids;   // named property -> id
    QList<std::pair<PropName, quint16>> m_named;
    QList<QUuid> m_guids;
    bool m_ok = true;
};

void MsgWriter::collectBag(const PropertyBag &bag, QList<PropName> &named)
{
    for (auto it = bag.cbegin(); it != bag.cend(); ++it) {
        if (it.key().isNamed())
            named.append(*it.key().named);
        else if (it.key().id >= Format::kFirstNamedId)
            m_rawNamedRange.insert(it.key().id);
    }
}

void MsgWriter::collect(const Message &m, int depth, QList<PropName> &named)
{
    collectBag(m.props, named);
    for (const Recipient &r : m.recipients)
        collectBag(r.props, named);
    for (const Attachment &a : m.attachments) {
        collectBag(a.props, named);
        if (a.embedded && depth < kMaxDepth)
            collect(*a.embedded, depth + 1, named);
    }
}

// One name map for the message and everything in it ([MS-OXMSG] 2.2.3): ids from 0x8000 in
// order of first use, skipping ids that untranslated properties already hold.
std::optional<Error> MsgWriter::prepare(const Message &m)
{
    QList<PropName> named;
    collect(m, 0, named);
    quint32 next = Format::kFirstNamedId;
    for (const PropName &n : named) {
        const QString key = nameKey(n);
        if (m_ids.contains(key))
            continue;
        while (m_rawNamedRange.contains(quint16(next)))
            ++next;
        if (next > 0xFFFE)
            return makeError(Error::TooLarge, QStringLiteral("more named properties than a .msg can hold (%1)").arg(0x7FFF));
        m_ids.insert(key, quint16(next));
        m_named.append({n, quint16(next)});
        if (n.guid != PS_MAPI && n.guid != PS_PUBLIC_STRINGS && !m_guids.contains(n.guid))
            m_guids.append(n.guid);
        ++next;
    }
    return std::nullopt;
}

quint16 MsgWriter::idOf(const PropKey &key) const
{
    return key.isNamed() ? m_ids.value(nameKey(*key.named)) : key.id;
}

void MsgWriter::writeNameMap()
{
    QByteArray guids, entries, strings;
    QMap<quint32, QByteArray> buckets;
    for (const QUuid &g : m_guids)
        guids += Format::guidBytes(g);
    ByteWriter ew(entries), sw(strings);
    for (const auto &[name, id] : m_named) {
        const quint32 guidIndex = name.guid == PS_MAPI ? Format::kGuidIndexPsMapi
            : name.guid == PS_PUBLIC_STRINGS            ? Format::kGuidIndexPublicStrings
                                                        : quint32(3 + m_guids.indexOf(name.guid));
        const quint32 kind = name.isString() ? 1 : 0;
        const quint32 indexKind = (quint32(id - Format::kFirstNamedId) << 16) | (guidIndex << 1) | kind;
        quint32 idOrOffset = name.lid;
        if (name.isString()) {
            // [MS-OXMSG] 2.2.3.1.3: length, UTF-16LE name, padded to a multiple of 4.
            idOrOffset = quint32(strings.size());
            const QByteArray text = utf16le(name.name);
            sw.write<quint32>(quint32(text.size()));
            sw.append(text);
            sw.zeros((4 - strings.size() % 4) % 4);
        }
        ew.write<quint32>(idOrOffset);
        ew.write<quint32>(indexKind);
        // [MS-OXMSG] 2.2.3.1.4 hash buckets: numeric names by id, string names by CRC-32.
        const quint32 hashed = name.isString() ? Format::nameCrc32(name.name) : name.lid;
        const quint32 stream = 0x1000 + ((hashed ^ ((guidIndex << 1) | kind)) % Format::kBucketCount);
        ByteWriter bw(buckets[stream]);
        bw.write<quint32>(hashed);
        bw.write<quint32>(indexKind);
    }
    const auto h = cfb.createStorage(0, Format::nameIdStorage());
    m_ok = cfb.writeStream(h, Format::guidStream(), guids) && m_ok;
    m_ok = cfb.writeStream(h, Format::entryStream(), entries) && m_ok;
    m_ok = cfb.writeStream(h, Format::stringStream(), strings) && m_ok;
    for (auto it = buckets.cbegin(); it != buckets.cend(); ++it)
        m_ok = cfb.writeStream(h, Format::bucketStream(it.key()), *it) && m_ok;
    m_ok = cfb.closeStorage(h) && m_ok;
}

// The streams of a variable-size or multi-valued property, and the Size of its entry.
void MsgWriter::writeValueStreams(Cfb::Writer::Handle h, quint32 tag, const PropValue &v, const CodePage &cp, quint32 *size)
{
    const quint16 type = quint16(tag & 0xFFFF), base = baseType(type);
    auto stream = [&](const QString &name, const QByteArray &bytes) { m_ok = cfb.writeStream(h, name, bytes) && m_ok; };
    if (!isMultiValued(type)) {
        // [MS-OXMSG] 2.1.3: strings without their terminator; Size counts it.
        QByteArray bytes;
        if (base == PT_UNICODE)
            bytes = utf16le(v.value.toString());
        else if (base == PT_STRING8)
            bytes = cp.encode(v.value.toString());
        else if (base == PT_CLSID)
            bytes = Format::guidBytes(v.value.toUuid());
        else
            bytes = v.value.toByteArray();  // shares the value's buffer: no copy of big attachments
        *size = quint32(bytes.size()) + (base == PT_UNICODE ? 2 : base == PT_STRING8 ? 1 : 0);
        stream(Format::substg(tag), bytes);
        return;
    }
    const QVariantList values = v.value.toList();
    QByteArray main;
    ByteWriter w(main);
    if (!isVariableBase(base)) {
        for (const QVariant &e : values)
            writeFixed(w, base, e, true);
    } else {
        // [MS-OXMSG] 2.1.4.2.2: a length stream, and one stream per value (strings terminated).
        for (qsizetype i = 0; i < values.size(); ++i) {
            QByteArray bytes;
            if (base == PT_UNICODE)
                bytes = utf16le(values[i].toString()) + QByteArray(2, '\0');
            else if (base == PT_STRING8)
                bytes = cp.encode(values[i].toString()) + QByteArray(1, '\0');
            else
                bytes = values[i].toByteArray();
            w.write<quint32>(quint32(bytes.size()));
            if (!isStringType(base))
                w.write<quint32>(0);
            stream(Format::substgValue(tag, quint32(i)), bytes);
        }
    }
    *size = quint32(main.size());
    stream(Format::substg(tag), main);
}

bool MsgWriter::writeBag(Cfb::Writer::Handle h, const PropertyBag &bag, const QByteArray &header, const CodePage &cp,
                         bool embeddedObject)
{
    QByteArray props = header;
    ByteWriter w(props);
    for (auto it = bag.cbegin(); it != bag.cend(); ++it) {
        const PropValue &v = *it;
        const quint16 id = idOf(it.key());
        if (embeddedObject && id == PR_ATTACH_DATA_BIN)
            continue;  // the embedded message is the attachment's data
        const quint32 tag = Format::tag(id, v.type);
        w.write<quint32>(tag);
        w.write<quint32>(Format::kEntryFlags);
        if (isFixedSize(v.type)) {
            writeFixed(w, v.type, v.value, false);
            continue;
        }
        quint32 size = 0;
        writeValueStreams(h, tag, v, cp, &size);
        w.write<quint32>(size);
        w.write<quint32>(0);
    }
    if (embeddedObject) {
        w.write<quint32>(Format::tag(PR_ATTACH_DATA_BIN, PT_OBJECT));
        w.write<quint32>(Format::kEntryFlags);
        w.write<quint32>(Format::kObjectSize);
        w.write<quint32>(0);
    }
    m_ok = cfb.writeStream(h, Format::propertiesStream(), props) && m_ok;
    return m_ok;
}

std::optional<Error> MsgWriter::writeMessage(Cfb::Writer::Handle h, const Message &m, Format::Level level,
                                             const CodePage &inherited, int depth)
{
    if (depth > kMaxDepth)
        return makeError(Error::TooLarge, QStringLiteral("embedded messages nested deeper than %1 levels").arg(kMaxDepth));
    const CodePage cp = codePageOf(m.props, inherited);
    // [MS-OXMSG] 2.4.1.1 / 2.4.1.2 header: reserved, next ids, counts, (reserved).
    QByteArray header;
    ByteWriter hw(header);
    hw.zeros(8);
    hw.write<quint32>(quint32(m.recipients.size()));
    hw.write<quint32>(quint32(m.attachments.size()));
    hw.write<quint32>(quint32(m.recipients.size()));
    hw.write<quint32>(quint32(m.attachments.size()));
    if (level == Format::Level::TopLevel)
        hw.zeros(8);
    writeBag(h, m.props, header, cp, false);
    const QByteArray childHeader(Format::headerSize(Format::Level::Child), '\0');
    for (qsizetype i = 0; i < m.recipients.size(); ++i) {
        const auto r = cfb.createStorage(h, Format::recipientStorage(quint32(i)));
        writeBag(r, m.recipients[i].props, childHeader, cp, false);
        m_ok = cfb.closeStorage(r) && m_ok;
    }
    for (qsizetype i = 0; i < m.attachments.size(); ++i) {
        const Attachment &a = m.attachments[i];
        const auto s = cfb.createStorage(h, Format::attachmentStorage(quint32(i)));
        writeBag(s, a.props, childHeader, cp, bool(a.embedded));
        if (a.embedded) {
            const auto e = cfb.createStorage(s, Format::embeddedStorage());
            if (auto err = writeMessage(e, *a.embedded, Format::Level::Embedded, cp, depth + 1))
                return err;
            m_ok = cfb.closeStorage(e) && m_ok;
        }
        m_ok = cfb.closeStorage(s) && m_ok;
    }
    if (!m_ok)
        return makeError(Error::WriteFailed, QStringLiteral("the compound file could not be written"));
    return std::nullopt;
}

} // namespace

Expected<QByteArray> writeMsg(const Mapi::Message &message)
{
    if (auto ok = Mapi::loadDeferred(message); !ok)
        return ok.error();
    MsgWriter w;
    if (auto err = w.prepare(message))
        return *err;
    w.writeNameMap();
    if (auto err = w.writeMessage(0, message, Format::Level::TopLevel, CodePage(), 0))
        return *err;
    return w.cfb.finish();
}

} // namespace Ndr::Msg
