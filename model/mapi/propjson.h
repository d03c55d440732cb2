#pragma once
// The property view as JSON (DESIGN.md "Property JSON"): used by `ndrtool props`,
// `ndrtool store export --format json` and the details view.
#include "message.h"

#include <QJsonObject>
#include <QJsonValue>

namespace Ndr::Mapi {

QJsonValue valueToJson(const PropValue &value);
QJsonObject bagToJson(const PropertyBag &bag);
QJsonObject messageToJson(const Message &message);

// The inverse, for tests and tools; where a JSON value cannot be a value of the tag's type,
// the property is skipped and named in *warnings.
PropValue valueFromJson(quint16 type, const QJsonValue &json);
Message messageFromJson(const QJsonObject &json, QStringList *warnings = nullptr);

} // namespace Ndr::Mapi
