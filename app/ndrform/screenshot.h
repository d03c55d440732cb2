#pragma once
// Screenshots for QA and technical writers: `--state NAME` puts the window in one of the
// documented states (a dialog it opens is drawn over the window where a window manager would
// put it), and `--screenshot-all OUT_DIR` renders every state in every language.
#include "commandline.h"  // Screenshot::states()
#include "error.h"

#include <QImage>
#include <QStringList>

namespace Ndr {

class MainWindow;

namespace Screenshot {

// The languages --screenshot-all renders ("en" is the source text).
QStringList languages();

// Puts the window (report loaded, shown at its size) in the state and renders it. States that
// resend write into a fresh store in the current directory (main.cpp makes that a temporary
// one), so the picture names "store.sqlite" and message 1 on every run.
Expected<QImage> render(MainWindow &window, const QString &state);

// --screenshot-all: runs `program` once per state and language, writing
// OUT_DIR/STATE-LANG.png (STATE-LANG-rtl.png with --rtl); passOn are the other options given
// (FILE, --size, --theme, --rtl). Returns the exit status.
int renderAll(const QString &program, const QString &outDir, const QStringList &passOn, bool rightToLeft);

} // namespace Screenshot
} // namespace Ndr
