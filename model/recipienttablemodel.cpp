#include "recipienttablemodel.h"

#include "report/explanation.h"

#include <QCoreApplication>

namespace Ndr {

using Report::RecipientRow;

RecipientTableModel::RecipientTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void RecipientTableModel::setReport(const Report::NdrReport &report)
{
    beginResetModel();
    m_report = report;
    m_explained = QList<Explained>(m_report.rows().size());
    endResetModel();
}

void RecipientTableModel::retranslate()
{
    m_explained = QList<Explained>(m_report.rows().size());
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

const RecipientTableModel::Explained &RecipientTableModel::explained(int row) const
{
    Explained &e = m_explained[row];
    if (!e.done) {
        const Report::Explanation x = Report::explainFailure(*m_report.rows().at(row).failure, m_report.reportingMta());
        e = Explained{true, x.summary, x.permanent};
    }
    return e;
}

int RecipientTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_report.rows().size());
}

int RecipientTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

static QString typeText(qint32 type)
{
    const QString name = Mapi::recipientTypeName(type);
    if (name == QLatin1String("cc"))
        return QCoreApplication::translate("Ndr::RecipientTableModel", "Cc");
    if (name == QLatin1String("bcc"))
        return QCoreApplication::translate("Ndr::RecipientTableModel", "Bcc");
    if (name == QLatin1String("orig"))
        return QCoreApplication::translate("Ndr::RecipientTableModel", "Originator");
    return QCoreApplication::translate("Ndr::RecipientTableModel", "To");
}

// What happened, and whether the same message may get through later; "Delayed" only where
// the server says it is still trying (Action: delayed), not for a temporary cause it gave up on.
static QString statusText(const RecipientRow &row, bool permanent)
{
    if (!row.failure)
        return QCoreApplication::translate("Ndr::RecipientTableModel", "Not reported");
    const Report::Failure &f = *row.failure;
    if (!f.isFailure())
        return QCoreApplication::translate("Ndr::RecipientTableModel", "Delivered");
    const QString kind = f.isDelayed() ? QCoreApplication::translate("Ndr::RecipientTableModel", "Delayed, temporary")
        : permanent                    ? QCoreApplication::translate("Ndr::RecipientTableModel", "Failed")
                                       : QCoreApplication::translate("Ndr::RecipientTableModel", "Failed, temporary");
    return f.status.isEmpty() ? kind : QStringLiteral("%1 (%2)").arg(kind, f.status);
}

QVariant RecipientTableModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const RecipientRow &r = m_report.rows().at(index.row());
    const Report::Failure *f = r.failure ? &*r.failure : nullptr;

    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case RecipientColumn:
            return r.displayName.isEmpty() ? r.address : r.displayName;
        case AddressColumn:
            return r.address;
        case TypeColumn:
            if (r.inOriginal())
                return typeText(r.recipientType);
            // Without the original nobody knows how the recipient was addressed.
            return m_report.original() ? QCoreApplication::translate("Ndr::RecipientTableModel", "Not addressed")
                                       : QCoreApplication::translate("Ndr::RecipientTableModel", "Unknown");
        case StatusColumn:
            return statusText(r, f && f->isFailure() && explained(index.row()).permanent);
        case ReasonColumn:
            return f && f->isFailure() ? explained(index.row()).summary : QVariant();
        }
        return {};
    case AddressRole:
        return r.address;
    case RecipientTypeRole:
        return r.recipientType;
    case FailedRole:
        return r.failed();
    case InOriginalRole:
        return r.inOriginal();
    case StatusCodeRole:
        return f ? f->status : QString();
    case ReasonKeyRole:
        return f ? f->reason : QString();
    case PermanentRole:
        if (f && f->isFailure())
            return explained(index.row()).permanent;  // Exchange Online's 5.2.2 passes
        return f ? f->isPermanent() : false;
    case DiagnosticRole:
        return f ? f->diagnosticCode : QString();
    case RemoteMtaRole:
        return f ? f->remoteMta : QString();
    case ReportingMtaRole:
        return f ? f->reportingMta : QString();
    case ReportTimeRole:
        return f ? f->reportTime : QDateTime();
    case RowIndexRole:
        return index.row();
    }
    return {};
}

QVariant RecipientTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RecipientColumn: return QCoreApplication::translate("Ndr::RecipientTableModel", "Recipient");
    case AddressColumn: return QCoreApplication::translate("Ndr::RecipientTableModel", "Address");
    case TypeColumn: return QCoreApplication::translate("Ndr::RecipientTableModel", "Type");
    case StatusColumn: return QCoreApplication::translate("Ndr::RecipientTableModel", "Status");
    case ReasonColumn: return QCoreApplication::translate("Ndr::RecipientTableModel", "Reason");
    }
    return {};
}

QHash<int, QByteArray> RecipientTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert({{AddressRole, "address"},
                  {RecipientTypeRole, "recipientType"},
                  {FailedRole, "failed"},
                  {InOriginalRole, "inOriginal"},
                  {StatusCodeRole, "statusCode"},
                  {ReasonKeyRole, "reasonKey"},
                  {PermanentRole, "permanent"},
                  {DiagnosticRole, "diagnostic"},
                  {RemoteMtaRole, "remoteMta"},
                  {ReportingMtaRole, "reportingMta"},
                  {ReportTimeRole, "reportTime"},
                  {RowIndexRole, "rowIndex"}});
    return names;
}

FailedRecipientsProxy::FailedRecipientsProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void FailedRecipientsProxy::setShowAll(bool all)
{
    if (all == m_showAll)
        return;
    m_showAll = all;
    invalidateFilter();
}

bool FailedRecipientsProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_showAll)
        return true;
    return sourceModel()->index(sourceRow, 0, sourceParent).data(RecipientTableModel::FailedRole).toBool();
}

} // namespace Ndr
