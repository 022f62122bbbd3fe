// The site checks' references in the SQLite journal.
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

} // namespace passerelle
