#include "app/cli/CliOptions.h"

#include "core/api/ApiContract.h"
#include "core/api/ApiEndpoint.h"
#include "core/model/TrContext.h"

#include <QCommandLineParser>

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
    return name == QLatin1String("--api-key") || name == QLatin1String("--key") || name == QLatin1String("--token");
}

} // namespace

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

ParsedCommandLine parseCommandLine(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliUsage::tr("The command-line face of Passerelle, the guided private cloud migration.\n"
                     "The API key comes from the system keychain (saved by the wizard) or the "
                     "PASSERELLE_API_KEY environment variable, never from the command line.\n"
                     "Exit codes: 0 done, 1 failed, 2 usage, 3 not allowed now, 4 key refused, "
                     "5 cannot reach the API."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, CliUsage::tr("Show this help."));
    const QCommandLineOption version(QStringLiteral("version"), CliUsage::tr("Show the version."));
    const QCommandLineOption json(QStringLiteral("json"), CliUsage::tr("Print JSON instead of text."));
    const QCommandLineOption yes({QStringLiteral("y"), QStringLiteral("yes")},
                                 CliUsage::tr("Do not ask for confirmation."));
    const QCommandLineOption apiUrl(
        QStringLiteral("api-url"),
        CliUsage::tr("The provider's API address (default %1).").arg(contract::defaultBaseUrl()), QStringLiteral("URL"),
        contract::defaultBaseUrl());
    const QCommandLineOption account(QStringLiteral("account"), CliUsage::tr("Use the key for this hosting account."),
                                     QStringLiteral("NAME"));
    const QCommandLineOption customer(QStringLiteral("customer"), CliUsage::tr("Use the key for this customer."),
                                      QStringLiteral("EMAIL"));
    const QCommandLineOption migration(QStringLiteral("migration"),
                                       CliUsage::tr("The migration (default: the only one offered)."),
                                       QStringLiteral("ID"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    CliUsage::tr("Use the offline simulator; nothing reaches the provider."));
    parser.addOptions({help, version, json, yes, apiUrl, account, customer, migration, dryRun});
    parser.addPositionalArgument(QStringLiteral("command"),
                                 CliUsage::tr("status | plan | test | migrate | rollback | move-back"));
    parser.addPositionalArgument(QStringLiteral("ACCOUNT"), CliUsage::tr("The account to act on (name or id)."),
                                 QStringLiteral("[ACCOUNT]"));

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
        return {std::nullopt, QStringLiteral("passerelle-cli " PASSERELLE_VERSION "\n"), ExitCode::Done};

    CliOptions options;
    const QStringList positional = parser.positionalArguments();
    const QString command = positional.value(0);
    if (command == QLatin1String("status") || command == QLatin1String("plan")) {
        options.command = command == QLatin1String("status") ? CliOptions::Command::Status : CliOptions::Command::Plan;
        if (positional.size() != 1)
            return usageError(CliUsage::tr("'%1' takes no account.").arg(command), parser);
    } else if (const auto action = actionNamed(command)) {
        options.command = CliOptions::Command::Action;
        options.action = *action;
        if (positional.size() != 2)
            return usageError(CliUsage::tr("'%1' needs exactly one ACCOUNT.").arg(command), parser);
        options.target = positional.at(1);
    } else {
        return usageError(command.isEmpty() ? CliUsage::tr("Which command?")
                                            : CliUsage::tr("Unknown command '%1'.").arg(command),
                          parser);
    }
    if (parser.isSet(account) && parser.isSet(customer))
        return usageError(CliUsage::tr("Use --account or --customer, not both."), parser);
    if (parser.isSet(migration)) {
        bool ok = false;
        options.migrationId = parser.value(migration).toLongLong(&ok);
        if (!ok || options.migrationId <= 0)
            return usageError(CliUsage::tr("--migration needs a positive number."), parser);
    }
    options.json = parser.isSet(json);
    options.yes = parser.isSet(yes);
    options.dryRun = parser.isSet(dryRun);
    options.apiUrl = ApiEndpoint::completeTyped(parser.value(apiUrl));
    options.accountQualifier = parser.value(account);
    options.customerEmail = parser.value(customer);
    return {options, QString(), ExitCode::Done};
}

} // namespace passerelle::cli
