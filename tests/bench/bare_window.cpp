// Benchmark floor (DESIGN.md "Budgets"): a bare Qt window, a QMainWindow with a QLabel, that
// ends once it has painted, the same way `ndrform --quit-on-paint` does (an event filter on
// the main window that sees its first Paint and queues _exit, so the backing store is flushed
// first and nothing is torn down). Start-up benchmarks give ndrform's time as a ratio to this one, measured in one run.
//   bare_window [--size WxH]
#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QMainWindow>
#include <QTimer>

#include <cstdlib>

namespace {

class QuitOnPaint : public QObject {
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            QTimer::singleShot(0, qApp, [] { std::_Exit(0); });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_done = false;
};

} // namespace

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
    window.installEventFilter(new QuitOnPaint(&app));
    window.show();
    return app.exec();
}
