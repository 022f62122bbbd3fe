#include "app/cli/StatusReport.h"

#include "app/cli/CliOptions.h"
#include "app/cli/TextColumns.h"
#include "core/api/ApiContract.h"
#include "core/model/ActionVerdicts.h"
#include "core/model/Downtime.h"
#include "core/model/Format.h"
#include "core/model/ProcessRules.h"
#include "core/model/RuleText.h"
#include "core/model/TrContext.h"

#include <QJsonArray>
#include <QStringList>

namespace passerelle::cli {

namespace {

PASSERELLE_TR_CONTEXT(StatusReport);

QStringList allowedActions(const ActionVerdicts &verdicts)
{
    QStringList allowed;
    for (const AccountAction action : kAccountActions) {
        if (verdicts.of(action))
            allowed.append(commandName(action));
    }
    return allowed;
}

QString header(const report::ReportInput &input)
{
    const Step step = rules::currentStep(input.snapshot, input.facts);
    const MigrationDetail &migration = input.snapshot.migration;
    QString text = StatusReport::tr("Migration %1: %2 (deadline %3)")
                       .arg(migration.summary.id)
                       .arg(migration.summary.description, format::dateTime(migration.summary.deadline));
    if (input.dryRun)
        text += u' ' + StatusReport::tr("[dry run: simulated provider]");
    text += u'\n' + StatusReport::tr("Step %1 of 8: %2").arg(stepInfo(step).number).arg(stepTitle(step));
    text += u'\n'
        + StatusReport::tr("Client server: %1 (%2)")
              .arg(input.serverName.isEmpty() ? QString::number(migration.summary.serverId) : input.serverName,
                   text::clientServerStatusName(migration.clientServer.status));
    text += u'\n'
        + StatusReport::tr("Transit server: %1 (%2, free until %3)")
              .arg(migration.transit.name.isEmpty() ? QStringLiteral("-") : migration.transit.name,
                   text::transitStatusName(migration.transit.status), format::dateTime(migration.transit.freeUntil));
    return text + u'\n';
}

} // namespace

QString statusText(const report::ReportInput &input)
{
    const VerdictCalculator verdicts(input.snapshot, input.facts, input.inFlight);
    QString text = header(input) + u'\n';
    text += cell(StatusReport::tr("ACCOUNT"), 20) + cell(StatusReport::tr("STATUS"), 16)
        + cell(StatusReport::tr("DATABASES"), 10) + cell(StatusReport::tr("FILES"), 10)
        + cell(StatusReport::tr("MAIL"), 10) + cell(StatusReport::tr("DOWNTIME"), 10) + StatusReport::tr("ALLOWED NOW")
        + u'\n';
    for (const AccountRecord &account : input.snapshot.accounts) {
        const QStringList allowed = allowedActions(verdicts.verdictsFor(account));
        text += cell(account.name, 20) + cell(text::statusName(account.status), 16)
            + cell(format::dataSize(account.databaseSize), 10) + cell(format::dataSize(account.filesSize), 10)
            + cell(format::dataSize(account.mailSize), 10) + cell(format::duration(downtime::forAccount(account)), 10)
            + (allowed.isEmpty() ? QStringLiteral("-") : allowed.join(QLatin1String(", "))) + u'\n';
    }
    return text;
}

QJsonObject statusJson(const report::ReportInput &input)
{
    const MigrationDetail &migration = input.snapshot.migration;
    const Step step = rules::currentStep(input.snapshot, input.facts);
    const VerdictCalculator calculator(input.snapshot, input.facts, input.inFlight);
    QJsonArray accounts;
    for (const AccountRecord &account : input.snapshot.accounts) {
        const ActionVerdicts verdicts = calculator.verdictsFor(account);
        QJsonArray allowed;
        QJsonObject refused;
        for (const AccountAction action : kAccountActions) {
            const Verdict &verdict = verdicts.of(action);
            if (verdict)
                allowed.append(commandName(action));
            else
                refused.insert(commandName(action), verdict.error());
        }
        accounts.append(QJsonObject {
            {QStringLiteral("id"), account.id},
            {QStringLiteral("name"), account.name},
            {QStringLiteral("status"), contract::toString(account.status)},
            {QStringLiteral("location"), contract::toString(account.location)},
            {QStringLiteral("version"), contract::toString(account.version)},
            {QStringLiteral("database_size"), account.databaseSize},
            {QStringLiteral("files_size"), account.filesSize},
            {QStringLiteral("mail_size"), account.mailSize},
            {QStringLiteral("estimated_downtime_seconds"), qint64(downtime::forAccount(account).count())},
            {QStringLiteral("operation_estimated_end"), isoTime(account.operationEstimatedEnd)},
            {QStringLiteral("last_error"),
             account.lastError.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(account.lastError)},
            {QStringLiteral("allowed_actions"), allowed},
            {QStringLiteral("refused_actions"), refused},
        });
    }
    return QJsonObject {
        {QStringLiteral("migration"),
         QJsonObject {{QStringLiteral("id"), migration.summary.id},
                      {QStringLiteral("description"), migration.summary.description},
                      {QStringLiteral("deadline"), isoTime(migration.summary.deadline)}}},
        {QStringLiteral("dry_run"), input.dryRun},
        {QStringLiteral("step"),
         QJsonObject {{QStringLiteral("number"), stepInfo(step).number}, {QStringLiteral("title"), stepTitle(step)}}},
        {QStringLiteral("client_server"),
         QJsonObject {{QStringLiteral("id"), migration.summary.serverId},
                      {QStringLiteral("name"), input.serverName},
                      {QStringLiteral("status"), contract::toString(migration.clientServer.status)}}},
        {QStringLiteral("transit_server"),
         QJsonObject {{QStringLiteral("name"), migration.transit.name},
                      {QStringLiteral("status"), contract::toString(migration.transit.status)},
                      {QStringLiteral("precopy_percent"), migration.transit.precopyPercent},
                      {QStringLiteral("free_until"), isoTime(migration.transit.freeUntil)}}},
        {QStringLiteral("accounts"), accounts},
    };
}

} // namespace passerelle::cli
