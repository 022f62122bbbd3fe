#include "core/session/SupportMessage.h"

#include "core/model/Downtime.h"
#include "core/model/RuleText.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

namespace passerelle {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SupportMessage", text);
}

QString opening(SupportTopic topic)
{
    switch (topic) {
    case SupportTopic::TransitServer:
        return tr("Every account of my server is ready for the required migration. Please prepare a transit server.");
    case SupportTopic::SharedTransitServer:
        return tr("I would like to test the migration of some accounts on the shared transit server before the real migration.");
    case SupportTopic::Reinstall:
        return tr("Every account is migrated to the transit server and I checked each one. Please reinstall my server. "
                  "I understand that rollback will no longer be possible.");
    case SupportTopic::Finalization:
        return tr("My server has been reinstalled. Please move my accounts back to it (finalization by support).");
    }
    return QString();
}

QString accountLine(const AccountState &account, const LocalFacts &facts)
{
    const QLocale locale;
    QString line = tr("- %1: databases %2, files %3, mail %4, estimated downtime %5")
                       .arg(account.name, locale.formattedDataSize(account.databaseSize),
                            locale.formattedDataSize(account.filesSize), locale.formattedDataSize(account.mailSize))
                       .arg(tr("%1 min").arg((downtime::forAccount(account).count() + 59) / 60));
    if (facts.verified.contains(account.id))
        line += tr(" (checked)");
    return line;
}

} // namespace

QString composeSupportMessage(SupportTopic topic, const MigrationSnapshot &snapshot, const LocalFacts &facts,
                              const QString &serverName, const QDateTime &now)
{
    const MigrationSummary &summary = snapshot.migration.summary;
    QStringList lines;
    lines << tr("Hello,") << QString() << opening(topic) << QString();
    lines << tr("Server: %1 (id %2)").arg(serverName.isEmpty() ? tr("unknown name") : serverName).arg(summary.serverId);
    lines << tr("Migration: %1 (id %2), deadline %3")
                 .arg(summary.description)
                 .arg(summary.id)
                 .arg(summary.deadline.isValid() ? text::shortDateTime(summary.deadline) : tr("none"));
    lines << tr("Accounts (%1), total estimated downtime %2 min:")
                 .arg(snapshot.accounts.size())
                 .arg((downtime::forAccounts(snapshot.accounts).count() + 59) / 60);
    for (const AccountState &account : snapshot.accounts)
        lines << accountLine(account, facts);
    lines << QString() << tr("Prepared by Passerelle on %1.").arg(text::shortDateTime(now));
    return lines.join(u'\n');
}

} // namespace passerelle
