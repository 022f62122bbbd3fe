#include "core/journal/JournalDiskSpace.h"

#include "core/model/Format.h"
#include "core/model/TrContext.h"

#include <QDir>
#include <QFileInfo>
#include <QStorageInfo>

namespace passerelle::journaldisk {
namespace {

PASSERELLE_TR_CONTEXT(JournalDiskSpace);

} // namespace

bool isNearlyFull(qint64 bytesAvailable)
{
    return bytesAvailable >= 0 && bytesAvailable < kNearlyFullBytes;
}

QString fullDiskMessage(const QString &path)
{
    const QStorageInfo disk(QFileInfo(path).absolutePath());
    if (!disk.isValid() || !isNearlyFull(disk.bytesAvailable()))
        return {};
    return JournalDiskSpace::tr("No space left on the disk of the journal %1 (%2 free): Passerelle cannot write "
                                "its journal, so it sent nothing. Free some space on that disk and start again; "
                                "the journal itself is intact.")
        .arg(QDir::toNativeSeparators(path), format::dataSize(disk.bytesAvailable()));
}

} // namespace passerelle::journaldisk
