#include "app/cli/ReportFormat.h"

#include "core/model/Money.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <limits>

namespace passerelle::cli::format {

namespace {

// lupdate reads the context from this class, so the .ts and the runtime agree (tr() rule).
struct ReportFormat
{
    Q_DECLARE_TR_FUNCTIONS(ReportFormat)
};

} // namespace

QString bytes(qint64 size)
{
    return QLocale().formattedDataSize(size, 1, QLocale::DataSizeTraditionalFormat);
}

QString duration(downtime::Seconds seconds)
{
    const int total = static_cast<int>(std::min<qint64>(seconds.count(), std::numeric_limits<int>::max()));
    if (total < 60)
        return ReportFormat::tr("%n s", nullptr, total);
    const int minutes = (total + 59) / 60;
    if (minutes < 120)
        return ReportFormat::tr("%n min", nullptr, minutes);
    return ReportFormat::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
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
