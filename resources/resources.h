#pragma once
// The resources the forms and the app use, kept in one place.
#include <QIcon>
#include <QString>

namespace Ndr::Resources {

enum class Icon { App, Receipt, Warning };

// One of our icons (resources/icons/*.svg), at any size, from PNGs rendered at build time
// (iconbake.cpp): Qt loads no plugin to show it.
QIcon icon(Icon which);

inline QString sampleReport() { return QStringLiteral(":/samples/sample-ndr.msg"); }

// True when the icon resources are linked in (a static library's resources can be dropped
// by the linker when nothing refers to them).
bool iconsAvailable();

} // namespace Ndr::Resources
