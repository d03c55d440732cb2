#pragma once
// Reports built by hand in code, in the conventions real ones use, for the GUI tests: each is
// small and says in its name what a user would see in the form.
#include "mapi/message.h"

#include <memory>

namespace Ndr::HandReports {

// REPORT.IPM.Note.NDR with the original attached; the original's rows carry the NDR
// properties (the MAPI documents' convention): Ann failed 5.1.1, Bob got it, Carol's
// mailbox is full (4.2.2).
std::shared_ptr<Mapi::Message> ndrWithOriginal();
// The same failures on the report's own rows (Exchange's convention), no original attached.
std::shared_ptr<Mapi::Message> ndrWithoutOriginal();
// An NDR with the original attached, whose failure names an address the original did not
// have (forwarding): the row is marked as not among the original's recipients.
std::shared_ptr<Mapi::Message> ndrNotInOriginal();
// An NDR with the original attached but no failure anywhere in it.
std::shared_ptr<Mapi::Message> ndrWithoutFailure();
// REPORT.IPM.Note.DR: a delivery receipt with the original attached.
std::shared_ptr<Mapi::Message> deliveryReceipt();

} // namespace Ndr::HandReports
