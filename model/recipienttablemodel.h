#pragma once
// The Qt model over the attached original's recipient table, with each row's failure joined
// (NdrReport::rows()), and a proxy that shows the failed rows or all rows.
#include "report/ndrreport.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace Ndr {

class RecipientTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { RecipientColumn, AddressColumn, TypeColumn, StatusColumn, ReasonColumn, ColumnCount };
    enum Role {
        AddressRole = Qt::UserRole + 1,  // QString: the SMTP address
        RecipientTypeRole,               // int: PR_RECIPIENT_TYPE
        FailedRole,                      // bool
        InOriginalRole,                  // bool: among the original's recipients
        StatusCodeRole,                  // QString: "5.1.1"
        ReasonKeyRole,                   // QString: "userunknown"
        PermanentRole,                   // bool: sending again unchanged will fail (as the explanation says)
        DiagnosticRole,                  // QString: the remote server's words
        RemoteMtaRole,                   // QString
        ReportingMtaRole,                // QString
        ReportTimeRole,                  // QDateTime (UTC)
        RowIndexRole,                    // int: index into NdrReport::rows()
    };
    Q_ENUM(Role)

    explicit RecipientTableModel(QObject *parent = nullptr);

    void setReport(const Report::NdrReport &report);
    const Report::NdrReport &report() const { return m_report; }
    // The texts follow a language change (the reason column's headlines are kept once made).
    void retranslate();
    const Report::RecipientRow &row(int row) const { return m_report.rows().at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    // A failed row's reason as the form's details give it (Report::explainFailure), made when
    // first shown: the column leads with the same headline as the details.
    struct Explained {
        bool done = false;
        QString summary;
        bool permanent = true;
    };
    const Explained &explained(int row) const;

    Report::NdrReport m_report;
    mutable QList<Explained> m_explained;
};

// Shows the failed rows only (the form's default) or every row.
class FailedRecipientsProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit FailedRecipientsProxy(QObject *parent = nullptr);
    bool showsAll() const { return m_showAll; }
    void setShowAll(bool all);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_showAll = false;
};

} // namespace Ndr
