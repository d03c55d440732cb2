#pragma once
// The readable text of an HTML body, for PR_BODY when a message has no text/plain part
// (some providers send their bounces as HTML only). Nothing is fetched or run.
#include <QString>

namespace Ndr::Mime {

// Tags dropped, block ends as line breaks, character references decoded, script/style
// content removed. Linear in the input.
QString htmlToText(const QString &html);

} // namespace Ndr::Mime
