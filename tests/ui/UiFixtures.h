#pragma once

#include "core/model/LocalFacts.h"
#include "core/model/MigrationSnapshot.h"
#include "ui/accounts/AccountsTableModel.h"

#include <QDateTime>
#include <QString>

namespace passerelle::testing {

// A migration at a chosen stage, with `count` accounts named site-1 … site-N.
inline AccountRecord makeAccount(qint64 id, qint64 databaseBytes = 0)
{
    AccountRecord account;
    account.id = id;
    account.name = QStringLiteral("site-%1").arg(id);
    account.databaseSize = databaseBytes;
    return account;
}

// The model's index of an account's row, in `column`.
inline QModelIndex sourceIndexOf(const ui::AccountsTableModel &model, qint64 accountId, int column)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, column);
        if (index.data(ui::AccountsTableModel::AccountIdRole).toLongLong() == accountId)
            return index;
    }
    return {};
}

inline QDateTime at(const char *isoUtc)
{
    return QDateTime::fromString(QString::fromLatin1(isoUtc), Qt::ISODate);
}

inline MigrationSnapshot makeSnapshot(int count)
{
    MigrationSnapshot snapshot;
    snapshot.migration.summary.id = 7;
    snapshot.migration.summary.deadline = at("2026-12-31T00:00:00Z");
    snapshot.migration.serverDailyPrice = Money {420, QStringLiteral("EUR")};
    for (int i = 1; i <= count; ++i)
        snapshot.accounts.append(makeAccount(i, qint64(i % 7) * (qint64(1) << 29)));
    return snapshot;
}

// Transit server ready since 1 Dec: step 4, accounts may migrate.
inline MigrationSnapshot transitReady(MigrationSnapshot snapshot)
{
    snapshot.migration.transit.status = TransitStatus::Ready;
    snapshot.migration.transit.readyAt = at("2026-12-01T10:00:00Z");
    return snapshot;
}

inline void moveToTransit(AccountRecord &account)
{
    account.location = Location::Transit;
    account.version = Version::New;
    account.status = AccountStatus::Migrated;
    account.rollbackAvailable = true;
}

} // namespace passerelle::testing
