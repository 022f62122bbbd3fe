#pragma once

#include "core/model/LocalFacts.h"
#include "core/model/MigrationSnapshot.h"
#include "core/model/Step.h"

#include <QString>

namespace passerelle {

// The line under a step page's title: who acts now and what comes next, from the live state.
namespace headline {

QString whoActs(Actor actor); // "Who acts now: you." ...
QString whatNext(Step step);

// For the page of `page` while the migration is at `current` (the session's currentStep): a page
// reached with Back (its step is done) says so and who acts in the current step, never what was
// true when the page was first built. `leftToDo`: at step 8, what is still wrong once every
// account is back (instead of "Nothing left to do"), on every page alike.
QString forPage(Step page, Step current, const MigrationSnapshot &snapshot, const LocalFacts &facts,
                const QString &leftToDo = QString());

} // namespace headline
} // namespace passerelle
