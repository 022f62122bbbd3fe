// The per-account operations of the simulated provider: test, migrate, rollback, move back.
#include "core/api/ApiContract.h"
#include "core/model/Downtime.h"
#include "core/model/TrContext.h"
#include "core/sim/ProviderSimulator.h"
#include "core/sim/SimLog.h"

using namespace Qt::Literals::StringLiterals;

namespace passerelle::sim {
namespace {

PASSERELLE_TR_CONTEXT(ProviderText);

QString operationName(qint64 migrationId, qint64 accountId, AccountAction action)
{
    return u"action "_s + QString::number(migrationId) + u'/' + QString::number(accountId) + u'/'
        + QString::number(int(action));
}

// Whether a scripted failure strikes this attempt (attempts count from 1).
bool strikes(const std::optional<ScriptedFailure> &failure, int attempt)
{
    return failure && (!failure->firstOnly || attempt == 1);
}

Refusal conflict(const QString &detail, const AccountRecord &account)
{
    return Refusal {409, detail, account.status};
}

} // namespace

SimAnswer<AccountRecord> ProviderSimulator::startAction(qint64 migrationId, qint64 accountId, AccountAction action,
                                                        const QUuid &idempotencyKey)
{
    using Answer = SimAnswer<AccountRecord>;
    catchUp();
    if (auto refusal = unknownMigration(migrationId))
        return Answer(*refusal);
    const AccountRecord *account = findAccount(accountId);
    if (!account)
        return Answer(Refusal {404, ProviderText::tr("No account %1 in this migration.").arg(accountId), std::nullopt});
    if (idempotencyKey.isNull())
        return Answer(Refusal {400, ProviderText::tr("The Idempotency-Key header is required."), std::nullopt});

    const QString operation = operationName(migrationId, accountId, action);
    IdempotencyLedger::Answer first;
    switch (m_ledger.find(idempotencyKey, operation, &first)) {
    case IdempotencyLedger::Lookup::Replay:
        return Answer(std::get<AccountRecord>(first));
    case IdempotencyLedger::Lookup::OtherOperation:
        return Answer(Refusal {422, ProviderText::tr("This Idempotency-Key was already used for another request."),
                               std::nullopt});
    case IdempotencyLedger::Lookup::Unknown:
        break;
    }
    if (auto refusal = whyNot(action, *account))
        return Answer(*refusal);

    beginOperation(accountId, action);
    m_actionCounts[qMakePair(accountId, int(action))] += 1;
    // Read again: the change may have moved the list (a copy shared with a client is left alone).
    const AccountRecord &started = *findAccount(accountId);
    m_ledger.remember(idempotencyKey, operation, started);
    return Answer(started);
}

std::optional<Refusal> ProviderSimulator::whyNot(AccountAction action, const AccountRecord &account) const
{
    if (isRunning(account.status))
        return conflict(ProviderText::tr("An operation is already running on account %1.").arg(account.name), account);
    const AccountRecord *moving = accountOnTheMove();
    // Accounts move one at a time on the whole server (docs/process.md, "Per-account actions"); tests run alongside.
    if (action != AccountAction::Test && moving)
        return conflict(ProviderText::tr("Account %1 is being moved; wait until it is done.").arg(moving->name),
                        account);
    const MigrationDetail &detail = m_detail;
    switch (action) {
    case AccountAction::Test:
        if (account.location != Location::Client || account.version != Version::Old)
            return conflict(ProviderText::tr("Only an account still on the old infrastructure can be tested."),
                            account);
        if (detail.transit.status != TransitStatus::NotRequested)
            return conflict(ProviderText::tr("Database tests belong to the preparation, before the transit server is "
                                             "requested."),
                            account);
        return std::nullopt;
    case AccountAction::Migrate:
        if (account.location == Location::Transit)
            return conflict(ProviderText::tr("Account %1 is already on the transit server.").arg(account.name),
                            account);
        if (account.version == Version::New)
            return conflict(ProviderText::tr("Account %1 already runs on the new infrastructure.").arg(account.name),
                            account);
        if (detail.clientServer.status != ClientServerStatus::Original)
            return conflict(ProviderText::tr("The client server reinstallation was requested: no more migrations."),
                            account);
        if (detail.transit.status != TransitStatus::Ready)
            return conflict(ProviderText::tr("The transit server is not ready yet."), account);
        return std::nullopt;
    case AccountAction::Rollback:
        if (account.location != Location::Transit)
            return conflict(ProviderText::tr("Account %1 is not on the transit server.").arg(account.name), account);
        // Rollback closes for good once the reinstall is requested (docs/process.md, "Per-account actions").
        if (detail.clientServer.status != ClientServerStatus::Original || !account.rollbackAvailable)
            return conflict(ProviderText::tr("Rollback is no longer possible: the client server reinstallation was "
                                             "requested."),
                            account);
        return std::nullopt;
    case AccountAction::MoveBack:
        if (account.location != Location::Transit)
            return conflict(ProviderText::tr("Account %1 is already on the client server.").arg(account.name), account);
        if (detail.clientServer.status != ClientServerStatus::Reinstalled)
            return conflict(ProviderText::tr("The client server is not reinstalled yet."), account);
        if (detail.finalization.by != Finalizer::Customer)
            return conflict(detail.finalization.by == Finalizer::Support
                                ? ProviderText::tr("Support moves the accounts back for this migration.")
                                : ProviderText::tr("Ask for the finalization first (by support or by yourself)."),
                            account);
        return std::nullopt;
    }
    return conflict(ProviderText::tr("This action is not allowed now."), account);
}

void ProviderSimulator::beginOperation(qint64 accountId, AccountAction action)
{
    qint64 actual = 0;
    changeAccount(accountId, [this, action, &actual](AccountRecord &account) {
        const qint64 estimate = downtime::forAccount(account).count();
        actual = std::max<qint64>(downtime::kFloor.count(), jittered(estimate));
        account.status = runningStatusFor(action);
        account.operationStartedAt = m_now;
        account.operationEstimatedEnd = m_now.addSecs(estimate);
        account.operationEndedAt = QDateTime();
    });
    qCDebug(lcSim).noquote() << "account" << accountId << "starts" << contract::toString(action) << "for" << actual
                             << "simulated s";
    schedule(m_now.addSecs(actual), [this, accountId, action] { finishOperation(accountId, action); });
}

void ProviderSimulator::finishOperation(qint64 accountId, AccountAction action)
{
    if (!findAccount(accountId))
        return;
    // Read before the change: the scripted outcome depends on the attempt, not on the account.
    QString testMessage;
    const bool testFails = action == AccountAction::Test && databaseTestFails(accountId, &testMessage);
    const ScenarioAccount *scripted = scenarioAccount(accountId);
    const bool migrateFails = action == AccountAction::Migrate && scripted
        && strikes(scripted->migrateFailure, actionCount(accountId, AccountAction::Migrate));
    changeAccount(accountId, [&](AccountRecord &account) {
        account.operationStartedAt = QDateTime();
        account.operationEstimatedEnd = QDateTime();
        account.operationEndedAt = m_now;
        switch (action) {
        case AccountAction::Test:
            account.status = testFails ? AccountStatus::TestFailed : AccountStatus::Tested;
            account.lastError = testFails ? testMessage : QString();
            break;
        case AccountAction::Migrate:
            if (migrateFails) {
                // A failed migration leaves the account where it was, on the old infrastructure.
                account.status = AccountStatus::Failed;
                account.lastError = scripted->migrateFailure->message;
                break;
            }
            account.location = Location::Transit;
            account.version = Version::New;
            account.status = AccountStatus::Migrated;
            account.rollbackAvailable = m_detail.clientServer.status == ClientServerStatus::Original;
            account.lastError.clear();
            break;
        case AccountAction::Rollback:
            account.location = Location::Client;
            account.version = Version::Old;
            account.status = AccountStatus::Idle;
            account.rollbackAvailable = false;
            break;
        case AccountAction::MoveBack:
            account.location = Location::Client;
            account.version = Version::New;
            account.status = AccountStatus::Done;
            account.rollbackAvailable = false;
            break;
        }
    });
    releaseTransitIfDone();
    // Support works through the accounts one after the other (finalization by support, step 7).
    if (action == AccountAction::MoveBack && m_detail.finalization.by == Finalizer::Support)
        supportMovesNextAccount();
}

bool ProviderSimulator::databaseTestFails(qint64 accountId, QString *message)
{
    const ScenarioAccount *account = scenarioAccount(accountId);
    if (!account)
        return false;
    const int attempt = actionCount(accountId, AccountAction::Test);
    // A database type the new infrastructure dropped can never pass (the 2024 one removes MongoDB).
    for (const ScenarioDatabase &database : account->databases) {
        if (m_scenario.removedDatabaseTypes.contains(database.type)) {
            *message = ProviderText::tr("Database %1: %2 is not available on the new infrastructure; export its data "
                                        "and remove the database before migrating.")
                           .arg(database.name, databases::typeName(database.type));
            return true;
        }
    }
    if (strikes(account->testFailure, attempt)) {
        *message = account->testFailure->message;
        return true;
    }
    return false;
}

void ProviderSimulator::releaseTransitIfDone()
{
    if (m_detail.clientServer.status != ClientServerStatus::Reinstalled
        || m_detail.transit.status != TransitStatus::Ready || m_accountsBack != m_accounts.size())
        return;
    m_detail.transit.status = TransitStatus::Released;
    qCInfo(lcSim) << "every account is back: transit server released";
}

} // namespace passerelle::sim
