#pragma once
// Compares the WHOLE property sets of an original and its resend (every property, every row,
// every attachment, embedded messages at any depth) and names every difference the resend
// procedure does not permit (DESIGN.md "Resend: the documented procedure, exactly").
#include "mapi/message.h"
#include "report/ndrreport.h"

#include <QMap>
#include <QStringList>

namespace Ndr::TestSupport {

// picks: the report rows resent (NdrReport::rows() index) -> corrected address, or empty.
QStringList resendViolations(const Mapi::Message &original, const Mapi::Message &resent,
                             const Report::NdrReport &report, const QMap<int, QString> &picks);

} // namespace Ndr::TestSupport
