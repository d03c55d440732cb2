// Benchmark floor (DESIGN.md "Budgets"): a bare Qt window, a QMainWindow with a QLabel, that
// ends once it has painted, by the same code as `ndrform --quit-on-paint`
// (app/ndrform/quitonpaint.h). Start-up benchmarks give ndrform's time as a ratio to this
// one, measured in one run.
//   bare_window [--size WxH]
#include "quitonpaint.h"

#include <QApplication>
#include <QLabel>
#include <QMainWindow>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    // ndrform's default size, so that both paint the same area.
    QSize size(900, 600);
    const QStringList args = app.arguments();
    if (const qsizetype i = args.indexOf(QStringLiteral("--size")); i > 0 && i + 1 < args.size()) {
        const QStringList wh = args.at(i + 1).split(QLatin1Char('x'));
        if (wh.size() == 2)
            size = QSize(wh[0].toInt(), wh[1].toInt());
    }
    QMainWindow window;
    window.setCentralWidget(new QLabel(QStringLiteral("Hello"), &window));
    window.resize(size);
    window.installEventFilter(new Ndr::QuitOnPaint(&app));
    window.show();
    return app.exec();
}
