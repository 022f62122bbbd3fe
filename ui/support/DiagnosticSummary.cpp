#include "ui/support/DiagnosticSummary.h"

#include "core/model/RuleText.h"
#include "core/session/MigrationSession.h"
#include "core/session/SiteWatch.h"
#include "core/sites/SiteComparison.h"

#include <QRegularExpression>
#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace passerelle::ui {
namespace {

constexpr int kActivityTail = 20;

QString iso(const QDateTime &when)
{
    return when.isValid() ? when.toUTC().toString(Qt::ISODate) : u"-"_s;
}

} // namespace

QString maskEmails(const QString &text)
{
    static const QRegularExpression email(uR"(([A-Za-z0-9._%+-])[A-Za-z0-9._%+-]*@([A-Za-z0-9.-]+))"_s);
    QString masked = text;
    masked.replace(email, u"\\1***@\\2"_s);
    return masked;
}

QString diagnosticSummary(const MigrationSession &session, const QString &appVersion)
{
    // Plain English on purpose: support reads it, whatever the customer's language.
    QStringList lines;
    lines << u"Passerelle %1%2"_s.arg(appVersion, session.isDryRun() ? u" (dry-run)"_s : QString());
    lines << u"Generated: %1"_s.arg(iso(session.clock().now()));
    const MigrationSnapshot &snapshot = session.snapshot();
    const MigrationDetail &migration = snapshot.migration;
    lines << u"Migration: %1 (%2), deadline %3"_s.arg(migration.summary.id)
                 .arg(migration.summary.description, iso(migration.summary.deadline));
    lines << u"Step: %1"_s.arg(static_cast<int>(session.currentStep()));
    lines << u"Client server: %1 (id %2), %3, reinstall started %4, reinstalled %5"_s.arg(session.serverName())
                 .arg(migration.summary.serverId)
                 .arg(text::clientServerStatusName(migration.clientServer.status),
                      iso(migration.clientServer.reinstallStartedAt), iso(migration.clientServer.reinstalledAt));
    // A name the provider gives ahead is no server yet: named once one is being installed.
    const TransitStatus transit = migration.transit.status;
    const bool transitExists
        = transit == TransitStatus::Installing || transit == TransitStatus::Ready || transit == TransitStatus::Released;
    lines << u"Transit server: %1, %2, pre-copy %3 %, ready %4"_s
                 .arg(transitExists ? migration.transit.name : u"none yet"_s, text::transitStatusName(transit))
                 .arg(migration.transit.precopyPercent)
                 .arg(iso(migration.transit.readyAt));
    lines << u"Accounts (%1):"_s.arg(snapshot.accounts.size());
    for (const AccountRecord &account : snapshot.accounts) {
        lines << u"- %1 (id %2): %3, %4, %5%6"_s.arg(account.name)
                     .arg(account.id)
                     .arg(account.location == Location::Client ? u"client"_s : u"transit"_s,
                          account.version == Version::Old ? u"old"_s : u"new"_s, text::statusName(account.status),
                          account.lastError.isEmpty() ? QString() : u", last error: "_s + account.lastError);
    }
    if (session.sites().isEnabled()) {
        lines << u"Site checks:"_s;
        for (const AccountRecord &account : snapshot.accounts) {
            const AccountSites &checks = session.sites().sitesOf(account.id);
            lines << u"- %1: %2%3"_s.arg(account.name, sitesStateToken(checks.state),
                                          checks.referenceMissing ? u" (no reference before the migration)"_s
                                                                 : QString());
            for (const sites::SiteCheckResult &result : checks.results) {
                if (result.verdict == sites::SiteVerdict::Changed || result.verdict == sites::SiteVerdict::Broken)
                    lines << u"  %1: %2, HTTP %3, %4"_s.arg(result.address, sites::verdictToken(result.verdict))
                                 .arg(result.observation.httpStatus)
                                 .arg(result.details);
            }
        }
    }
    if (const auto error = session.lastError())
        lines << u"Last API error: %1"_s.arg(error->message);
    lines << u"Journal (last %1):"_s.arg(kActivityTail);
    for (const ActivityEntry &entry : session.recentActivity(kActivityTail))
        lines << u"%1 [%2] %3"_s.arg(iso(entry.at), entry.category, entry.text);
    return maskEmails(lines.join(u'\n'));
}

} // namespace passerelle::ui
