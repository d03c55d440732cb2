#include "resources.h"

#include <QFile>

namespace Ndr::Resources {

bool iconsAvailable()
{
    return QFile::exists(appIcon());
}

} // namespace Ndr::Resources
