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

using namespace Qt::Literals::StringLiterals;

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
              .arg(migration.transit.name.isEmpty() ? u"-"_s : migration.transit.name,
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
            + (allowed.isEmpty() ? u"-"_s : allowed.join(u", "_s)) + u'\n';
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
            {u"id"_s, account.id},
            {u"name"_s, account.name},
            {u"status"_s, contract::toString(account.status)},
            {u"location"_s, contract::toString(account.location)},
            {u"version"_s, contract::toString(account.version)},
            {u"database_size"_s, account.databaseSize},
            {u"files_size"_s, account.filesSize},
            {u"mail_size"_s, account.mailSize},
            {u"estimated_downtime_seconds"_s, qint64(downtime::forAccount(account).count())},
            {u"operation_estimated_end"_s, isoTime(account.operationEstimatedEnd)},
            {u"last_error"_s,
             account.lastError.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(account.lastError)},
            {u"allowed_actions"_s, allowed},
            {u"refused_actions"_s, refused},
        });
    }
    return QJsonObject {
        {u"migration"_s,
         QJsonObject {{u"id"_s, migration.summary.id},
                      {u"description"_s, migration.summary.description},
                      {u"deadline"_s, isoTime(migration.summary.deadline)}}},
        {u"dry_run"_s, input.dryRun},
        {u"step"_s, QJsonObject {{u"number"_s, stepInfo(step).number}, {u"title"_s, stepTitle(step)}}},
        {u"client_server"_s,
         QJsonObject {{u"id"_s, migration.summary.serverId},
                      {u"name"_s, input.serverName},
                      {u"status"_s, contract::toString(migration.clientServer.status)}}},
        {u"transit_server"_s,
         QJsonObject {{u"name"_s, migration.transit.name},
                      {u"status"_s, contract::toString(migration.transit.status)},
                      {u"precopy_percent"_s, migration.transit.precopyPercent},
                      {u"free_until"_s, isoTime(migration.transit.freeUntil)}}},
        {u"accounts"_s, accounts},
    };
}

} // namespace passerelle::cli
