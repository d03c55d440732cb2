#include "samples.h"

#include <QCoreApplication>
#include <QFile>

namespace Ndr::Resources {

Expected<ReadReport> readSampleReport()
{
    QFile file(sampleReport());
    if (!file.open(QIODevice::ReadOnly))
        return makeError(Error::FileNotFound,
                         QCoreApplication::translate("Ndr::Resources", "the bundled sample report is missing from this build"));
    return readReport(file.readAll(), QStringLiteral("sample-ndr.msg"));
}

} // namespace Ndr::Resources
