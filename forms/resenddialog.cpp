#include "resenddialog.h"
#include "ui_resenddialog.h"

#include "recipientdelegate.h"
#include "report/explanation.h"
#include "report/reason.h"
#include "resources.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QStyledItemDelegate>
#include <QTimer>

#include <algorithm>
#include <array>
#include <string_view>

namespace Ndr {

namespace {

// Reasons whose fix is a different address (bounce-reasons.tsv, Sisimai's hard bounces).
constexpr std::array<std::string_view, 4> kAddressReasons = {"userunknown", "hostunknown", "hasmoved", "notaccept"};
// Refusals by the receiving side's policy: the same message will most likely be refused again.
constexpr std::array<std::string_view, 11> kPolicyReasons = {
    "securityerror", "policyviolation", "spamdetected", "virusdetected", "blocked",
    "badreputation", "authfailure", "requireptr", "norelaying", "rejected", "filtered"};

template <std::size_t N>
bool inTable(const std::array<std::string_view, N> &table, const QString &key)
{
    const QByteArray k = key.toLatin1();
    return std::any_of(table.cbegin(), table.cend(),
                       [&](std::string_view v) { return v == std::string_view(k.constData(), size_t(k.size())); });
}

QFont scaledFont(QFont font, qreal factor, bool bold)
{
    if (font.pixelSize() > 0)
        font.setPixelSize(qRound(font.pixelSize() * factor));
    else
        font.setPointSizeF(font.pointSizeF() * factor);
    font.setBold(bold);
    return font;
}

// Greys the check box of a row that cannot be checked yet, colours outcomes that need the
// user, shows a corrected address in bold, and names the address editor.
class ResendChoiceDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
        if (auto *line = qobject_cast<QLineEdit *>(editor)) {
            line->setObjectName(QStringLiteral("resendAddressEditor"));
            line->setAccessibleName(ResendDialog::tr("Address of %1")
                                        .arg(index.siblingAtColumn(ResendChoiceModel::RecipientColumn).data().toString()));
        }
        return editor;
    }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        switch (index.column()) {
        case ResendChoiceModel::SendColumn:
            if (!(index.flags() & Qt::ItemIsUserCheckable))
                option->state &= ~QStyle::State_Enabled;
            break;
        case ResendChoiceModel::AddressColumn:
            if (index.data(ResendChoiceModel::CorrectedRole).toBool())
                option->font.setBold(true);
            break;
        case ResendChoiceModel::OutcomeColumn:
            if (index.data(ResendChoiceModel::NeedsAttentionRole).toBool())
                option->palette.setColor(QPalette::Text, StatusColours::forPalette(option->palette).permanent);
            break;
        default:
            break;
        }
    }
};

} // namespace

ResendGate resendGate(const Report::Failure &failure, bool permanent)
{
    if (!permanent)
        return ResendGate::Direct;  // 4.x.x or delayed: sending again later may work
    const QString reason = failure.reason.toLower();
    if (inTable(kAddressReasons, reason))
        return ResendGate::AddressMustChange;
    if (inTable(kPolicyReasons, reason))
        return ResendGate::PolicyConfirm;
    // RFC 3463 3.2 X.1.XXX addressing status, 3.8 X.7.XXX security or policy status.
    if (failure.status.startsWith(QLatin1String("5.1.")))
        return ResendGate::AddressMustChange;
    if (failure.status.startsWith(QLatin1String("5.7.")))
        return ResendGate::PolicyConfirm;
    return ResendGate::Direct;
}

bool isPlausibleAddress(const QString &address)
{
    // One @, something before it, a dotted domain after it; no spaces, brackets or separators.
    static const QRegularExpression re(QStringLiteral("^[^@\\s<>()\\[\\],;:\"]+@[^@\\s<>()\\[\\],;:\"]+\\.[^@\\s<>()\\[\\],;:\".]+$"));
    const QString a = address.trimmed();
    return re.match(a).hasMatch() && !a.contains(QLatin1String("..")) && !a.contains(QLatin1String("@."));
}

