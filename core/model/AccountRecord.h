#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <array>

namespace passerelle {

enum class Location { Client, Transit };
enum class Version { Old, New };

// The provider's per-account status strings (docs/contract.md, "Reads").
enum class AccountStatus {
    Idle,
    Testing,
    Tested,
    TestFailed,
    Migrating,
    Migrated,
    RollingBack,
    MovingBack,
    Done,
    Failed,
};

// What a customer can ask for one account.
enum class AccountAction { Test, Migrate, Rollback, MoveBack };

// The four actions, in the order every list and table shows them.
inline constexpr std::array<AccountAction, 4> kAccountActions
    = {AccountAction::Test, AccountAction::Migrate, AccountAction::Rollback, AccountAction::MoveBack};

// True while the provider runs an operation on the account (the account is busy).
bool isRunning(AccountStatus status);
// True while the operation moves the account between servers (causes downtime).
bool isMoving(AccountStatus status);
// The status the account enters when the action starts (for example Migrate -> Migrating).
AccountStatus runningStatusFor(AccountAction action);

// One hosting account of the client server, as the provider reports it.
struct AccountRecord
{
    qint64 id = 0;
    QString name;
    qint64 databaseSize = 0; // bytes
    qint64 filesSize = 0; // bytes
    qint64 mailSize = 0; // bytes
    Location location = Location::Client;
    Version version = Version::Old;
    AccountStatus status = AccountStatus::Idle;
    QDateTime operationStartedAt; // null when no operation runs
    QDateTime operationEstimatedEnd; // the provider's estimate, null when it gives none
    // When the last operation ended, as the provider reports it (an optional field: null when the
    // provider does not say). Observed downtimes are measured from the provider's times only.
    QDateTime operationEndedAt;
    bool rollbackAvailable = false;
    QString lastError; // empty when none

    friend bool operator==(const AccountRecord &, const AccountRecord &) = default;
};

} // namespace passerelle

// The list type of every read: AccountList (shared in blocks).
#include "core/model/AccountList.h"
