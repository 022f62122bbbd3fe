#include "core/session/SupportMessage.h"

#include "core/model/Downtime.h"
#include "core/model/Format.h"
#include "core/model/TrContext.h"

#include <QStringList>

namespace passerelle {
namespace {

PASSERELLE_TR_CONTEXT(SupportMessage);

QString opening(SupportTopic topic)
{
    switch (topic) {
    case SupportTopic::TransitServer:
        return SupportMessage::tr("Every account of my server is ready for the required migration. Please prepare a transit server.");
    case SupportTopic::SharedTransitServer:
        return SupportMessage::tr("I would like to test the migration of some accounts on the shared transit server before the real migration.");
    case SupportTopic::Reinstall:
        return SupportMessage::tr("Every account is migrated to the transit server and I checked each one. Please reinstall my server. "
                  "I understand that rollback will no longer be possible.");
    case SupportTopic::Finalization:
        return SupportMessage::tr("My server has been reinstalled. Please move my accounts back to it (finalization by support).");
    }
    return QString();
}

QString accountLine(const AccountRecord &account, const LocalFacts &facts)
{
    QString line = SupportMessage::tr("- %1: databases %2, files %3, mail %4, estimated downtime %5")
                       .arg(account.name, format::dataSize(account.databaseSize), format::dataSize(account.filesSize),
                            format::dataSize(account.mailSize), format::duration(downtime::forAccount(account)));
    if (facts.verified.contains(account.id))
        line += SupportMessage::tr(" (checked)");
    return line;
}

} // namespace

QString composeSupportMessage(SupportTopic topic, const MigrationSnapshot &snapshot, const LocalFacts &facts,
                              const QString &serverName, const QDateTime &now)
{
    const MigrationSummary &summary = snapshot.migration.summary;
    QStringList lines;
    lines << SupportMessage::tr("Hello,") << QString() << opening(topic) << QString();
    lines << SupportMessage::tr("Server: %1 (id %2)").arg(serverName.isEmpty() ? SupportMessage::tr("unknown name") : serverName).arg(summary.serverId);
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
        lines << accountLine(account, facts);
    lines << QString() << SupportMessage::tr("Prepared by Passerelle on %1.").arg(format::dateTime(now));
    return lines.join(u'\n');
}

} // namespace passerelle