// --- ResendChoiceModel -----------------------------------------------------------------------

ResendChoiceModel::ResendChoiceModel(QObject *parent) : QAbstractTableModel(parent) {}

void ResendChoiceModel::setReport(const Report::NdrReport &report)
{
    beginResetModel();
    m_entries.clear();
    m_reportingMta = report.reportingMta();
    const QList<Report::RecipientRow> &rows = report.rows();
    for (int i = 0; i < rows.size(); ++i) {
        const Report::RecipientRow &row = rows.at(i);
        if (!row.failed())
            continue;
        Entry e;
        e.reportRow = i;
        e.name = row.displayName.trimmed();
        if (e.name.isEmpty())
            e.name = row.failure->displayName.trimmed();
        e.reportedAddress = row.address.trimmed().isEmpty() ? row.failure->address.trimmed() : row.address.trimmed();
        e.address = e.reportedAddress;
        if (e.name.isEmpty())
            e.name = e.reportedAddress;
        e.reasonKey = row.failure->reason;
        e.status = row.failure->status;
        e.failure = *row.failure;
        explain(e);
        e.gate = resendGate(e.failure, e.permanent);
        e.checked = e.gate == ResendGate::Direct;
        m_entries.append(e);
    }
    endResetModel();
    Q_EMIT choicesChanged();
}

void ResendChoiceModel::explain(Entry &e) const
{
    // The same headline as the form's table and details (Exchange Online's 5.2.2 is the
    // sender's sending limit there, not a full mailbox).
    const Report::Explanation x = Report::explainFailure(e.failure, m_reportingMta);
    e.summary = x.summary;
    e.plain = x.plain;
    e.permanent = x.permanent;
}

