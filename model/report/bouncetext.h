#pragma once
// Source 4 of DESIGN.md: the failures a non-standard bounce states only in its text
// (Exim, qmail, old Sendmail, Postfix without DSN, Exchange 2003, Lotus Notes, Courier, ...).
#include "ndrreport.h"

namespace Ndr::Report {

// Failed recipients with their diagnostic text found in the report's body text.
// Empty when the text holds none. Never returns the report's own addressee.
QList<Failure> failuresFromBodyText(const Mapi::Message &report);

} // namespace Ndr::Report
