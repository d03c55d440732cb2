#pragma once
// Pictures as screen readers meet them: an image (AT-SPI "image") with a name that says what
// it shows, never an unnamed one. The form's own icons are named where they are set; this
// covers the pictures Qt 6.4 makes accessible without a name or as a plain panel: the fix-it
// path (its name is its sentence) and the icon of every QMessageBox ("Warning", "Error", ...).
#include <QAccessibleWidget>
#include <QCoreApplication>

namespace Ndr {

class PictureAccessible : public QAccessibleWidget {
    Q_DECLARE_TR_FUNCTIONS(Ndr::PictureAccessible)
public:
    explicit PictureAccessible(QWidget *widget);
    QString text(QAccessible::Text t) const override;

    // Installs the accessibility factory (once; later calls do nothing).
    static void install();
};

} // namespace Ndr
