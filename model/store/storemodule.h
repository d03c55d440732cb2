#pragma once
// The message store's implementation is a module of its own (libndr_store.so, sqlitestore.cpp),
// loaded by MessageStore::open at its first use: Qt Sql and SQLite cost every start of ndrform
// and ndrtool their loading, and only Resend, the Outbox and `ndrtool resend`/`store` use them.
// The module uses the ndr_model that loads it; what it offers is this table.
#include "messagestore.h"

namespace Ndr::Store {

struct StoreModule {
    Expected<std::unique_ptr<MessageStore>> (*open)(const MessageStore::Options &options);
};

} // namespace Ndr::Store

// The module's one exported symbol.
#define NDR_STORE_MODULE_ENTRY "ndr_store_module"
extern "C" const Ndr::Store::StoreModule *ndr_store_module();
