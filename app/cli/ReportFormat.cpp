#include "app/cli/ReportFormat.h"

#include "core/model/Money.h"

#include <QCoreApplication>
#include <QLocale>

namespace passerelle::cli::format {

QString bytes(qint64 size)
{
    return QLocale().formattedDataSize(size, 1, QLocale::DataSizeTraditionalFormat);
}

QString duration(downtime::Seconds seconds)
{
    const qint64 total = seconds.count();
    if (total < 60)
        return QCoreApplication::translate("ReportFormat", "%n s", nullptr, static_cast<int>(total));
    const qint64 minutes = (total + 59) / 60;
    if (minutes < 120)
        return QCoreApplication::translate("ReportFormat", "%n min", nullptr, static_cast<int>(minutes));
    return QCoreApplication::translate("ReportFormat", "%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

QString when(const QDateTime &time)
{
    if (!time.isValid())
        return QStringLiteral("-");
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

QJsonValue isoTime(const QDateTime &time)
{
    if (!time.isValid())
        return QJsonValue::Null;
    return time.toUTC().toString(Qt::ISODate);
}

QString money(const Money &amount)
{
    return formatDecimalCents(amount.cents) + u' ' + amount.currency;
}

QString cell(const QString &text, int width)
{
    return text.left(width).leftJustified(width) + u' ';
}

} // namespace passerelle::cli::format
