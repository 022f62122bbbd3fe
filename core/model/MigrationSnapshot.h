#pragma once

#include "core/model/AccountRecord.h"
#include "core/model/Money.h"

#include <QDateTime>
#include <QString>

namespace passerelle {

enum class TransitStatus { NotRequested, Requested, WaitingForServer, Installing, Ready, Released };
enum class ClientServerStatus { Original, ReinstallRequested, Reinstalling, Reinstalled };
// Who moves the accounts back in step 7.
enum class Finalizer { Nobody, Support, Customer };
// What the customer asks support for (POST /v1/migration/{id}/support_request/ topics).
enum class SupportTopic { TransitServer, SharedTransitServer, Reinstall, Finalization };

// One entry of GET /v1/migration/.
struct MigrationSummary
{
    qint64 id = 0;
    QString description;
    QString kind;
    QDateTime deadline;
    qint64 serverId = 0;

    friend bool operator==(const MigrationSummary &, const MigrationSummary &) = default;
};

struct TransitServer
{
    TransitStatus status = TransitStatus::NotRequested;
    QString name;
    int precopyPercent = 0; // 0..100, meaningful while installing
    QDateTime requestedAt;
    QDateTime readyAt;
    QDateTime freeUntil;

    friend bool operator==(const TransitServer &, const TransitServer &) = default;
};

struct ClientServer
{
    ClientServerStatus status = ClientServerStatus::Original;
    QDateTime reinstallStartedAt;
    QDateTime reinstalledAt;

    friend bool operator==(const ClientServer &, const ClientServer &) = default;
};

struct Finalization
{
    Finalizer by = Finalizer::Nobody;
    QDateTime freeUntil; // set when the customer finalizes

    friend bool operator==(const Finalization &, const Finalization &) = default;
};

// GET /v1/migration/{id}/: the migration and the state of both servers.
struct MigrationDetail
{
    MigrationSummary summary;
    Money serverDailyPrice;
    TransitServer transit;
    ClientServer clientServer;
    Finalization finalization;

    friend bool operator==(const MigrationDetail &, const MigrationDetail &) = default;
};

// Everything the provider told us at one moment: the migration plus every account.
struct MigrationSnapshot
{
    MigrationDetail migration;
    AccountList accounts;

    const AccountRecord *account(qint64 accountId) const;
    const AccountRecord *accountNamed(const QString &name) const;

    friend bool operator==(const MigrationSnapshot &, const MigrationSnapshot &) = default;
};

} // namespace passerelle
