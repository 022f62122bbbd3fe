#pragma once

#include <QByteArray>
#include <QString>

namespace passerelle::report {

// "Could not write PATH: REASON", translated.
QString cannotWrite(const QString &path, const QString &reason);
// Writes `content` to `path` in one piece: a file already there stays whole if writing fails.
// Returns an empty string on success, else a translated sentence for the user.
QString saveFile(const QString &path, const QByteArray &content);

} // namespace passerelle::report
