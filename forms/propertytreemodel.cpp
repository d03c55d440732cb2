#include "propertytreemodel.h"

#include "mapi/deferredbytes.h"

#include <QFont>
#include <QFontDatabase>

namespace Ndr {

using namespace Mapi;

namespace {

constexpr int kDisplayLimit = 300;             // characters of a value shown in the tree
constexpr int kCopyLimit = 1 << 20;            // characters of a value copied

struct KnownTag {
    PropId id;
    const char *name;
};

// Spec names ([MS-OXPROPS], MAPITags.h): the tags this project reads or writes (tags.h) and
// a few more that reports commonly carry.
constexpr KnownTag kKnownTags[] = {
    {PR_MESSAGE_CLASS, "PR_MESSAGE_CLASS"}, {PR_SUBJECT, "PR_SUBJECT"}, {PR_SUBJECT_PREFIX, "PR_SUBJECT_PREFIX"},
    {PR_NORMALIZED_SUBJECT, "PR_NORMALIZED_SUBJECT"}, {PR_CONVERSATION_TOPIC, "PR_CONVERSATION_TOPIC"},
    {PR_CONVERSATION_INDEX, "PR_CONVERSATION_INDEX"}, {PR_MESSAGE_FLAGS, "PR_MESSAGE_FLAGS"},
    {PR_MESSAGE_SIZE, "PR_MESSAGE_SIZE"}, {PR_CLIENT_SUBMIT_TIME, "PR_CLIENT_SUBMIT_TIME"},
    {PR_MESSAGE_DELIVERY_TIME, "PR_MESSAGE_DELIVERY_TIME"}, {PR_CREATION_TIME, "PR_CREATION_TIME"},
    {PR_LAST_MODIFICATION_TIME, "PR_LAST_MODIFICATION_TIME"}, {PR_ENTRYID, "PR_ENTRYID"},
    {PR_RECORD_KEY, "PR_RECORD_KEY"}, {PR_SEARCH_KEY, "PR_SEARCH_KEY"}, {PR_ORIGINAL_ENTRYID, "PR_ORIGINAL_ENTRYID"},
    {PR_ORIG_MESSAGE_CLASS, "PR_ORIG_MESSAGE_CLASS"}, {PR_ORIGINAL_SUBJECT, "PR_ORIGINAL_SUBJECT"},
    {PR_ORIGINAL_SUBMIT_TIME, "PR_ORIGINAL_SUBMIT_TIME"}, {PR_ORIGINAL_DISPLAY_TO, "PR_ORIGINAL_DISPLAY_TO"},
    {PR_ORIGINAL_DISPLAY_CC, "PR_ORIGINAL_DISPLAY_CC"}, {PR_ORIGINAL_DISPLAY_BCC, "PR_ORIGINAL_DISPLAY_BCC"},
    {PR_DISPLAY_TO, "PR_DISPLAY_TO"}, {PR_DISPLAY_CC, "PR_DISPLAY_CC"}, {PR_DISPLAY_BCC, "PR_DISPLAY_BCC"},
    {PR_BODY, "PR_BODY"}, {PR_REPORT_TEXT, "PR_REPORT_TEXT"}, {PR_RTF_COMPRESSED, "PR_RTF_COMPRESSED"},
    {PR_HTML, "PR_HTML"}, {PR_INTERNET_MESSAGE_ID, "PR_INTERNET_MESSAGE_ID"}, {PR_IN_REPLY_TO_ID, "PR_IN_REPLY_TO_ID"},
    {PR_INTERNET_REFERENCES, "PR_INTERNET_REFERENCES"}, {PR_ORIGINAL_MESSAGE_ID, "PR_ORIGINAL_MESSAGE_ID"},
    {PR_TRANSPORT_MESSAGE_HEADERS, "PR_TRANSPORT_MESSAGE_HEADERS"}, {PR_MESSAGE_CODEPAGE, "PR_MESSAGE_CODEPAGE"},
    {PR_INTERNET_CPID, "PR_INTERNET_CPID"}, {PR_STORE_SUPPORT_MASK, "PR_STORE_SUPPORT_MASK"},
    {PR_REPORTING_MTA, "PR_REPORTING_MTA"}, {PR_RECEIVED_BY_NAME, "PR_RECEIVED_BY_NAME"},
    {PR_RECEIVED_BY_EMAIL_ADDRESS, "PR_RECEIVED_BY_EMAIL_ADDRESS"},
    {PR_RECEIVED_BY_SMTP_ADDRESS, "PR_RECEIVED_BY_SMTP_ADDRESS"}, {PR_RECEIVED_BY_ADDRTYPE, "PR_RECEIVED_BY_ADDRTYPE"},
    {PR_RCVD_REPRESENTING_NAME, "PR_RCVD_REPRESENTING_NAME"},
    {PR_RCVD_REPRESENTING_SMTP_ADDRESS, "PR_RCVD_REPRESENTING_SMTP_ADDRESS"},
    {PR_SENDER_ENTRYID, "PR_SENDER_ENTRYID"}, {PR_SENDER_NAME, "PR_SENDER_NAME"},
    {PR_SENDER_SEARCH_KEY, "PR_SENDER_SEARCH_KEY"}, {PR_SENDER_ADDRTYPE, "PR_SENDER_ADDRTYPE"},
    {PR_SENDER_EMAIL_ADDRESS, "PR_SENDER_EMAIL_ADDRESS"}, {PR_SENDER_SMTP_ADDRESS, "PR_SENDER_SMTP_ADDRESS"},
    {PR_SENDER_FLAGS, "PR_SENDER_FLAGS"}, {PR_SENT_REPRESENTING_SEARCH_KEY, "PR_SENT_REPRESENTING_SEARCH_KEY"},
    {PR_SENT_REPRESENTING_ENTRYID, "PR_SENT_REPRESENTING_ENTRYID"}, {PR_SENT_REPRESENTING_NAME, "PR_SENT_REPRESENTING_NAME"},
    {PR_SENT_REPRESENTING_ADDRTYPE, "PR_SENT_REPRESENTING_ADDRTYPE"},
    {PR_SENT_REPRESENTING_EMAIL_ADDRESS, "PR_SENT_REPRESENTING_EMAIL_ADDRESS"},
    {PR_SENT_REPRESENTING_SMTP_ADDRESS, "PR_SENT_REPRESENTING_SMTP_ADDRESS"},
    {PR_SENT_REPRESENTING_FLAGS, "PR_SENT_REPRESENTING_FLAGS"}, {PR_RECIPIENT_TYPE, "PR_RECIPIENT_TYPE"},
    {PR_ROWID, "PR_ROWID"}, {PR_DISPLAY_NAME, "PR_DISPLAY_NAME"}, {PR_ADDRTYPE, "PR_ADDRTYPE"},
    {PR_EMAIL_ADDRESS, "PR_EMAIL_ADDRESS"}, {PR_SMTP_ADDRESS, "PR_SMTP_ADDRESS"},
    {PR_TRANSMITABLE_DISPLAY_NAME, "PR_TRANSMITABLE_DISPLAY_NAME"}, {PR_RECIPIENT_FLAGS, "PR_RECIPIENT_FLAGS"},
    {PR_RESPONSIBILITY, "PR_RESPONSIBILITY"}, {PR_NDR_REASON_CODE, "PR_NDR_REASON_CODE"},
    {PR_NDR_DIAG_CODE, "PR_NDR_DIAG_CODE"}, {PR_NDR_STATUS_CODE, "PR_NDR_STATUS_CODE"},
    {PR_DSN_REMOTE_MTA, "PR_DSN_REMOTE_MTA"}, {PR_SUPPLEMENTARY_INFO, "PR_SUPPLEMENTARY_INFO"},
    {PR_REPORT_TIME, "PR_REPORT_TIME"}, {PR_REPORT_TAG, "PR_REPORT_TAG"}, {PR_REPORT_NAME, "PR_REPORT_NAME"},
    {PR_REPORT_ENTRYID, "PR_REPORT_ENTRYID"}, {PR_REPORT_SEARCH_KEY, "PR_REPORT_SEARCH_KEY"},
    {PR_ATTACH_NUM, "PR_ATTACH_NUM"}, {PR_ATTACH_METHOD, "PR_ATTACH_METHOD"}, {PR_ATTACH_DATA_BIN, "PR_ATTACH_DATA_BIN"},
    {PR_ATTACH_FILENAME, "PR_ATTACH_FILENAME"}, {PR_ATTACH_LONG_FILENAME, "PR_ATTACH_LONG_FILENAME"},
    {PR_ATTACH_EXTENSION, "PR_ATTACH_EXTENSION"}, {PR_ATTACH_MIME_TAG, "PR_ATTACH_MIME_TAG"},
    {PR_ATTACH_CONTENT_ID, "PR_ATTACH_CONTENT_ID"}, {PR_ATTACH_SIZE, "PR_ATTACH_SIZE"},
    {PR_ATTACHMENT_HIDDEN, "PR_ATTACHMENT_HIDDEN"}, {PR_RENDERING_POSITION, "PR_RENDERING_POSITION"},
    // Not in tags.h: common on reports, worth a name.
    {0x0017, "PR_IMPORTANCE"}, {0x0026, "PR_PRIORITY"}, {0x0036, "PR_SENSITIVITY"}, {0x0025, "PR_PARENT_KEY"},
    {0x005A, "PR_ORIGINAL_SENDER_NAME"}, {0x0066, "PR_ORIGINAL_SENDER_ADDRTYPE"},
    {0x0067, "PR_ORIGINAL_SENDER_EMAIL_ADDRESS"}, {0x005D, "PR_ORIGINAL_SENT_REPRESENTING_NAME"},
    {0x0068, "PR_ORIGINAL_SENT_REPRESENTING_ADDRTYPE"}, {0x0069, "PR_ORIGINAL_SENT_REPRESENTING_EMAIL_ADDRESS"},
    {0x0E1B, "PR_HASATTACH"}, {0x0E1F, "PR_RTF_IN_SYNC"}, {0x0FF4, "PR_ACCESS"}, {0x0FFE, "PR_OBJECT_TYPE"},
    {0x0FF6, "PR_INSTANCE_KEY"}, {0x3900, "PR_DISPLAY_TYPE"}, {0x3A13, "PR_ORIGINAL_DISPLAY_NAME"},
    {0x3A14, "PR_ORIGINAL_SEARCH_KEY"}, {0x6904, "PR_NDR_FROM_ENTRYID"},
    {0x6905, "PR_NDR_FROM_NAME"}, {0x6906, "PR_NDR_FROM_SEARCH_KEY"}, {0x3FF1, "PR_MESSAGE_LOCALE_ID"},
    {0x3FFA, "PR_LAST_MODIFIER_NAME"}, {0x1006, "PR_RTF_SYNC_BODY_CRC"}, {0x0E28, "PR_PRIMARY_SEND_ACCT"},
    {0x0E29, "PR_NEXT_SEND_ACCT"}, {0x370A, "PR_ATTACH_TAG"},
    {0x3709, "PR_ATTACH_RENDERING"}, {0x3713, "PR_ATTACH_CONTENT_LOCATION"}, {0x3714, "PR_ATTACH_FLAGS"},
    {0x0E2B, "PR_TODO_ITEM_FLAGS"}, {0x1080, "PR_ICON_INDEX"}, {0x0C17, "PR_REPLY_REQUESTED"},
    {0x0023, "PR_ORIGINATOR_DELIVERY_REPORT_REQUESTED"}, {0x0029, "PR_READ_RECEIPT_REQUESTED"},
    {0x003F, "PR_RECEIVED_BY_ENTRYID"}, {0x0051, "PR_RECEIVED_BY_SEARCH_KEY"}, {0x0043, "PR_RCVD_REPRESENTING_ENTRYID"},
    {0x0052, "PR_RCVD_REPRESENTING_SEARCH_KEY"}, {0x0077, "PR_RCVD_REPRESENTING_ADDRTYPE"},
    {0x0078, "PR_RCVD_REPRESENTING_EMAIL_ADDRESS"}, {0x0E79, "PR_TRUST_SENDER"}, {0x10F4, "PR_ATTR_HIDDEN"},
    {0x5902, "PR_INET_MAIL_OVERRIDE_FORMAT"}, {0x5909, "PR_MSG_EDITOR_FORMAT"},
    {0x0E2D, "PR_STORE_ENTRYID"}, {0x3A40, "PR_SEND_RICH_INFO"}, {0x3A71, "PR_SEND_INTERNET_ENCODING"},
    {0x5FF6, "PR_RECIPIENT_DISPLAY_NAME"}, {0x5FF7, "PR_RECIPIENT_ENTRYID"}, {0x5FDF, "PR_RECIPIENT_ORDER"},
    {0x5FE5, "PR_RECIPIENT_SIP_ADDRESS"}, {0x5FEB, "PR_RECIPIENT_TRACK_STATUS"},
};

constexpr bool eachTagOnce()
{
    for (size_t i = 0; i < std::size(kKnownTags); ++i)
        for (size_t j = i + 1; j < std::size(kKnownTags); ++j)
            if (kKnownTags[i].id == kKnownTags[j].id)
                return false;
    return true;
}
static_assert(eachTagOnce(), "a tag is named twice in kKnownTags");

struct KnownSet {
    const QUuid *guid;
    const char *name;
};
const QUuid PSETID_Address{0x00062004, 0x0000, 0x0000, 0xC0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x46};
const QUuid PSETID_Appointment{0x00062002, 0x0000, 0x0000, 0xC0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x46};
const QUuid PSETID_Task{0x00062003, 0x0000, 0x0000, 0xC0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x46};
const KnownSet kKnownSets[] = {
    {&PS_MAPI, "PS_MAPI"}, {&PS_PUBLIC_STRINGS, "PS_PUBLIC_STRINGS"}, {&PS_INTERNET_HEADERS, "PS_INTERNET_HEADERS"},
    {&PSETID_Common, "PSETID_Common"}, {&PSETID_Report, "PSETID_Report"}, {&PSETID_Address, "PSETID_Address"},
    {&PSETID_Appointment, "PSETID_Appointment"}, {&PSETID_Task, "PSETID_Task"},
};

// "0x0000ABCD": hex digits upper case, the prefix not.
QString hexNumber(quint32 n, int digits)
{
    return QStringLiteral("0x") + QString::number(n, 16).toUpper().rightJustified(digits, QLatin1Char('0'));
}

QString hex(const QVariant &value, int limit)
{
    // As many bytes as fit beside the size, and only those are read: a preview does not read
    // the whole of an attachment still in its file.
    const qint64 size = binarySize(value);
    qint64 shown = size;
    QString rest;
    if (limit > 0 && size * 3 - 1 > limit) {
        rest = PropertyTreeModel::tr("… (%1 bytes)").arg(size);
        shown = qMax<qint64>(1, (limit - rest.size()) / 3);
    }
    const Expected<QByteArray> bytes = bytesOf(value, shown);
    if (!bytes)
        return PropertyTreeModel::tr("(cannot be read: %1)").arg(bytes.error().toString());
    return QString::fromLatin1(bytes->toHex(' ').toUpper()) + rest;
}

QString oneValue(quint16 type, const QVariant &v, int limit)
{
    switch (baseType(type)) {
    case PT_BINARY:
    case PT_SVREID:
    case PT_SRESTRICT:
    case PT_ACTIONS:
    case PT_OBJECT:
        return hex(v, limit);
    case PT_SYSTIME: {
        const QDateTime t = fileTimeToDateTime(v.value<quint64>());
        return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString::number(v.value<quint64>());
    }
    case PT_CLSID:
        return v.value<QUuid>().toString(QUuid::WithBraces).toUpper();
    case PT_BOOLEAN:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case PT_ERROR:
        return hexNumber(v.toUInt(), 8);
    case PT_LONG:
    case PT_SHORT: {
        // Flags read better in hex; both are given.
        const qint64 n = v.toLongLong();
        const quint32 bits = baseType(type) == PT_SHORT ? quint16(n) : quint32(n);
        return QStringLiteral("%1 (%2)").arg(QString::number(n), hexNumber(bits, 1));
    }
    case PT_I8:
    case PT_CURRENCY:
        return QString::number(v.toLongLong());
    case PT_FLOAT:
    case PT_DOUBLE:
    case PT_APPTIME:
        return QString::number(v.toDouble(), 'g', 17);
    case PT_NULL:
    case PT_UNSPECIFIED:
        return {};
    default:
        break;
    }
    return v.toString();
}

QString truncated(QString text, int limit)
{
    if (limit > 0 && text.size() > limit) {
        text.truncate(limit);
        text += QChar(0x2026);
    }
    return text;
}

} // namespace

// One row of the tree. Children are made when a view first asks for them.
struct PropertyTreeModel::Node {
    NodeKind kind = MessageNode;
    const void *object = nullptr;  // Message, PropertyBag or Attachment, by kind; the bag for a property
    Node *parent = nullptr;
    int row = 0;
    std::vector<std::unique_ptr<Node>> children;  // sized on first use, filled per row
    QList<PropKey> keys;                          // the bag's keys, for rows that are properties
    bool sized = false;
};

PropertyTreeModel::PropertyTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{
}

PropertyTreeModel::~PropertyTreeModel() = default;

void PropertyTreeModel::setMessage(std::shared_ptr<const Message> message, const QString &rootTitle)
{
    beginResetModel();
    m_message = std::move(message);
    m_rootTitle = rootTitle;
    m_root = std::make_unique<Node>();
    endResetModel();
}

QString PropertyTreeModel::propertyName(const PropKey &key)
{
    if (key.isNamed()) {
        const PropName &n = *key.named;
        QString set = n.guid.toString(QUuid::WithBraces).toUpper();
        for (const KnownSet &s : kKnownSets)
            if (*s.guid == n.guid)
                set = QString::fromLatin1(s.name);
        return QStringLiteral("%1:%2").arg(set, n.isString() ? n.name : hexNumber(n.lid, 4));
    }
    for (const KnownTag &t : kKnownTags)
        if (t.id == key.id)
            return QString::fromLatin1(t.name);
    return {};
}

QString PropertyTreeModel::valueText(const PropValue &value, int limit)
{
    if (!isMultiValued(value.type))
        return truncated(oneValue(value.type, value.value, limit), limit);
    QStringList parts;
    const QVariantList list = value.value.toList();
    for (const QVariant &v : list) {
        parts << oneValue(value.type, v, limit);
        if (limit > 0 && parts.join(QLatin1String("; ")).size() > limit)
            break;
    }
    return truncated(QStringLiteral("[%1]").arg(parts.join(QLatin1String("; "))), limit);
}

PropertyTreeModel::Node *PropertyTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

int PropertyTreeModel::childCount(const Node *node) const
{
    if (!node->parent)  // the invisible root
        return m_message ? 1 : 0;
    switch (node->kind) {
    case MessageNode:
        return 3;  // properties, recipients, attachments
    case PropertiesNode:
    case RecipientNode:
        return int(static_cast<const PropertyBag *>(node->object)->size());
    case RecipientsNode:
        return int(static_cast<const Message *>(node->object)->recipients.size());
    case AttachmentsNode:
        return int(static_cast<const Message *>(node->object)->attachments.size());
    case AttachmentNode: {
        const auto *a = static_cast<const Attachment *>(node->object);
        return int(a->props.size()) + (a->embedded ? 1 : 0);
    }
    case PropertyNode:
        break;
    }
    return 0;
}

PropertyTreeModel::Node *PropertyTreeModel::childOf(Node *node, int row) const
{
    if (!node->sized) {
        node->sized = true;
        node->children.resize(childCount(node));
    }
    if (row < 0 || row >= int(node->children.size()))
        return nullptr;
    std::unique_ptr<Node> &slot = node->children[row];
    if (slot)
        return slot.get();
    slot = std::make_unique<Node>();
    Node *child = slot.get();
    child->parent = node;
    child->row = row;

    auto propertyOf = [&](const PropertyBag *bag) {
        if (node->keys.isEmpty())
            node->keys = bag->keys();
        child->kind = PropertyNode;
        child->object = bag;
    };
    if (!node->parent) {
        child->kind = MessageNode;
        child->object = m_message.get();
        return child;
    }
    switch (node->kind) {
    case MessageNode: {
        const auto *m = static_cast<const Message *>(node->object);
        const NodeKind kinds[] = {PropertiesNode, RecipientsNode, AttachmentsNode};
        child->kind = kinds[row];
        child->object = row == 0 ? static_cast<const void *>(&m->props) : m;
        break;
    }
    case PropertiesNode:
    case RecipientNode:
        propertyOf(static_cast<const PropertyBag *>(node->object));
        break;
    case RecipientsNode:
        child->kind = RecipientNode;
        child->object = &static_cast<const Message *>(node->object)->recipients.at(row).props;
        break;
    case AttachmentsNode:
        child->kind = AttachmentNode;
        child->object = &static_cast<const Message *>(node->object)->attachments.at(row);
        break;
    case AttachmentNode: {
        const auto *a = static_cast<const Attachment *>(node->object);
        if (row < a->props.size()) {
            propertyOf(&a->props);
        } else {
            child->kind = MessageNode;
            child->object = a->embedded.get();
        }
        break;
    }
    case PropertyNode:
        break;
    }
    return child;
}

QModelIndex PropertyTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || (parent.isValid() && parent.column() != 0))
        return {};
    Node *child = childOf(nodeOf(parent), row);
    return child ? createIndex(row, column, child) : QModelIndex();
}