void ResendChoiceModel::retranslate()
{
    for (Entry &e : m_entries)
        explain(e);
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void ResendChoiceModel::applyChoices(const QList<Resend::Choice> &choices)
{
    for (int i = 0; i < m_entries.size(); ++i) {
        Entry &e = m_entries[i];
        const auto it = std::find_if(choices.cbegin(), choices.cend(), [&](const Resend::Choice &c) {
            return c.row >= 0 ? c.row == e.reportRow
                              : c.address.trimmed().compare(e.reportedAddress, Qt::CaseInsensitive) == 0;
        });
        e.checked = it != choices.cend();
        e.address = e.reportedAddress;
        if (!e.checked)
            continue;
        if (!it->correctedAddress.trimmed().isEmpty())
            e.address = it->correctedAddress.trimmed();
        if (e.gate == ResendGate::PolicyConfirm)
            e.policyConfirmed = true;  // the user confirmed it when choosing it the first time
        e.checked = isCheckable(i);
    }
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT choicesChanged();
}

QList<Resend::Choice> ResendChoiceModel::choices() const
{
    QList<Resend::Choice> out;
    for (const Entry &e : m_entries) {
        if (e.checked)
            out.append(Resend::Choice{e.reportRow, e.reportedAddress, corrected(e) ? e.address.trimmed() : QString()});
    }
    return out;
}

bool ResendChoiceModel::corrected(const Entry &e) const
{
    return e.address.trimmed().compare(e.reportedAddress, Qt::CaseInsensitive) != 0;
}

bool ResendChoiceModel::isSendable(int row) const
{
    const Entry &e = m_entries.at(row);
    if (corrected(e) && !isPlausibleAddress(e.address))
        return false;
    if (e.address.trimmed().isEmpty())
        return false;
    switch (e.gate) {
    case ResendGate::AddressMustChange: return corrected(e);
    case ResendGate::PolicyConfirm: return e.policyConfirmed;
    case ResendGate::Direct: return true;
    }
    return false;
}

bool ResendChoiceModel::isCheckable(int row) const
{
    const Entry &e = m_entries.at(row);
    if (e.gate == ResendGate::AddressMustChange)
        return corrected(e) && isPlausibleAddress(e.address);
    return true;
}

void ResendChoiceModel::confirmPolicy(int row)
{
    if (row < 0 || row >= m_entries.size())
        return;
    m_entries[row].policyConfirmed = true;
    m_entries[row].checked = true;
    rowChanged(row);
}

int ResendChoiceModel::checkedCount() const
{
    return int(std::count_if(m_entries.cbegin(), m_entries.cend(), [](const Entry &e) { return e.checked; }));
}

bool ResendChoiceModel::canConfirm() const
{
    bool any = false;
    for (int i = 0; i < m_entries.size(); ++i) {
        if (!m_entries.at(i).checked)
            continue;
        if (!isSendable(i))
            return false;
        any = true;
    }
    return any;
}

void ResendChoiceModel::setChecked(int row, bool checked)
{
    if (m_entries[row].checked == checked)
        return;
    m_entries[row].checked = checked;
    rowChanged(row);
}

void ResendChoiceModel::rowChanged(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    Q_EMIT choicesChanged();
}

QString ResendChoiceModel::outcomeText(const Entry &e) const
{
    if (corrected(e) && !isPlausibleAddress(e.address))
        return tr("Not a valid e-mail address");
    if (e.gate == ResendGate::AddressMustChange && !corrected(e))
        return tr("Correct the address to resend");
    if (e.checked) {
        if (e.gate == ResendGate::PolicyConfirm)
            return tr("Will be sent again despite the policy refusal");
        return corrected(e) ? tr("Will be sent to the corrected address") : tr("Will be sent again");
    }
    if (e.gate == ResendGate::PolicyConfirm && !e.policyConfirmed)
        return tr("Refused by policy: check to decide");
    return tr("Will not be sent again");
}

bool ResendChoiceModel::needsAttention(const Entry &e) const
{
    if (corrected(e) && !isPlausibleAddress(e.address))
        return true;
    return e.gate == ResendGate::AddressMustChange && !corrected(e);
}

int ResendChoiceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ResendChoiceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ResendChoiceModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const Entry &e = m_entries.at(index.row());
    const int row = index.row();
    switch (role) {
    case ReportRowRole: return e.reportRow;
    case GateRole: return int(e.gate);
    case SendableRole: return isSendable(row);
    case CorrectedRole: return corrected(e);
    case OriginalAddressRole: return e.reportedAddress;
    case NeedsAttentionRole: return needsAttention(e);
    default: break;
    }

    switch (index.column()) {
    case SendColumn:
        switch (role) {
        case Qt::CheckStateRole: return e.checked ? Qt::Checked : Qt::Unchecked;
        case Qt::AccessibleTextRole: return tr("Send again to %1").arg(e.name);
        case Qt::ToolTipRole: return outcomeText(e);
        default: return {};
        }
    case RecipientColumn:
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole: return e.name;
        default: return {};
        }
    case AddressColumn:
        switch (role) {
        case Qt::DisplayRole:
        case Qt::EditRole:
        case Qt::AccessibleTextRole: return e.address;
        case Qt::ToolTipRole:
            return corrected(e) ? tr("Corrected from %1").arg(e.reportedAddress)
                                : tr("Double-click or press F2 to correct the address");
        default: return {};
        }
    case ReasonColumn:
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            return e.status.isEmpty() ? e.summary : tr("%1 (%2)").arg(e.summary, e.status);
        case Qt::ToolTipRole: return e.plain;
        default: return {};
        }
    case OutcomeColumn:
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
        case Qt::ToolTipRole: return outcomeText(e);
        default: return {};
        }
    default:
        return {};
    }
}

