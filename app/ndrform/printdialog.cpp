// The print module (printmodule.h): Qt's print dialog and the printer it sets up.
#include "printmodule.h"

#include <QPrintDialog>
#include <QPrinter>

namespace {

void printWithDialog(QWidget *parent, const QString &docName, const QString &dialogTitle,
                     const std::function<void(QPagedPaintDevice *)> &print)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(docName);
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(dialogTitle);
    if (dialog.exec() == QDialog::Accepted)
        print(&printer);
}

constexpr Ndr::PrintModule kModule{&printWithDialog};

} // namespace

extern "C" Q_DECL_EXPORT const Ndr::PrintModule *ndrform_print_module()
{
    return &kModule;
}
