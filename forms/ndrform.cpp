#include "ndrform.h"
#include "ui_ndrform.h"

#include "fixitpath.h"
#include "pictureaccessible.h"
#include "recipientdelegate.h"
#include "recipienttablemodel.h"
#include "report/explanation.h"
#include "report/reason.h"
#include "resendresult.h"
#include "reportexplainer.h"
#include "resources.h"

#include <QCoreApplication>
#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLocale>
#include <QMessageBox>
#include <QResizeEvent>
#include <QScrollBar>
#include <QtMath>

namespace Ndr {

namespace {

constexpr int kMaxBannerWarnings = 3;

QFont scaledFont(QFont font, qreal factor, bool bold)
{
    if (font.pixelSize() > 0)
        font.setPixelSize(qRound(font.pixelSize() * factor));
    else
        font.setPointSizeF(font.pointSizeF() * factor);
    font.setBold(bold);
    return font;
}

} // namespace

NdrForm::NdrForm(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::NdrForm>())
    , m_model(new RecipientTableModel(this))
    , m_proxy(new FailedRecipientsProxy(this))
{
    m_ui->setupUi(this);
    m_proxy->setSourceModel(m_model);
    PictureAccessible::install();  // message boxes' icons named, as the form's are

    QTableView *table = m_ui->recipientTable;
    table->setModel(m_proxy);
    m_delegate = new RecipientDelegate(table);
    table->setItemDelegate(m_delegate);
    // Report order until the user sorts by a column.
    table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    table->setSortingEnabled(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    setFocusProxy(table);

    // The list takes the room the details do not need (fitDetails), until the user says otherwise.
    m_ui->detailsSplitter->setStretchFactor(0, 1);
    m_ui->detailsSplitter->setStretchFactor(1, 0);
    connect(m_ui->detailsSplitter, &QSplitter::splitterMoved, this, [this] { m_splitterMovedByUser = true; });
    m_ui->diagnosticText->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_ui->diagnosticText->document()->setDocumentMargin(3);
    m_ui->adviceLabel->setTextFormat(Qt::RichText);
    // Tab reaches the explanation (setting the interaction flags made it click-focus only);
    // the scroll area around the details is no stop of its own.
    m_ui->reasonLabel->setFocusPolicy(Qt::StrongFocus);
    m_ui->detailsScroll->setFocusPolicy(Qt::NoFocus);
    // Captions sit at the top of rows that wrap onto several lines.
    for (QLabel *caption : {m_ui->statusCaption, m_ui->diagnosticCaption, m_ui->remoteMtaCaption,
                            m_ui->reportingMtaCaption, m_ui->reportTimeCaption})
        caption->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_ui->bannerFrame->hide();
    m_ui->detailsPane->setCurrentWidget(m_ui->detailsPlaceholderPage);
    // Where the message stopped and who can fix it, as a picture under the words that say it.
    m_fixItPath = new FixItPath(m_ui->detailsPage);
    m_ui->explanationLayout->insertWidget(m_ui->explanationLayout->indexOf(m_ui->fixOwnerLabel) + 1, m_fixItPath);
    // The explanation takes the width the server names do not need.
    m_ui->detailsLayout->setStretch(0, 3);
    m_ui->detailsLayout->setStretch(1, 2);

    // Escape in the details goes back to the list.
    m_ui->reasonLabel->installEventFilter(this);
    m_ui->diagnosticText->installEventFilter(this);

    // The details follow the selection (keyboard, mouse, or an accessibility client's row
    // selection, which does not move the current index).
    connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { showDetails(currentReportRow()); });
    connect(table, &QTableView::activated, this, &NdrForm::onActivated);
    connect(m_ui->showAllCheck, &QCheckBox::toggled, this, &NdrForm::onShowAllToggled);
    connect(m_ui->resendButton, &QPushButton::clicked, this, [this] {
        if (canResend())
            Q_EMIT resendRequested();
    });

    // Resend's parts made in code: the result banner under the warning banner, and Locate
    // Original... beside Resend for a report that does not carry the original.
    m_resendResult = new ResendResultBanner(this);
    m_ui->mainLayout->insertWidget(m_ui->mainLayout->indexOf(m_ui->bannerFrame) + 1, m_resendResult);
    m_locateOriginal = new QPushButton(this);
    m_locateOriginal->setObjectName(QStringLiteral("locateOriginalButton"));
    m_locateOriginal->setAutoDefault(false);
    m_locateOriginal->hide();
    m_ui->buttonLayout->insertWidget(m_ui->buttonLayout->indexOf(m_ui->resendButton), m_locateOriginal);
    connect(m_locateOriginal, &QPushButton::clicked, this, [this] {
        if (needsOriginal())
            Q_EMIT locateOriginalRequested();
    });
    // Resend Anyway… beside Resend, where Resend is off for a suspected backscatter report.
    m_resendAnywayButton = new QPushButton(this);
    m_resendAnywayButton->setObjectName(QStringLiteral("resendAnywayButton"));
    m_resendAnywayButton->setAutoDefault(false);
    m_resendAnywayButton->hide();
    m_ui->buttonLayout->insertWidget(m_ui->buttonLayout->indexOf(m_ui->resendButton) + 1, m_resendAnywayButton);
    connect(m_resendAnywayButton, &QPushButton::clicked, this, &NdrForm::askResendAnyway);
    setTabOrder(m_ui->diagnosticText, m_locateOriginal);
    setTabOrder(m_locateOriginal, m_ui->resendButton);
    setTabOrder(m_ui->resendButton, m_resendAnywayButton);
    // The banner's buttons come after Resend, whose result they are about.
    QWidget *previous = m_resendAnywayButton;
    for (const char *name : {"showOutboxButton", "retryResendButton", "dismissResendResultButton"}) {
        QWidget *button = m_resendResult->findChild<QWidget *>(QLatin1String(name));
        setTabOrder(previous, button);
        previous = button;
    }

    updateColours();
    retranslate();
}

NdrForm::~NdrForm() = default;

QTableView *NdrForm::recipientTable() const
{
    return m_ui->recipientTable;
}

const Report::NdrReport &NdrForm::report() const
{
    return m_model->report();
}

void NdrForm::setReport(const Report::NdrReport &report, const QStringList &readWarnings)
{
    m_readWarnings = readWarnings;
    // The user's "I sent it" holds for the same report (its original located since), not another.
    const bool sameReport = m_hasReport && report.reportPtr() == m_model->report().reportPtr();
    m_resendAnyway = m_resendAnyway && sameReport;
    m_backscatter = Report::checkBackscatter(report);
    m_hasReport = true;
    m_resendResult->dismiss();  // it spoke of the report shown before
    m_delegate->setOriginalKnown(report.original() != nullptr);
    m_model->setReport(report);

    // Nothing failed (a receipt, or an NDR whose failures are not in it): list everyone
    // rather than an empty table.
    const bool showAll = report.failedCount() == 0;
    const QSignalBlocker blocker(m_ui->showAllCheck);
    m_ui->showAllCheck->setChecked(showAll);
    m_proxy->setShowAll(showAll);

    resizeColumns();
    retranslate();
    selectFirstFailed();
    fitDetails();
    m_ui->recipientTable->setFocus(Qt::OtherFocusReason);
}

void NdrForm::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitDetails();
}

