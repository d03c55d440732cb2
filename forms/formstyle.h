#pragma once
// The style every form is drawn in (main.cpp, the tests): Fusion, the same pixels, minus two
// image reads at start. Fusion reads its pictures as files, and a QImageReader left to find a
// file's format first loads every image-format plugin to ask each (SVG, GIF, ICO, JPEG and
// libjpeg here): at start, for the icon of the menu bar's overflow button, which shows only
// when the menus do not fit, and for a group box's frame. Here the icon is made when first
// needed and the frame's picture is read with Qt's PNG reader named.
#include <QPixmap>
#include <QProxyStyle>

namespace Ndr {

class FormStyle final : public QProxyStyle {
    Q_OBJECT
public:
    FormStyle();

    // Made when first drawn or asked about (asked without an option).
    QIcon standardIcon(StandardPixmap which, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;
    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;

private:
    void drawGroupBoxFrame(const QStyleOption *option, QPainter *painter, const QWidget *widget) const;

    // Fusion's own picture of the frame (Resources::readPng); null in a Qt without it.
    const QPixmap m_groupBoxFrame;
};

} // namespace Ndr
