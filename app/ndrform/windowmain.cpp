// The window's half of ndrform (startup.h): QApplication, the command line checked, the window
// shown with the report main.cpp has been reading meanwhile.
#include "formstyle.h"
#include "mainwindow.h"
#include "quitonpaint.h"
#include "screenshot.h"
#include "startup.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QPalette>
#include <QRegularExpression>
#include <QStyle>
#include <QTemporaryDir>
#include <QTimer>
#include <QTranslator>

#include <cstdio>
#include <cstdlib>

namespace {

constexpr int kDefaultWidth = 900;
constexpr int kDefaultHeight = 600;
constexpr int kScreenshotFontPixels = 13;

void fail(const QString &message)
{
    std::fprintf(stderr, "ndrform: %s\n", qUtf8Printable(message));
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

} // namespace

extern "C" Q_DECL_EXPORT int ndrform_window_main(Ndr::Startup *startup)
{
    const bool screenshot = startup->screenshot;
    const QString &lang = startup->lang;
    const QString &localeCode = startup->localeCode;
    QApplication app(startup->argc, startup->argv);
    // The system's language may have no translation: English then.
    const bool languageFound = installTranslations(app, localeCode) || lang.isEmpty();
    QApplication::setApplicationName(QStringLiteral("ndrform"));
    QApplication::setOrganizationName(QStringLiteral("ndrform"));
    QApplication::setApplicationDisplayName(QApplication::translate("main", "NDR Form"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.ndrform.NdrForm"));  // resources/desktop/

    QCommandLineParser parser;
    const Ndr::Options options;
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
    // The report main.cpp has been reading, unless it could not tell which (then it is read now).
    auto &reading = startup->reading;
    const bool readingIt = reading && reading->first == file;

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
    const Ndr::Expected<Ndr::ReadReport> read = readingIt      ? reading->second.get()
                                                : file.isEmpty() ? Ndr::Resources::readSampleReport()
                                                                 : Ndr::readReport(file);
    const Ndr::Expected<bool> loaded = file.isEmpty() ? window.showSample(read) : window.showFile(file, read);

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
        window.installEventFilter(new Ndr::QuitOnPaint(&app));

    window.show();
    if (!file.isEmpty())
        window.finishOpen(file, loaded);  // a file it cannot read is said in a message box
    else if (!loaded)
        fail(loaded.error().toString());
    return app.exec();
}