bool ResendChoiceModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.model() != this || index.row() >= rowCount())
        return false;
    const int row = index.row();
    Entry &e = m_entries[row];
    if (index.column() == SendColumn && role == Qt::CheckStateRole) {
        const bool want = value.toInt() == Qt::Checked;
        if (want && !isCheckable(row))
            return false;
        if (want && e.gate == ResendGate::PolicyConfirm && !e.policyConfirmed) {
            Q_EMIT policyConfirmationRequested(row);
            return false;
        }
        setChecked(row, want);
        return true;
    }
    if (index.column() == AddressColumn && role == Qt::EditRole) {
        QString text = value.toString().trimmed();
        if (text.isEmpty())
            text = e.reportedAddress;  // clearing the field undoes the correction
        if (text == e.address)
            return true;
        const bool wasSendable = isSendable(row);
        e.address = text;
        // A correction is a wish to send: a row that just became sendable by it is checked;
        // one that can no longer be checked is unchecked.
        if (e.gate == ResendGate::AddressMustChange && isSendable(row) && !wasSendable)
            e.checked = true;
        if (!isCheckable(row))
            e.checked = false;
        rowChanged(row);
        return true;
    }
    return false;
}

Qt::ItemFlags ResendChoiceModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == SendColumn && isCheckable(index.row()))
        f |= Qt::ItemIsUserCheckable;
    if (index.column() == AddressColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant ResendChoiceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::AccessibleTextRole))
        return {};
    switch (section) {
    case SendColumn: return tr("Send");
    case RecipientColumn: return tr("Recipient");
    case AddressColumn: return tr("Address");
    case ReasonColumn: return tr("Why it failed");
    case OutcomeColumn: return tr("What will happen");
    default: return {};
    }
}

// --- ResendDialog ----------------------------------------------------------------------------

ResendDialog::ResendDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ResendDialog>())
    , m_model(new ResendChoiceModel(this))
{
    m_ui->setupUi(this);
    QTableView *list = m_ui->resendRecipientList;
    list->setModel(m_model);
    list->setItemDelegate(new ResendChoiceDelegate(list));
    list->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    list->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    list->installEventFilter(this);
    setFocusProxy(list);
    // An accessibility client selects a row without moving the current index; Space and F2
    // act on the current row, so it follows the selection.
    connect(list->selectionModel(), &QItemSelectionModel::selectionChanged, this, [list] {
        const QModelIndexList rows = list->selectionModel()->selectedRows();
        if (rows.size() == 1 && rows.first().row() != list->currentIndex().row())
            list->selectionModel()->setCurrentIndex(rows.first(), QItemSelectionModel::NoUpdate);
    });

    // Buttons of our own, not standard ones: the button box words standard buttons itself on a
    // language change, after us, with Qt's texts.
    m_confirm = m_ui->resendButtonBox->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(QStringLiteral("confirmResendButton"));
    m_confirm->setDefault(true);
    m_cancel = m_ui->resendButtonBox->addButton(QString(), QDialogButtonBox::RejectRole);
    m_cancel->setObjectName(QStringLiteral("cancelResendButton"));
    connect(m_ui->resendButtonBox, &QDialogButtonBox::accepted, this, [this] {
        if (m_model->canConfirm())
            accept();
    });
    connect(m_ui->resendButtonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_ui->policyWarningFrame->hide();
    connect(m_ui->policySendAnywayButton, &QPushButton::clicked, this, [this] { answerPolicy(true); });
    connect(m_ui->policyKeepUncheckedButton, &QPushButton::clicked, this, [this] { answerPolicy(false); });
    connect(m_model, &ResendChoiceModel::policyConfirmationRequested, this, &ResendDialog::askPolicy);
    connect(m_model, &ResendChoiceModel::choicesChanged, this, &ResendDialog::updateState);

    updateColours();
    retranslate();
}

ResendDialog::~ResendDialog() = default;

QTableView *ResendDialog::recipientList() const
{
    return m_ui->resendRecipientList;
}

QPushButton *ResendDialog::confirmButton() const
{
    return m_confirm;
}

void ResendDialog::setReport(const Report::NdrReport &report)
{
    m_model->setReport(report);
    m_subject = report.originalSubject();
    m_pendingPolicyRow = -1;
    m_ui->policyWarningFrame->hide();
    resizeColumns();
    retranslate();
    fitToContents();
    QTableView *list = m_ui->resendRecipientList;
    if (m_model->rowCount() > 0) {
        // The current index selects its whole row (not selectRow: right to left, Qt 6.4
        // finds no column for it and clears the selection).
        list->setCurrentIndex(m_model->index(0, ResendChoiceModel::SendColumn));
    }
}

void ResendDialog::setChoices(const QList<Resend::Choice> &choices)
{
    m_model->applyChoices(choices);
    resizeColumns();
}

QList<Resend::Choice> ResendDialog::choices() const
{
    return m_model->choices();
}

void ResendDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    m_ui->resendRecipientList->setFocus(Qt::OtherFocusReason);
}

