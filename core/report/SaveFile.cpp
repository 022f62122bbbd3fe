#include "core/report/SaveFile.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace passerelle::report {

QString cannotWrite(const QString &path, const QString &reason)
{
    return QCoreApplication::translate("report", "Could not write %1: %2").arg(path, reason);
}

QString saveFile(const QString &path, const QByteArray &content)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit())
        return cannotWrite(path, file.errorString());
    return {};
}

} // namespace passerelle::report
