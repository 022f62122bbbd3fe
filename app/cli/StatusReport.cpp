#include "app/cli/StatusReport.h"

#include "app/cli/ReportFormat.h"
#include "core/api/ApiContract.h"
#include "core/model/Downtime.h"
#include "core/model/ProcessRules.h"
#include "core/model/RuleText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QStringList>

namespace passerelle::cli {

namespace {

// lupdate reads the context from this class, so the .ts and the runtime agree (tr() rule).
struct StatusReport
{
    Q_DECLARE_TR_FUNCTIONS(StatusReport)
};

constexpr AccountAction kActions[]
    = {AccountAction::Test, AccountAction::Migrate, AccountAction::Rollback, AccountAction::MoveBack};

// The CLI names of the actions, as typed on the command line.
QString commandName(AccountAction action)
{
    switch (action) {
    case AccountAction::Test:
        return QStringLiteral("test");
    case AccountAction::Migrate:
        return QStringLiteral("migrate");
    case AccountAction::Rollback:
        return QStringLiteral("rollback");
    case AccountAction::MoveBack:
        return QStringLiteral("move-back");
    }
    return {};
}

QStringList allowedActions(const AccountState &account, const ReportInput &input)
{
    QStringList allowed;
    for (const AccountAction action : kActions) {
        if (rules::canAct(action, account, input.snapshot, input.facts))
            allowed.append(commandName(action));
    }
    return allowed;
}

QString header(const ReportInput &input)
{
    const MigrationDetail &migration = input.snapshot.migration;
    QString text = StatusReport::tr("Migration %1: %2 (deadline %3)")
                       .arg(migration.summary.id)
                       .arg(migration.summary.description, format::when(migration.summary.deadline));
    if (input.dryRun)
        text += u' ' + StatusReport::tr("[dry run: simulated provider]");
    text += u'\n' + StatusReport::tr("Step %1 of 8: %2").arg(stepInfo(input.step).number).arg(stepTitle(input.step));
    text += u'\n'
        + StatusReport::tr("Client server: %1 (%2)")
              .arg(input.serverName.isEmpty() ? QString::number(migration.summary.serverId) : input.serverName,
                   text::clientServerStatusName(migration.clientServer.status));
    text += u'\n'
        + StatusReport::tr("Transit server: %1 (%2, free until %3)")
              .arg(migration.transit.name.isEmpty() ? QStringLiteral("-") : migration.transit.name,
                   text::transitStatusName(migration.transit.status), format::when(migration.transit.freeUntil));
    return text + u'\n';
}

} // namespace

QString statusText(const ReportInput &input)
{
    QString text = header(input) + u'\n';
    text += format::cell(StatusReport::tr("ACCOUNT"), 20) + format::cell(StatusReport::tr("STATUS"), 16)
        + format::cell(StatusReport::tr("DATABASES"), 10) + format::cell(StatusReport::tr("FILES"), 10)
        + format::cell(StatusReport::tr("MAIL"), 10) + format::cell(StatusReport::tr("DOWNTIME"), 10)
        + StatusReport::tr("ALLOWED NOW") + u'\n';
    for (const AccountState &account : input.snapshot.accounts) {
        const QStringList allowed = allowedActions(account, input);
        text += format::cell(account.name, 20) + format::cell(text::statusName(account.status), 16)
            + format::cell(format::bytes(account.databaseSize), 10) + format::cell(format::bytes(account.filesSize), 10)
            + format::cell(format::bytes(account.mailSize), 10)
            + format::cell(format::duration(downtime::forAccount(account)), 10)
            + (allowed.isEmpty() ? QStringLiteral("-") : allowed.join(QLatin1String(", "))) + u'\n';
    }
    return text;
}

QJsonObject statusJson(const ReportInput &input)
{
    const MigrationDetail &migration = input.snapshot.migration;
    QJsonArray accounts;
    for (const AccountState &account : input.snapshot.accounts) {
        QJsonArray allowed;
        QJsonObject refused;
        for (const AccountAction action : kActions) {
            const Verdict verdict = rules::canAct(action, account, input.snapshot, input.facts);
            if (verdict)
                allowed.append(commandName(action));
            else
                refused.insert(commandName(action), verdict.reason());
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
            {QStringLiteral("operation_estimated_end"), format::isoTime(account.operationEstimatedEnd)},
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
                      {QStringLiteral("deadline"), format::isoTime(migration.summary.deadline)}}},
        {QStringLiteral("dry_run"), input.dryRun},
        {QStringLiteral("step"),
         QJsonObject {{QStringLiteral("number"), stepInfo(input.step).number},
                      {QStringLiteral("title"), stepTitle(input.step)}}},
        {QStringLiteral("client_server"),
         QJsonObject {{QStringLiteral("id"), migration.summary.serverId},
                      {QStringLiteral("name"), input.serverName},
                      {QStringLiteral("status"), contract::toString(migration.clientServer.status)}}},
        {QStringLiteral("transit_server"),
         QJsonObject {{QStringLiteral("name"), migration.transit.name},
                      {QStringLiteral("status"), contract::toString(migration.transit.status)},
                      {QStringLiteral("precopy_percent"), migration.transit.precopyPercent},
                      {QStringLiteral("free_until"), format::isoTime(migration.transit.freeUntil)}}},
        {QStringLiteral("accounts"), accounts},
    };
}

} // namespace passerelle::cli
