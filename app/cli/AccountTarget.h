#pragma once

#include "core/model/Expected.h"
#include "core/model/MigrationSnapshot.h"

#include <QString>

namespace passerelle::cli {

// The account a command line names, by name or by id. A provider's account may be named like
// another account's id ("1070"): such a target is refused rather than guessed.
Expected<const AccountRecord *, QString> findTarget(const MigrationSnapshot &snapshot, const QString &target);

} // namespace passerelle::cli
