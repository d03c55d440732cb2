#pragma once
// The resend dialog: who receives the message again. One row per failed recipient, with a
// check box, the address (editable: correct it before resending) and the reason in short
// words. Safe-resend gates per recipient (DESIGN.md "Resend"; user needs N3, N5, N13):
//  - a permanent address failure (5.1.x; userunknown, hostunknown, hasmoved, notaccept) cannot
//    go to the unchanged address: unchecked, and checkable only once corrected;
//  - a temporary failure (4.x.x, delayed) and any other failure resend directly: checked;
//  - a policy refusal (5.7.x; securityerror, policyviolation, spamdetected, blocked, ...) is
//    checked only after the user confirms a warning shown inline.
// The dialog returns the choices for Resend::ResendEngine; it sends nothing itself.
#include "report/ndrreport.h"
#include "resend/resendengine.h"

#include <QAbstractTableModel>
#include <QDialog>
#include <memory>

class QPushButton;
class QTableView;

namespace Ndr {

namespace Ui { class ResendDialog; }

// How a failed recipient may be sent to again.
enum class ResendGate {
    Direct,           // temporary or other failures: checked by default
    AddressMustChange,  // permanent address failure: only to a corrected address
    PolicyConfirm,    // refused by policy: only after the user confirms the warning
};
// permanent: as the form's details explain it (Report::Explanation::permanent).
ResendGate resendGate(const Report::Failure &failure, bool permanent);
// The simple syntax check a corrected address must pass: local@domain.tld, no spaces or brackets.
bool isPlausibleAddress(const QString &address);

// The dialog's rows: a QAbstractTableModel over plain structs (STYLE.md "Models").
class ResendChoiceModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { SendColumn, RecipientColumn, AddressColumn, ReasonColumn, OutcomeColumn, ColumnCount };
    enum Role {
        ReportRowRole = Qt::UserRole + 1,  // int: index into NdrReport::rows()
        GateRole,                          // int: ResendGate
        SendableRole,                      // bool: would go out as it stands if checked
        CorrectedRole,                     // bool: the address differs from the reported one
        OriginalAddressRole,               // QString: the address the report gave
        NeedsAttentionRole,                // bool: the outcome is a problem to fix (shown in red)
    };
    Q_ENUM(Role)

    explicit ResendChoiceModel(QObject *parent = nullptr);

    void setReport(const Report::NdrReport &report);
    // The texts follow a language change.
    void retranslate();
    // Restores earlier choices (a retry): rows named are checked, their corrections kept,
    // their policy warning taken as confirmed; the others are unchecked.
    void applyChoices(const QList<Resend::Choice> &choices);
    QList<Resend::Choice> choices() const;

    bool isChecked(int row) const { return m_entries.at(row).checked; }
    bool isSendable(int row) const;
    bool isCheckable(int row) const;
    // Confirms row's policy warning and checks it.
    void confirmPolicy(int row);
    int checkedCount() const;
    // At least one row checked, and every checked row sendable.
    bool canConfirm() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // The user tried to check a row refused by policy: the dialog asks before it is checked.
    void policyConfirmationRequested(int row);
    void choicesChanged();

private:
    struct Entry {
        int reportRow = -1;
        QString name;
        QString reportedAddress;
        QString address;  // as edited; starts as the reported one
        QString reasonKey;  // "userunknown"
        QString status;     // "5.1.1"
        Report::Failure failure;
        QString summary, plain;  // the reason as the form's details explain it (Report::explainFailure)
        bool permanent = false;  // likewise
        ResendGate gate = ResendGate::Direct;
        bool checked = false;
        bool policyConfirmed = false;
    };
    bool corrected(const Entry &e) const;
    QString outcomeText(const Entry &e) const;
    bool needsAttention(const Entry &e) const;
    void setChecked(int row, bool checked);
    void rowChanged(int row);
    void explain(Entry &e) const;

    QList<Entry> m_entries;
    QString m_reportingMta;
};

class ResendDialog : public QDialog {
    Q_OBJECT
public:
    explicit ResendDialog(QWidget *parent = nullptr);
    ~ResendDialog() override;

    void setReport(const Report::NdrReport &report);
    // Earlier choices of the same report (after a failed submission).
    void setChoices(const QList<Resend::Choice> &choices);
    QList<Resend::Choice> choices() const;

    ResendChoiceModel *choiceModel() const { return m_model; }
    QTableView *recipientList() const;
    QPushButton *confirmButton() const;

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void updateState();
    void askPolicy(int row);
    void answerPolicy(bool send);
    void resizeColumns();
    void fitToContents();
    void updateColours();

    std::unique_ptr<Ui::ResendDialog> m_ui;
    ResendChoiceModel *m_model = nullptr;
    QPushButton *m_confirm = nullptr;
    QPushButton *m_cancel = nullptr;
    int m_pendingPolicyRow = -1;
    QString m_subject;
};

} // namespace Ndr
