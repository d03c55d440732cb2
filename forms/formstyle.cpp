#include "formstyle.h"
#include "resources.h"

#include <QGroupBox>
#include <QIconEngine>
#include <QPainter>
#include <QPointer>
#include <QStyleFactory>
#include <QStyleOption>
#include <qdrawutil.h>

namespace Ndr {
namespace {

// A standard icon asked of the base style the first time anyone needs it.
class DeferredIconEngine final : public QIconEngine
{
public:
    DeferredIconEngine(QStyle *style, QStyle::StandardPixmap which, const QWidget *widget)
        : m_style(style), m_which(which), m_widget(widget) {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        icon().paint(painter, rect, Qt::AlignCenter, mode, state);
    }
    // Sizes here are in device pixels (QIcon::pixmap scales them before it asks).
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return icon().pixmap(size, 1.0, mode, state);
    }
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return icon().actualSize(size, mode, state);
    }
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override
    {
        return icon().availableSizes(mode, state);
    }
    bool isNull() override { return icon().isNull(); }
    QString iconName() override { return icon().name(); }
    QString key() const override { return QStringLiteral("ndr-deferred"); }
    QIconEngine *clone() const override { return new DeferredIconEngine(*this); }

private:
    const QIcon &icon()
    {
        if (!m_made) {
            m_made = true;
            if (m_style)
                m_icon = m_style->standardIcon(m_which, nullptr, m_widget);
        }
        return m_icon;
    }

    QPointer<QStyle> m_style;
    QStyle::StandardPixmap m_which;
    QPointer<const QWidget> m_widget;
    bool m_made = false;
    QIcon m_icon;
};

// Fusion's facts: its frame picture, the picture's border, the gap above the frame.
constexpr QLatin1String kFusionGroupBoxFrame(":/qt-project.org/styles/commonstyle/images/fusion_groupbox.png");
constexpr int kGroupBoxFrameBorder = 6;
constexpr int kGroupBoxTopMargin = 3;

} // namespace

FormStyle::FormStyle()
    : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion"))),
      m_groupBoxFrame(QPixmap::fromImage(Resources::readPng(kFusionGroupBoxFrame)))
{
}

QIcon FormStyle::standardIcon(StandardPixmap which, const QStyleOption *option, const QWidget *widget) const
{
    // An option may not outlive this call, so only an icon asked for without one waits.
    if (option)
        return QProxyStyle::standardIcon(which, option, widget);
    return QIcon(new DeferredIconEngine(baseStyle(), which, widget));
}

void FormStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                              const QWidget *widget) const
{
    if (element == PE_FrameGroupBox)
        drawGroupBoxFrame(option, painter, widget);
    else
        QProxyStyle::drawPrimitive(element, option, painter, widget);
}

// As Fusion draws it, from the same picture: below the title, a box stretched from the
// picture's corners and edges.
void FormStyle::drawGroupBoxFrame(const QStyleOption *option, QPainter *painter, const QWidget *widget) const
{
    if (m_groupBoxFrame.isNull()) {  // another Qt, without the picture: Fusion itself
        QProxyStyle::drawPrimitive(PE_FrameGroupBox, option, painter, widget);
        return;
    }
    const auto *box = qobject_cast<const QGroupBox *>(widget);
    const bool titled = !box || box->isCheckable() || !box->title().isEmpty();
    const int top = kGroupBoxTopMargin
        + (titled ? qMax(pixelMetric(PM_ExclusiveIndicatorHeight, option, widget), option->fontMetrics.height()) : 0);
    const QMargins border(kGroupBoxFrameBorder, kGroupBoxFrameBorder, kGroupBoxFrameBorder, kGroupBoxFrameBorder);
    qDrawBorderPixmap(painter, option->rect.adjusted(0, top, 0, 0), border, m_groupBoxFrame);
}

} // namespace Ndr
