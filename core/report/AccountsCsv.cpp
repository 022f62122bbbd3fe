#include "core/report/AccountsCsv.h"

#include "core/report/MigrationReport.h"

#include <QCoreApplication>

namespace passerelle::report {

QString csvField(const QString &value)
{
    QString field = value;
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (!field.isEmpty() && formulaStarts.contains(field.front()))
        field.prepend(u'\'');
    const bool needsQuotes = field.contains(u',') || field.contains(u'"') || field.contains(u'\n')
        || field.contains(u'\r');
    if (!needsQuotes)
        return field;
    field.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + field + u'"';
}

namespace {

QString line(const QStringList &fields)
{
    QStringList quoted;
    for (const QString &field : fields)
        quoted.append(csvField(field));
    return quoted.join(u',') + QStringLiteral("\r\n");
}

QString seconds(qint64 value)
{
    return value < 0 ? QString() : QString::number(value);
}

} // namespace

QString accountsCsv(const MigrationReport &report)
{
    QString csv = line({QCoreApplication::translate("report", "account"),
                        QCoreApplication::translate("report", "status"),
                        QCoreApplication::translate("report", "location"),
                        QCoreApplication::translate("report", "version"),
                        QCoreApplication::translate("report", "estimated downtime (s)"),
                        QCoreApplication::translate("report", "observed downtime (s)")});
    for (const AccountLine &account : report.accounts)
        csv += line({account.name, account.status, account.location, account.version,
                     seconds(account.estimatedSeconds), seconds(account.observedSeconds)});
    return csv;
}

} // namespace passerelle::report
