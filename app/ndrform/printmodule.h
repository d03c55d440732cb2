#pragma once
// The print dialog is a module of its own (libndrform_print.so, printdialog.cpp), loaded at the
// first File › Print: Qt Print Support is the one library the window would otherwise load that
// a bare Qt window does not, and only printing needs it. (A PDF is written by Qt Gui alone.)
#include <QString>

#include <functional>

class QPagedPaintDevice;
class QWidget;

namespace Ndr {

struct PrintModule {
    // Asks which printer and how (QPrintDialog, titled dialogTitle); once the person accepts,
    // calls print with that printer. docName names the job in the printer's queue.
    void (*printWithDialog)(QWidget *parent, const QString &docName, const QString &dialogTitle,
                            const std::function<void(QPagedPaintDevice *)> &print);
};

} // namespace Ndr

// The module's one exported symbol.
#define NDR_PRINT_MODULE_FILE "libndrform_print.so"
#define NDR_PRINT_MODULE_ENTRY "ndrform_print_module"
extern "C" const Ndr::PrintModule *ndrform_print_module();
