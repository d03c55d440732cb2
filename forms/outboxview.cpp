#include "outboxview.h"
#include "ui_outboxview.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>

namespace Ndr {

namespace {

// Short date and time in the user's time zone.
QString formatTime(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

// The folder names of the IPM subtree, as a mail program shows them.
constexpr struct {
    Store::Folder folder;
    const char *name;
} kFolderNames[] = {
    {Store::Folder::Inbox, QT_TRANSLATE_NOOP("Ndr::OutboxView", "Inbox")},
    {Store::Folder::Outbox, QT_TRANSLATE_NOOP("Ndr::OutboxView", "Outbox")},
    {Store::Folder::SentItems, QT_TRANSLATE_NOOP("Ndr::OutboxView", "Sent Items")},
    {Store::Folder::DeletedItems, QT_TRANSLATE_NOOP("Ndr::OutboxView", "Deleted Items")},
    {Store::Folder::Drafts, QT_TRANSLATE_NOOP("Ndr::OutboxView", "Drafts")},
};

// [MS-OXOMSG] 2.2.3.1 PidTagRecipientType: the type in the low bits.
constexpr struct {
    qint32 type;
    const char *name;
} kRecipientTypes[] = {
    {Mapi::MAPI_ORIG, QT_TRANSLATE_NOOP("Ndr::OutboxRecipientModel", "From")},
    {Mapi::MAPI_TO, QT_TRANSLATE_NOOP("Ndr::OutboxRecipientModel", "To")},
    {Mapi::MAPI_CC, QT_TRANSLATE_NOOP("Ndr::OutboxRecipientModel", "Cc")},
    {Mapi::MAPI_BCC, QT_TRANSLATE_NOOP("Ndr::OutboxRecipientModel", "Bcc")},
};

QString folderText(Store::Folder folder)
{
    for (const auto &f : kFolderNames) {
        if (f.folder == folder)
            return OutboxView::tr(f.name);
    }
    return Store::folderName(folder);
}

} // namespace

// --- OutboxMessageModel -----------------------------------------------------------------------

OutboxMessageModel::OutboxMessageModel(QObject *parent) : QAbstractTableModel(parent) {}

void OutboxMessageModel::setMessages(const QList<Store::MessageSummary> &messages)
{
    beginResetModel();
    m_messages = messages;
    endResetModel();
}

int OutboxMessageModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_messages.size(); ++i) {
        if (m_messages.at(i).id == id)
            return i;
    }
    return -1;
}

void OutboxMessageModel::retranslate()
{
    if (!m_messages.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int OutboxMessageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_messages.size());
}

int OutboxMessageModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OutboxMessageModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const Store::MessageSummary &m = m_messages.at(index.row());
    switch (role) {
    case MessageIdRole: return m.id;
    case P1CountRole: return m.p1Count;
    case RecipientCountRole: return m.recipientCount;
    case CreatedRole: return m.created;
    default: break;
    }
    if (role == Qt::TextAlignmentRole && index.column() != SubjectColumn && index.column() != TimeColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole && role != Qt::ToolTipRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case IdColumn: return locale.toString(m.id);
    case SubjectColumn: return m.subject.isEmpty() ? tr("(no subject)") : m.subject;
    case RecipientsColumn:
        if (role == Qt::ToolTipRole)
            return tr("%n recipient rows, the resend's own rows included", nullptr, m.recipientCount);
        return locale.toString(m.recipientCount);
    case ResendColumn:
        if (role == Qt::ToolTipRole)
            return tr("Sent again to %n recipients (MAPI_P1 rows)", nullptr, m.p1Count);
        return locale.toString(m.p1Count);
    case TimeColumn: return formatTime(m.created);
    default: return {};
    }
}

QVariant OutboxMessageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == ResendColumn)
        return tr("How many recipients the message is sent to again (its MAPI_P1 rows)");
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (section) {
    case IdColumn: return tr("No.");
    case SubjectColumn: return tr("Subject");
    case RecipientsColumn: return tr("Recipients");
    case ResendColumn: return tr("Resend to");
    case TimeColumn: return tr("Stored");
    default: return {};
    }
}

// --- OutboxRecipientModel ---------------------------------------------------------------------

OutboxRecipientModel::OutboxRecipientModel(QObject *parent) : QAbstractTableModel(parent) {}

