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
#include "formstyle.h"
#include "heapreserve.h"
#include "mainwindow.h"
#include "ndrform.h"
#include "screenshot.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QPalette>
#include <QPixmap>
#include <QRegularExpression>
#include <QStyle>
#include <QTableView>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QTranslator>

#include <clocale>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <future>
#include <optional>
#include <utility>

namespace {

constexpr int kDefaultWidth = 900;
constexpr int kDefaultHeight = 600;
constexpr int kScreenshotFontPixels = 13;

void fail(const QString &message)
{
    std::fprintf(stderr, "ndrform: %s\n", qUtf8Printable(message));
}

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

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30), base(0x1e, 0x1f, 0x22), text(0xe3, 0xe5, 0xe8);
    const QColor disabled(0x7c, 0x80, 0x86), button(0x36, 0x39, 0x3e), highlight(0x2f, 0x6b, 0xd0);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2c));
    p.setColor(QPalette::ToolTipBase, QColor(0x3c, 0x3f, 0x44));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9e, 0xa5));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, button);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4e, 0x54));
    p.setColor(QPalette::Midlight, QColor(0x40, 0x43, 0x48));
    p.setColor(QPalette::Mid, QColor(0x25, 0x27, 0x2a));
    p.setColor(QPalette::Dark, QColor(0x1a, 0x1b, 0x1e));
    p.setColor(QPalette::Shadow, QColor(0x0c, 0x0c, 0x0d));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6f, 0xa8, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xb0, 0x8c, 0xff));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x45, 0x48, 0x4d));
    p.setColor(QPalette::Inactive, QPalette::Highlight, QColor(0x3a, 0x4a, 0x66));
    return p;
}

bool parseSize(const QString &text, QSize *size)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{2,5})[xX](\\d{2,5})$"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return false;
    const QSize s(m.captured(1).toInt(), m.captured(2).toInt());
    if (s.width() < 200 || s.height() < 150 || s.width() > 8000 || s.height() > 8000)
        return false;
    *size = s;
    return true;
}

bool isEnglish(const QString &code)
{
    return code.compare(QLatin1String("C"), Qt::CaseInsensitive) == 0 || QLocale(code).language() == QLocale::English;
}