void NdrForm::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    fitDetails();
}

void NdrForm::fitDetails()
{
    QSplitter *splitter = m_ui->detailsSplitter;
    if (m_splitterMovedByUser || !splitter->isVisible())
        return;
    const int total = splitter->height() - splitter->handleWidth();
    QWidget *page = m_ui->detailsPage;
    const int width = m_ui->detailsScroll->viewport()->width();
    const int content = page->hasHeightForWidth() ? page->heightForWidth(width) : page->sizeHint().height();
    const int want = content + 2 * m_ui->detailsScroll->frameWidth();
    // The list keeps room for its header and its rows, up to three, whatever the details need.
    const int rows = qBound(1, m_proxy->rowCount(), 3);
    const int minTable = m_ui->recipientTable->verticalHeader()->defaultSectionSize() * rows
        + m_ui->recipientTable->horizontalHeader()->height() + 2 * m_ui->recipientTable->frameWidth();
    const int details = qMax(0, qMin(want, total - minTable));
    splitter->setSizes({total - details, details});
}

bool NdrForm::resendPossible() const
{
    if (!m_hasReport)
        return false;
    const Report::NdrReport &r = report();
    return r.failedCount() > 0 && r.original() && !r.originalIsHeadersOnly();
}

bool NdrForm::canResend() const
{
    // Resending a bounce of someone else's spam would send their spam on from the user.
    return resendPossible() && (!m_backscatter.likely || m_resendAnyway);
}

