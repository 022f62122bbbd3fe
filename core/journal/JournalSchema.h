#pragma once

#include <QStringList>

namespace passerelle::journalschema {

// The schema this build writes. A file with a newer user_version is refused, never modified.
inline constexpr int kCurrentVersion = 5;

// The DDL that creates a fresh journal at kCurrentVersion.
QStringList createCurrent();

// The statements that take a journal from `fromVersion` to `fromVersion + 1`; empty when
// `fromVersion` is not a version this build knows how to upgrade.
QStringList upgradeStep(int fromVersion);

// The DDL of version 1 exactly as it shipped, so that tests can build a real old file.
QStringList createVersion1();

// The DDL that gives a file of schema `version` (1..kCurrentVersion), created or upgraded: what
// such a file must hold, table for table, column for column.
QStringList createAt(int version);

} // namespace passerelle::journalschema