QModelIndex PropertyTreeModel::parent(const QModelIndex &child) const
{
    const Node *node = child.isValid() ? nodeOf(child) : nullptr;
    if (!node || !node->parent || !node->parent->parent)
        return {};
    return createIndex(node->parent->row, 0, node->parent);
}

int PropertyTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return childCount(nodeOf(parent));
}

int PropertyTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

Qt::ItemFlags PropertyTreeModel::flags(const QModelIndex &index) const
{
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::NoItemFlags;
}

QVariant PropertyTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TagColumn: return tr("Tag");
    case NameColumn: return tr("Name");
    case TypeColumn: return tr("Type");
    case ValueColumn: return tr("Value");
    default: break;
    }
    return {};
}

QString PropertyTreeModel::cellText(const Node *node, int column, bool full) const
{
    switch (node->kind) {
    case MessageNode: {
        const auto *m = static_cast<const Message *>(node->object);
        const QString title = node->parent && node->parent->parent ? tr("Embedded message") : m_rootTitle;
        const QString texts[] = {title, m->subject(), m->messageClass(), {}};
        return texts[column];
    }
    case PropertiesNode:
        return column == TagColumn ? tr("Properties (%1)").arg(childCount(node)) : QString();
    case RecipientsNode:
        return column == TagColumn ? tr("Recipients (%1)").arg(childCount(node)) : QString();
    case AttachmentsNode:
        return column == TagColumn ? tr("Attachments (%1)").arg(childCount(node)) : QString();
    case RecipientNode: {
        // The row's identity from its own properties (a Recipient is its bag).
        Recipient r;
        r.props = *static_cast<const PropertyBag *>(node->object);
        const QString address = r.smtpAddress().isEmpty() ? r.props.string(PR_EMAIL_ADDRESS) : r.smtpAddress();
        const QString texts[] = {tr("Recipient %1").arg(node->row + 1), r.displayName(), recipientTypeName(r.type()), address};
        return texts[column];
    }
    case AttachmentNode: {
        const auto *a = static_cast<const Attachment *>(node->object);
        const QString what = a->embedded ? tr("embedded message") : tr("%1 bytes").arg(a->dataSize());
        const QString texts[] = {tr("Attachment %1").arg(node->row + 1), a->fileName(), what, {}};
        return texts[column];
    }
    case PropertyNode: {
        const auto *bag = static_cast<const PropertyBag *>(node->object);
        const PropKey &key = node->parent->keys.at(node->row);
        const PropValue v = bag->value(key);
        switch (column) {
        case TagColumn: return key.toString(v.type);
        case NameColumn: return propertyName(key);
        case TypeColumn: return typeName(v.type);
        default: break;
        }
        if (full)
            return valueText(v, kCopyLimit);
        // One line in the tree: line breaks shown as a mark.
        return valueText(v, kDisplayLimit).replace(QLatin1Char('\n'), QChar(0x21B5)).remove(QLatin1Char('\r'));
    }
    }
    return {};
}

QVariant PropertyTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid));
    const Node *node = nodeOf(index);
    switch (role) {
    case Qt::DisplayRole:
        return cellText(node, index.column(), false);
    case CopyTextRole:
        return cellText(node, index.column(), true);
    case NodeKindRole:
        return node->kind;
    case Qt::FontRole:
        if (node->kind == PropertyNode && index.column() == TagColumn)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        return {};
    case Qt::ToolTipRole:
        if (node->kind == PropertyNode && index.column() == ValueColumn) {
            const QString full = cellText(node, ValueColumn, true);
            if (full.size() > kDisplayLimit || full.contains(QLatin1Char('\n')))
                return truncated(full, 2000);
        }
        return {};
    default:
        break;
    }
    return {};
}

} // namespace Ndr
