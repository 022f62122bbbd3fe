#include "tests/session/FakeAdminApi.h"

using namespace Qt::Literals::StringLiterals;

namespace passerelle::fakes {
namespace {

ApiError networkError()
{
    return ApiError::make(ApiError::Kind::Network, u"unreachable"_s);
}

ApiError lostAnswer()
{
    return ApiError::make(ApiError::Kind::OutcomeUnknown, u"connection closed before the answer"_s);
}

template<typename Job, typename Value>
Job *succeed(AdminApi *api, Value value)
{
    auto *job = new Job(api);
    job->succeed(std::move(value));
    return job;
}

template<typename Job>
Job *failed(AdminApi *api, const ApiError &error)
{
    auto *job = new Job(api);
    job->fail(error);
    return job;
}

} // namespace

ApiError FakeAdminApi::readError() const
{
    return failReadsAsKeyRefused ? ApiError::make(ApiError::Kind::KeyRefused, u"The API key was refused."_s, 401)
                                 : networkError();
}

bool FakeAdminApi::readFails()
{
    if (failReads <= 0)
        return false;
    --failReads;
    return true;
}

ServersJob *FakeAdminApi::servers()
{
    return succeed<ServersJob>(this, QList<ServerInfo> {{12, u"vps-acme"_s, 1}});
}

HostingAccountsJob *FakeAdminApi::hostingAccounts()
{
    return succeed<HostingAccountsJob>(this, QList<HostingAccount>{});
}

DatabasesJob *FakeAdminApi::databases()
{
    ++databaseReads;
    return succeed<DatabasesJob>(this, databaseList);
}

SitesJob *FakeAdminApi::sites()
{
    ++siteReads;
    return succeed<SitesJob>(this, siteList);
}

MigrationsJob *FakeAdminApi::migrations()
{
    if (readFails())
        return failed<MigrationsJob>(this, networkError());
    return succeed<MigrationsJob>(this, offered);
}

MigrationJob *FakeAdminApi::migration(qint64)
{
    ++migrationReads;
    if (readFails())
        return failed<MigrationJob>(this, readError());
    return succeed<MigrationJob>(this, detail);
}

MigrationAccountsJob *FakeAdminApi::migrationAccounts(qint64)
{
    ++accountReads;
    if (readFails())
        return failed<MigrationAccountsJob>(this, readError());
    return succeed<MigrationAccountsJob>(this, accounts);
}

AccountActionJob *FakeAdminApi::startAction(qint64, qint64 accountId, AccountAction action, const QUuid &key)
{
    posts.append({accountId, action, key});
    AccountRecord *target = account(accountId);
    if (!target)
        return failed<AccountActionJob>(this, ApiError::make(ApiError::Kind::NotFound, u"unknown"_s));
    if (loseNextAnswerWithoutApplying) {
        loseNextAnswerWithoutApplying = false;
        return failed<AccountActionJob>(this, lostAnswer());
    }
    // Idempotency as the contract says: the same key starts nothing new.
    if (!m_appliedKeys.contains(key)) {
        m_appliedKeys.append(key);
        target->status = runningStatusFor(action);
    }
    if (loseNextAnswerAfterApplying) {
        loseNextAnswerAfterApplying = false;
        return failed<AccountActionJob>(this, lostAnswer());
    }
    return succeed<AccountActionJob>(this, *target);
}

SupportRequestJob *FakeAdminApi::requestSupport(qint64, const SupportRequest &request, const QUuid &key)
{
    supportRequests.append(request);
    supportKeys.append(key);
    if (supportNotOffered)
        return failed<SupportRequestJob>(this, ApiError::make(ApiError::Kind::NotOffered, u"404"_s));
    if (request.topic == SupportTopic::TransitServer)
        detail.transit.status = TransitStatus::Requested;
    if (unreadableNextSupportAnswer) {
        unreadableNextSupportAnswer = false;
        return failed<SupportRequestJob>(this, ApiError::protocol(u"id"_s, u"unreadable"_s));
    }
    return succeed<SupportRequestJob>(this, SupportTicket{55, request.topic, QDateTime::currentDateTimeUtc()});
}

AccountRecord *FakeAdminApi::account(qint64 id)
{
    for (AccountRecord &candidate : accounts) {
        if (candidate.id == id)
            return &candidate;
    }
    return nullptr;
}

void FakeAdminApi::finishOperation(qint64 accountId, bool succeeded)
{
    AccountRecord *target = account(accountId);
    if (!target)
        return;
    switch (target->status) {
    case AccountStatus::Migrating:
        if (succeeded) {
            target->location = Location::Transit;
            target->version = Version::New;
            target->rollbackAvailable = true;
        }
        target->status = succeeded ? AccountStatus::Migrated : AccountStatus::Failed;
        break;
    case AccountStatus::MovingBack:
        if (succeeded)
            target->location = Location::Client;
        target->status = succeeded ? AccountStatus::Done : AccountStatus::Failed;
        break;
    case AccountStatus::RollingBack:
        target->location = Location::Client;
        target->version = Version::Old;
        target->rollbackAvailable = false;
        target->status = AccountStatus::Idle;
        break;
    case AccountStatus::Testing:
        target->status = succeeded ? AccountStatus::Tested : AccountStatus::TestFailed;
        break;
    default:
        break;
    }
}

int FakeAdminApi::postsFor(qint64 accountId, AccountAction action) const
{
    int count = 0;
    for (const Post &post : posts)
        count += post.accountId == accountId && post.action == action ? 1 : 0;
    return count;
}

FakeAdminApi *makeReadyProvider(int count, QObject *parent)
{
    auto *api = new FakeAdminApi;
    api->setParent(parent);
    api->offered = {{7, u"2024 software infrastructure"_s, u"private_cloud_required"_s,
                     QDateTime(QDate(2027, 1, 31), QTime(23, 59), Qt::UTC), 12}};
    api->detail.summary = api->offered.constFirst();
    api->detail.serverDailyPrice = {420, u"EUR"_s};
    api->detail.transit.status = TransitStatus::Ready;
    api->detail.transit.readyAt = QDateTime(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC);
    for (int i = 0; i < count; ++i) {
        AccountRecord account;
        account.id = 301 + i;
        account.name = u"account-%1"_s.arg(i + 1);
        account.databaseSize = qint64(i + 1) << 30;
        api->accounts.append(account);
    }
    return api;
}

} // namespace passerelle::fakes
