// The scheduled queue and the reminders already given, in the SQLite journal.
#include "core/journal/JournalCodec.h"
#include "core/journal/SqliteJournal.h"

#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace passerelle {

namespace {

QString idsToText(const QList<qint64> &ids)
{
    QStringList words;
    for (const qint64 id : ids)
        words << QString::number(id);
    return words.join(u',');
}

std::optional<QList<qint64>> idsFromText(const QString &text)
{
    QList<qint64> ids;
    for (const QString &word : text.split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        const qint64 id = word.toLongLong(&ok);
        if (!ok)
            return std::nullopt;
        ids << id;
    }
    return ids;
}

} // namespace

bool SqliteJournal::saveScheduledQueue(qint64 migrationId, const ScheduledQueue &queue)
{
    if (!ensureOpen())
        return false;
    QSqlQuery query(m_db);
    return run(query,
               u"INSERT OR REPLACE INTO scheduled_queue (migration_id, action, account_ids, start_at)"
               " VALUES (?, ?, ?, ?)"_s,
               {migrationId, journalcodec::toText(queue.action), idsToText(queue.accountIds),
                journalcodec::toColumn(queue.startAt)},
               tr("Cannot write down the scheduled queue"));
}

bool SqliteJournal::clearScheduledQueue(qint64 migrationId)
{
    if (!ensureOpen())
        return false;
    QSqlQuery query(m_db);
    return run(query, u"DELETE FROM scheduled_queue WHERE migration_id = ?"_s, {migrationId},
               tr("Cannot remove the scheduled queue"));
}

std::optional<ScheduledQueue> SqliteJournal::scheduledQueue(qint64 migrationId)
{
    if (!ensureOpen())
        return std::nullopt;
    QSqlQuery query(m_db);
    if (!run(query, u"SELECT action, account_ids, start_at FROM scheduled_queue WHERE migration_id = ?"_s,
             {migrationId}, tr("Cannot read the scheduled queue"))
        || !query.next())
        return std::nullopt;
    const auto action = journalcodec::accountActionFromText(query.value(0).toString());
    const auto ids = idsFromText(query.value(1).toString());
    const QDateTime startAt = journalcodec::dateTimeFromColumn(query.value(2));
    // A row this build cannot read is not a plan to act on.
    if (!action || !ids || ids->isEmpty() || !startAt.isValid())
        return std::nullopt;
    return ScheduledQueue {*action, *ids, startAt};
}

bool SqliteJournal::recordReminderGiven(qint64 migrationId, const QString &reminder, const QDateTime &at)
{
    if (!ensureOpen())
        return false;
    QSqlQuery query(m_db);
    return run(query, u"INSERT OR IGNORE INTO reminders_given (migration_id, reminder, given_at) VALUES (?, ?, ?)"_s,
               {migrationId, reminder, journalcodec::toColumn(at)}, tr("Cannot write down a reminder"));
}

QStringList SqliteJournal::remindersGiven(qint64 migrationId)
{
    QStringList reminders;
    if (!ensureOpen())
        return reminders;
    QSqlQuery query(m_db);
    if (!run(query, u"SELECT reminder FROM reminders_given WHERE migration_id = ? ORDER BY reminder"_s, {migrationId},
             tr("Cannot read the reminders already given")))
        return reminders;
    while (query.next())
        reminders << query.value(0).toString();
    return reminders;
}

} // namespace passerelle
