#pragma once

#include "core/api/AdminApi.h"
#include "core/api/HttpContext.h"
#include "core/api/HttpErrorMapping.h"
#include "core/api/HttpExchange.h"

namespace passerelle {

// The provider's REST admin API (docs/contract.md), on an injected QNetworkAccessManager. URLs and JSON
// come from ApiContract; pacing, retries, redirects, timeouts and size limits from HttpExchange;
// status codes become typed errors in HttpErrorMapping.
class RestAdminApi final : public AdminApi
{
    Q_OBJECT

public:
    // `context` must be complete (network, pacer, retry policy, clock); they must outlive this.
    explicit RestAdminApi(HttpContext context, QObject *parent = nullptr);

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
    bool isDryRun() const override { return false; }

Q_SIGNALS:
    // A request waits (pacing or retry backoff) before going out: for "retrying in N s" notices.
    void waitScheduled(qint64 requestedMs);
    // The request limits or the provider's pause hold a request: for "waiting N s" notices.
    void pacedFor(qint64 requestedMs);

private:
    template<typename T, typename Parse>
    ValueJob<T> *run(HttpExchange::Spec spec, httperror::Endpoint endpoint, Parse parse);

    HttpContext m_context;
};

} // namespace passerelle
