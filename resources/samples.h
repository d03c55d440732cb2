#pragma once
// The bundled sample report, which ndrform shows when it is given no file: written at build
// time by the fixture writer (CMakeLists.txt). Qt Core only, for ndrform's start.
#include "reportfile.h"

#include <QString>

namespace Ndr::Resources {

inline QString sampleReport() { return QStringLiteral(":/samples/sample-ndr.msg"); }

// The sample report, read.
Expected<ReadReport> readSampleReport();

} // namespace Ndr::Resources