void OutboxRecipientModel::setRecipients(const QList<Row> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

void OutboxRecipientModel::retranslate()
{
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

QString OutboxRecipientModel::typeText(quint32 type)
{
    // [MS-OXOMSG] 2.2.3.1 PidTagRecipientType: the type in the low bits, flags above.
    if (type & Mapi::MAPI_P1)
        return tr("resend (P1)");
    const qint32 base = qint32(type & 0x0FFFFFFF);
    QString text = QStringLiteral("0x%1").arg(base, 0, 16);
    for (const auto &t : kRecipientTypes) {
        if (t.type == base)
            text = tr(t.name);
    }
    return (type & Mapi::MAPI_SUBMITTED) ? tr("%1 (submitted)").arg(text) : text;
}

int OutboxRecipientModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OutboxRecipientModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OutboxRecipientModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const Row &r = m_rows.at(index.row());
    const bool p1 = r.type & Mapi::MAPI_P1;
    switch (role) {
    case RecipientTypeRole: return r.type;
    case IsP1Role: return p1;
    case IsSubmittedRole: return bool(r.type & Mapi::MAPI_SUBMITTED);
    case Qt::FontRole:
        // The envelope of the resend stands out from the rows the receivers see.
        if (p1) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        return p1 ? tr("This recipient receives the message again.")
                  : tr("Shown to the receivers as it was; this row is not sent to again.");
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case NameColumn: return r.name;
        case AddressColumn: return r.address;
        case TypeColumn: return typeText(r.type);
        default: return {};
        }
    default:
        return {};
    }
}

QVariant OutboxRecipientModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::AccessibleTextRole))
        return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case AddressColumn: return tr("Address");
    case TypeColumn: return tr("Type");
    default: return {};
    }
}

// --- OutboxView -------------------------------------------------------------------------------

