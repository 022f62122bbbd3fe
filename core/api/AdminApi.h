#pragma once

#include "core/api/ApiJob.h"
#include "core/api/ProviderTypes.h"
#include "core/model/AccountRecord.h"
#include "core/model/MigrationSnapshot.h"

#include <QList>
#include <QObject>
#include <QUuid>

namespace passerelle {

using ServersJob = ValueJob<QList<ServerInfo>>;
using HostingAccountsJob = ValueJob<QList<HostingAccount>>;
using DatabasesJob = ValueJob<QList<DatabaseInfo>>;
using SitesJob = ValueJob<QList<SiteInfo>>;
using MigrationsJob = ValueJob<QList<MigrationSummary>>;
using MigrationJob = ValueJob<MigrationDetail>;
using MigrationAccountsJob = ValueJob<AccountList>;
using AccountActionJob = ValueJob<AccountRecord>;
using SupportRequestJob = ValueJob<SupportTicket>;

// The provider's admin API as Passerelle speaks it (docs/contract.md). Implemented by the REST client
// and by the in-process dry-run simulator. Every call returns a job the caller owns; it finishes
// exactly once, asynchronously.
class AdminApi : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // Section A: documented read-only resources.
    virtual ServersJob *servers() = 0;
    virtual HostingAccountsJob *hostingAccounts() = 0;
    virtual DatabasesJob *databases() = 0;
    virtual SitesJob *sites() = 0;

    // Section B: the migration resource.
    virtual MigrationsJob *migrations() = 0;
    virtual MigrationJob *migration(qint64 migrationId) = 0;
    virtual MigrationAccountsJob *migrationAccounts(qint64 migrationId) = 0;
    // One account action. The same idempotency key sent again returns the first answer.
    virtual AccountActionJob *startAction(qint64 migrationId, qint64 accountId, AccountAction action,
                                          const QUuid &idempotencyKey) = 0;
    // An ApiError::Kind::NotOffered error means: show the message to copy instead.
    virtual SupportRequestJob *requestSupport(qint64 migrationId, const SupportRequest &request,
                                              const QUuid &idempotencyKey) = 0;

    // True for the offline simulator: nothing can reach a real provider.
    virtual bool isDryRun() const = 0;
};

} // namespace passerelle
