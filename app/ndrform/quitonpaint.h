#pragma once
// Ends the process once the window it watches has painted: the start-up benchmark's end mark,
// for `ndrform --quit-on-paint` and for the bare window it is measured against
// (tests/bench/bare_window.cpp), so that both end the same way. The queued call runs after the
// backing store is flushed; _exit skips tearing the report down, which is not part of "start
// to painted form" (for 10,000 recipients it took ~10% of the run).
#include <QCoreApplication>
#include <QEvent>
#include <QTimer>

#include <cstdlib>

namespace Ndr {

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

} // namespace Ndr
