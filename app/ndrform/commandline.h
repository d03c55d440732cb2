#pragma once
// ndrform's command line (main.cpp's head comment). Read twice: by main.cpp, with Qt Core only,
// to start reading the report before the window's code is loaded; then by windowmain.cpp, which
// checks it and describes it for --help in the window's language.
#include "store/messagestore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QStringList>

namespace Ndr {

namespace Screenshot {

// The states --state knows (screenshot.h), in the order --screenshot-all renders them.
inline QStringList states()
{
    return {
        QStringLiteral("form"),        // the report as it opens, the first failed recipient selected
        QStringLiteral("details"),     // the next recipient's details, reached by keyboard (Down, Enter)
        QStringLiteral("resend"),      // the resend dialog
        QStringLiteral("result"),      // the form after a resend, with its result banner
        QStringLiteral("outbox"),      // the Outbox with the resent message
        QStringLiteral("error"),       // a report that cannot be opened
        QStringLiteral("properties"),  // View > Properties: every property of the report, for administrators
    };
}

} // namespace Screenshot

struct Options {
    QCommandLineOption screenshot{QStringLiteral("screenshot"),
                                  QCoreApplication::translate("main", "Render the window into a PNG and exit."),
                                  QStringLiteral("OUT.png")};
    QCommandLineOption size{QStringLiteral("size"), QCoreApplication::translate("main", "Window size (default 900x600)."),
                            QStringLiteral("WxH")};
    QCommandLineOption lang{QStringLiteral("lang"), QCoreApplication::translate("main", "Language of the window's texts."),
                            QStringLiteral("CODE")};
    QCommandLineOption theme{QStringLiteral("theme"), QCoreApplication::translate("main", "Colours: light or dark."),
                             QStringLiteral("light|dark")};
    QCommandLineOption quitOnPaint{QStringLiteral("quit-on-paint"),
                                   QCoreApplication::translate("main", "Quit once the window has painted.")};
    QCommandLineOption state{QStringLiteral("state"),
                             QCoreApplication::translate("main", "With --screenshot, the state to show: %1 (default form).")
                                 .arg(Screenshot::states().join(QLatin1String(", "))),
                             QStringLiteral("NAME"), QStringLiteral("form")};
    QCommandLineOption screenshotAll{
        QStringLiteral("screenshot-all"),
        QCoreApplication::translate("main", "Render every state in every language into OUT_DIR and exit."),
        QStringLiteral("OUT_DIR")};
    QCommandLineOption rtl{QStringLiteral("rtl"), QCoreApplication::translate("main", "Lay the window out right to left.")};
    QCommandLineOption store{QStringLiteral("store"),
                             QCoreApplication::translate("main", "The message store Resend writes into (default: %1).")
                                 .arg(QDir::toNativeSeparators(Store::MessageStore::defaultPath())),
                             QStringLiteral("PATH")};

    void describe(QCommandLineParser &parser) const
    {
        parser.setApplicationDescription(
            QCoreApplication::translate("main", "Shows who did not receive a message, and why, from a bounce report."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addPositionalArgument(QStringLiteral("file"),
                                     QCoreApplication::translate("main", "The report to open (.msg or .eml)."),
                                     QStringLiteral("[FILE]"));
        parser.addOptions({screenshot, size, lang, theme, quitOnPaint, state, screenshotAll, rtl, store});
    }
};

} // namespace Ndr
