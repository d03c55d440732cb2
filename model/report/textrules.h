#pragma once
// Reason rules over the words of a bounce: what the remote server or the reporting system
// said, where the status code alone is not enough (or absent).
#include <QString>
#include <optional>

namespace Ndr::Report {

// Exchange's directory lookup found nobody: RESOLVER.ADR.RecipNotFound (5.1.1),
// RecipientNotFound (Exchange Online's own 5.1.10, which RFC 7505 gives to null MX) and
// ExRecipNotFound (a stale Auto-Complete entry). Case-insensitive.
inline constexpr char kExchangeRecipientNotFound[] =
    "resolver\\.adr\\.(?:ex)?recip(?:ient)?notfound|recipient not found by smtp address lookup";

// A reason key for the diagnostic text, or nullopt when no rule applies.
// reporter: the reporting/remote MTA or system name, for rules that depend on who said it.
std::optional<QString> reasonFromText(const QString &diagnosticText, const QString &reporter);

struct TextReason {
    QString reason;
    bool fromReporterRule = false;  // a rule about one mail system's own words or codes
};
// As reasonFromText, saying also whether a mail system's own rule spoke (those are final;
// the general rules are weighed against the status code and the SMTP phase).
std::optional<TextReason> matchText(const QString &diagnosticText, const QString &reporter);

} // namespace Ndr::Report
