#include "app/cli/CliOptions.h"

#include "core/api/ApiContract.h"
#include "core/api/ApiEndpoint.h"
#include "core/model/TrContext.h"
#include "core/session/StartTime.h"

#include <QCommandLineParser>

using namespace Qt::Literals::StringLiterals;

namespace passerelle::cli {

namespace {

PASSERELLE_TR_CONTEXT(CliUsage);

ParsedCommandLine usageError(const QString &message, const QCommandLineParser &parser)
{
    return {std::nullopt, message + u"\n\n" + parser.helpText(), ExitCode::Usage};
}

std::optional<AccountAction> actionNamed(const QString &name)
{
    for (const AccountAction action : kAccountActions) {
        if (commandName(action) == name)
            return action;
    }
    return std::nullopt;
}

bool looksLikeAKeyOption(const QString &argument)
{
    const QString name = argument.section(u'=', 0, 0).toLower();
    return name == u"--api-key"_s || name == u"--key"_s || name == u"--token"_s;
}

} // namespace

QString commandName(AccountAction action)
{
    switch (action) {
    case AccountAction::Test:
        return u"test"_s;
    case AccountAction::Migrate:
        return u"migrate"_s;
    case AccountAction::Rollback:
        return u"rollback"_s;
    case AccountAction::MoveBack:
        return u"move-back"_s;
    }
    return {};
}

ParsedCommandLine parseCommandLine(const QStringList &arguments, const QDateTime &now)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliUsage::tr("The command-line face of Passerelle, the guided private cloud migration.\n"
                     "The API key comes from the system keychain (saved by the wizard) or the "
                     "PASSERELLE_API_KEY environment variable, never from the command line.\n"
                     "Exit codes: 0 done, 1 failed, 2 usage, 3 not allowed now, 4 key refused, "
                     "5 cannot reach the API, 6 accepted but its outcome could not be read yet "
                     "(run status later). check-sites exits 0 when no site is broken, 1 when one is."));
    const QCommandLineOption help({u"h"_s, u"help"_s}, CliUsage::tr("Show this help."));
    const QCommandLineOption version(u"version"_s, CliUsage::tr("Show the version."));
    const QCommandLineOption json(u"json"_s, CliUsage::tr("Print JSON instead of text."));
    const QCommandLineOption yes({u"y"_s, u"yes"_s}, CliUsage::tr("Do not ask for confirmation."));
    const QCommandLineOption apiUrl(
        u"api-url"_s, CliUsage::tr("The provider's API address (default %1).").arg(contract::defaultBaseUrl()),
        u"URL"_s, contract::defaultBaseUrl());
    const QCommandLineOption account(u"account"_s, CliUsage::tr("Use the key for this hosting account."), u"NAME"_s);
    const QCommandLineOption customer(u"customer"_s, CliUsage::tr("Use the key for this customer."), u"EMAIL"_s);
    const QCommandLineOption migration(u"migration"_s, CliUsage::tr("The migration (default: the only one offered)."),
                                       u"ID"_s);
    const QCommandLineOption dryRun(u"dry-run"_s,
                                    CliUsage::tr("Use the offline simulator; nothing reaches the provider."));
    const QCommandLineOption ics(u"ics"_s,
                                 CliUsage::tr("With 'plan': also write the plan as an iCalendar file (- for "
                                              "standard output, instead of the plan)."),
                                 u"FILE"_s);
    const QCommandLineOption baseline(
        u"baseline"_s, CliUsage::tr("check-sites: record the sites' current answers as the reference to compare with."));
    const QCommandLineOption connectTo(
        u"connect-to"_s,
        CliUsage::tr("check-sites: when a site's URL asks for HOST:PORT, connect to HOST2:PORT2 instead (as curl "
                     "does); the Host header and the certificate check stay for HOST. Repeatable."),
        u"HOST:PORT:HOST2:PORT2"_s);
    const QCommandLineOption newJournal(
        u"new-journal"_s,
        CliUsage::tr("After a damaged journal was set aside, start a new one from the provider's state."));
    const QCommandLineOption at(
        u"at"_s,
        CliUsage::tr("migrate and move-back: start at TIME, local (2026-12-02T02:00:00, or HH:MM[:SS] for the next "
                     "such time); nothing is sent before then."),
        u"TIME"_s);
    parser.addOptions({help, version, json, yes, apiUrl, account, customer, migration, dryRun, ics, baseline,
                       connectTo, newJournal, at});
    parser.addPositionalArgument(u"command"_s,
                                 CliUsage::tr("status | plan | test | migrate | rollback | move-back | check-sites"));
    parser.addPositionalArgument(u"ACCOUNT"_s,
                                 CliUsage::tr("The account to act on (name or id); migrate, move-back and check-sites take any number "
                     "(migrate and move-back move them one after another)."),
                                 u"[ACCOUNT...]"_s);

    for (const QString &argument : arguments) {
        if (looksLikeAKeyOption(argument))
            return usageError(CliUsage::tr("The API key is never read from the command line: save it with the "
                                           "wizard or set PASSERELLE_API_KEY."),
                              parser);
    }
    if (!parser.parse(arguments))
        return usageError(parser.errorText(), parser);
    if (parser.isSet(help))
        return {std::nullopt, parser.helpText(), ExitCode::Done};
    if (parser.isSet(version))
        return {std::nullopt, u"passerelle-cli " PASSERELLE_VERSION "\n"_s, ExitCode::Done};

    CliOptions options;
    const QStringList positional = parser.positionalArguments();
    const QString command = positional.value(0);
    if (command == u"status"_s || command == u"plan"_s) {
        options.command = command == u"status"_s ? CliOptions::Command::Status : CliOptions::Command::Plan;
        if (positional.size() != 1)
            return usageError(CliUsage::tr("'%1' takes no account.").arg(command), parser);
    } else if (const auto action = actionNamed(command)) {
        options.command = CliOptions::Command::Action;
        options.action = *action;
        const bool takesSeveral = *action == AccountAction::Migrate || *action == AccountAction::MoveBack;
        if (positional.size() < 2)
            return usageError(CliUsage::tr("'%1' needs an ACCOUNT.").arg(command), parser);
        if (positional.size() != 2 && !takesSeveral)
            return usageError(CliUsage::tr("'%1' needs exactly one ACCOUNT.").arg(command), parser);
        options.targets = positional.mid(1);
        options.target = options.targets.constFirst();
        if (options.targets.removeDuplicates() > 0)
            return usageError(CliUsage::tr("Each ACCOUNT once, please."), parser);
        if (parser.isSet(at)) {
            if (!takesSeveral)
                return usageError(CliUsage::tr("--at goes with 'migrate' and 'move-back' only."), parser);
            const std::optional<QDateTime> startAt = starttime::parse(parser.value(at), now);
            if (!startAt)
                return usageError(CliUsage::tr("--at needs a local date and time like 2026-12-02T02:00:00, or HH:MM, "
                                               "not '%1'.")
                                      .arg(parser.value(at)),
                                  parser);
            options.startAt = *startAt;
            options.startAtText = parser.value(at);
        }
    } else if (command == QLatin1String("check-sites")) {
        options.command = CliOptions::Command::CheckSites;
        options.siteAccounts = positional.mid(1);
    } else {
        return usageError(command.isEmpty() ? CliUsage::tr("Which command?")
                                            : CliUsage::tr("Unknown command '%1'.").arg(command),
                          parser);
    }
    if (options.command != CliOptions::Command::Action && parser.isSet(at))
        return usageError(CliUsage::tr("--at goes with 'migrate' and 'move-back' only."), parser);
    if (options.command != CliOptions::Command::CheckSites && (parser.isSet(baseline) || parser.isSet(connectTo)))
        return usageError(CliUsage::tr("--baseline and --connect-to belong to check-sites."), parser);
    for (const QString &rule : parser.values(connectTo)) {
        const std::optional<sites::ConnectTo> parsed = sites::ConnectTo::parse(rule);
        if (!parsed)
            return usageError(CliUsage::tr("--connect-to needs HOST:PORT:HOST2:PORT2, not '%1'.").arg(rule), parser);
        options.connectTo.append(*parsed);
    }
    options.baseline = parser.isSet(baseline);
    if (parser.isSet(account) && parser.isSet(customer))
        return usageError(CliUsage::tr("Use --account or --customer, not both."), parser);
    if (parser.isSet(migration)) {
        bool ok = false;
        options.migrationId = parser.value(migration).toLongLong(&ok);
        if (!ok || options.migrationId <= 0)
            return usageError(CliUsage::tr("--migration needs a positive number."), parser);
    }
    if (parser.isSet(ics)) {
        if (options.command != CliOptions::Command::Plan)
            return usageError(CliUsage::tr("--ics goes with 'plan' only."), parser);
        options.icsPath = parser.value(ics);
        if (options.icsPath.isEmpty())
            return usageError(CliUsage::tr("--ics needs a file name, or - for standard output."), parser);
    }
    options.json = parser.isSet(json);
    options.yes = parser.isSet(yes);
    options.dryRun = parser.isSet(dryRun);
    options.newJournal = parser.isSet(newJournal);
    options.apiUrl = ApiEndpoint::completeTyped(parser.value(apiUrl));
    options.accountQualifier = parser.value(account);
    options.customerEmail = parser.value(customer);
    return {options, QString(), ExitCode::Done};
}

} // namespace passerelle::cli