void ResendDialog::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::LanguageChange:
        m_ui->retranslateUi(this);
        m_model->retranslate();
        retranslate();
        break;
    case QEvent::PaletteChange:
    case QEvent::FontChange:
    case QEvent::StyleChange:
        updateColours();
        break;
    default:
        break;
    }
    QDialog::changeEvent(event);
}

bool ResendDialog::eventFilter(QObject *watched, QEvent *event)
{
    QTableView *list = m_ui->resendRecipientList;
    // While an address is edited the keys go to its editor, not to the list.
    if (watched == list && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const QModelIndex current = list->currentIndex();
        if (current.isValid() && key->modifiers() == Qt::NoModifier) {
            // Space and F2 act on the row, whichever of its cells is current.
            if (key->key() == Qt::Key_Space) {
                const QModelIndex check = current.siblingAtColumn(ResendChoiceModel::SendColumn);
                const bool checked = check.data(Qt::CheckStateRole).toInt() == Qt::Checked;
                m_model->setData(check, checked ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole);
                return true;
            }
            if (key->key() == Qt::Key_F2) {
                const QModelIndex address = current.siblingAtColumn(ResendChoiceModel::AddressColumn);
                list->setCurrentIndex(address);
                list->edit(address);
                return true;
            }
        }
    }
    return QDialog::eventFilter(watched, event);
}

void ResendDialog::askPolicy(int row)
{
    m_pendingPolicyRow = row;
    const QString name = m_model->index(row, ResendChoiceModel::RecipientColumn).data().toString();
    const QString warning =
        tr("The recipient's server refused this message by policy; sending it unchanged will probably fail again.");
    m_ui->policyWarningLabel->setText(QStringLiteral("<b>%1</b><br>%2").arg(name.toHtmlEscaped(), warning.toHtmlEscaped()));
    m_ui->policyWarningLabel->setAccessibleName(tr("%1: %2").arg(name, warning));
    m_ui->policyWarningFrame->setAccessibleDescription(m_ui->policyWarningLabel->accessibleName());
    m_ui->policyWarningFrame->show();
    m_ui->resendRecipientList->setCurrentIndex(m_model->index(row, ResendChoiceModel::SendColumn));
    // The question is next to be answered: take the keyboard there.
    m_ui->policySendAnywayButton->setFocus(Qt::OtherFocusReason);
    updateState();
}

void ResendDialog::answerPolicy(bool send)
{
    const int row = m_pendingPolicyRow;
    m_pendingPolicyRow = -1;
    m_ui->policyWarningFrame->hide();
    if (send)
        m_model->confirmPolicy(row);
    QTableView *list = m_ui->resendRecipientList;
    if (row >= 0 && row < m_model->rowCount()) {
        list->setCurrentIndex(m_model->index(row, ResendChoiceModel::SendColumn));
    }
    list->setFocus(Qt::OtherFocusReason);
    updateState();
}

void ResendDialog::updateState()
{
    const bool ok = m_model->canConfirm() && m_pendingPolicyRow < 0;
    m_confirm->setEnabled(ok);
    QString why;
    if (ok && m_model->checkedCount() == 1)
        why = tr("Send the message again to the checked recipient");
    else if (ok)
        why = tr("Send the message again to the %n checked recipients", nullptr, m_model->checkedCount());
    else if (m_pendingPolicyRow >= 0)
        why = tr("Answer the policy warning first.");
    else if (m_model->checkedCount() == 0)
        why = tr("Check at least one recipient to send the message to again.");
    else
        why = tr("Correct or uncheck the recipients marked in red.");
    m_confirm->setToolTip(why);
    m_confirm->setAccessibleDescription(why);
}

