#include "core/model/OperationEnd.h"

namespace passerelle {
namespace {

bool effectShows(AccountAction action, const AccountRecord &account)
{
    switch (action) {
    case AccountAction::Test:
        return account.status == AccountStatus::Tested;
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

OperationEnd operationEnd(AccountAction action, const AccountRecord &accountNow)
{
    if (accountNow.status == AccountStatus::Failed || accountNow.status == AccountStatus::TestFailed)
        return OperationEnd::Failed;
    return effectShows(action, accountNow) ? OperationEnd::Succeeded : OperationEnd::Vanished;
}

std::optional<AccountAction> actionRunningIn(AccountStatus status)
{
    for (const AccountAction action : kAccountActions) {
        if (runningStatusFor(action) == status)
            return action;
    }
    return std::nullopt;
}

} // namespace passerelle
