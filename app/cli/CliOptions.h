#pragma once

#include "app/cli/ExitCode.h"
#include "core/model/AccountRecord.h"
#include "core/sites/ConnectTo.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace passerelle::cli {

// What one passerelle-cli invocation asks for (README.md, "The three programs").
struct CliOptions
{
    enum class Command { Status, Plan, Action, CheckSites };

    Command command = Command::Status;
    AccountAction action = AccountAction::Test; // with Command::Action
    QString target; // the account to act on: its name or id (the first of `targets`)
    QStringList targets; // migrate and move-back: several accounts, one after another
    QDateTime startAt; // --at: migrate and move-back start then (invalid: now)
    QString startAtText; // --at as typed: a dry-run reads it again on the simulator's clock
    QStringList siteAccounts; // check-sites: names or ids; empty: every account
    bool baseline = false; // check-sites: record the answers as the references
    QList<sites::ConnectTo> connectTo; // check-sites: curl's --connect-to
    bool json = false;
    bool yes = false;
    bool dryRun = false;
    QString apiUrl; // the provider's by default
    QString accountQualifier; // --account NAME: the key acts on this account
    QString customerEmail; // --customer EMAIL: the key acts for this customer
    qint64 migrationId = 0; // 0: the only migration offered
    QString icsPath; // plan --ics FILE: the plan as a calendar too; "-" for standard output
    bool newJournal = false; // --new-journal: start anew after a damaged journal was set aside
};

// The outcome of reading the command line: options, or the text to print and the exit code
// (help and version exit 0 on stdout; mistakes exit 2 on stderr).
struct ParsedCommandLine
{
    std::optional<CliOptions> options;
    QString text;
    ExitCode exitCode = ExitCode::Usage;
};

// The action as typed on the command line: "test", "migrate", "rollback", "move-back".
QString commandName(AccountAction action);

// `arguments` includes the program name, as QCoreApplication::arguments() gives it. `now` makes
// --at HH:MM the next such time.
ParsedCommandLine parseCommandLine(const QStringList &arguments,
                                   const QDateTime &now = QDateTime::currentDateTimeUtc());

} // namespace passerelle::cli
