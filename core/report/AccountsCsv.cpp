#include "core/report/AccountsCsv.h"

#include "core/model/TrContext.h"
#include "core/report/MigrationReport.h"

using namespace Qt::Literals::StringLiterals;

namespace passerelle::report {

QString csvField(const QString &value)
{
    QString field = value;
    static const QString formulaStarts = u"=+-@\t\r"_s;
    if (!field.isEmpty() && formulaStarts.contains(field.front()))
        field.prepend(u'\'');
    const bool needsQuotes = field.contains(u',') || field.contains(u'"') || field.contains(u'\n')
        || field.contains(u'\r');
    if (!needsQuotes)
        return field;
    field.replace(u"\""_s, u"\"\""_s);
    return u'"' + field + u'"';
}

namespace {

PASSERELLE_TR_CONTEXT(AccountsCsv);

QString line(const QStringList &fields)
{
    QStringList quoted;
    for (const QString &field : fields)
        quoted.append(csvField(field));
    return quoted.join(u',') + u"\r\n"_s;
}

QString seconds(qint64 value)
{
    return value < 0 ? QString() : QString::number(value);
}

} // namespace

QString accountsCsv(const MigrationReport &report)
{
    QString csv = line({AccountsCsv::tr("account"), AccountsCsv::tr("status"), AccountsCsv::tr("location"),
                        AccountsCsv::tr("version"), AccountsCsv::tr("estimated downtime (s)"),
                        AccountsCsv::tr("observed downtime (s)")});
    for (const AccountLine &account : report.accounts)
        csv += line({account.name, account.status, account.location, account.version,
                     seconds(account.estimatedSeconds), seconds(account.observedSeconds)});
    return csv;
}

} // namespace passerelle::report
