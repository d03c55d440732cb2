#include "samplemessages.h"

#include "mapi/propjson.h"
#include "store/identity.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <cmath>
#include <limits>

namespace Ndr::TestSupport {

using namespace Ndr::Mapi;
using namespace Qt::StringLiterals;

Recipient smtpRecipient(const QString &name, const QString &address, qint32 type, int rowId)
{
    Recipient r;
    r.props.setString(PR_DISPLAY_NAME, name);
    r.props.setString(PR_TRANSMITABLE_DISPLAY_NAME, name);
    r.props.setString(PR_ADDRTYPE, u"SMTP"_s);
    r.props.setString(PR_EMAIL_ADDRESS, address);
    r.props.setString(PR_SMTP_ADDRESS, address);
    r.props.setInt32(PR_RECIPIENT_TYPE, type);
    r.props.setInt32(PR_ROWID, rowId);
    r.props.setInt32(0x3900, 0);  // PR_DISPLAY_TYPE: DT_MAILUSER
    r.props.setInt32(0x0FFE, 6);  // PR_OBJECT_TYPE: MAPI_MAILUSER
    r.props.setInt32(PR_RECIPIENT_FLAGS, 1);
    r.props.set(PR_SEARCH_KEY, PropValue::fromBinary(Store::smtpSearchKey(address)));
    r.props.set(PR_ENTRYID, PropValue::fromBinary(Store::oneOffEntryId(name, address)));
    return r;
}

static const QUuid kTestSet{0x4e445246, 0x7465, 0x7374, 0x80, 0x00, 0x11, 0x22, 0x33, 0x44, 0x55, 0x66};

static void addEveryType(PropertyBag &b)
{
    b.set(0x6601, {PT_NULL, QVariant()});
    b.set(0x6602, {PT_SHORT, int(-12345)});
    b.set(0x6603, {PT_LONG, int(std::numeric_limits<qint32>::min())});
    b.set(0x6604, {PT_FLOAT, 1.0f / 3.0f});
    b.set(0x6605, {PT_DOUBLE, std::numeric_limits<double>::quiet_NaN()});
    b.set(0x6606, {PT_CURRENCY, QVariant::fromValue<qint64>(-922337203685477580LL)});
    b.set(0x6607, {PT_APPTIME, -0.0});
    b.set(0x660A, {PT_ERROR, QVariant::fromValue<quint32>(0x8004010Fu)});
    b.set(0x660B, {PT_BOOLEAN, true});
    b.set(0x660D, {PT_OBJECT, QByteArray("\x00\x01object", 8)});
    b.set(0x6614, {PT_I8, QVariant::fromValue<qint64>(std::numeric_limits<qint64>::max())});
    b.set(0x661E, {PT_STRING8, u"code page text \u00e9"_s});
    b.set(0x661F, {PT_UNICODE, u"Gr\u00fc\u00dfe \U0001F4CE \u4e2d\u6587"_s});
    b.set(0x6620, {PT_UNICODE, QString(u"lone \xD800 surrogate and NUL \0 inside"_s)});
    b.set(0x6621, {PT_UNICODE, QString()});
    b.set(0x6640, {PT_SYSTIME, QVariant::fromValue<quint64>(0xFFFFFFFFFFFFFFFFull)});
    b.set(0x6648, {PT_CLSID, kTestSet});
    b.set(0x66FB, {PT_SVREID, QByteArray::fromHex("0102030405")});
    b.set(0x66FD, {PT_SRESTRICT, QByteArray::fromHex("ff00")});
    b.set(0x66FE, {PT_ACTIONS, QByteArray::fromHex("00")});
    b.set(0x6702, {PT_BINARY, QByteArray()});
    b.set(0x6703, {PT_BINARY, QByteArray(300, '\xAB')});
    b.set(0x6711, {quint16(0x0077), QByteArray("unknown type 0x0077")});
    // Multi-valued
    b.set(0x6802, {PT_SHORT | MV_FLAG, QVariantList{int(1), int(-2), int(32767)}});
    b.set(0x6803, {PT_LONG | MV_FLAG, QVariantList{int(7), int(-7)}});
    b.set(0x6804, {PT_FLOAT | MV_FLAG, QVariantList{0.1f, -std::numeric_limits<float>::infinity()}});
    b.set(0x6805, {PT_DOUBLE | MV_FLAG, QVariantList{3.141592653589793, std::nan("0x123"), -0.0}});
    b.set(0x6806, {PT_CURRENCY | MV_FLAG, QVariantList{QVariant::fromValue<qint64>(1), QVariant::fromValue<qint64>(-1)}});
    b.set(0x6807, {PT_APPTIME | MV_FLAG, QVariantList{45000.5}});
    b.set(0x6814, {PT_I8 | MV_FLAG, QVariantList{QVariant::fromValue<qint64>(std::numeric_limits<qint64>::min())}});
    b.set(0x681E, {PT_STRING8 | MV_FLAG, QVariantList{u"a"_s, QString(), u"\u00e9"_s}});
    b.set(0x681F, {PT_UNICODE | MV_FLAG, QVariantList{u"x"_s, QString(u"\xDC00 low"_s), u"\U0001F600"_s}});
    b.set(0x6840, {PT_SYSTIME | MV_FLAG, QVariantList{QVariant::fromValue<quint64>(133000000000000000ull)}});
    b.set(0x6848, {PT_CLSID | MV_FLAG, QVariantList{QVariant(kTestSet), QVariant(PS_MAPI)}});
    b.set(0x6902, {PT_BINARY | MV_FLAG, QVariantList{QByteArray("one"), QByteArray(), QByteArray(1, '\0')}});
    b.set(0x6903, {PT_LONG | MV_FLAG, QVariantList{}});
    // Named, by id and by name ([MS-OXMSG] 2.2.3)
    b.set(PropKey::lid(PSETID_Common, 0x8580), PropValue::fromString(u"named by id"_s));
    b.set(PropKey::lid(kTestSet, 0xFFFFFFFF), {PT_LONG, int(42)});
    b.set(PropKey::string(PS_PUBLIC_STRINGS, u"Keywords"_s), {PT_UNICODE | MV_FLAG, QVariantList{u"red"_s, u"blue"_s}});
    b.set(PropKey::string(PS_INTERNET_HEADERS, u"x-mailer"_s), PropValue::fromString(u"ndrform tests"_s));
    b.set(PropKey::string(kTestSet, u"\u00fcnicode name"_s), {PT_DOUBLE, 2.5});
}

static Message embeddedChain(int depth)
{
    Message m;
    m.props.setString(PR_MESSAGE_CLASS, u"IPM.Note"_s);
    m.props.setString(PR_SUBJECT, u"embedded at depth %1"_s.arg(depth));
    m.props.setInt32(PR_MESSAGE_FLAGS, int(MSGFLAG_READ));
    m.props.set(PropKey::lid(PSETID_Common, 0x8501), {PT_LONG, depth});
    m.recipients.append(smtpRecipient(u"Depth %1"_s.arg(depth), u"depth%1@example.org"_s.arg(depth), MAPI_TO, 0));
    Attachment file;
    file.props.setInt32(PR_ATTACH_METHOD, ATTACH_BY_VALUE);
    file.props.setString(PR_ATTACH_LONG_FILENAME, u"level%1.txt"_s.arg(depth));
    file.props.set(PR_ATTACH_DATA_BIN, PropValue::fromBinary(QByteArray("depth ") + QByteArray::number(depth)));
    m.attachments.append(file);
    if (depth < 3) {
        Attachment inner;
        inner.props.setInt32(PR_ATTACH_METHOD, ATTACH_EMBEDDED_MSG);
        inner.props.setString(PR_DISPLAY_NAME, u"inner"_s);
        inner.embedded = std::make_shared<Message>(embeddedChain(depth + 1));
        m.attachments.append(inner);
    }
    if (depth == 2)
        m.rawMime = QByteArray("From: a@example.org\r\nSubject: raw\r\n\r\nbody\r\n");
    return m;
}

Message everyTypeMessage()
{
    Message m;
    m.props.setString(PR_MESSAGE_CLASS, u"IPM.Note"_s);
    m.props.setString(PR_SUBJECT, u"Every type \u2713"_s);
    m.props.setInt32(PR_MESSAGE_FLAGS, int(MSGFLAG_READ | MSGFLAG_HASATTACH));
    m.props.set(PR_CONVERSATION_INDEX, PropValue::fromBinary(QByteArray::fromHex("01CAE55B20E5FEE284D557D84277BAB585FBD4BB2BE900006F3E90")));
    addEveryType(m.props);
    m.recipients.append(smtpRecipient(u"To One"_s, u"to1@example.org"_s, MAPI_TO, 0));
    m.recipients.append(smtpRecipient(u"Cc Two"_s, u"cc2@example.org"_s, MAPI_CC, 1));
    m.recipients.append(smtpRecipient(u"Bcc Three"_s, u"bcc3@example.org"_s, MAPI_BCC, 2));
    Recipient odd = smtpRecipient(u"P1 Four"_s, u"p1@example.org"_s, qint32(MAPI_P1), 3);
    addEveryType(odd.props);
    m.recipients.append(odd);
    Attachment file;
    file.props.setInt32(PR_ATTACH_METHOD, ATTACH_BY_VALUE);
    file.props.setString(PR_ATTACH_LONG_FILENAME, u"report.pdf"_s);
    file.props.set(PR_ATTACH_DATA_BIN, PropValue::fromBinary(QByteArray(70000, '\x5A')));
    addEveryType(file.props);
    m.attachments.append(file);
    Attachment ole;
    ole.props.setInt32(PR_ATTACH_METHOD, ATTACH_OLE);
    ole.props.set(PR_ATTACH_DATA_BIN, {PT_OBJECT, QByteArray("ole storage bytes")});
    m.attachments.append(ole);
    Attachment empty;  // an attachment with no data at all
    empty.props.setInt32(PR_ATTACH_METHOD, ATTACH_BY_VALUE);
    m.attachments.append(empty);
    Attachment embedded;
    embedded.props.setInt32(PR_ATTACH_METHOD, ATTACH_EMBEDDED_MSG);
    embedded.embedded = std::make_shared<Message>(embeddedChain(1));
    m.attachments.append(embedded);
    return m;
}

Message largeMessage(int recipients, qsizetype attachmentBytes, quint32 seed)
{
    Message m;
    m.props.setString(PR_MESSAGE_CLASS, u"IPM.Note"_s);
    m.props.setString(PR_SUBJECT, u"Quarterly figures for %1 people"_s.arg(recipients));
    m.props.setInt32(PR_MESSAGE_FLAGS, int(MSGFLAG_READ | MSGFLAG_HASATTACH));
    m.props.setString(PR_BODY, u"Please find the figures attached.\r\n"_s.repeated(200));
    m.props.set(PR_CLIENT_SUBMIT_TIME, PropValue::fromFileTime(133500000000000000ull + seed));
    m.props.set(PropKey::lid(PSETID_Common, 0x8580), PropValue::fromString(u"seed %1"_s.arg(seed)));
    m.recipients.reserve(recipients);
    for (int i = 0; i < recipients; ++i) {
        const qint32 type = i % 20 == 19 ? MAPI_BCC : i % 10 == 9 ? MAPI_CC : MAPI_TO;
        m.recipients.append(smtpRecipient(u"Person %1 of %2"_s.arg(i).arg(seed),
                                          u"person%1.s%2@example.org"_s.arg(i).arg(seed), type, i));
    }
    QByteArray data(attachmentBytes, Qt::Uninitialized);
    QRandomGenerator rng(seed);
    rng.fillRange(reinterpret_cast<quint32 *>(data.data()), data.size() / 4);
    Attachment a;
    a.props.setInt32(PR_ATTACH_METHOD, ATTACH_BY_VALUE);
    a.props.setString(PR_ATTACH_LONG_FILENAME, u"figures.bin"_s);
    a.props.setInt32(PR_ATTACH_SIZE, int(attachmentBytes));
    a.props.set(PR_ATTACH_DATA_BIN, PropValue::fromBinary(data));
    m.attachments.append(a);
    return m;
}

static QString show(const PropValue &v)
{
    const QJsonValue j = valueToJson(v);
    QString text = j.isString() ? j.toString()
        : j.isDouble()          ? QString::number(j.toDouble(), 'g', 17)
        : j.isBool()            ? (j.toBool() ? u"true"_s : u"false"_s)
        : j.isNull()            ? u"null"_s
        : j.isObject()          ? QString::fromUtf8(QJsonDocument(j.toObject()).toJson(QJsonDocument::Compact))
                                : QString::fromUtf8(QJsonDocument(j.toArray()).toJson(QJsonDocument::Compact));
    if (text.size() > 80)
        text = text.left(77) + u"..."_s;
    return text;
}

QStringList diffBags(const PropertyBag &expected, const PropertyBag &actual, const QString &where, bool strictTypes)
{
    QStringList out;
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        const QString name = where + QLatin1Char(' ') + it.key().toString(it->type);
        if (!actual.contains(it.key())) {
            out << name + u" missing"_s;
            continue;
        }
        const PropValue other = actual.value(it.key());
        if (other != *it)
            out << u"%1: %2 != %3 (%4)"_s.arg(name, show(*it), show(other), typeName(other.type));
        else if (strictTypes && other.value.metaType() != it->value.metaType())
            out << u"%1: held as %2, not %3"_s.arg(name, QString::fromLatin1(other.value.metaType().name()),
                                                  QString::fromLatin1(it->value.metaType().name()));
    }
    for (auto it = actual.cbegin(); it != actual.cend(); ++it)
        if (!expected.contains(it.key()))
            out << where + QLatin1Char(' ') + it.key().toString(it->type) + u" added: "_s + show(*it);
    return out;
}

