#include "propertyview.h"

#include "mapi/propjson.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>
#include <algorithm>

namespace Ndr {

using namespace Mapi;

namespace {

constexpr int ObjectRole = Qt::UserRole + 10;  // const void *: what the row shows
constexpr int LazyRole = Qt::UserRole + 11;    // bool: children not made yet
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
};

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

QString hex(const QByteArray &bytes, int limit)
{
    const int shown = limit > 0 ? qMin<qsizetype>(bytes.size(), limit / 3 + 1) : bytes.size();
    QString text = QString::fromLatin1(bytes.left(shown).toHex(' ').toUpper());
    if (shown < bytes.size())
        text += PropertyView::tr("… (%1 bytes)").arg(bytes.size());
    return text;
}

QString oneValue(quint16 type, const QVariant &v, int limit)
{
    switch (baseType(type)) {
    case PT_BINARY:
    case PT_SVREID:
    case PT_SRESTRICT:
    case PT_ACTIONS:
    case PT_OBJECT:
        return hex(v.toByteArray(), limit);
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

// ----- PropertyTreeModel -----

PropertyTreeModel::PropertyTreeModel(QObject *parent)
    : QStandardItemModel(0, ColumnCount, parent)
{
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

QList<QStandardItem *> PropertyTreeModel::makeRow(NodeKind kind, const void *object, const QStringList &texts, bool lazy)
{
    QList<QStandardItem *> row;
    for (int c = 0; c < ColumnCount; ++c) {
        auto *item = new QStandardItem(texts.value(c));
        item->setEditable(false);
        item->setData(kind, NodeKindRole);
        row << item;
    }
    row[0]->setData(QVariant::fromValue(reinterpret_cast<quintptr>(object)), ObjectRole);
    row[0]->setData(lazy, LazyRole);
    return row;
}

void PropertyTreeModel::setMessage(std::shared_ptr<const Message> message, const QString &rootTitle)
{
    removeRows(0, rowCount());
    m_message = std::move(message);
    setHorizontalHeaderLabels({tr("Tag"), tr("Name"), tr("Type"), tr("Value")});
    if (!m_message)
        return;
    appendMessage(invisibleRootItem(), *m_message, rootTitle.isEmpty() ? tr("Message") : rootTitle);
}

void PropertyTreeModel::appendMessage(QStandardItem *parent, const Message &message, const QString &title)
{
    parent->appendRow(makeRow(MessageNode, &message, {title, message.subject(), message.messageClass()}, true));
}

void PropertyTreeModel::appendProperties(QStandardItem *parent, const PropertyBag &bag)
{
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (auto it = bag.all().cbegin(); it != bag.all().cend(); ++it) {
        const PropValue &v = it.value();
        const QString tag = it.key().toString(v.type);
        QList<QStandardItem *> row =
            makeRow(PropertyNode, nullptr,
                    {tag, propertyName(it.key()), typeName(v.type), valueText(v, kDisplayLimit).replace(QLatin1Char('\n'), QChar(0x21B5)).remove(QLatin1Char('\r'))},
                    false);
        row[TagColumn]->setFont(fixed);
        const QString full = valueText(v, kCopyLimit);
        row[ValueColumn]->setData(full, CopyTextRole);
        if (full.size() > kDisplayLimit || full.contains(QLatin1Char('\n')))
            row[ValueColumn]->setToolTip(truncated(full, 2000));
        parent->appendRow(row);
    }
}

bool PropertyTreeModel::hasChildren(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() == 0) {
        const QStandardItem *item = itemFromIndex(parent);
        if (item && item->data(LazyRole).toBool())
            return true;
    }
    return QStandardItemModel::hasChildren(parent);
}

bool PropertyTreeModel::canFetchMore(const QModelIndex &parent) const
{
    const QStandardItem *item = parent.isValid() ? itemFromIndex(parent.siblingAtColumn(0)) : nullptr;
    return item && item->data(LazyRole).toBool();
}

void PropertyTreeModel::fetchMore(const QModelIndex &parent)
{
    if (QStandardItem *item = parent.isValid() ? itemFromIndex(parent.siblingAtColumn(0)) : nullptr)
        populate(item);
}

void PropertyTreeModel::populate(QStandardItem *item)
{
    if (!item->data(LazyRole).toBool())
        return;
    item->setData(false, LazyRole);
    const void *object = reinterpret_cast<const void *>(item->data(ObjectRole).value<quintptr>());
    switch (NodeKind(item->data(NodeKindRole).toInt())) {
    case MessageNode: {
        const auto *m = static_cast<const Message *>(object);
        item->appendRow(makeRow(PropertiesNode, &m->props, {tr("Properties (%1)").arg(m->props.size())}, true));
        item->appendRow(makeRow(RecipientsNode, m, {tr("Recipients (%1)").arg(m->recipients.size())}, !m->recipients.isEmpty()));
        item->appendRow(makeRow(AttachmentsNode, m, {tr("Attachments (%1)").arg(m->attachments.size())}, !m->attachments.isEmpty()));
        break;
    }
    case PropertiesNode:
        appendProperties(item, *static_cast<const PropertyBag *>(object));
        break;
    case RecipientsNode: {
        const auto *m = static_cast<const Message *>(object);
        for (int i = 0; i < m->recipients.size(); ++i) {
            const Recipient &r = m->recipients.at(i);
            const QString address = r.smtpAddress().isEmpty() ? r.props.string(PR_EMAIL_ADDRESS) : r.smtpAddress();
            item->appendRow(makeRow(RecipientNode, &r.props,
                                    {tr("Recipient %1").arg(i + 1), r.displayName(), recipientTypeName(r.type()), address},
                                    !r.props.isEmpty()));
        }
        break;
    }
    case RecipientNode:
        appendProperties(item, *static_cast<const PropertyBag *>(object));
        break;
    case AttachmentsNode: {
        const auto *m = static_cast<const Message *>(object);
        for (int i = 0; i < m->attachments.size(); ++i) {
            const Attachment &a = m->attachments.at(i);
            const bool embedded = a.embedded != nullptr;
            const QString what = embedded ? tr("embedded message") : tr("%1 bytes").arg(a.data().size());
            item->appendRow(makeRow(AttachmentNode, &a, {tr("Attachment %1").arg(i + 1), a.fileName(), what},
                                    embedded || !a.props.isEmpty()));
        }
        break;
    }
    case AttachmentNode: {
        const auto *a = static_cast<const Attachment *>(object);
        appendProperties(item, a->props);
        if (a->embedded)
            appendMessage(item, *a->embedded, tr("Embedded message"));
        break;
    }
    case PropertyNode:
        break;
    }
}

// ----- PropertyView -----

PropertyView::PropertyView(QWidget *parent)
    : QWidget(parent)
    , m_model(new PropertyTreeModel(this))
    , m_tree(new QTreeView(this))
{
    setObjectName(QStringLiteral("propertyView"));
    m_tree->setObjectName(QStringLiteral("propertyTree"));
    m_tree->setModel(m_model);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_tree->header()->setStretchLastSection(true);

    m_copyAction = new QAction(this);
    m_copyAction->setObjectName(QStringLiteral("copyRowsAction"));
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_copyAction, &QAction::triggered, this, &PropertyView::copySelection);
    m_copyJsonAction = new QAction(this);
    m_copyJsonAction->setObjectName(QStringLiteral("copyJsonAction"));
    connect(m_copyJsonAction, &QAction::triggered, this, &PropertyView::copyAllAsJson);
    m_tree->addAction(m_copyAction);
    m_tree->addAction(m_copyJsonAction);

    m_expandButton = new QPushButton(this);
    m_expandButton->setObjectName(QStringLiteral("expandAllButton"));
    connect(m_expandButton, &QPushButton::clicked, this, [this] {
        // One level at a time, so that lazy branches fill before they are opened.
        for (int depth = 0; depth < 12; ++depth)
            m_tree->expandToDepth(depth);
    });
    m_copyButton = new QPushButton(this);
    m_copyButton->setObjectName(QStringLiteral("copyButton"));
    connect(m_copyButton, &QPushButton::clicked, this, &PropertyView::copySelection);
    m_copyJsonButton = new QPushButton(this);
    m_copyJsonButton->setObjectName(QStringLiteral("copyJsonButton"));
    connect(m_copyJsonButton, &QPushButton::clicked, this, &PropertyView::copyAllAsJson);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_expandButton);
    buttons->addStretch(1);
    buttons->addWidget(m_copyButton);
    buttons->addWidget(m_copyJsonButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tree, 1);
    layout->addLayout(buttons);
    setFocusProxy(m_tree);
    retranslate();
}

void PropertyView::setMessage(std::shared_ptr<const Message> message, const QString &title)
{
    m_title = title;
    m_model->setMessage(std::move(message), title.isEmpty() ? tr("Report") : title);
    retranslate();
    // The root and its own properties open; the rest on demand.
    const QModelIndex root = m_model->index(0, 0);
    if (root.isValid()) {
        m_tree->expand(root);
        if (m_model->canFetchMore(root))
            m_model->fetchMore(root);
        m_tree->expand(m_model->index(0, 0, root));
        m_tree->setCurrentIndex(root);
    }
    fitColumns();
}

void PropertyView::fitColumns()
{
    const QFontMetrics fm(font());
    const int em = fm.horizontalAdvance(QLatin1Char('M'));
    QHeaderView *header = m_tree->header();
    const int widths[] = {22 * em, 20 * em, 9 * em};
    for (int c = 0; c < 3; ++c)
        header->resizeSection(c, widths[c]);
}

QString PropertyView::selectedRowsText() const
{
    QModelIndexList rows = m_tree->selectionModel()->selectedRows(0);
    // Top to bottom as shown: compare the paths from the root.
    auto path = [](QModelIndex i) {
        QList<int> p;
        for (; i.isValid(); i = i.parent())
            p.prepend(i.row());
        return p;
    };
    std::sort(rows.begin(), rows.end(), [&](const QModelIndex &a, const QModelIndex &b) { return path(a) < path(b); });
    QStringList lines;
    for (const QModelIndex &row : std::as_const(rows)) {
        QStringList cells;
        for (int c = 0; c < PropertyTreeModel::ColumnCount; ++c) {
            const QModelIndex cell = row.siblingAtColumn(c);
            const QVariant full = cell.data(PropertyTreeModel::CopyTextRole);
            cells << (full.isValid() ? full.toString() : cell.data(Qt::DisplayRole).toString());
        }
        while (!cells.isEmpty() && cells.last().isEmpty())
            cells.removeLast();
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n'));
}

QString PropertyView::allAsJson() const
{
    const auto message = m_model->message();
    if (!message)
        return {};
    return QString::fromUtf8(QJsonDocument(messageToJson(*message)).toJson(QJsonDocument::Indented));
}

void PropertyView::copySelection()
{
    const QString text = selectedRowsText();
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

void PropertyView::copyAllAsJson()
{
    const QString json = allAsJson();
    if (!json.isEmpty())
        QApplication::clipboard()->setText(json);
}

void PropertyView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PropertyView::retranslate()
{
    m_tree->setAccessibleName(tr("Properties of the report"));
    m_tree->setAccessibleDescription(tr("Every property of the report, its recipients, its attachments and the "
                                        "messages embedded in it"));
    m_model->setHorizontalHeaderLabels({tr("Tag"), tr("Name"), tr("Type"), tr("Value")});
    m_expandButton->setText(tr("&Expand All"));
    m_copyButton->setText(tr("&Copy"));
    m_copyButton->setToolTip(tr("Copy the selected rows as text (Ctrl+C)"));
    m_copyJsonButton->setText(tr("Copy All as &JSON"));
    m_copyJsonButton->setToolTip(tr("Copy every property of the report as JSON"));
    m_copyAction->setText(tr("&Copy"));
    m_copyJsonAction->setText(tr("Copy All as &JSON"));
}

} // namespace Ndr