void ResendDialog::retranslate()
{
    setWindowTitle(tr("Resend Message"));
    m_confirm->setText(tr("&Resend"));
    m_cancel->setText(tr("Cancel"));
    m_ui->resendSubjectLabel->setText(
        tr("Subject: %1").arg(m_subject.isEmpty() ? tr("(no subject)") : m_subject));
    m_ui->policySendAnywayButton->setToolTip(tr("Check this recipient and send the message to it anyway"));
    m_ui->policyKeepUncheckedButton->setToolTip(tr("Leave this recipient unchecked"));
    m_ui->policyWarningIcon->setAccessibleName(tr("Warning"));
    updateState();
}

void ResendDialog::updateColours()
{
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    m_ui->policyWarningFrame->setStyleSheet(
        dark ? QStringLiteral("QFrame#policyWarningFrame { background: #3d3414; border: 1px solid #8a6d1a; border-radius: 4px; }")
             : QStringLiteral("QFrame#policyWarningFrame { background: #fff6d6; border: 1px solid #e2b53e; border-radius: 4px; }"));
    m_ui->policyWarningIcon->setPixmap(Resources::icon(Resources::Icon::Warning).pixmap(QSize(20, 20)));
    m_ui->resendHeadingLabel->setFont(scaledFont(font(), 1.2, true));
    m_ui->resendHintLabel->setForegroundRole(QPalette::PlaceholderText);
    const QFontMetrics fm(font());
    m_ui->resendRecipientList->verticalHeader()->setDefaultSectionSize(fm.height() + 10);
}

void ResendDialog::resizeColumns()
{
    QTableView *list = m_ui->resendRecipientList;
    QHeaderView *header = list->horizontalHeader();
    const QFontMetrics fm(font());
    const int em = fm.horizontalAdvance(QLatin1Char('M'));
    list->resizeColumnsToContents();
    const struct { int column, min, max; } limits[] = {
        {ResendChoiceModel::SendColumn, 3 * em, 6 * em},
        {ResendChoiceModel::RecipientColumn, 7 * em, 13 * em},
        {ResendChoiceModel::AddressColumn, 11 * em, 18 * em},
        {ResendChoiceModel::ReasonColumn, 8 * em, 24 * em},
    };
    for (const auto &l : limits)
        header->resizeSection(l.column, qBound(l.min, header->sectionSize(l.column) + em, l.max));
}

void ResendDialog::fitToContents()
{
    // Wide enough for every column (the outcome's longest wording included), tall enough for
    // the rows up to a point; a long list scrolls.
    QTableView *list = m_ui->resendRecipientList;
    QHeaderView *header = list->horizontalHeader();
    const QFontMetrics fm(font());
    int columns = 0;
    for (int c = 0; c < ResendChoiceModel::OutcomeColumn; ++c)
        columns += header->sectionSize(c);
    int outcome = header->sectionSizeHint(ResendChoiceModel::OutcomeColumn);
    for (const QString &text : {tr("Will be sent again despite the policy refusal"), tr("Correct the address to resend")})
        outcome = qMax(outcome, fm.horizontalAdvance(text) + fm.horizontalAdvance(QLatin1Char('M')) * 2);
    const int frame = 2 * list->frameWidth() + list->verticalScrollBar()->sizeHint().width();
    const int margins = layout()->contentsMargins().left() + layout()->contentsMargins().right();
    const int width = qBound(560, columns + outcome + frame + margins, 1100);

    const int rows = qBound(3, m_model->rowCount(), 8);
    const int table = header->sizeHint().height() + rows * list->verticalHeader()->defaultSectionSize() + 2 * list->frameWidth();
    list->setMinimumHeight(header->sizeHint().height() + 2 * list->verticalHeader()->defaultSectionSize()
                           + 2 * list->frameWidth());
    const int others = layout()->sizeHint().height() - list->sizeHint().height();
    resize(width, others + table);
}

} // namespace Ndr
