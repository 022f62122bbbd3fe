#include "core/api/ContractDates.h"

#include "core/model/Billing.h"
#include "core/model/TrContext.h"

#include <cstdlib>

using namespace Qt::Literals::StringLiterals;

namespace passerelle::contract::dates {
namespace {

PASSERELLE_TR_CONTEXT(Protocol);

// `later` (named `laterKey`) must not come before `earlier` when both are given.
void requireOrder(JsonReader &reader, const QString &path, const QDateTime &earlier, const QString &earlierKey,
                  const QDateTime &later, const QString &laterKey)
{
    if (reader.ok() && earlier.isValid() && later.isValid() && later < earlier)
        reader.fail(childPath(path, laterKey), Protocol::tr("%1 comes before %2").arg(laterKey, earlierKey));
}

void requirePresent(JsonReader &reader, const QString &path, const QDateTime &value, const QString &key,
                    const QString &status)
{
    if (reader.ok() && !value.isValid())
        reader.fail(childPath(path, key), Protocol::tr("missing while the status is \"%1\"").arg(status));
}

} // namespace

void checkTransit(JsonReader &reader, const TransitServer &transit, const QString &path)
{
    if (transit.status == TransitStatus::Ready) {
        requirePresent(reader, path, transit.readyAt, u"ready_at"_s, u"ready"_s);
        requirePresent(reader, path, transit.freeUntil, u"free_until"_s, u"ready"_s);
    }
    requireOrder(reader, path, transit.requestedAt, u"requested_at"_s, transit.readyAt, u"ready_at"_s);
    requireOrder(reader, path, transit.readyAt, u"ready_at"_s, transit.freeUntil, u"free_until"_s);
    if (reader.ok() && transit.readyAt.isValid() && transit.freeUntil.isValid()) {
        const qint64 gap = billing::transitFreeUntil(transit.readyAt).secsTo(transit.freeUntil);
        if (std::abs(gap) > kFreeUntilToleranceSeconds)
            reader.fail(childPath(path, u"free_until"_s),
                        Protocol::tr("is not ready_at + %1 days").arg(billing::kTransitFreeDays));
    }
}

void checkClientServer(JsonReader &reader, const ClientServer &clientServer, const QString &path)
{
    requireOrder(reader, path, clientServer.reinstallStartedAt, u"reinstall_started_at"_s, clientServer.reinstalledAt,
                 u"reinstalled_at"_s);
}

void checkOperation(JsonReader &reader, const AccountRecord &account, const QString &path)
{
    requireOrder(reader, path, account.operationStartedAt, u"operation_started_at"_s, account.operationEstimatedEnd,
                 u"operation_estimated_end"_s);
}

} // namespace passerelle::contract::dates
