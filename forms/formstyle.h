#pragma once
// The style every form is drawn in (main.cpp, the tests): Fusion, with two of its images read
// only when they show. Fusion reads them as files, and a QImageReader left to find a file's
// format first loads every image-format plugin to ask each (SVG, GIF, ICO, JPEG and libjpeg
// here): some 3 ms of ndrform's start, for the menu bar's overflow button, which shows only
// when the menus do not fit, and for the frame of a group box.
#include <QPixmap>
#include <QProxyStyle>

namespace Ndr {

class FormStyle final : public QProxyStyle {
    Q_OBJECT
public:
    FormStyle();

    // Made when first drawn or asked about.
    QIcon standardIcon(StandardPixmap which, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;
    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;

private:
    void drawGroupBoxFrame(const QStyleOption *option, QPainter *painter, const QWidget *widget) const;

    // Fusion's own picture of the frame, read with Qt's PNG reader named.
    mutable QPixmap m_groupBoxFrame;
    mutable bool m_groupBoxFrameRead = false;
};

} // namespace Ndr