static void diffInto(QStringList &out, const Message &a, const Message &b, const QString &where, bool strict)
{
    out += diffBags(a.props, b.props, where + u"props"_s, strict);
    for (qsizetype i = 0; i < qMax(a.recipients.size(), b.recipients.size()); ++i) {
        const QString w = where + u"recipients[%1]"_s.arg(i);
        if (i >= b.recipients.size())
            out << w + u" missing"_s;
        else if (i >= a.recipients.size())
            out << w + u" added"_s;
        else
            out += diffBags(a.recipients[i].props, b.recipients[i].props, w, strict);
    }
    for (qsizetype i = 0; i < qMax(a.attachments.size(), b.attachments.size()); ++i) {
        const QString w = where + u"attachments[%1]"_s.arg(i);
        if (i >= b.attachments.size()) {
            out << w + u" missing"_s;
            continue;
        }
        if (i >= a.attachments.size()) {
            out << w + u" added"_s;
            continue;
        }
        const Attachment &x = a.attachments[i], &y = b.attachments[i];
        out += diffBags(x.props, y.props, w, strict);
        if (bool(x.embedded) != bool(y.embedded))
            out << w + (x.embedded ? u" lost its embedded message"_s : u" gained an embedded message"_s);
        else if (x.embedded)
            diffInto(out, *x.embedded, *y.embedded, w + u".message."_s, strict);
    }
    if (a.rawMime != b.rawMime)
        out << where + u"rawMime: %1 bytes != %2 bytes"_s.arg(a.rawMime.size()).arg(b.rawMime.size());
}

QStringList diffMessages(const Message &expected, const Message &actual, bool strictTypes)
{
    QStringList out;
    diffInto(out, expected, actual, QString(), strictTypes);
    return out;
}

} // namespace Ndr::TestSupport
