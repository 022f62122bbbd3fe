#pragma once

#include "core/api/StrictJson.h"
#include "core/model/AccountRecord.h"
#include "core/model/MigrationSnapshot.h"

// Dates that contradict each other or the contract are protocol errors, like a wrong type: an
// operation ending before it starts, a transit server free until before it was ready, a `ready`
// transit server without its dates (docs/contract.md, "Dates"). Billing and plans are computed from
// these dates; a contradiction there would be billed or planned as if it were true.
namespace passerelle::contract::dates {

// The provider's free_until may differ from ready_at + 14 days by rounding (a calendar day, a
// time zone); more than this is a contradiction.
inline constexpr qint64 kFreeUntilToleranceSeconds = 86400;

void checkTransit(JsonReader &reader, const TransitServer &transit, const QString &path);
void checkClientServer(JsonReader &reader, const ClientServer &clientServer, const QString &path);
void checkOperation(JsonReader &reader, const AccountRecord &account, const QString &path);

} // namespace passerelle::contract::dates
