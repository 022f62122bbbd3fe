#include "ui/support/DiagnosticSummary.h"

#include "core/model/RuleText.h"
#include "core/session/MigrationSession.h"

#include <QRegularExpression>
#include <QStringList>

namespace passerelle::ui {
namespace {

constexpr int kActivityTail = 20;

QString iso(const QDateTime &when)
{
    return when.isValid() ? when.toUTC().toString(Qt::ISODate) : QStringLiteral("-");
}

} // namespace

QString maskEmails(const QString &text)
{
    static const QRegularExpression email(QStringLiteral(R"(([A-Za-z0-9._%+-])[A-Za-z0-9._%+-]*@([A-Za-z0-9.-]+))"));
    QString masked = text;
    masked.replace(email, QStringLiteral("\\1***@\\2"));
    return masked;
}

QString diagnosticSummary(const MigrationSession &session, const QString &appVersion)
{
    // Plain English on purpose: support reads it, whatever the customer's language.
    QStringList lines;
    lines << QStringLiteral("Passerelle %1%2")
                 .arg(appVersion, session.isDryRun() ? QStringLiteral(" (dry-run)") : QString());
    lines << QStringLiteral("Generated: %1").arg(iso(session.clock().now()));
    const MigrationSnapshot &snapshot = session.snapshot();
    const MigrationDetail &migration = snapshot.migration;
    lines << QStringLiteral("Migration: %1 (%2), deadline %3")
                 .arg(migration.summary.id)
                 .arg(migration.summary.description, iso(migration.summary.deadline));
    lines << QStringLiteral("Step: %1").arg(static_cast<int>(session.currentStep()));
    lines << QStringLiteral("Client server: %1 (id %2), %3, reinstall started %4, reinstalled %5")
                 .arg(session.serverName())
                 .arg(migration.summary.serverId)
                 .arg(text::clientServerStatusName(migration.clientServer.status),
                      iso(migration.clientServer.reinstallStartedAt), iso(migration.clientServer.reinstalledAt));
    lines << QStringLiteral("Transit server: %1, %2, pre-copy %3 %, ready %4")
                 .arg(migration.transit.name, text::transitStatusName(migration.transit.status))
                 .arg(migration.transit.precopyPercent)
                 .arg(iso(migration.transit.readyAt));
    lines << QStringLiteral("Accounts (%1):").arg(snapshot.accounts.size());
    for (const AccountRecord &account : snapshot.accounts) {
        lines << QStringLiteral("- %1 (id %2): %3, %4, %5%6")
                     .arg(account.name)
                     .arg(account.id)
                     .arg(account.location == Location::Client ? QStringLiteral("client") : QStringLiteral("transit"),
                          account.version == Version::Old ? QStringLiteral("old") : QStringLiteral("new"),
                          text::statusName(account.status),
                          account.lastError.isEmpty() ? QString()
                                                      : QStringLiteral(", last error: ") + account.lastError);
    }
    if (const auto error = session.lastError())
        lines << QStringLiteral("Last API error: %1").arg(error->message);
    lines << QStringLiteral("Journal (last %1):").arg(kActivityTail);
    for (const ActivityEntry &entry : session.recentActivity(kActivityTail))
        lines << QStringLiteral("%1 [%2] %3").arg(iso(entry.at), entry.category, entry.text);
    return maskEmails(lines.join(QLatin1Char('\n')));
}

} // namespace passerelle::ui
