#include "core/session/SupportMessage.h"

#include "core/model/Billing.h"
#include "core/model/Database.h"
#include "core/model/Downtime.h"
#include "core/model/Format.h"
#include "core/model/ProcessRules.h"
#include "core/model/TrContext.h"

#include <QStringList>

#include <algorithm>
#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace passerelle {
namespace {

PASSERELLE_TR_CONTEXT(SupportMessage);

bool onTransitNew(const AccountRecord &account)
{
    return account.location == Location::Transit && account.version == Version::New;
}

bool everyAccount(const AccountList &accounts, const std::function<bool(const AccountRecord &)> &test)
{
    return std::all_of(accounts.begin(), accounts.end(), test);
}

Finalizer finalizerOf(const SupportMessageInput &input)
{
    const Finalizer recorded = rules::effectiveFinalizer(input.snapshot, input.facts);
    return recorded != Finalizer::Nobody ? recorded : input.finalizer;
}

QString transitOpening(const SupportMessageInput &input)
{
    const AccountList &accounts = input.snapshot.accounts;
    const bool allReady
        = everyAccount(accounts, [&](const AccountRecord &a) { return input.facts.confirmedReady.contains(a.id); });
    const bool databaseProblems = !databases::problemsOf(accounts, input.databases).isEmpty();
    // "Every account is ready" is never said beside databases that need attention: it would not hold.
    QString text = !allReady
        ? SupportMessage::tr("Please prepare a transit server for the required migration of my server. "
                             "Not every account is marked ready yet (see the list below).")
        : databaseProblems
        ? SupportMessage::tr("Please prepare a transit server for the required migration of my server. I prepared "
                             "every account as the migration documentation says.")
        : SupportMessage::tr("Every account of my server is ready for the required migration. Please prepare a transit server.");
    if (databaseProblems)
        text += u' ' + SupportMessage::tr("Some databases need attention before they can migrate (see the list below).");
    return text;
}

QString reinstallOpening(const SupportMessageInput &input)
{
    const AccountList &accounts = input.snapshot.accounts;
    const bool allMigrated = everyAccount(accounts, onTransitNew);
    const bool allChecked
        = everyAccount(accounts, [&](const AccountRecord &a) { return input.facts.verified.contains(a.id); });
    if (allMigrated && allChecked) {
        // Support reads which accounts still have problems before it closes rollback for good.
        if (!risks::find(accounts, input.sites, input.databases).isEmpty())
            return SupportMessage::tr("Every account is migrated to the transit server and I checked each one, but "
                                      "some still have problems that I accept (see the list below). Please reinstall "
                                      "my server. I understand that rollback will no longer be possible.");
        return SupportMessage::tr("Every account is migrated to the transit server and I checked each one. Please reinstall my server. "
                  "I understand that rollback will no longer be possible.");
    }
    if (!allMigrated)
        return SupportMessage::tr("Not every account is migrated to the transit server yet (see the list below). Please do not "
                                  "reinstall my server before I ask for it again.");
    return SupportMessage::tr("Every account is migrated to the transit server, but I have not checked each one yet "
                              "(see the list below). Please do not reinstall my server before I ask for it again.");
}

QString finalizationOpening(const SupportMessageInput &input)
{
    switch (finalizerOf(input)) {
    case Finalizer::Support:
        return SupportMessage::tr("My server has been reinstalled. Please move my accounts back to it (finalization by support).");
    case Finalizer::Customer: {
        const QDateTime freeUntil = billing::finalizationFreeUntil(input.snapshot.migration);
        if (freeUntil.isValid())
            return SupportMessage::tr("My server has been reinstalled. I will move my accounts back to it myself, within the "
                                      "free week (until %1): support does not need to move them.")
                .arg(format::dateTime(freeUntil));
        return SupportMessage::tr("My server has been reinstalled. I will move my accounts back to it myself, within the "
                                  "free week: support does not need to move them.");
    }
    case Finalizer::Nobody:
        break;
    }
    return SupportMessage::tr("My server has been reinstalled. I have not chosen yet who moves my accounts back to it.");
}

QString opening(SupportTopic topic, const SupportMessageInput &input)
{
    switch (topic) {
    case SupportTopic::TransitServer:
        return transitOpening(input);
    case SupportTopic::SharedTransitServer:
        return SupportMessage::tr("I would like to test the migration of some accounts on the shared transit server before the real migration.");
    case SupportTopic::Reinstall:
        return reinstallOpening(input);
    case SupportTopic::Finalization:
        return finalizationOpening(input);
    }
    return QString();
}

// What the topic's request says about one account beyond its sizes: only what holds now.
QStringList accountRemarks(SupportTopic topic, const AccountRecord &account, const SupportMessageInput &input)
{
    QStringList remarks;
    switch (topic) {
    case SupportTopic::TransitServer:
    case SupportTopic::SharedTransitServer:
        if (!input.facts.confirmedReady.contains(account.id))
            remarks << SupportMessage::tr("not marked ready yet");
        remarks << databases::problemLines(databases::checkAccount(account, input.databases));
        break;
    case SupportTopic::Reinstall:
        if (!onTransitNew(account))
            remarks << SupportMessage::tr("still on the client server, to migrate (again)");
        else if (!input.facts.verified.contains(account.id))
            remarks << SupportMessage::tr("migrated, not checked yet");
        else
            remarks << SupportMessage::tr("checked");
        for (const risks::AccountRisk &risk : risks::find({account}, input.sites, input.databases))
            remarks << SupportMessage::tr("warning: %1").arg(risk.problems.join(u"; "_s));
        break;
    case SupportTopic::Finalization:
        if (input.facts.verified.contains(account.id))
            remarks << SupportMessage::tr("checked");
        break;
    }
    return remarks;
}

QString accountLine(SupportTopic topic, const AccountRecord &account, const SupportMessageInput &input)
{
    QString line = SupportMessage::tr("- %1: databases %2, files %3, mail %4, estimated downtime %5")
                       .arg(account.name, format::dataSize(account.databaseSize), format::dataSize(account.filesSize),
                            format::dataSize(account.mailSize), format::duration(downtime::forAccount(account)));
    const QStringList remarks = accountRemarks(topic, account, input);
    if (!remarks.isEmpty())
        line += SupportMessage::tr(" (%1)").arg(remarks.join(u"; "_s));
    return line;
}

} // namespace

