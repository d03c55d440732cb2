#pragma once
// The resources the forms and the app use, kept in one place.
#include <QIcon>
#include <QImage>
#include <QString>

namespace Ndr::Resources {

enum class Icon { App, Receipt, Warning };

// One of our icons (resources/icons/*.svg), at any size, from PNGs rendered at build time
// (iconbake.cpp): Qt loads no plugin to show it.
QIcon icon(Icon which);

// A PNG file read with Qt's own PNG reader, named: a QImageReader left to find a file's format
// first asks every image-format plugin, which loads them all (some ms of ndrform's start).
QImage readPng(const QString &path);

// True when the icon resources are linked in (a static library's resources can be dropped
// by the linker when nothing refers to them).
bool iconsAvailable();

} // namespace Ndr::Resources
