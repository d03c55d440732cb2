#include "resources.h"

#include <QFile>
#include <QIconEngine>
#include <QImageReader>
#include <QPainter>
#include <QPixmapCache>

#include <algorithm>
#include <iterator>

namespace Ndr::Resources {
namespace {

// The sizes in pixels each icon is rendered at, ascending (CMakeLists.txt: NDR_ICON_SIZES).
constexpr int kBakedSizes[] = {NDR_ICON_SIZES};

QString bakedPath(QLatin1String name, int size)
{
    return QStringLiteral(":/icons/%1-%2.png").arg(name).arg(size);
}

QLatin1String iconName(Icon which)
{
    switch (which) {
    case Icon::App: return QLatin1String("ndrform");
    case Icon::Receipt: return QLatin1String("receipt");
    case Icon::Warning: return QLatin1String("warning");
    }
    Q_UNREACHABLE();
}

// Any size from the baked PNGs: the smallest at least as large, scaled down (the largest,
// scaled up, past them). The same pixels for every mode and state: a widget that shows an
// icon disabled (QLabel, QAbstractButton) has the style grey it.
class BakedIconEngine final : public QIconEngine
{
public:
    explicit BakedIconEngine(QLatin1String name) : m_name(name) {}

    QPixmap pixmap(const QSize &size, QIcon::Mode, QIcon::State) override
    {
        const int side = qMin(size.width(), size.height());
        if (side <= 0)
            return {};
        const QString key = QStringLiteral("ndr-icon-%1-%2").arg(m_name).arg(side);
        QPixmap pixmap;
        if (QPixmapCache::find(key, &pixmap))
            return pixmap;
        const auto larger = std::lower_bound(std::begin(kBakedSizes), std::end(kBakedSizes), side);
        const int baked = larger == std::end(kBakedSizes) ? *std::prev(larger) : *larger;
        QImage image = readPng(bakedPath(m_name, baked));
        if (image.isNull())
            return {};
        if (baked != side)
            image = image.scaled(side, side, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        pixmap = QPixmap::fromImage(std::move(image));
        QPixmapCache::insert(key, pixmap);
        return pixmap;
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const int side = qMin(rect.width(), rect.height());
        const qreal ratio = painter->device()->devicePixelRatio();
        QPixmap pixmap = this->pixmap(QSize(side, side) * ratio, mode, state);
        pixmap.setDevicePixelRatio(ratio);
        QRect target(0, 0, side, side);
        target.moveCenter(rect.center());
        painter->drawPixmap(target, pixmap);
    }

    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override
    {
        const int side = qMin(size.width(), size.height());
        return {side, side};
    }

    QList<QSize> availableSizes(QIcon::Mode, QIcon::State) override
    {
        QList<QSize> sizes;
        for (const int size : kBakedSizes)
            sizes << QSize(size, size);
        return sizes;
    }

    QString key() const override { return QStringLiteral("ndr-baked"); }
    QIconEngine *clone() const override { return new BakedIconEngine(m_name); }

private:
    QLatin1String m_name;
};

} // namespace

QImage readPng(const QString &path)
{
    QImageReader reader(path, "png");
    reader.setAutoDetectImageFormat(false);
    return reader.read();
}

QIcon icon(Icon which)
{
    return QIcon(new BakedIconEngine(iconName(which)));
}

bool iconsAvailable()
{
    return QFile::exists(bakedPath(iconName(Icon::App), kBakedSizes[0]));
}

} // namespace Ndr::Resources
