#pragma once
// The MIME reader is a module of its own (libndr_mimereader.so, gmimereader.cpp), loaded by
// mimereader.cpp at its first use: GMime and the eleven libraries it brings cost every start
// of ndrform some 5 ms, and a .msg report never needs them. The module links ndr_model, whose
// Message it fills; what it offers is this table.
#include "error.h"
#include "mapi/message.h"

#include <QStringList>

namespace Ndr::Mime {

struct ReaderModule {
    Expected<Mapi::Message> (*readMime)(const QByteArray &bytes, QStringList *warnings);
    Expected<Mapi::Message> (*readHeaders)(const QByteArray &headerBlock);
};

} // namespace Ndr::Mime

// The module's one exported symbol.
#define NDR_MIME_READER_MODULE_ENTRY "ndr_mime_reader_module"
extern "C" const Ndr::Mime::ReaderModule *ndr_mime_reader_module();
