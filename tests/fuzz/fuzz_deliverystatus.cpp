// Fuzz target: the RFC 3464 field parser and the classifier on arbitrary text.
#include "report/deliverystatus.h"
#include "report/reason.h"

#include <QByteArray>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto dsn = Ndr::Report::parseDeliveryStatus(bytes);
    for (const auto &group : dsn.perRecipient) {
        Ndr::Report::ClassifyInput in;
        in.status = group.value("status");
        in.diagnosticText = group.value("diagnostic-code");
        volatile int n = int(Ndr::Report::classify(in).size());
        (void)n;
        (void)Ndr::Report::parseRfc5322Date(group.value("last-attempt-date"));
    }
    return 0;
}
