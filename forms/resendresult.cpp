#include "resendresult.h"

#include "resources.h"

#include <QAccessibleWidget>
#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>

namespace Ndr {

namespace {

// An alert to screen readers: Orca reads an alert when it appears (AT-SPI "showing"); Qt 6.4
// gives a widget that role only through a factory.
QAccessibleInterface *bannerAccessible(const QString &key, QObject *object)
{
    if (key == QLatin1String("Ndr::ResendResultBanner") && object && object->isWidgetType())
        return new QAccessibleWidget(static_cast<QWidget *>(object), QAccessible::AlertMessage);
    return nullptr;
}

// The result is said as well as shown (Windows and macOS take the Alert event; AT-SPI the
// showing and description changes).
void announce(QWidget *banner)
{
    QAccessibleEvent alert(banner, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
}

} // namespace

ResendResultBanner::ResendResultBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_label(new QLabel(this))
    , m_showOutbox(new QPushButton(this))
    , m_retry(new QPushButton(this))
    , m_dismiss(new QPushButton(this))
{
    static const bool accessibleAsAlert = (QAccessible::installFactory(bannerAccessible), true);
    Q_UNUSED(accessibleAsAlert);
    setObjectName(QStringLiteral("resendResultFrame"));
    setFrameShape(QFrame::StyledPanel);
    m_icon->setObjectName(QStringLiteral("resendResultIcon"));
    m_icon->setFixedSize(20, 20);
    m_label->setObjectName(QStringLiteral("resendResultLabel"));
    m_label->setTextFormat(Qt::RichText);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_showOutbox->setObjectName(QStringLiteral("showOutboxButton"));
    m_retry->setObjectName(QStringLiteral("retryResendButton"));
    m_dismiss->setObjectName(QStringLiteral("dismissResendResultButton"));
    for (QPushButton *b : {m_showOutbox, m_retry, m_dismiss})
        b->setAutoDefault(false);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 7, 10, 7);
    layout->setSpacing(10);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_showOutbox, 0, Qt::AlignVCenter);
    layout->addWidget(m_retry, 0, Qt::AlignVCenter);
    layout->addWidget(m_dismiss, 0, Qt::AlignVCenter);

    connect(m_showOutbox, &QPushButton::clicked, this, &ResendResultBanner::showOutboxRequested);
    connect(m_retry, &QPushButton::clicked, this, &ResendResultBanner::retryRequested);
    connect(m_dismiss, &QPushButton::clicked, this, &ResendResultBanner::dismiss);

    hide();
    updateColours();
    retranslate();
}

void ResendResultBanner::showSent(int recipientCount, const QString &storePath, qint64 messageId)
{
    m_state = State::Sent;
    m_count = recipientCount;
    m_storePath = storePath;
    m_messageId = messageId;
    m_detail.clear();
    updateColours();
    retranslate();
    show();
    announce(this);
}

void ResendResultBanner::showFailed(const QString &storePath, const QString &detail)
{
    m_state = State::Failed;
    m_storePath = storePath;
    m_detail = detail;
    updateColours();
    retranslate();
    show();
    announce(this);
}

void ResendResultBanner::dismiss()
{
    m_state = State::Hidden;
    hide();
}

QString ResendResultBanner::text() const
{
    return m_label->text();
}

void ResendResultBanner::retranslate()
{
    const QString store = QDir::toNativeSeparators(m_storePath);
    QString text, plain;
    switch (m_state) {
    case State::Hidden:
        break;
    case State::Sent:
        // English needs no translation file for its plural: the singular is a text of its own.
        plain = (m_count == 1
                     ? tr("Sent again to 1 recipient. The message is in the Outbox of %1 (message %2).")
                     : tr("Sent again to %n recipients. The message is in the Outbox of %1 (message %2).", nullptr,
                          m_count))
                    .arg(store, QLocale().toString(m_messageId));
        text = plain.toHtmlEscaped();
        break;
    case State::Failed: {
        // The model's words start with the file's path; it is named once, in our sentence.
        QString detail = m_detail;
        if (detail.startsWith(store + QLatin1String(": ")))
            detail = detail.mid(store.size() + 2);
        const QString headline = tr("The message was not sent again.");
        const QString body = m_storePath.isEmpty()
            ? tr("It could not be prepared: %1. Nothing was changed and your choices are kept.").arg(detail)
            : tr("The message store %1 did not take it: %2. Nothing was changed and your choices are kept; fix "
                 "the problem, then try again.")
                  .arg(store, detail);
        plain = headline + QLatin1Char(' ') + body;
        text = QStringLiteral("<b>%1</b> %2").arg(headline.toHtmlEscaped(), body.toHtmlEscaped());
        break;
    }
    }
    m_label->setText(text);
    m_label->setAccessibleName(plain);
    setAccessibleName(m_state == State::Failed ? tr("Resend failed") : tr("Resend result"));
    setAccessibleDescription(plain);
    // The icon is named for what it shows, as every icon of the forms is (never an unnamed image).
    m_icon->setAccessibleName(m_state == State::Failed ? tr("Warning") : tr("Sent"));

    m_showOutbox->setText(tr("Show &Outbox"));
    m_showOutbox->setToolTip(tr("Open the Outbox of %1").arg(store));
    m_showOutbox->setVisible(m_state == State::Sent);
    m_retry->setText(tr("&Try Again…"));
    m_retry->setToolTip(tr("Open the resend dialog again with the same choices"));
    m_retry->setVisible(m_state == State::Failed);
    m_dismiss->setText(tr("Dismiss"));
    m_dismiss->setToolTip(tr("Hide this message"));
}

void ResendResultBanner::updateColours()
{
    if (m_state == State::Hidden)
        return;  // showSent and showFailed colour it; rendering the icons early slows start-up
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    QString sheet;
    if (m_state == State::Failed) {
        sheet = dark ? QStringLiteral("QFrame#resendResultFrame { background: #43201f; border: 1px solid #a8443f; border-radius: 4px; }")
                     : QStringLiteral("QFrame#resendResultFrame { background: #fde8e6; border: 1px solid #d0605a; border-radius: 4px; }");
        m_icon->setPixmap(Resources::icon(Resources::Icon::Warning).pixmap(QSize(20, 20)));
    } else {
        sheet = dark ? QStringLiteral("QFrame#resendResultFrame { background: #1d3524; border: 1px solid #3f8a55; border-radius: 4px; }")
                     : QStringLiteral("QFrame#resendResultFrame { background: #e6f4ea; border: 1px solid #5aa672; border-radius: 4px; }");
        m_icon->setPixmap(style()->standardIcon(QStyle::SP_DialogApplyButton).pixmap(QSize(20, 20)));
    }
    // A style sheet set on this frame itself changes its style: only when it differs, or the
    // change event would come back here for ever.
    if (styleSheet() != sheet)
        setStyleSheet(sheet);
}

void ResendResultBanner::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::LanguageChange:
        retranslate();
        break;
    case QEvent::PaletteChange:
        updateColours();
        break;
    default:
        break;
    }
    QFrame::changeEvent(event);
}

} // namespace Ndr
