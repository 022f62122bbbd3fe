#pragma once

#include <QSqlDatabase>
#include <QString>

// A journal file that the disk damaged must never be read as if sound (a damaged table reads back
// as empty, and the customer's ticks vanish): it is checked when opened, and a damaged one is set
// aside, never deleted, so that a new journal can start from the provider's state.
namespace passerelle::journalintegrity {

// Empty when `db` passes PRAGMA quick_check and holds every table (with exactly its columns) and
// index of schema `version`; otherwise what is wrong, in words for the user.
QString problemIn(QSqlDatabase &db, int version);

// Moves `path` and its -wal and -shm companions to "<path>.damaged-<UTC time>". The new path of
// the journal itself, empty when it could not be moved.
QString setAside(const QString &path);

// The most recent copy set aside for `path`, empty when there is none.
QString lastSetAside(const QString &path);

} // namespace passerelle::journalintegrity
