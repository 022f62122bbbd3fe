#include "app/cli/TextColumns.h"

namespace passerelle::cli {

QString cell(const QString &text, int width)
{
    return text.leftJustified(width) + u' ';
}

QJsonValue isoTime(const QDateTime &time)
{
    if (!time.isValid())
        return QJsonValue::Null;
    return time.toUTC().toString(Qt::ISODate);
}

} // namespace passerelle::cli
