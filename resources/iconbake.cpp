// Renders the SVG icons into PNG files at build time (resources/CMakeLists.txt):
//   ndr_iconbake OUT_DIR SIZE,SIZE,... ICON.svg...
// writes OUT_DIR/ICON-SIZE.png for each icon and size. At run time an icon is then one PNG
// decoded by Qt's built-in reader (resources.cpp): making a QIcon from an SVG loads Qt's SVG
// icon plugin and Qt Svg, and a QIcon made from a file loads every image-format plugin to ask
// each whether it reads it, some 7 ms of ndrform's start.
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: ndr_iconbake OUT_DIR SIZE,SIZE,... ICON.svg...\n");
        return 2;
    }
    const QDir out(args.at(0));
    QList<int> sizes;
    for (const QString &field : args.at(1).split(QLatin1Char(','))) {
        bool ok = false;
        const int size = field.toInt(&ok);
        if (!ok || size < 1 || size > 1024) {
            std::fprintf(stderr, "ndr_iconbake: \"%s\" is not a size in pixels\n", qPrintable(field));
            return 2;
        }
        sizes << size;
    }
    for (const QString &svg : args.mid(2)) {
        QSvgRenderer renderer(svg);
        if (!renderer.isValid()) {
            std::fprintf(stderr, "ndr_iconbake: %s: not a valid SVG file\n", qPrintable(svg));
            return 1;
        }
        for (const int size : sizes) {
            QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
            image.fill(Qt::transparent);
            {
                QPainter painter(&image);
                renderer.render(&painter);
            }
            const QString name = QStringLiteral("%1-%2.png").arg(QFileInfo(svg).completeBaseName()).arg(size);
            if (!image.save(out.filePath(name), "PNG")) {
                std::fprintf(stderr, "ndr_iconbake: cannot write %s\n", qPrintable(out.filePath(name)));
                return 1;
            }
        }
    }
    return 0;
}
