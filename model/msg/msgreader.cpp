// This file sees the compound file as Qt values (cfb.h).
#include "msgreader.h"

#include "bytecursor.h"
#include "cfb.h"
#include "codepage.h"
#include "filebytes.h"
#include "msgformat.h"

#include <QHash>
#include <QVarLengthArray>
#include <algorithm>

namespace Ndr::Msg {

using namespace Mapi;

bool isCompoundFile(const QByteArray &head)
{
    return head.startsWith(QByteArrayView("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8));
}

namespace {

constexpr int kMaxDepth = 64;                      // embedded messages within messages
constexpr qint64 kMaxObjectStream = 1 << 20;       // PT_OBJECT streams kept up to 1 MiB
constexpr qint64 kMaxMultiValues = 1 << 16;        // values of one multi-valued property

struct RawEntry {
    quint32 tag = 0;
    quint64 value = 0;   // the 8-byte value field, little-endian
    qint64 offset = 0;   // of the entry in the property stream
    quint16 id() const { return quint16(tag >> 16); }
    quint16 type() const { return quint16(tag & 0xFFFF); }
};
// A recipient's or attachment's dozen entries need no allocation.
using RawEntries = QVarLengthArray<RawEntry, 32>;

QVariant fixedValue(quint16 type, quint64 raw)
{
    // [MS-OXMSG] 2.4.2.1 Fixed Length Property Entry: the value in the low bytes.
    switch (type) {
    case PT_SHORT: return QVariant::fromValue<int>(qint16(raw & 0xFFFF));
    case PT_LONG: return QVariant::fromValue<int>(qint32(raw & 0xFFFFFFFF));
    case PT_ERROR: return QVariant::fromValue<quint32>(quint32(raw & 0xFFFFFFFF));
    case PT_BOOLEAN: return QVariant((raw & 0xFF) != 0);
    case PT_FLOAT: {
        const quint32 bits = quint32(raw & 0xFFFFFFFF);
        float f;
        std::memcpy(&f, &bits, sizeof f);
        return QVariant::fromValue<float>(f);
    }
    case PT_DOUBLE:
    case PT_APPTIME: {
        double d;
        std::memcpy(&d, &raw, sizeof d);
        return QVariant::fromValue<double>(d);
    }
    case PT_CURRENCY:
    case PT_I8: return QVariant::fromValue<qint64>(qint64(raw));
    case PT_SYSTIME: return QVariant::fromValue<quint64>(raw);
    default: return QVariant();  // PT_NULL
    }
}

// One element of a fixed-size multi-valued property ([MS-OXMSG] 2.1.4.2.1).
QVariant elementValue(quint16 base, QByteArrayView bytes)
{
    if (base == PT_CLSID)
        return QVariant::fromValue(Format::guidFromBytes(bytes));
    quint64 raw = 0;
    for (qsizetype i = bytes.size(); i-- > 0;)
        raw = (raw << 8) | quint8(bytes[i]);
    return fixedValue(base, raw);
}

bool isVariableBase(quint16 base)
{
    return base == PT_STRING8 || base == PT_UNICODE || base == PT_BINARY || base == PT_OBJECT
        || base == PT_SVREID || base == PT_SRESTRICT || base == PT_ACTIONS;
}

class MsgReader {
public:
    MsgReader(QStringList *warnings) : m_warnings(warnings) {}

    void readNameMap(const Cfb::Storage &root);
    Expected<Message> readMessage(const Cfb::Storage &s, Format::Level level, const CodePage &inherited, int depth);

private:
    void warn(const Cfb::Storage &s, const QString &text)
    {
        m_warnings->append(s.path().isEmpty() ? text : s.path() + QStringLiteral(": ") + text);
    }
    std::optional<RawEntries> entries(const Cfb::Storage &s, Format::Level level, QString *problem);
    CodePage codePageOf(const Cfb::Storage &s, const RawEntries &list, const CodePage &inherited);
    PropertyBag decode(const Cfb::Storage &s, const RawEntries &list, const CodePage &cp);
    std::optional<PropValue> variableValue(const Cfb::Storage &s, const RawEntry &e, const CodePage &cp);
    std::optional<PropValue> multiValue(const Cfb::Storage &s, const RawEntry &e, const CodePage &cp);
    PropKey keyOf(const Cfb::Storage &s, quint16 id);
    QList<std::pair<quint32, QStringView>> children(const Cfb::Storage &s, const QString &prefix);

    QStringList *m_warnings;
    QHash<quint16, PropKey> m_names;  // one key for all the bags that hold the property
};

// [MS-OXMSG] 2.2.3 Named Property Mapping Storage: GUID, entry and string streams.
void MsgReader::readNameMap(const Cfb::Storage &root)
{
    if (!root.contains(Format::nameIdStorage()))
        return;
    QString problem;
    const Cfb::Storage nameId = root.storage(Format::nameIdStorage(), &problem);
    if (!nameId.isValid()) {
        warn(root, problem + QStringLiteral("; named properties stay unresolved"));
        return;
    }
    if (!problem.isEmpty())
        warn(root, problem);
    const qint64 limit = std::numeric_limits<qint64>::max();
    const QByteArray guids = nameId.readStream(Format::guidStream(), limit, &problem).value_or(QByteArray());
    const auto entryBytes = nameId.readStream(Format::entryStream(), limit, &problem);
    if (!entryBytes) {
        // Without an entry stream there are no names; a property that needs one says so.
        if (nameId.contains(Format::entryStream()))
            warn(nameId, problem + QStringLiteral("; named properties stay unresolved"));
        return;
    }
    const QByteArray strings = nameId.readStream(Format::stringStream(), limit, &problem).value_or(QByteArray());
    if (guids.size() % 16)
        warn(nameId, QStringLiteral("GUID stream of %1 bytes is not a whole number of GUIDs").arg(guids.size()));
    // [MS-OXMSG] 2.2.3.1.2 Entry Stream: 8-byte NAMEID records.
    ByteCursor c(*entryBytes);
    quint32 nameOrOffset = 0, indexKind = 0;
    while (c.read(nameOrOffset) && c.read(indexKind)) {
        const qint64 at = c.pos() - 8;
        const bool isString = indexKind & 1;
        const quint16 guidIndex = quint16((indexKind >> 1) & 0x7FFF);
        const quint32 propIndex = indexKind >> 16;
        PropName name;
        if (guidIndex == Format::kGuidIndexPsMapi) {
            name.guid = PS_MAPI;
        } else if (guidIndex == Format::kGuidIndexPublicStrings) {
            name.guid = PS_PUBLIC_STRINGS;
        } else if (guidIndex >= 3 && qint64(guidIndex - 3) * 16 + 16 <= guids.size()) {
            name.guid = Format::guidFromBytes(QByteArrayView(guids).sliced((guidIndex - 3) * 16, 16));
        } else {
            warn(nameId, QStringLiteral("named property entry at byte %1 refers to GUID index %2, which does not exist")
                             .arg(at).arg(guidIndex));
            continue;
        }
        if (isString) {
            // [MS-OXMSG] 2.2.3.1.3 String Stream: a 4-byte length, then UTF-16LE.
            ByteCursor s(strings);
            quint32 length = 0;
            QByteArrayView text;
            if (!s.seek(nameOrOffset) || !s.read(length) || !s.view(length, text)) {
                warn(nameId, QStringLiteral("named property entry at byte %1: string offset %2 lies outside the string stream")
                                 .arg(at).arg(nameOrOffset));
                continue;
            }
            name.name = utf16leUntilNul(text);
        } else {
            name.lid = nameOrOffset;
        }
        m_names.insert(quint16(Format::kFirstNamedId + propIndex), PropKey(std::move(name)));
    }
    if (c.remaining())
        warn(nameId, QStringLiteral("entry stream ends in a partial record (%1 bytes)").arg(c.remaining()));
}

// [MS-OXMSG] 2.4 Property Stream: a header, then 16-byte entries.
std::optional<RawEntries> MsgReader::entries(const Cfb::Storage &s, Format::Level level, QString *problem)
{
    const auto bytes = s.readStream(Format::propertiesStream(), std::numeric_limits<qint64>::max(), problem);
    if (!bytes)
        return std::nullopt;
    RawEntries list;
    ByteCursor c(*bytes);
    if (!c.skip(Format::headerSize(level))) {
        warn(s, QStringLiteral("property stream of %1 bytes is shorter than its %2-byte header")
                    .arg(bytes->size()).arg(Format::headerSize(level)));
        return list;
    }
    list.reserve(c.remaining() / Format::kEntrySize);
    RawEntry e;
    quint32 flags = 0;
    while (c.remaining() >= Format::kEntrySize) {
        e.offset = c.pos();
        c.read(e.tag);
        c.read(flags);
        c.read(e.value);
        list.append(e);
    }
    if (c.remaining())
        warn(s, QStringLiteral("property stream ends in a partial entry at byte %1 (%2 bytes)").arg(c.pos()).arg(c.remaining()));
    return list;
}

CodePage MsgReader::codePageOf(const Cfb::Storage &s, const RawEntries &list, const CodePage &inherited)
{
    // PT_STRING8 uses PR_MESSAGE_CODEPAGE, else PR_INTERNET_CPID, else the enclosing message's.
    std::optional<quint32> cp;
    for (PropId id : {PR_MESSAGE_CODEPAGE, PR_INTERNET_CPID}) {
        const auto it = std::find_if(list.cbegin(), list.cend(), [&](const RawEntry &e) {
            return e.tag == Format::tag(id, PT_LONG);
        });
        if (it != list.cend()) {
            cp = quint32(it->value & 0xFFFFFFFF);
            break;
        }
    }
    if (!cp)
        return inherited;
    CodePage page(*cp);
    if (!page.isSupported()
        && std::any_of(list.cbegin(), list.cend(), [](const RawEntry &e) { return baseType(e.type()) == PT_STRING8; }))
        warn(s, QStringLiteral("code page %1 is not supported; 8-bit strings read as %2").arg(*cp).arg(page.name()));
    return page;
}

PropKey MsgReader::keyOf(const Cfb::Storage &s, quint16 id)
{
    if (id < Format::kFirstNamedId)
        return PropKey(id);
    const auto it = m_names.constFind(id);
    if (it != m_names.cend())
        return *it;
    warn(s, QStringLiteral("named property 0x%1 has no entry in the name map; kept by its id").arg(id, 4, 16, QLatin1Char('0')));
    return PropKey(id);
}

std::optional<PropValue> MsgReader::variableValue(const Cfb::Storage &s, const RawEntry &e, const CodePage &cp)
{
    const Format::SubstgName name(e.tag);
    const quint16 type = e.type();
    if (type == PT_BINARY) {
        if (auto deferred = s.deferredStream(name))
            return PropValue(type, QVariant::fromValue(*deferred));
    }
    QString problem;
    const qint64 limit = type == PT_OBJECT ? kMaxObjectStream : std::numeric_limits<qint64>::max();
    std::optional<QByteArray> bytes = s.readStream(name, limit, &problem);
    if (!bytes) {
        // An empty value whose stream was left out is still an empty value.
        if (!s.contains(name) && quint32(e.value) <= (type == PT_UNICODE ? 2u : type == PT_STRING8 ? 1u : 0u))
            bytes = QByteArray();
        else {
            warn(s, QStringLiteral("property 0x%1: %2; skipped").arg(e.tag, 8, 16, QLatin1Char('0')).arg(problem));
            return std::nullopt;
        }
    }
    switch (type) {
    case PT_UNICODE: return PropValue(type, utf16leUntilNul(*bytes));
    case PT_STRING8: return PropValue(type, cp.decode(*bytes));
    case PT_CLSID:
        if (bytes->size() < 16) {
            warn(s, QStringLiteral("property 0x%1: GUID stream of %2 bytes; skipped").arg(e.tag, 8, 16, QLatin1Char('0')).arg(bytes->size()));
            return std::nullopt;
        }
        return PropValue(type, QVariant::fromValue(Format::guidFromBytes(*bytes)));
    default: return PropValue(type, *bytes);
    }
}

// [MS-OXMSG] 2.1.4.2 multiple-valued properties: fixed-size values in one stream; variable ones
// in streams -00000000.. with a length stream.
std::optional<PropValue> MsgReader::multiValue(const Cfb::Storage &s, const RawEntry &e, const CodePage &cp)
{
    const quint16 base = baseType(e.type());
    const QString tagText = QStringLiteral("0x%1").arg(e.tag, 8, 16, QLatin1Char('0'));
    QString problem;
    const auto bytes = s.readStream(Format::substg(e.tag), std::numeric_limits<qint64>::max(), &problem);
    if (!bytes) {
        warn(s, QStringLiteral("property %1: %2; skipped").arg(tagText, problem));
        return std::nullopt;
    }
    QVariantList values;
    const int size = fixedSize(base);
    if (!isVariableBase(base)) {
        if (size <= 0) {
            warn(s, QStringLiteral("property %1: unknown multi-valued type; skipped").arg(tagText));
            return std::nullopt;
        }
        if (bytes->size() % size)
            warn(s, QStringLiteral("property %1: %2 bytes is not a whole number of %3-byte values").arg(tagText).arg(bytes->size()).arg(size));
        for (qsizetype at = 0; at + size <= bytes->size(); at += size)
            values.append(elementValue(base, QByteArrayView(*bytes).sliced(at, size)));
        return PropValue(e.type(), values);
    }
    // Length stream: 4 bytes per string, 8 per binary value ([MS-OXMSG] 2.1.4.2.2).
    const int width = isStringType(base) ? 4 : 8;
    qint64 count = bytes->size() / width;
    if (count > kMaxMultiValues) {
        warn(s, QStringLiteral("property %1 declares %2 values; the first %3 are read").arg(tagText).arg(count).arg(kMaxMultiValues));
        count = kMaxMultiValues;
    }
    for (qint64 i = 0; i < count; ++i) {
        const auto value = s.readStream(Format::substgValue(e.tag, quint32(i)), std::numeric_limits<qint64>::max(), &problem);
        if (!value) {
            warn(s, QStringLiteral("property %1 declares %2 values; value %3 on are unreadable (%4)")
                        .arg(tagText).arg(count).arg(i).arg(problem));
            break;
        }
        if (base == PT_UNICODE)
            values.append(utf16leUntilNul(*value));
        else if (base == PT_STRING8)
            values.append(cp.decode(*value));
        else
            values.append(*value);
    }
    return PropValue(e.type(), values);
}

PropertyBag MsgReader::decode(const Cfb::Storage &s, const RawEntries &list, const CodePage &cp)
{
    PropertyBag bag;
    bag.reserve(list.size());
    for (const RawEntry &e : list) {
        const quint16 type = e.type();
        std::optional<PropValue> v;
        if (type == PT_OBJECT && (quint32(e.value) == Format::kObjectSize || s.isStorage(Format::SubstgName(e.tag))))
            continue;  // an embedded message or OLE storage: the attachment reader handles it
        if (isMultiValued(type))
            v = multiValue(s, e, cp);
        else if (isFixedSize(type))
            v = PropValue(type, fixedValue(type, e.value));
        else if (isVariableBase(type) || type == PT_CLSID)
            v = variableValue(s, e, cp);
        else if (s.contains(Format::SubstgName(e.tag)))
            v = variableValue(s, e, cp);  // an unknown type with a stream: its bytes
        else
            warn(s, QStringLiteral("property 0x%1 at byte %2 has unknown type 0x%3; skipped")
                        .arg(e.tag, 8, 16, QLatin1Char('0')).arg(e.offset).arg(type, 4, 16, QLatin1Char('0')));
        if (!v)
            continue;
        const PropKey key = keyOf(s, e.id());
        if (bag.set(key, *v))
            warn(s, QStringLiteral("property %1 appears twice; the later entry (byte %2) is kept").arg(key.toString(type)).arg(e.offset));
    }
    return bag;
}

// Sub-storages named PREFIX + 8 hex digits, in the order of their numbers.
QList<std::pair<quint32, QStringView>> MsgReader::children(const Cfb::Storage &s, const QString &prefix)
{
    QList<std::pair<quint32, QStringView>> out;
    for (const QStringView name : s.storageNames()) {
        if (!name.startsWith(prefix))
            continue;
        bool ok = false;
        const quint32 n = name.mid(prefix.size()).toUInt(&ok, 16);
        if (!ok) {
            warn(s, QStringLiteral("storage %1 has no number; skipped").arg(name));
            continue;
        }
        out.append({n, name});
    }
    std::sort(out.begin(), out.end());
    return out;
}

Expected<Message> MsgReader::readMessage(const Cfb::Storage &s, Format::Level level, const CodePage &inherited, int depth)
{
    Message m;
    QString problem;
    const auto list = entries(s, level, &problem);
    if (!list) {
        if (level == Format::Level::TopLevel && !s.contains(Format::propertiesStream()))
            return makeError(Error::NotAMessageFile,
                             QStringLiteral("a compound file without the Outlook property stream (__properties_version1.0): "
                                            "not an Outlook message"));
        if (level == Format::Level::TopLevel)
            return makeError(Error::Malformed, QStringLiteral("the message's property stream is unreadable: %1").arg(problem));
        warn(s, problem);
    }
    const RawEntries none;
    const CodePage cp = codePageOf(s, list ? *list : none, inherited);
    m.props = decode(s, list ? *list : none, cp);

    // [MS-OXMSG] 2.2.1 Recipient Object Storage.
    for (const auto &[n, name] : children(s, Format::recipientPrefix())) {
        const Cfb::Storage r = s.storage(name, &problem);
        if (!r.isValid()) {
            warn(s, problem);
            continue;
        }
        const auto rl = entries(r, Format::Level::Child, &problem);
        if (!rl)
            warn(r, problem);
        m.recipients.append(Recipient{decode(r, rl ? *rl : none, cp)});
    }
    // [MS-OXMSG] 2.2.2 Attachment Object Storage; 2.2.2.1 Embedded Message Object Storage.
    for (const auto &[n, name] : children(s, Format::attachmentPrefix())) {
        const Cfb::Storage a = s.storage(name, &problem);
        if (!a.isValid()) {
            warn(s, problem);
            continue;
        }
        const auto al = entries(a, Format::Level::Child, &problem);
        if (!al)
            warn(a, problem);
        Attachment att{decode(a, al ? *al : none, cp), nullptr};
        if (a.isStorage(Format::embeddedStorage())) {
            const Cfb::Storage sub = a.storage(Format::embeddedStorage(), &problem);
            if (!sub.isValid()) {
                warn(a, problem);
            } else if (!sub.contains(Format::propertiesStream())) {
                warn(a, QStringLiteral("attachment object storage is not a message (an OLE object?); left out"));
            } else if (depth + 1 > kMaxDepth) {
                warn(a, QStringLiteral("embedded messages nested deeper than %1 levels; the deeper ones are left out").arg(kMaxDepth));
            } else {
                auto inner = readMessage(sub, Format::Level::Embedded, cp, depth + 1);
                if (inner)
                    att.embedded = std::make_shared<Message>(std::move(*inner));
            }
        }
        m.attachments.append(std::move(att));
    }
    return m;
}

} // namespace

static Expected<Message> readCompoundFile(std::shared_ptr<Cfb::FileBytes> bytes, QStringList *warnings)
{
    QStringList local;
    QStringList *sink = warnings ? warnings : &local;
    auto file = Cfb::Reader::open(std::move(bytes), sink);
    if (!file)
        return file.error();
    MsgReader reader(sink);
    reader.readNameMap(file->root());
    return reader.readMessage(file->root(), Format::Level::TopLevel, CodePage(), 0);
}

Expected<Message> readMsg(const QByteArray &bytes, QStringList *warnings)
{
    return readCompoundFile(Cfb::FileBytes::inMemory(bytes), warnings);
}

Expected<Message> readMsg(std::unique_ptr<QFile> file, QStringList *warnings)
{
    return readCompoundFile(Cfb::FileBytes::fromFile(std::move(file)), warnings);
}

} // namespace Ndr::Msg
