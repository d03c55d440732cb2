#pragma once
// Paths of the resources the forms and the app use, kept in one place.
#include <QString>

namespace Ndr::Resources {

inline QString appIcon() { return QStringLiteral(":/icons/ndrform.svg"); }
inline QString receiptIcon() { return QStringLiteral(":/icons/receipt.svg"); }
inline QString warningIcon() { return QStringLiteral(":/icons/warning.svg"); }
inline QString sampleReport() { return QStringLiteral(":/samples/sample-ndr.msg"); }

// True when the icon resources are linked in (a static library's resources can be dropped
// by the linker when nothing refers to them).
bool iconsAvailable();

} // namespace Ndr::Resources
