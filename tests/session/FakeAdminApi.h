#pragma once

#include "core/api/AdminApi.h"

#include <QList>
#include <QUuid>

namespace passerelle::fakes {

// A scriptable in-process provider for session tests: it records every call and can lose
// answers, refuse, or fail reads on demand. Not the simulator: no time, no rules of its own.
class FakeAdminApi final : public AdminApi
{
    Q_OBJECT

public:
    struct Post
    {
        qint64 accountId;
        AccountAction action;
        QUuid key;
    };

    QList<MigrationSummary> offered;
    MigrationDetail detail;
    AccountList accounts;
    QList<SiteInfo> siteList; // what GET /v1/site/ answers
    int siteReads = 0;
    QList<DatabaseInfo> databaseList; // GET /v1/database/
    int databaseReads = 0;

    QList<Post> posts;
    QList<SupportRequest> supportRequests;
    QList<QUuid> supportKeys;
    int migrationReads = 0;
    int accountReads = 0;

    // Scripted faults for the next POST.
    bool loseNextAnswerAfterApplying = false;
    bool loseNextAnswerWithoutApplying = false;
    bool supportNotOffered = false;
    bool unreadableNextSupportAnswer = false; // support gets it, the 201's body cannot be read
    int failReads = 0; // how many next reads fail with a network error
    bool failReadsAsKeyRefused = false; // ... with a 401 instead

    ServersJob *servers() override;
    HostingAccountsJob *hostingAccounts() override;
    DatabasesJob *databases() override;
    SitesJob *sites() override;
    MigrationsJob *migrations() override;
    MigrationJob *migration(qint64 migrationId) override;
    MigrationAccountsJob *migrationAccounts(qint64 migrationId) override;
    AccountActionJob *startAction(qint64 migrationId, qint64 accountId, AccountAction action,
                                  const QUuid &idempotencyKey) override;
    SupportRequestJob *requestSupport(qint64 migrationId, const SupportRequest &request,
                                      const QUuid &idempotencyKey) override;
    // A test double of the real provider: it takes the REST path's branches, never the dry-run's.
    bool dryRun = false;
    bool isDryRun() const override { return dryRun; }

    AccountRecord *account(qint64 id);
    // Ends the running operation of an account as the provider would.
    void finishOperation(qint64 accountId, bool succeeded = true);
    int postsFor(qint64 accountId, AccountAction action) const;

private:
    bool readFails();
    ApiError readError() const;
    QList<QUuid> m_appliedKeys;
};

// A migration with `count` accounts (ids 301...), transit ready, everything on the client.
FakeAdminApi *makeReadyProvider(int count, QObject *parent = nullptr);

} // namespace passerelle::fakes
