#include "pictureaccessible.h"

#include <QMessageBox>

namespace Ndr {

namespace {

bool isMessageBoxIcon(const QObject *object)
{
    // QMessageBox names its icon label so (qmessagebox.cpp); its parent is the box.
    return object->objectName() == QLatin1String("qt_msgboxex_icon_label")
        && qobject_cast<const QMessageBox *>(object->parent());
}

QAccessibleInterface *pictureFactory(const QString &key, QObject *object)
{
    if (!object || !object->isWidgetType())
        return nullptr;
    if (key == QLatin1String("Ndr::FixItPath") || (key == QLatin1String("QLabel") && isMessageBoxIcon(object)))
        return new PictureAccessible(static_cast<QWidget *>(object));
    return nullptr;
}

} // namespace

PictureAccessible::PictureAccessible(QWidget *widget)
    : QAccessibleWidget(widget, QAccessible::Graphic)
{
}

QString PictureAccessible::text(QAccessible::Text t) const
{
    if (t == QAccessible::Name && widget()->accessibleName().isEmpty()) {
        if (const auto *box = qobject_cast<const QMessageBox *>(widget()->parent())) {
            switch (box->icon()) {
            case QMessageBox::Warning: return tr("Warning");
            case QMessageBox::Critical: return tr("Error");
            case QMessageBox::Information: return tr("Information");
            case QMessageBox::Question: return tr("Question");
            case QMessageBox::NoIcon: break;
            }
        }
    }
    return QAccessibleWidget::text(t);
}

void PictureAccessible::install()
{
    static const bool installed = (QAccessible::installFactory(pictureFactory), true);
    Q_UNUSED(installed);
}

} // namespace Ndr
