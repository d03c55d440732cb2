#pragma once
// The standard NDR form: what kind of report this is, the original's subject and sent time,
// the recipients who did not get the message, why (in plain words and in the server's), and
// the Resend button. Widgets only: the report comes read and classified from the model.
#include "report/explanation.h"
#include "report/ndrreport.h"

#include <QStringList>
#include <QWidget>
#include <memory>

class QModelIndex;
class QPushButton;
class QTableView;

namespace Ndr {

class RecipientTableModel;
class FailedRecipientsProxy;
class RecipientDelegate;
class ResendResultBanner;
class FixItPath;
namespace Ui { class NdrForm; }

class NdrForm : public QWidget {
    Q_OBJECT
public:
    explicit NdrForm(QWidget *parent = nullptr);
    ~NdrForm() override;

    // Shows a report. readWarnings are the reader's (lenient parse) warnings; the report's
    // own warnings are added to them in the banner.
    void setReport(const Report::NdrReport &report, const QStringList &readWarnings = {});
    const Report::NdrReport &report() const;
    bool hasReport() const { return m_hasReport; }

    // Resend needs someone to resend to (a failed row) and the original to resend, and is off
    // for a suspected backscatter report until the user chooses Resend Anyway… and confirms.
    bool canResend() const;
    // The report looks like a bounce of a message the user never sent (Report::checkBackscatter).
    bool suspectedBackscatter() const { return m_hasReport && m_backscatter.likely; }
    // The user confirmed that they sent the message: Resend is on again for this report.
    bool resendConfirmedAnyway() const { return m_resendAnyway; }
    // Selects the first failed recipient (or the first row) so that its details show.
    void selectFirstFailed();
    // The selected row as an index into report().rows(); -1 when none.
    int currentReportRow() const;

    QTableView *recipientTable() const;

    // Resend: a failure report whose original is missing or only headers needs the original's
    // file first (Locate Original...); the banner says what a resend did.
    bool needsOriginal() const;
    ResendResultBanner *resendResultBanner() const { return m_resendResult; }
    QStringList readWarnings() const { return m_readWarnings; }
    // The picture of where the selected recipient's message stopped and who can fix it.
    FixItPath *fixItPath() const { return m_fixItPath; }

Q_SIGNALS:
    void resendRequested();
    void locateOriginalRequested();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void updateHeader();
    void updateBanner();
    void updateCount();
    void updateResend();
    void updateColours();
    void updateBannerColours();
    void showDetails(int reportRow);
    void onActivated(const QModelIndex &index);
    void onShowAllToggled(bool all);
    void askResendAnyway();
    // Resend is possible but for the backscatter check.
    bool resendPossible() const;
    void resizeColumns();
    void fitDetails();

    std::unique_ptr<Ui::NdrForm> m_ui;
    RecipientTableModel *m_model = nullptr;
    FailedRecipientsProxy *m_proxy = nullptr;
    RecipientDelegate *m_delegate = nullptr;
    ResendResultBanner *m_resendResult = nullptr;
    QPushButton *m_locateOriginal = nullptr;
    QPushButton *m_resendAnywayButton = nullptr;
    FixItPath *m_fixItPath = nullptr;
    QStringList m_readWarnings;
    bool m_hasReport = false;
    Report::BackscatterCheck m_backscatter;
    bool m_resendAnyway = false;
    bool m_splitterMovedByUser = false;
};

} // namespace Ndr
