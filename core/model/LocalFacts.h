#pragma once

#include "core/model/MigrationSnapshot.h"

#include <QDateTime>
#include <QSet>
#include <QString>
#include <optional>

namespace passerelle {

// What only the customer knows: ticks and choices made in Passerelle, kept in the journal.
// The provider's snapshot and these facts together decide the current step.
struct LocalFacts
{
    QSet<qint64> confirmedReady;       // step 1: accounts the customer declared ready
    bool transitRequestSent = false;   // step 2: the request left (API or copied by hand)
    QString transitRequestText;
    QSet<qint64> verified;             // step 5: accounts the customer checked after migrating
    bool reinstallRequestSent = false; // step 5 -> 6
    Finalizer finalizer = Finalizer::Nobody; // step 7: who moves the accounts back
    bool finalizationRequestSent = false;
    std::optional<bool> usesProviderDns; // unknown until the customer says
    QDateTime transitReleasedSeenAt;   // first time the transit server was seen released

    friend bool operator==(const LocalFacts &, const LocalFacts &) = default;
};

} // namespace passerelle
