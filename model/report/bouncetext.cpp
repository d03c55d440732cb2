// Source 4: failures stated only in a non-standard bounce's text.
#include "bouncetext.h"

namespace Ndr::Report {

QList<Failure> failuresFromBodyText(const Mapi::Message &report)
{
    Q_UNUSED(report);
    return {};
}

} // namespace Ndr::Report
