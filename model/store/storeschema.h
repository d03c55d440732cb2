#pragma once
// The store's schema as a list of migrations: migration N takes a store from user_version
// N-1 to N. A new store runs them all; an older one the ones it lacks, each in the open
// transaction. PRAGMA application_id marks the file as ours.
#include <QLatin1StringView>
#include <QList>

namespace Ndr::Store {

constexpr qint32 kApplicationId = 0x4E445246;  // "NDRF"

// Owner kinds of the properties table.
enum OwnerKind { OwnerMessage = 1, OwnerRecipient = 2, OwnerAttachment = 3 };
// properties.tag: a property id below this, or kNamedTagBase + named_props.id.
constexpr qint64 kNamedTagBase = 0x10000;
// Embedded messages within embedded messages: deeper is refused, not recursed into.
constexpr int kMaxEmbeddingDepth = 64;

struct Migration {
    int version;
    QList<QLatin1StringView> statements;
};
const QList<Migration> &migrations();
int latestSchemaVersion();

} // namespace Ndr::Store
