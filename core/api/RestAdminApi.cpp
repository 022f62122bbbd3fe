#include "core/api/RestAdminApi.h"

#include "core/api/ApiContract.h"
#include "core/api/ApiLog.h"
#include "core/api/RestJob.h"

#include <utility>

namespace passerelle {

namespace {

HttpExchange::Spec get(QString path)
{
    HttpExchange::Spec spec;
    spec.method = QByteArrayLiteral("GET");
    spec.path = std::move(path);
    return spec;
}

HttpExchange::Spec post(QString path, QByteArray body, const QUuid &idempotencyKey)
{
    HttpExchange::Spec spec;
    spec.method = QByteArrayLiteral("POST");
    spec.path = std::move(path);
    spec.body = std::move(body);
    spec.idempotencyKey = idempotencyKey;
    return spec;
}

} // namespace

RestAdminApi::RestAdminApi(HttpContext context, QObject *parent) : AdminApi(parent), m_context(std::move(context))
{
    Q_ASSERT(m_context.network);
}

template<typename T, typename Parse>
ValueJob<T> *RestAdminApi::run(HttpExchange::Spec spec, httperror::Endpoint endpoint, Parse parse)
{
    auto *job = new RestJob<T>();
    const QString what = QString::fromLatin1(spec.method) + u' ' + spec.path;
    if (!spec.idempotencyKey.isNull() || spec.method == "GET") {
        auto *exchange = new HttpExchange(m_context, std::move(spec), job);
        job->setExchange(exchange);
        connect(exchange, &HttpExchange::waitScheduled, this, &RestAdminApi::waitScheduled);
        connect(exchange, &HttpExchange::pacedFor, this, &RestAdminApi::pacedFor);
        connect(exchange, &HttpExchange::finished, job, [job, endpoint, parse, what](const HttpOutcome &outcome) {
            if (auto error = httperror::errorFor(outcome, endpoint)) {
                qCWarning(lcApi) << what << "failed: HTTP" << outcome.httpStatus << outcome.networkError << "after"
                                 << outcome.attempts << "request(s)";
                job->fail(*error);
                return;
            }
            auto parsed = parse(outcome.body);
            if (!parsed) {
                qCWarning(lcApi) << what << "answered against the contract:" << parsed.error().field;
                job->fail(parsed.error());
                return;
            }
            job->succeed(std::move(parsed.value()));
        });
        exchange->start();
    } else {
        // An unsafe request without its Idempotency-Key is a bug of the caller (section B).
        job->fail(ApiError::make(ApiError::Kind::BadRequest, tr("A request was missing its idempotency key.")));
    }
    return job;
}

ServersJob *RestAdminApi::servers()
{
    return run<QList<ServerInfo>>(get(contract::serversPath()), httperror::Endpoint::Read, &contract::parseServers);
}

HostingAccountsJob *RestAdminApi::hostingAccounts()
{
    return run<QList<HostingAccount>>(get(contract::hostingAccountsPath()), httperror::Endpoint::Read,
                                      &contract::parseHostingAccounts);
}

DatabasesJob *RestAdminApi::databases()
{
    return run<QList<DatabaseInfo>>(get(contract::databasesPath()), httperror::Endpoint::Read,
                                    &contract::parseDatabases);
}

SitesJob *RestAdminApi::sites()
{
    return run<QList<SiteInfo>>(get(contract::sitesPath()), httperror::Endpoint::Read, &contract::parseSites);
}

MigrationsJob *RestAdminApi::migrations()
{
    return run<QList<MigrationSummary>>(get(contract::migrationsPath()), httperror::Endpoint::Read,
                                        &contract::parseMigrations);
}

MigrationJob *RestAdminApi::migration(qint64 migrationId)
{
    return run<MigrationDetail>(get(contract::migrationPath(migrationId)), httperror::Endpoint::Read,
                                [migrationId](const QByteArray &body) { return contract::parseMigration(body, migrationId); });
}

MigrationAccountsJob *RestAdminApi::migrationAccounts(qint64 migrationId)
{
    return run<AccountList>(get(contract::migrationAccountsPath(migrationId)), httperror::Endpoint::Read,
                            &contract::parseMigrationAccounts);
}

AccountActionJob *RestAdminApi::startAction(qint64 migrationId, qint64 accountId, AccountAction action,
                                            const QUuid &idempotencyKey)
{
    return run<AccountRecord>(
        post(contract::actionPath(migrationId, accountId, action), contract::emptyActionBody(), idempotencyKey),
        httperror::Endpoint::Action,
        [accountId](const QByteArray &body) { return contract::parseAccount(body, accountId); });
}

SupportRequestJob *RestAdminApi::requestSupport(qint64 migrationId, const SupportRequest &request,
                                                const QUuid &idempotencyKey)
{
    return run<SupportTicket>(
        post(contract::supportRequestPath(migrationId), contract::supportRequestBody(request), idempotencyKey),
        httperror::Endpoint::SupportRequest, &contract::parseSupportTicket);
}

} // namespace passerelle
