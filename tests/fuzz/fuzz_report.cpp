// Fuzz target: any bytes through the file readers and the report layer, as `ndrform FILE` would.
// Built with clang's libFuzzer (-DNDR_FUZZ=ON), or with replay.cpp as a plain replay driver.
#include "report/ndrreport.h"
#include "reportfile.h"

#include <QByteArray>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    auto opened = Ndr::openMessageBytes(bytes, QStringLiteral("fuzz-input"));
    if (!opened)
        return 0;
    const auto report = Ndr::Report::NdrReport::fromMessage(opened->message);
    volatile int rows = int(report.rows().size());
    (void)rows;
    return 0;
}
