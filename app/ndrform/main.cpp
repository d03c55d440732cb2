// ndrform: the desktop program.
//   ndrform [FILE]              opens FILE, or the bundled sample report
//           [--store PATH]      Resend submits into this message store (default: the app data one)
//   ndrform --screenshot OUT.png [FILE] [--size WxH] [--lang CODE] [--theme light|dark]
//           [--state NAME] [--rtl]
//                               renders the window offscreen into a PNG; the same input gives
//                               the same bytes (pinned style, font, palette, size, time zone)
//   ndrform --screenshot-all OUT_DIR [FILE] [--size WxH] [--theme light|dark] [--rtl]
//                               every state in every language: OUT_DIR/STATE-LANG.png
//   ndrform --quit-on-paint     quits once the window has painted (start-up benchmarks)
//
// This is the program's start, with Qt Core only: it starts reading the report on the second
// core, then loads the window, a module of its own (startup.h), which takes over.
#include "commandline.h"
#include "heapreserve.h"
#include "modules.h"
#include "samples.h"
#include "startup.h"

#include <QFileInfo>
#include <QLocale>
#include <QThread>

#include <clocale>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>

namespace {

// Before QApplication exists: a screenshot needs no display and the same pixels everywhere.
bool wantsScreenshot(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--screenshot") == 0 || std::strncmp(argv[i], "--screenshot=", 13) == 0
            || std::strncmp(argv[i], "--screenshot-all", 16) == 0)
            return true;
    }
    return false;
}

// --lang's value, read before the options are described: the language has to be in place for
// --help to speak it.
QString languageArgument(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--lang") == 0 && i + 1 < argc)
            return QString::fromLocal8Bit(argv[i + 1]);
        if (std::strncmp(argv[i], "--lang=", 7) == 0)
            return QString::fromLocal8Bit(argv[i] + 7);
    }
    return {};
}

// Offscreen, Qt warns about things that do not matter for a picture; a script should see
// only our own messages.
void quietHarmlessWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg
        && (message.contains(QLatin1String("propagateSizeHints")) || message.startsWith(QLatin1String("QStandardPaths: "))
            || message.contains(QLatin1String("does not support raise()"))))
        return;
    std::fprintf(stderr, "%s\n", qUtf8Printable(qFormatLogMessage(type, context, message)));
}

void pinEnvironmentForScreenshot()
{
    qInstallMessageHandler(quietHarmlessWarnings);
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("QT_SCALE_FACTOR", "1");
    qputenv("QT_FONT_DPI", "96");
    qunsetenv("QT_SCREEN_SCALE_FACTORS");
    qunsetenv("QT_SCALE_FACTOR_ROUNDING_POLICY");
    qunsetenv("QT_QPA_PLATFORMTHEME");
    // Times in the form are shown in local time: make that UTC everywhere.
    qputenv("TZ", "UTC");
    tzset();
}

// The report named on the command line, else the sample, read on the second core while the
// window is loaded and built: for 10,000 recipients, reading takes half the time to the
// painted form. Not where the command line is wrong or asks for something else (help,
// version, every screenshot): the window's parser says so then, and may end the process.
decltype(Ndr::Startup::reading) startReading(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    QCommandLineParser parser;
    const Ndr::Options options;
    options.describe(parser);
    if (!parser.parse(arguments) || parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all"))
        || parser.isSet(QStringLiteral("version")) || parser.isSet(options.screenshotAll)
        || parser.positionalArguments().size() > 1)
        return std::nullopt;
    const QStringList files = parser.positionalArguments();
    const QString file = files.isEmpty() ? QString() : QFileInfo(files.first()).absoluteFilePath();
    // Qt takes the first thread that meets a QObject for the main one: this one, not the reader.
    QThread::currentThread();
    // The locale QApplication sets, set already: GMime takes its fallback charset from it.
    std::setlocale(LC_ALL, "");
    Ndr::HeapReserve::prepareStartup(file.isEmpty() ? 0 : QFileInfo(file).size());
    return std::make_pair(file, std::async(std::launch::async, [file] {
                              return file.isEmpty() ? Ndr::Resources::readSampleReport() : Ndr::readReport(file);
                          }));
}

} // namespace

int main(int argc, char **argv)
{
    const bool screenshot = wantsScreenshot(argc, argv);
    if (screenshot)
        pinEnvironmentForScreenshot();

    // The window reads one report: compiling its few dozen bounce-text patterns for PCRE2's JIT
    // costs more than it saves (~60 M instructions, a fifth of the start-up). ndrtool, which
    // reads many, keeps the JIT.
    if (!qEnvironmentVariableIsSet("QT_ENABLE_REGEXP_JIT"))
        qputenv("QT_ENABLE_REGEXP_JIT", "0");
    // --lang, else English for screenshots, else the system's language where there is a
    // translation (English otherwise). The default locale is set before any thread starts (Qt asks so).
    QString lang = languageArgument(argc, argv);
    if (lang.isEmpty() && screenshot)
        lang = QStringLiteral("en_US");
    const QString localeCode = lang.isEmpty() ? QLocale::system().name() : lang;
    QLocale::setDefault(QLocale(localeCode));
    Ndr::Startup startup{argc, argv, screenshot, lang, localeCode, startReading(argc, argv)};

    const Ndr::LoadedModule window =
        Ndr::loadModule(NDR_WINDOW_MODULE_FILE, NDR_WINDOW_MODULE_ENTRY, QStringLiteral("the window module"));
    if (!window.entry) {
        std::fprintf(stderr, "ndrform: %s\n", qUtf8Printable(window.error));
        return 1;
    }
    return reinterpret_cast<decltype(&ndrform_window_main)>(window.entry)(&startup);
}
