// Reason rules over the words of a bounce (Sisimai's vocabulary).
#include "textrules.h"

namespace Ndr::Report {

std::optional<QString> reasonFromText(const QString &diagnosticText, const QString &reporter)
{
    Q_UNUSED(diagnosticText);
    Q_UNUSED(reporter);
    return std::nullopt;
}

} // namespace Ndr::Report
