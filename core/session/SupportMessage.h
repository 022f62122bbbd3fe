#pragma once

#include "core/api/ProviderTypes.h"
#include "core/model/AccountRisks.h"
#include "core/model/LocalFacts.h"
#include "core/model/MigrationSnapshot.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace passerelle {

// Everything a prepared support message is composed from: plain values, so that every
// combination can be tested without a session.
struct SupportMessageInput
{
    MigrationSnapshot snapshot;
    LocalFacts facts;
    QList<DatabaseInfo> databases; // GET /v1/database/, for the compatibility pre-check
    QString serverName;
    QDateTime now;
    // Who the customer picked for the finalization, before it is recorded; the recorded one wins.
    Finalizer finalizer = Finalizer::Nobody;
    QHash<qint64, risks::SitesTally> sites; // each account's last site check, for the reinstall request
};

// The prepared text of a request to support (server, accounts, sizes, dates), so that the
// customer never has to write it and support gets every fact in one message. It says only what
// holds: which accounts are ready, migrated and checked, and who moves the accounts back.
QString composeSupportMessage(SupportTopic topic, const SupportMessageInput &input);

} // namespace passerelle
