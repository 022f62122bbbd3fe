#include "core/journal/JournalCodec.h"
#include "core/journal/SqliteJournal.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace passerelle {

namespace {

QVariant optionalBool(const std::optional<bool> &value)
{
    return value ? QVariant(int(*value)) : QVariant(QMetaType::fromType<int>());
}

QList<qint64> sorted(const QSet<qint64> &ids)
{
    QList<qint64> list(ids.cbegin(), ids.cend());
    std::sort(list.begin(), list.end());
    return list;
}

} // namespace

LocalFacts SqliteJournal::loadFacts(qint64 migrationId)
{
    LocalFacts facts;
    if (!ensureOpen())
        return facts;
    QSqlQuery query(m_db);
    if (!run(query,
             u"SELECT transit_request_sent, transit_request_text, reinstall_request_sent, finalizer,"
             " finalization_request_sent, uses_provider_dns, transit_released_seen_at"
             " FROM facts WHERE migration_id = ?"_s,
             {migrationId}, tr("Cannot read your choices from the journal")))
        return facts;
    if (query.next()) {
        facts.transitRequestSent = query.value(0).toBool();
        facts.transitRequestText = query.value(1).toString();
        facts.reinstallRequestSent = query.value(2).toBool();
        facts.finalizer = journalcodec::finalizerFromText(query.value(3).toString()).value_or(Finalizer::Nobody);
        facts.finalizationRequestSent = query.value(4).toBool();
        if (!query.value(5).isNull())
            facts.usesProviderDns = query.value(5).toBool();
        facts.transitReleasedSeenAt = journalcodec::dateTimeFromColumn(query.value(6));
    }
    readFactAccounts(migrationId, facts);
    return facts;
}

bool SqliteJournal::readFactAccounts(qint64 migrationId, LocalFacts &facts)
{
    QSqlQuery query(m_db);
    if (!run(query, u"SELECT account_id, fact FROM fact_accounts WHERE migration_id = ?"_s, {migrationId},
             tr("Cannot read your ticks from the journal")))
        return false;
    while (query.next()) {
        const qint64 accountId = query.value(0).toLongLong();
        if (query.value(1).toString() == u"ready"_s)
            facts.confirmedReady.insert(accountId);
        else
            facts.verified.insert(accountId);
    }
    return true;
}

// The whole set of facts is replaced in one transaction: a crash leaves the old set or the new one.
bool SqliteJournal::saveFacts(qint64 migrationId, const LocalFacts &facts)
{
    if (!ensureOpen())
        return false;
    const QString what = tr("Cannot save your choices in the journal");
    if (!m_db.transaction())
        return fail(what, m_db.lastError().text());
    bool ok = false;
    {
        QSqlQuery query(m_db);
        ok = run(query,
                 u"INSERT OR REPLACE INTO facts (migration_id, transit_request_sent, transit_request_text,"
                 " reinstall_request_sent, finalizer, finalization_request_sent, uses_provider_dns,"
                 " transit_released_seen_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                 {migrationId, int(facts.transitRequestSent),
                  facts.transitRequestText.isNull() ? u""_s : facts.transitRequestText, int(facts.reinstallRequestSent),
                  journalcodec::toText(facts.finalizer), int(facts.finalizationRequestSent),
                  optionalBool(facts.usesProviderDns), journalcodec::toColumn(facts.transitReleasedSeenAt)},
                 what)
            && writeFactAccounts(migrationId, facts);
    }
    if (ok && m_db.commit())
        return true;
    if (ok)
        fail(what, m_db.lastError().text());
    m_db.rollback();
    return false;
}

bool SqliteJournal::writeFactAccounts(qint64 migrationId, const LocalFacts &facts)
{
    const QString what = tr("Cannot save your ticks in the journal");
    QSqlQuery query(m_db);
    if (!run(query, u"DELETE FROM fact_accounts WHERE migration_id = ?"_s, {migrationId}, what))
        return false;
    const auto insertAll = [&](const QSet<qint64> &ids, const QString &fact) {
        for (const qint64 accountId : sorted(ids)) {
            if (!run(query, u"INSERT INTO fact_accounts (migration_id, account_id, fact) VALUES (?, ?, ?)"_s,
                     {migrationId, accountId, fact}, what))
                return false;
        }
        return true;
    };
    return insertAll(facts.confirmedReady, u"ready"_s) && insertAll(facts.verified, u"verified"_s);
}

} // namespace passerelle