// Loads our translation and Qt's own for the language; false when we have none for it.
bool installTranslations(QApplication &app, const QString &code)
{
    if (isEnglish(code))
        return true;
    auto *own = new QTranslator(&app);
    if (!own->load(QLocale(code), QStringLiteral("ndrform"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        delete own;
        return false;
    }
    QApplication::installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(code), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
    else
        delete qt;
    return true;
}

// The command line. Described in the language of the window, for --help; read once before
// QApplication exists too, to start reading the report (startReading).
struct Options {
    QCommandLineOption screenshot{QStringLiteral("screenshot"),
                                  QApplication::translate("main", "Render the window into a PNG and exit."),
                                  QStringLiteral("OUT.png")};
    QCommandLineOption size{QStringLiteral("size"), QApplication::translate("main", "Window size (default 900x600)."),
                            QStringLiteral("WxH")};
    QCommandLineOption lang{QStringLiteral("lang"), QApplication::translate("main", "Language of the window's texts."),
                            QStringLiteral("CODE")};
    QCommandLineOption theme{QStringLiteral("theme"), QApplication::translate("main", "Colours: light or dark."),
                             QStringLiteral("light|dark")};
    QCommandLineOption quitOnPaint{QStringLiteral("quit-on-paint"),
                                   QApplication::translate("main", "Quit once the window has painted.")};
    QCommandLineOption state{QStringLiteral("state"),
                             QApplication::translate("main", "With --screenshot, the state to show: %1 (default form).")
                                 .arg(Ndr::Screenshot::states().join(QLatin1String(", "))),
                             QStringLiteral("NAME"), QStringLiteral("form")};
    QCommandLineOption screenshotAll{
        QStringLiteral("screenshot-all"),
        QApplication::translate("main", "Render every state in every language into OUT_DIR and exit."),
        QStringLiteral("OUT_DIR")};
    QCommandLineOption rtl{QStringLiteral("rtl"), QApplication::translate("main", "Lay the window out right to left.")};
    QCommandLineOption store{QStringLiteral("store"),
                             QApplication::translate("main", "The message store Resend writes into (default: %1).")
                                 .arg(QDir::toNativeSeparators(Ndr::Store::MessageStore::defaultPath())),
                             QStringLiteral("PATH")};

    void describe(QCommandLineParser &parser) const
    {
        parser.setApplicationDescription(
            QApplication::translate("main", "Shows who did not receive a message, and why, from a bounce report."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addPositionalArgument(QStringLiteral("file"),
                                     QApplication::translate("main", "The report to open (.msg or .eml)."),
                                     QStringLiteral("[FILE]"));
        parser.addOptions({screenshot, size, lang, theme, quitOnPaint, state, screenshotAll, rtl, store});
    }
};

using Reading = std::future<Ndr::Expected<Ndr::ReadReport>>;

// The report named on the command line, else the sample, read on the second core while the
// window is built: for 10,000 recipients, reading takes half the time to the painted form.
Reading startReading(const QString &file)
{
    Ndr::HeapReserve::prepareStartup(file.isEmpty() ? 0 : QFileInfo(file).size());
    return std::async(std::launch::async, [file] {
        return file.isEmpty() ? Ndr::MainWindow::readSample() : Ndr::MainWindow::readFile(file);
    });
}

// Starts reading before QApplication exists, whose start takes some 7 ms.
// Not where the command line is wrong or asks for something else (help, version, every
// screenshot): QApplication's parser says so then, and may end the process.
std::optional<std::pair<QString, Reading>> startReadingEarly(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    QCommandLineParser parser;
    const Options options;
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
    return std::make_pair(file, startReading(file));
}

// Ends the process once the main window has painted: the start-up benchmark's end mark. The
// queued call runs after the backing store is flushed; _exit skips tearing the report down,
// which is not part of "start to painted form" (for 10,000 recipients it took ~10% of the run).
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
    auto early = startReadingEarly(argc, argv);

    QApplication app(argc, argv);
    // The system's language may have no translation: English then.
    const bool languageFound = installTranslations(app, localeCode) || lang.isEmpty();
    QApplication::setApplicationName(QStringLiteral("ndrform"));
    QApplication::setOrganizationName(QStringLiteral("ndrform"));
    QApplication::setApplicationDisplayName(QApplication::translate("main", "NDR Form"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.ndrform.NdrForm"));  // resources/desktop/

    QCommandLineParser parser;
    const Options options;
    options.describe(parser);
    parser.process(app);

    const QString state = parser.value(options.state);
    if (!Ndr::Screenshot::states().contains(state)) {
        fail(QStringLiteral("--state is one of %1, not \"%2\"")
                 .arg(Ndr::Screenshot::states().join(QLatin1String(", ")), state));
        return 2;
    }
    if (parser.isSet(options.rtl))
        QApplication::setLayoutDirection(Qt::RightToLeft);

    QSize size(kDefaultWidth, kDefaultHeight);
    if (parser.isSet(options.size) && !parseSize(parser.value(options.size), &size)) {
        fail(QStringLiteral("--size wants WIDTHxHEIGHT between 200x150 and 8000x8000, not \"%1\"")
                 .arg(parser.value(options.size)));
        return 2;
    }
    const QString theme = parser.value(options.theme);
    if (!theme.isEmpty() && theme != QLatin1String("light") && theme != QLatin1String("dark")) {
        fail(QStringLiteral("--theme is light or dark, not \"%1\"").arg(theme));
        return 2;
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1) {
        fail(QStringLiteral("one file at a time, not %1").arg(files.size()));
        return 2;
    }
    if (parser.isSet(options.screenshotAll)) {
        QStringList passOn = files;
        for (const QCommandLineOption &o : {options.size, options.theme}) {
            if (parser.isSet(o))
                passOn << QStringLiteral("--%1").arg(o.names().constFirst()) << parser.value(o);
        }
        if (parser.isSet(options.rtl))
            passOn << QStringLiteral("--rtl");
        return Ndr::Screenshot::renderAll(QApplication::applicationFilePath(), parser.value(options.screenshotAll),
                                          passOn, parser.isSet(options.rtl));
    }
    if (!languageFound) {
        fail(QStringLiteral("no translation for the language \"%1\"").arg(lang));
        return 2;
    }

    const QString file = files.isEmpty() ? QString() : QFileInfo(files.first()).absoluteFilePath();
    Reading reading = early && early->first == file ? std::move(early->second) : startReading(file);

    // Fusion everywhere (FormStyle): over the system's palette (light or dark) in a normal
    // start, over the pinned palettes for screenshots and --theme.
    QApplication::setStyle(new Ndr::FormStyle);
    if (screenshot) {
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPixelSize(kScreenshotFontPixels);
        QApplication::setFont(font);
        QApplication::setEffectEnabled(Qt::UI_AnimateMenu, false);
        QApplication::setEffectEnabled(Qt::UI_FadeMenu, false);
        QApplication::setEffectEnabled(Qt::UI_AnimateCombo, false);
        QApplication::setEffectEnabled(Qt::UI_AnimateTooltip, false);
        QApplication::setEffectEnabled(Qt::UI_FadeTooltip, false);
        QApplication::setCursorFlashTime(0);
    }
    if (theme == QLatin1String("dark"))
        QApplication::setPalette(darkPalette());
    else if (theme == QLatin1String("light") || screenshot)
        QApplication::setPalette(QApplication::style()->standardPalette());

    Ndr::MainWindow window;
    window.resize(size);
    if (parser.isSet(options.store))
        window.setStorePath(QFileInfo(parser.value(options.store)).absoluteFilePath());
    if (!screenshot && !parser.isSet(options.size))
        window.restoreWindowState();
    // Shown before the window is, so that the form is laid out once, with the report.
    const Ndr::Expected<bool> loaded = file.isEmpty() ? window.showSample(reading.get()) : window.showFile(file, reading.get());

    if (screenshot) {
        const QString out = QFileInfo(parser.value(options.screenshot)).absoluteFilePath();
        window.setRecordRecent(false);
        // A resend in a picture goes into a store of its own, named the same on every run.
        QTemporaryDir scratch;
        if (!scratch.isValid() || !QDir::setCurrent(scratch.path())) {
            fail(QStringLiteral("cannot make a temporary folder"));
            return 1;
        }
        if (!loaded) {
            fail(QStringLiteral("cannot open \"%1\": %2")
                     .arg(file.isEmpty() ? QStringLiteral("sample-ndr.msg") : QDir::toNativeSeparators(file),
                          loaded.error().toString()));
            return 1;
        }
        window.show();
        window.resize(size);
        QApplication::processEvents();
        if (window.size() != size) {
            fail(QStringLiteral("the window cannot be %1x%2; the smallest it can be is %3x%4")
                     .arg(size.width()).arg(size.height())
                     .arg(window.minimumSizeHint().width()).arg(window.minimumSizeHint().height()));
            return 1;
        }
        const Ndr::Expected<QImage> shot = Ndr::Screenshot::render(window, state);
        if (!shot) {
            fail(QStringLiteral("cannot show the state \"%1\": %2").arg(state, shot.error().toString()));
            return 1;
        }
        if (!shot->save(out, "PNG")) {
            fail(QStringLiteral("cannot write \"%1\"").arg(QDir::toNativeSeparators(out)));
            return 1;
        }
        return 0;
    }

    if (parser.isSet(options.quitOnPaint))
        window.installEventFilter(new QuitOnPaint(&app));

    window.show();
    if (!file.isEmpty())
        window.finishOpen(file, loaded);  // a file it cannot read is said in a message box
    else if (!loaded)
        fail(loaded.error().toString());
    return app.exec();
}
