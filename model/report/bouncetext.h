#pragma once
// Source 4 of DESIGN.md: the failures a non-standard bounce states only in its text
// (Exim, qmail, old Sendmail, Postfix without DSN, Exchange 2003, Lotus Notes, Courier, ...).
#include "ndrreport.h"

namespace Ndr::Report {

// Failed recipients with their diagnostic text found in the report's body text.
// Empty when the text holds none. Never returns the report's own addressee.
QList<Failure> failuresFromBodyText(const Mapi::Message &report);

// The original's headers that a bounce quotes in its text ("Original message follows." and
// the headers below it), as a message of headers only (Mime::isHeadersOnly); null when the
// text quotes none.
std::shared_ptr<const Mapi::Message> quotedOriginal(const Mapi::Message &report);

} // namespace Ndr::Report