QString composeSupportMessage(SupportTopic topic, const SupportMessageInput &input)
{
    const MigrationSnapshot &snapshot = input.snapshot;
    const MigrationSummary &summary = snapshot.migration.summary;
    QStringList lines;
    lines << SupportMessage::tr("Hello,") << QString() << opening(topic, input) << QString();
    lines << SupportMessage::tr("Server: %1 (id %2)")
                 .arg(input.serverName.isEmpty() ? SupportMessage::tr("unknown name") : input.serverName)
                 .arg(summary.serverId);
    if (summary.deadline.isValid())
        lines << SupportMessage::tr("Migration: %1 (id %2), deadline %3")
                     .arg(summary.description)
                     .arg(summary.id)
                     .arg(format::dateTime(summary.deadline));
    else
        lines << SupportMessage::tr("Migration: %1 (id %2)").arg(summary.description).arg(summary.id);
    lines << SupportMessage::tr("Accounts (%1), total estimated downtime %2:")
                 .arg(snapshot.accounts.size())
                 .arg(format::duration(downtime::forAccounts(snapshot.accounts)));
    for (const AccountRecord &account : snapshot.accounts)
        lines << accountLine(topic, account, input);
    lines << QString() << SupportMessage::tr("Prepared by Passerelle on %1.").arg(format::dateTime(input.now));
    return lines.join(u'\n');
}

} // namespace passerelle