void NdrForm::askResendAnyway()
{
    if (!resendPossible() || canResend())
        return;
    const Report::BackscatterCheck &check = m_backscatter;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Resend Anyway"), tr("Resend a message you may not have sent?"),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("resendAnywayBox"));
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(tr("The returned message says it is from %1, but this report was sent to you at %2. If "
                               "someone else used your address to send it, resending would send their mail on from "
                               "you. Resend only if you sent this message yourself.")
                                .arg(check.originalSender, check.addressee));
    QPushButton *resend = box->addButton(tr("&Resend Anyway"), QMessageBox::AcceptRole);
    resend->setObjectName(QStringLiteral("confirmResendAnywayButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, resend] {
        if (box->clickedButton() != resend)
            return;
        m_resendAnyway = true;
        updateBanner();
        updateResend();
        m_ui->resendButton->setFocus(Qt::OtherFocusReason);
        Q_EMIT resendRequested();
    });
    box->open();
}

bool NdrForm::needsOriginal() const
{
    if (!m_hasReport)
        return false;
    const Report::NdrReport &r = report();
    const bool failure = r.kind() == Report::Kind::NonDelivery || r.kind() == Report::Kind::Delay;
    return failure && r.failedCount() > 0 && (!r.original() || r.originalIsHeadersOnly());
}

void NdrForm::selectFirstFailed()
{
    QTableView *table = m_ui->recipientTable;
    const int rows = m_proxy->rowCount();
    if (rows == 0) {
        table->selectionModel()->clear();
        showDetails(-1);
        return;
    }
    int target = 0;
    for (int i = 0; i < rows; ++i) {
        if (m_proxy->index(i, 0).data(RecipientTableModel::FailedRole).toBool()) {
            target = i;
            break;
        }
    }
    // The current index selects its whole row (not selectRow: right to left, Qt 6.4
    // finds no column for it and clears the selection).
    table->setCurrentIndex(m_proxy->index(target, 0));
    table->scrollTo(m_proxy->index(target, 0));
}

int NdrForm::currentReportRow() const
{
    const QModelIndexList selected = m_ui->recipientTable->selectionModel()->selectedRows();
    if (selected.isEmpty())
        return -1;
    return m_proxy->mapToSource(selected.first()).row();
}

void NdrForm::changeEvent(QEvent *event)
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
    QWidget::changeEvent(event);
}