OutboxView::OutboxView(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::OutboxView>())
    , m_messages(new OutboxMessageModel(this))
    , m_recipients(new OutboxRecipientModel(this))
{
    m_ui->setupUi(this);
    for (Store::Folder f : Store::allFolders())
        m_ui->outboxFolderCombo->addItem(folderText(f), int(f));
    m_ui->outboxFolderCombo->setCurrentIndex(m_ui->outboxFolderCombo->findData(int(Store::Folder::Outbox)));

    for (QTableView *view : {m_ui->outboxMessageList, m_ui->outboxRecipientList}) {
        view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
        view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    }
    m_ui->outboxMessageList->setModel(m_messages);
    m_ui->outboxRecipientList->setModel(m_recipients);
    m_ui->outboxMessageList->setFocus(Qt::OtherFocusReason);  // the first thing to read

    connect(m_ui->outboxFolderCombo, &QComboBox::currentIndexChanged, this, [this] { refresh(); });
    connect(m_ui->outboxRefreshButton, &QPushButton::clicked, this, [this] { refresh(); });
    auto *f5 = new QShortcut(QKeySequence::Refresh, this);
    connect(f5, &QShortcut::activated, this, [this] { refresh(); });
    connect(m_ui->outboxMessageList->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { showMessage(selectedMessage()); });
    // A button of our own: the box would word a standard Close itself, with Qt's text.
    m_close = m_ui->outboxButtonBox->addButton(QString(), QDialogButtonBox::RejectRole);
    m_close->setObjectName(QStringLiteral("outboxCloseButton"));
    // The tab order is the order of creation: top to bottom in the .ui, Close last. (With
    // <tabstops> in the .ui, Qt 6.4's setTabOrder left Tab from Close skipping the folder and
    // Refresh.)
    connect(m_ui->outboxButtonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(760, 520);
    retranslate();
}

OutboxView::~OutboxView() = default;

QTableView *OutboxView::messageList() const { return m_ui->outboxMessageList; }
QTableView *OutboxView::recipientList() const { return m_ui->outboxRecipientList; }
QComboBox *OutboxView::folderCombo() const { return m_ui->outboxFolderCombo; }

Expected<bool> OutboxView::setStorePath(const QString &path)
{
    m_path = path;
    retranslate();
    return refresh();
}

void OutboxView::setFolder(Store::Folder folder)
{
    const int i = m_ui->outboxFolderCombo->findData(int(folder));
    if (i == m_ui->outboxFolderCombo->currentIndex())
        refresh();
    else
        m_ui->outboxFolderCombo->setCurrentIndex(i);  // refreshes
}

Store::Folder OutboxView::folder() const
{
    return Store::Folder(m_ui->outboxFolderCombo->currentData().toInt());
}

Expected<bool> OutboxView::refresh()
{
    const qint64 keep = selectedMessage();
    m_error.clear();
    QList<Store::MessageSummary> list;
    std::optional<Error> failed;
    if (m_path.isEmpty()) {
        failed = makeError(Error::InvalidArgument, tr("no message store is chosen"));
    } else {
        // Read-only: looking never changes the store, and never creates one.
        Store::MessageStore::Options options;
        options.path = m_path;
        options.readOnly = true;
        auto store = Store::MessageStore::open(options);
        if (!store) {
            failed = store.error();
        } else {
            auto listed = (*store)->list(folder());
            if (listed)
                list = *listed;
            else
                failed = listed.error();
        }
    }
    m_messages->setMessages(list);
    setWindowTitle(tr("Message Store — %1").arg(folderText(folder())));
    resizeColumns();
    if (failed) {
        setError(failed->code == Error::FileNotFound
                     ? tr("Nothing has been stored yet: there is no message store at %1.")
                           .arg(QDir::toNativeSeparators(m_path))
                     : tr("The message store cannot be read: %1").arg(failed->toString()));
        showMessage(0);
        return *failed;
    }
    if (!selectMessage(keep) && m_messages->rowCount() > 0)
        selectMessage(m_messages->messages().constLast().id);  // the newest
    if (m_messages->rowCount() == 0)
        showMessage(0);
    updateStatus();
    return true;
}

bool OutboxView::selectMessage(qint64 id)
{
    const int row = id > 0 ? m_messages->rowOf(id) : -1;
    if (row < 0)
        return false;
    QTableView *list = m_ui->outboxMessageList;
    // The current index selects its whole row (not selectRow: right to left, Qt 6.4
    // finds no column for it and clears the selection).
    list->setCurrentIndex(m_messages->index(row, 0));
    list->scrollTo(m_messages->index(row, 0));
    return true;
}

qint64 OutboxView::selectedMessage() const
{
    const QModelIndexList rows = m_ui->outboxMessageList->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return 0;
    return rows.first().data(OutboxMessageModel::MessageIdRole).toLongLong();
}

void OutboxView::showMessage(qint64 id)
{
    QList<OutboxRecipientModel::Row> rows;
    if (id > 0 && !m_path.isEmpty()) {
        Store::MessageStore::Options options;
        options.path = m_path;
        options.readOnly = true;
        auto store = Store::MessageStore::open(options);
        auto message = store ? (*store)->load(id) : Expected<Mapi::Message>(store.error());
        if (!message) {
            setError(tr("Message %1 cannot be read: %2").arg(id).arg(message.error().toString()));
        } else {
            for (const Mapi::Recipient &r : message->recipients)
                rows.append({r.displayName(), r.smtpAddress().isEmpty() ? r.props.string(Mapi::PR_EMAIL_ADDRESS)
                                                                          : r.smtpAddress(),
                             quint32(r.type())});
        }
    }
    m_recipients->setRecipients(rows);
    QTableView *view = m_ui->outboxRecipientList;
    view->resizeColumnsToContents();
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    for (int c : {int(OutboxRecipientModel::NameColumn), int(OutboxRecipientModel::AddressColumn)})
        view->horizontalHeader()->resizeSection(c, qBound(8 * em, view->horizontalHeader()->sectionSize(c) + em, 20 * em));
    updateStatus();
}

void OutboxView::setError(const QString &text)
{
    m_error = text;
    updateStatus();
}

void OutboxView::updateStatus()
{
    QString text = m_error;
    if (text.isEmpty()) {
        const int n = m_messages->rowCount();
        if (n == 0)
            text = tr("The folder %1 is empty.").arg(folderText(folder()));
        else if (n == 1)
            text = tr("1 message in %1.").arg(folderText(folder()));
        else
            text = tr("%n messages in %1.", nullptr, n).arg(folderText(folder()));
    }
    m_ui->outboxStatusLabel->setText(text);
    m_ui->outboxStatusLabel->setAccessibleName(text);
}

void OutboxView::resizeColumns()
{
    QTableView *view = m_ui->outboxMessageList;
    QHeaderView *header = view->horizontalHeader();
    view->resizeColumnsToContents();
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    header->resizeSection(OutboxMessageModel::SubjectColumn,
                          qBound(14 * em, header->sectionSize(OutboxMessageModel::SubjectColumn) + em, 26 * em));
    for (int c : {int(OutboxMessageModel::IdColumn), int(OutboxMessageModel::RecipientsColumn),
                  int(OutboxMessageModel::ResendColumn)})
        header->resizeSection(c, header->sectionSize(c) + em);
}

void OutboxView::retranslate()
{
    setWindowTitle(tr("Message Store — %1").arg(folderText(folder())));
    m_ui->outboxStoreLabel->setText(
        m_path.isEmpty() ? tr("No message store chosen.") : tr("Store: %1").arg(QDir::toNativeSeparators(m_path)));
    for (int i = 0; i < m_ui->outboxFolderCombo->count(); ++i)
        m_ui->outboxFolderCombo->setItemText(i, folderText(Store::Folder(m_ui->outboxFolderCombo->itemData(i).toInt())));
    m_ui->outboxRefreshButton->setToolTip(tr("Read the folder again (F5)"));
    m_close->setText(tr("Close"));
    updateStatus();
}

void OutboxView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_messages->retranslate();
        m_recipients->retranslate();
        retranslate();
    }
    QDialog::changeEvent(event);
}

} // namespace Ndr
