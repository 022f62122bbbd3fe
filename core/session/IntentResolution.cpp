#include "core/session/IntentResolution.h"

namespace passerelle {
namespace {

// An operation the provider started at or after the intent was written is ours.
bool startedSince(const ActionIntent &intent, const AccountRecord &account)
{
    return account.operationStartedAt.isValid() && intent.createdAt.isValid()
        && account.operationStartedAt >= intent.createdAt.addSecs(-5);
}

bool effectVisible(AccountAction action, const AccountRecord &account)
{
    switch (action) {
    case AccountAction::Test:
        return account.status == AccountStatus::Tested || account.status == AccountStatus::TestFailed;
    case AccountAction::Migrate:
        return account.location == Location::Transit && account.version == Version::New;
    case AccountAction::Rollback:
        return account.location == Location::Client && account.version == Version::Old;
    case AccountAction::MoveBack:
        return account.location == Location::Client && account.version == Version::New;
    }
    return false;
}

} // namespace

bool outcomeUnknown(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::OutcomeUnknown:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Server:
    case ApiError::Kind::Protocol:
    case ApiError::Kind::Cancelled:
        return true;
    default:
        return false;
    }
}

IntentEvidence evidenceFor(const ActionIntent &intent, const AccountRecord &accountNow)
{
    if (accountNow.status == runningStatusFor(intent.action))
        return IntentEvidence::Running;
    if (isRunning(accountNow.status))
        return IntentEvidence::NotStarted; // another operation holds the account: ours did not start
    if (accountNow.status == AccountStatus::Failed && startedSince(intent, accountNow))
        return IntentEvidence::Finished;
    // A test leaves the account where it was, so only its start time proves it ran. When unsure we
    // answer NotStarted: re-sending with the same idempotency key cannot start anything twice.
    if (intent.action == AccountAction::Test)
        return effectVisible(intent.action, accountNow) && startedSince(intent, accountNow) ? IntentEvidence::Finished
                                                                                            : IntentEvidence::NotStarted;
    return effectVisible(intent.action, accountNow) ? IntentEvidence::Finished : IntentEvidence::NotStarted;
}

bool shownAfterAcceptance(const ActionIntent &intent, const AccountRecord &accountNow)
{
    return evidenceFor(intent, accountNow) != IntentEvidence::NotStarted
        || (intent.action == AccountAction::Test && effectVisible(intent.action, accountNow));
}

bool supportRequestReached(SupportTopic topic, const MigrationDetail &migration)
{
    switch (topic) {
    case SupportTopic::TransitServer:
        return migration.transit.status != TransitStatus::NotRequested;
    case SupportTopic::Reinstall:
        return migration.clientServer.status != ClientServerStatus::Original;
    case SupportTopic::Finalization:
        return migration.finalization.by != Finalizer::Nobody;
    case SupportTopic::SharedTransitServer:
        break;
    }
    return false;
}

} // namespace passerelle