bool NdrForm::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress && (watched == m_ui->reasonLabel || watched == m_ui->diagnosticText)) {
        if (static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
            m_ui->recipientTable->setFocus(Qt::ShortcutFocusReason);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void NdrForm::retranslate()
{
    updateHeader();
    updateBanner();
    updateCount();
    updateResend();
    showDetails(currentReportRow());
}

void NdrForm::updateHeader()
{
    using Report::Kind;
    const Kind kind = m_hasReport ? report().kind() : Kind::NonDelivery;
    const QString heading = ReportExplainer::heading(kind);
    m_ui->headingLabel->setText(heading);
    m_ui->headingLabel->setAccessibleName(heading);

    const bool failure = kind == Kind::NonDelivery || kind == Kind::Delay;
    const QIcon icon = Resources::icon(failure ? Resources::Icon::App : Resources::Icon::Receipt);
    m_ui->kindIcon->setPixmap(icon.pixmap(QSize(48, 48)));
    m_ui->kindIcon->setAccessibleName(failure ? tr("Undelivered message") : tr("Report"));

    if (!m_hasReport) {
        m_ui->subjectValue->clear();
        m_ui->sentValue->clear();
    } else {
        const QString subject = report().originalSubject();
        m_ui->subjectValue->setText(subject.isEmpty() ? tr("(no subject)") : subject);
        const QDateTime sent = report().originalSentTime();
        m_ui->sentValue->setText(sent.isValid() ? ReportExplainer::formatTime(sent) : tr("unknown"));
    }

    const bool all = m_ui->showAllCheck->isChecked();
    if (!failure)
        m_ui->recipientsLabel->setText(tr("Reci&pients:"));
    else if (all)
        m_ui->recipientsLabel->setText(tr("Reci&pients of the message:"));
    else
        m_ui->recipientsLabel->setText(tr("Reci&pients who did not receive the message:"));
}

void NdrForm::updateBanner()
{
    QStringList paragraphs;
    if (m_hasReport) {
        const Report::NdrReport &r = report();
        const bool failure = r.kind() == Report::Kind::NonDelivery || r.kind() == Report::Kind::Delay;
        if (failure && !r.original()) {
            paragraphs << tr("<b>The original message is missing.</b> This report does not include a copy of your "
                             "message. The recipients it could not reach are still listed below; to resend, use "
                             "Locate Original… to choose your copy of the message (.msg or .eml).");
        } else if (failure && r.originalIsQuoted()) {
            paragraphs << tr("<b>This report quotes your message only as text.</b> Its subject and recipients are "
                             "read from there; to resend, use Locate Original… to choose your copy of the message "
                             "(.msg or .eml).");
        } else if (failure && r.originalIsHeadersOnly()) {
            paragraphs << tr("<b>Only the headers of the original message came back.</b> Its text and attachments "
                             "are not in this report; to resend, use Locate Original… to choose your copy of the "
                             "message (.msg or .eml).");
        }
        if (QString note = ReportExplainer::backscatterNote(r); !note.isEmpty()) {
            if (resendPossible() && !canResend())
                note += QLatin1Char(' ') + tr("Resend is turned off for this report. If you sent the message yourself, "
                                              "use Resend Anyway….").toHtmlEscaped();
            paragraphs << note;
        }
        QStringList warnings = m_readWarnings + r.warnings();
        warnings.removeDuplicates();
        if (!warnings.isEmpty()) {
            QString list;
            for (int i = 0; i < warnings.size() && i < kMaxBannerWarnings; ++i)
                list += QStringLiteral("<li>%1</li>").arg(warnings.at(i).toHtmlEscaped());
            if (warnings.size() > kMaxBannerWarnings)
                list += QStringLiteral("<li>%1</li>").arg(tr("and %1 more").arg(warnings.size() - kMaxBannerWarnings));
            paragraphs << tr("<b>Parts of this report could not be read.</b> What could be read is shown.")
                              + QStringLiteral("<ul style=\"margin-top:2px; margin-bottom:0px;\">%1</ul>").arg(list);
        }
    }
    m_ui->bannerLabel->setText(paragraphs.join(QStringLiteral("<br>")));
    m_ui->bannerFrame->setVisible(!paragraphs.isEmpty());
    updateBannerColours();
    m_ui->bannerLabel->setAccessibleName(m_ui->bannerLabel->text());
    m_ui->bannerIcon->setAccessibleName(tr("Warning"));
}

void NdrForm::updateCount()
{
    QString text;
    if (m_hasReport) {
        const Report::NdrReport &r = report();
        const int failed = r.failedCount();
        const int total = r.rows().size();
        if (failed > 0 && total == 1)
            text = tr("The recipient did not receive the message.");
        else if (failed > 0)
            text = tr("%1 of %2 recipients did not receive the message.")
                       .arg(QLocale().toString(failed), QLocale().toString(total));
        else if (r.kind() == Report::Kind::NonDelivery || r.kind() == Report::Kind::Delay)
            text = tr("This report names no recipient who failed to receive the message.");
    }
    m_ui->countLabel->setText(text);
}

void NdrForm::updateResend()
{
    const bool enabled = canResend();
    m_ui->resendButton->setEnabled(enabled);
    QString why;
    if (!m_hasReport || enabled)
        why = tr("Send the message again to the recipients who did not receive it");
    else if (report().failedCount() == 0)
        why = tr("There is no recipient to resend the message to.");
    else if (needsOriginal())
        why = tr("The original message is not attached to this report: use Locate Original… to choose its file, "
                 "then resend.");
    else if (resendPossible())
        why = tr("Resend is turned off: this report seems to be about a message you did not send (backscatter), and "
                 "resending it would send someone else's mail on from you. If you sent it yourself, use Resend "
                 "Anyway….");
    else
        why = tr("The original message is not attached to this report, so it cannot be resent from here.");
    m_ui->resendButton->setToolTip(why);
    m_ui->resendButton->setAccessibleDescription(why);

    m_locateOriginal->setVisible(needsOriginal());
    m_locateOriginal->setText(tr("&Locate Original…"));
    const QString locate = tr("Choose your copy of the original message (.msg or .eml) to resend it");
    m_locateOriginal->setToolTip(locate);
    m_locateOriginal->setAccessibleDescription(locate);

    m_resendAnywayButton->setVisible(resendPossible() && !enabled);
    m_resendAnywayButton->setText(tr("Resend Any&way…"));
    const QString anyway = tr("Resend this message after confirming that you sent it yourself");
    m_resendAnywayButton->setToolTip(anyway);
    m_resendAnywayButton->setAccessibleDescription(anyway);
}

void NdrForm::updateColours()
{
    updateBannerColours();

    const QFont base = font();
    m_ui->headingLabel->setFont(scaledFont(base, 1.3, true));
    m_ui->recipientHeading->setFont(scaledFont(base, 1.1, true));
    m_ui->reasonSummaryLabel->setFont(scaledFont(base, 1.0, true));
    QFont italic = base;
    italic.setItalic(true);
    m_ui->notInOriginalLabel->setFont(italic);
    m_ui->subjectCaption->setForegroundRole(QPalette::PlaceholderText);
    m_ui->sentCaption->setForegroundRole(QPalette::PlaceholderText);

    const QFontMetrics fm(base);
    m_ui->recipientTable->verticalHeader()->setDefaultSectionSize(fm.height() + 10);
    // Four lines of the server's words; longer texts scroll.
    const int margin = qCeil(m_ui->diagnosticText->document()->documentMargin());
    m_ui->diagnosticText->setFixedHeight(fm.lineSpacing() * 4 + 2 * (m_ui->diagnosticText->frameWidth() + margin) + 2);
    showDetails(currentReportRow());
}

void NdrForm::updateBannerColours()
{
    if (m_ui->bannerFrame->isHidden())
        return;  // updateBanner colours it when it shows; rendering the icon early slows start-up
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    // A calm amber, readable in both themes.
    const QString sheet =
        dark ? QStringLiteral("QFrame#bannerFrame { background: #3d3414; border: 1px solid #8a6d1a; border-radius: 4px; }")
             : QStringLiteral("QFrame#bannerFrame { background: #fff6d6; border: 1px solid #e2b53e; border-radius: 4px; }");
    if (m_ui->bannerFrame->styleSheet() == sheet)
        return;
    m_ui->bannerFrame->setStyleSheet(sheet);
    m_ui->bannerIcon->setPixmap(Resources::icon(Resources::Icon::Warning).pixmap(QSize(20, 20)));
}

void NdrForm::resizeColumns()
{
    QTableView *table = m_ui->recipientTable;
    QHeaderView *header = table->horizontalHeader();
    const QFontMetrics fm(font());
    const int em = fm.horizontalAdvance(QLatin1Char('M'));
    table->resizeColumnsToContents();
    // Keep the names and addresses from crowding out the reason, and every column legible.
    const struct { int column, min, max; } limits[] = {
        {RecipientTableModel::RecipientColumn, 8 * em, 16 * em},
        {RecipientTableModel::AddressColumn, 10 * em, 20 * em},
        {RecipientTableModel::TypeColumn, 3 * em, 11 * em},
        {RecipientTableModel::StatusColumn, 4 * em, 24 * em},
    };
    for (const auto &l : limits)
        header->resizeSection(l.column, qBound(l.min, header->sectionSize(l.column) + em, l.max));
}

void NdrForm::onActivated(const QModelIndex &index)
{
    // Enter on a row: its details, and the reading focus on them.
    m_ui->recipientTable->setCurrentIndex(index);
    showDetails(currentReportRow());
    m_ui->detailsScroll->verticalScrollBar()->setValue(0);
    if (m_ui->detailsPane->currentWidget() == m_ui->detailsPage)
        m_ui->reasonLabel->setFocus(Qt::OtherFocusReason);
}

void NdrForm::onShowAllToggled(bool all)
{
    const int keep = currentReportRow();
    m_proxy->setShowAll(all);
    updateHeader();
    resizeColumns();
    for (int i = 0; i < m_proxy->rowCount(); ++i) {
        if (m_proxy->mapToSource(m_proxy->index(i, 0)).row() == keep) {
            m_ui->recipientTable->setCurrentIndex(m_proxy->index(i, 0));
            return;
        }
    }
    selectFirstFailed();
}

void NdrForm::showDetails(int reportRow)
{
    if (!m_hasReport || reportRow < 0 || reportRow >= report().rows().size()) {
        m_ui->detailsPane->setCurrentWidget(m_ui->detailsPlaceholderPage);
        return;
    }
    const Report::NdrReport &r = report();
    const Report::RecipientRow &row = r.rows().at(reportRow);
    m_ui->detailsPane->setCurrentWidget(m_ui->detailsPage);

    m_ui->recipientHeading->setText(ReportExplainer::recipientText(row));
    m_ui->notInOriginalLabel->setVisible(r.original() && !row.inOriginal());
    m_ui->notInOriginalLabel->setText(ReportExplainer::notInOriginalNote());

    const bool failed = row.failed();
    const Report::Failure failure = row.failure ? *row.failure : Report::Failure{};
    const StatusColours colours = StatusColours::forPalette(palette());
    const bool dark = palette().color(QPalette::Window).lightness() < 128;

    m_ui->adviceLabel->setVisible(failed);
    m_ui->permanenceLabel->setVisible(failed);
    m_ui->fixOwnerLabel->setVisible(failed);
    m_ui->permanenceBadge->setVisible(failed);
    m_fixItPath->setVisible(failed);
    QString statusMeaning;  // where the explanation reads the status otherwise than RFC 3463
    if (failed) {
        // The reason in plain words, read again with the status, the server's words and who
        // reported it (Exchange Online's 5.2.2 is the sender's sending limit, not a full mailbox).
        const Report::Explanation e = Report::explainFailure(failure, r.reportingMta());
        statusMeaning = e.statusMeaning;
        m_ui->reasonSummaryLabel->setText(e.summary);
        m_ui->reasonLabel->setText(e.plain);
        m_ui->adviceLabel->setText(QStringLiteral("<b>%1</b> %2").arg(tr("What you can do:").toHtmlEscaped(),
                                                                        e.advice.toHtmlEscaped()));
        const bool permanent = e.permanent;
        m_ui->permanenceBadge->setText(permanent ? tr("Permanent") : tr("Temporary"));
        const QColor fg = permanent ? colours.permanent : colours.temporary;
        QColor bg = fg;
        bg.setAlpha(dark ? 60 : 28);
        m_ui->permanenceBadge->setStyleSheet(
            QStringLiteral("QLabel { color: %1; background: rgba(%2, %3, %4, %5); border: 1px solid %1; "
                           "border-radius: 3px; padding: 1px 6px; font-weight: bold; }")
                .arg(fg.name()).arg(bg.red()).arg(bg.green()).arg(bg.blue()).arg(bg.alpha()));
        if (e.delayed)
            m_ui->permanenceLabel->setText(tr("This is a temporary problem: the mail server is still trying to "
                                              "deliver the message. You do not need to do anything yet."));
        else if (permanent)
            m_ui->permanenceLabel->setText(tr("This is a permanent failure: sending the message again unchanged "
                                              "will fail again."));
        else
            m_ui->permanenceLabel->setText(tr("This is a temporary problem: sending the message again later may "
                                              "work."));
        m_ui->fixOwnerLabel->setText(QStringLiteral("<b>%1</b> %2").arg(tr("Who can fix it:").toHtmlEscaped(),
                                                                          Report::fixOwnerPhrase(e.owner).toHtmlEscaped()));
        m_fixItPath->setPath(e.stoppedAt, e.owner, e.delayed);
    } else if (row.failure) {
        const QString action = failure.action.toLower();
        if (action == QLatin1String("delivered"))
            m_ui->reasonSummaryLabel->setText(tr("Delivered"));
        else if (action == QLatin1String("relayed"))
            m_ui->reasonSummaryLabel->setText(tr("Passed on to another mail system"));
        else if (action == QLatin1String("expanded"))
            m_ui->reasonSummaryLabel->setText(tr("Delivered to the members of a list"));
        else
            m_ui->reasonSummaryLabel->setText(tr("No problem reported"));
        m_ui->reasonLabel->setText(tr("The report does not say that this recipient missed the message."));
    } else {
        m_ui->reasonSummaryLabel->setText(tr("No problem reported"));
        m_ui->reasonLabel->setText(tr("The report does not say that this recipient missed the message."));
    }

    // The summary is a few words: on one line beside its badge where they fit in about 36
    // characters, wrapped only beyond that (a wrapping label alone would break it early).
    QLabel *summary = m_ui->reasonSummaryLabel;
    const QFontMetrics summaryMetrics(summary->font());
    summary->setMinimumWidth(qMin(summaryMetrics.horizontalAdvance(summary->text()) + 2,
                                  summaryMetrics.horizontalAdvance(QLatin1Char('x')) * 36));

    // Technical details: the raw facts, untranslated where they are the server's own words.
    const QString dash = QStringLiteral("—");
    const QStringList status = ReportExplainer::statusLines(failure, statusMeaning);
    // MAPI names (MAPI_DIAG_MAIL_RECIPIENT_UNKNOWN) may break after an underscore, so that the
    // details fit narrow windows and longer languages; screen readers get them whole.
    const QString statusText = status.isEmpty() ? dash : status.join(QLatin1Char('\n'));
    m_ui->statusLabel->setText(QString(statusText).replace(QLatin1Char('_'), QStringLiteral("_\u200B")));
    m_ui->statusLabel->setAccessibleName(statusText);

    QString diagnostic = failure.diagnosticCode;
    if (diagnostic.isEmpty())
        diagnostic = failure.supplementaryInfo;
    m_ui->diagnosticText->setPlainText(diagnostic.isEmpty() ? dash : diagnostic);

    m_ui->remoteMtaLabel->setText(failure.remoteMta.isEmpty() ? dash : failure.remoteMta);
    const QString reporter = failure.reportingMta.isEmpty() ? r.reportingMta() : failure.reportingMta;
    m_ui->reportingMtaLabel->setText(reporter.isEmpty() ? dash : reporter);
    const QDateTime when = failure.reportTime.isValid() ? failure.reportTime : r.reportTime();
    m_ui->reportTimeLabel->setText(when.isValid() ? ReportExplainer::formatTime(when) : dash);

    m_ui->detailsPane->setAccessibleDescription(
        QStringLiteral("%1. %2 %3").arg(m_ui->recipientHeading->text(), m_ui->reasonSummaryLabel->text(),
                                        m_ui->reasonLabel->text()));
}

} // namespace Ndr
