#include "core/model/AccountRecord.h"

namespace passerelle {

bool isRunning(AccountStatus status)
{
    switch (status) {
    case AccountStatus::Testing:
    case AccountStatus::Migrating:
    case AccountStatus::RollingBack:
    case AccountStatus::MovingBack:
        return true;
    default:
        return false;
    }
}

bool isMoving(AccountStatus status)
{
    return isRunning(status) && status != AccountStatus::Testing;
}

AccountStatus runningStatusFor(AccountAction action)
{
    switch (action) {
    case AccountAction::Test:
        return AccountStatus::Testing;
    case AccountAction::Migrate:
        return AccountStatus::Migrating;
    case AccountAction::Rollback:
        return AccountStatus::RollingBack;
    case AccountAction::MoveBack:
        return AccountStatus::MovingBack;
    }
    return AccountStatus::Idle;
}

} // namespace passerelle
