#pragma once

#include <QString>

// A journal that cannot be opened or written on a full disk is not damaged: saying "damaged"
// would send the customer after the wrong problem (and nothing must be set aside for it).
namespace passerelle::journaldisk {

// Below this much free space an SQLite failure is taken for a full disk: a journal's write (the
// WAL, its index, one commit) needs a few pages, never a megabyte.
inline constexpr qint64 kNearlyFullBytes = 1024 * 1024;

bool isNearlyFull(qint64 bytesAvailable);
// For a journal at `path` whose last operation failed: the sentence for the user when its disk is
// (nearly) full, empty otherwise.
QString fullDiskMessage(const QString &path);

} // namespace passerelle::journaldisk
