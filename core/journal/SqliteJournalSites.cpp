// The site checks' references and last checks in the SQLite journal.
#include "core/journal/JournalCodec.h"
#include "core/journal/SqliteJournal.h"

#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace passerelle {

bool SqliteJournal::saveSiteBaseline(qint64 migrationId, const SiteBaselineRecord &baseline)
{
    if (!ensureOpen())
        return false;
    QSqlQuery query(m_db);
    return run(query,
               u"INSERT OR REPLACE INTO site_baselines (migration_id, account_id, address, recorded_at, observation)"
               " VALUES (?, ?, ?, ?, ?)"_s,
               {migrationId, baseline.accountId, baseline.address, journalcodec::toColumn(baseline.recordedAt),
                QString::fromUtf8(baseline.observation)},
               tr("Cannot write down a site's reference answer"));
}

QList<SiteBaselineRecord> SqliteJournal::siteBaselines(qint64 migrationId)
{
    QList<SiteBaselineRecord> baselines;
    if (!ensureOpen())
        return baselines;
    QSqlQuery query(m_db);
    if (!run(query,
             u"SELECT account_id, address, recorded_at, observation FROM site_baselines WHERE migration_id = ?"
             " ORDER BY account_id, address"_s,
             {migrationId}, tr("Cannot read the sites' reference answers")))
        return baselines;
    while (query.next()) {
        baselines.append({query.value(0).toLongLong(), query.value(1).toString(),
                          journalcodec::dateTimeFromColumn(query.value(2)), query.value(3).toString().toUtf8()});
    }
    return baselines;
}

bool SqliteJournal::saveSiteCheck(qint64 migrationId, const SiteCheckRecord &check)
{
    if (!ensureOpen())
        return false;
    QSqlQuery query(m_db);
    return run(query,
               u"INSERT OR REPLACE INTO site_checks"
               " (migration_id, account_id, address, checked_at, verdict, details, observation)"
               " VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
               {migrationId, check.accountId, check.address, journalcodec::toColumn(check.checkedAt), check.verdict,
                check.details, QString::fromUtf8(check.observation)},
               tr("Cannot write down a site check"));
}

QList<SiteCheckRecord> SqliteJournal::siteChecks(qint64 migrationId)
{
    QList<SiteCheckRecord> checks;
    if (!ensureOpen())
        return checks;
    QSqlQuery query(m_db);
    if (!run(query,
             u"SELECT account_id, address, checked_at, verdict, details, observation FROM site_checks"
             " WHERE migration_id = ? ORDER BY account_id, address"_s,
             {migrationId}, tr("Cannot read the site checks")))
        return checks;
    while (query.next()) {
        checks.append({query.value(0).toLongLong(), query.value(1).toString(),
                       journalcodec::dateTimeFromColumn(query.value(2)), query.value(3).toString(),
                       query.value(4).toString(), query.value(5).toString().toUtf8()});
    }
    return checks;
}

} // namespace passerelle
