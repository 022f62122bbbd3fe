#include "core/journal/JournalCodec.h"
#include "core/journal/SqliteJournal.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace passerelle {

namespace {

QString nonNull(const QString &text)
{
    return text.isNull() ? u""_s : text;
}

ActionIntent intentFromRow(const QSqlQuery &query)
{
    ActionIntent intent;
    intent.id = query.value(0).toLongLong();
    intent.migrationId = query.value(1).toLongLong();
    intent.kind
        = journalcodec::intentKindFromText(query.value(2).toString()).value_or(ActionIntent::Kind::AccountAction);
    intent.action = journalcodec::accountActionFromText(query.value(3).toString()).value_or(AccountAction::Test);
    intent.topic = journalcodec::supportTopicFromText(query.value(4).toString()).value_or(SupportTopic::TransitServer);
    intent.accountId = query.value(5).toLongLong();
    intent.accountName = query.value(6).toString();
    intent.idempotencyKey = QUuid::fromString(query.value(7).toString());
    intent.createdAt = journalcodec::dateTimeFromColumn(query.value(8));
    intent.dryRun = query.value(9).toBool();
    return intent;
}

} // namespace

// Autocommit + synchronous=FULL: when this returns true the row is on disk (intent before action).
bool SqliteJournal::recordIntent(ActionIntent &intent)
{
    if (!ensureOpen())
        return false;
    const QString what = tr("Cannot write down the action before sending it");
    if (!intent.createdAt.isValid())
        return fail(what, tr("the action has no time"));
    if (intent.idempotencyKey.isNull())
        intent.idempotencyKey = QUuid::createUuid();
    QSqlQuery query(m_db);
    if (!run(query,
             u"INSERT INTO intents (migration_id, kind, action, topic, account_id, account_name, idempotency_key,"
             " created_at, dry_run) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
             {intent.migrationId, journalcodec::toText(intent.kind), journalcodec::toText(intent.action),
              journalcodec::toText(intent.topic), intent.accountId, nonNull(intent.accountName),
              intent.idempotencyKey.toString(QUuid::WithoutBraces), journalcodec::toColumn(intent.createdAt),
              int(intent.dryRun)},
             what))
        return false;
    intent.id = query.lastInsertId().toLongLong();
    return true;
}

void SqliteJournal::commitIntent(const ActionIntent &intent, QObject *, IntentCommitted then)
{
    ActionIntent recorded = intent;
    if (recordIntent(recorded))
        then(recorded);
    else
        then(m_lastError);
}

bool SqliteJournal::recordOutcome(qint64 intentId, IntentOutcome outcome, const QString &detail, const QDateTime &at)
{
    if (!ensureOpen())
        return false;
    const QString what = tr("Cannot write down the answer to an action");
    if (!at.isValid())
        return fail(what, tr("the answer has no time"));
    QSqlQuery query(m_db);
    if (!run(query,
             u"UPDATE intents SET outcome = ?, outcome_detail = ?, outcome_at = ? WHERE id = ? AND outcome IS NULL"_s,
             {journalcodec::toText(outcome), nonNull(detail), journalcodec::toColumn(at), intentId}, what))
        return false;
    if (query.numRowsAffected() == 1)
        return true;
    return fail(what, tr("action %1 is unknown or already has an answer").arg(intentId));
}

QList<ActionIntent> SqliteJournal::selectIntents(const QString &condition, const QVariantList &values,
                                                 const QString &what)
{
    QList<ActionIntent> intents;
    if (!ensureOpen())
        return intents;
    QSqlQuery query(m_db);
    if (!run(query,
             u"SELECT id, migration_id, kind, action, topic, account_id, account_name, idempotency_key, created_at,"
             " dry_run FROM intents AS i WHERE "_s
                 + condition + u" ORDER BY id"_s,
             values, what))
        return intents;
    while (query.next())
        intents.append(intentFromRow(query));
    return intents;
}

QList<ActionIntent> SqliteJournal::intentsInDoubt(qint64 migrationId)
{
    return selectIntents(u"migration_id = ? AND outcome IS NULL"_s, {migrationId},
                         tr("Cannot read the unanswered actions from the journal"));
}

QList<ActionIntent> SqliteJournal::lastIntentsSettledAs(qint64 migrationId, IntentOutcome outcome,
                                                        const QString &error)
{
    // Only the last intent of each account counts: a later one has decided again.
    return selectIntents(u"migration_id = ? AND kind = ? AND outcome = ? AND NOT EXISTS (SELECT 1 FROM intents AS later"
                         " WHERE later.migration_id = i.migration_id AND later.kind = i.kind"
                         " AND later.account_id = i.account_id AND later.id > i.id)"_s,
                         {migrationId, journalcodec::toText(ActionIntent::Kind::AccountAction),
                          journalcodec::toText(outcome)},
                         error);
}

QList<ActionIntent> SqliteJournal::intentsAwaitingStart(qint64 migrationId)
{
    return lastIntentsSettledAs(migrationId, IntentOutcome::Accepted,
                                tr("Cannot read the accepted actions from the journal"));
}

QList<ActionIntent> SqliteJournal::intentsUnseen(qint64 migrationId)
{
    return lastIntentsSettledAs(migrationId, IntentOutcome::Unseen,
                                tr("Cannot read the actions of unknown outcome from the journal"));
}

bool SqliteJournal::recordStartSeen(qint64 intentId, IntentOutcome outcome, const QString &detail, const QDateTime &at)
{
    if (!ensureOpen())
        return false;
    const QString what = tr("Cannot write down what the provider shows of an action");
    if (!at.isValid())
        return fail(what, tr("the answer has no time"));
    QSqlQuery query(m_db);
    if (!run(query,
             u"UPDATE intents SET outcome = ?, outcome_detail = ?, outcome_at = ? WHERE id = ? AND outcome = ?"_s,
             {journalcodec::toText(outcome), nonNull(detail), journalcodec::toColumn(at), intentId,
              journalcodec::toText(IntentOutcome::Accepted)},
             what))
        return false;
    if (query.numRowsAffected() == 1)
        return true;
    return fail(what, tr("action %1 is unknown or was not accepted").arg(intentId));
}

bool SqliteJournal::logActivity(qint64 migrationId, const ActivityEntry &entry)
{
    if (!ensureOpen())
        return false;
    QSqlQuery query(m_db);
    return run(
        query, u"INSERT INTO activity (migration_id, at, category, text, account_id) VALUES (?, ?, ?, ?, ?)"_s,
        {migrationId, journalcodec::toColumn(entry.at), nonNull(entry.category), nonNull(entry.text), entry.accountId},
        tr("Cannot write to the activity log"));
}

QList<ActivityEntry> SqliteJournal::activity(qint64 migrationId, int limit)
{
    QList<ActivityEntry> entries;
    if (!ensureOpen())
        return entries;
    QSqlQuery query(m_db);
    // The newest `limit` rows, then turned back into the order they were logged.
    if (!run(query,
             u"SELECT at, category, text, account_id FROM (SELECT id, at, category, text, account_id FROM activity"
             " WHERE migration_id = ? ORDER BY id DESC LIMIT ?) ORDER BY id"_s,
             {migrationId, limit > 0 ? limit : -1}, tr("Cannot read the activity log")))
        return entries;
    while (query.next()) {
        ActivityEntry entry;
        entry.at = journalcodec::dateTimeFromColumn(query.value(0));
        entry.category = query.value(1).toString();
        entry.text = query.value(2).toString();
        entry.accountId = query.value(3).toLongLong();
        entries.append(entry);
    }
    return entries;
}

bool SqliteJournal::recordObservedOperation(qint64 migrationId, const ObservedOperation &operation)
{
    if (!ensureOpen())
        return false;
    QSqlQuery query(m_db);
    return run(query,
               u"INSERT INTO observed_operations (migration_id, account_id, action, started_at, ended_at,"
               " estimated_seconds) VALUES (?, ?, ?, ?, ?, ?)"_s,
               {migrationId, operation.accountId, journalcodec::toText(operation.action),
                journalcodec::toColumn(operation.startedAt), journalcodec::toColumn(operation.endedAt),
                operation.estimatedSeconds},
               tr("Cannot write down an observed operation"));
}

QList<ObservedOperation> SqliteJournal::observedOperations(qint64 migrationId)
{
    QList<ObservedOperation> operations;
    if (!ensureOpen())
        return operations;
    QSqlQuery query(m_db);
    if (!run(query,
             u"SELECT account_id, action, started_at, ended_at, estimated_seconds FROM observed_operations"
             " WHERE migration_id = ? ORDER BY id"_s,
             {migrationId}, tr("Cannot read the observed operations")))
        return operations;
    while (query.next()) {
        ObservedOperation operation;
        operation.accountId = query.value(0).toLongLong();
        operation.action
            = journalcodec::accountActionFromText(query.value(1).toString()).value_or(AccountAction::Migrate);
        operation.startedAt = journalcodec::dateTimeFromColumn(query.value(2));
        operation.endedAt = journalcodec::dateTimeFromColumn(query.value(3));
        operation.estimatedSeconds = query.value(4).toLongLong();
        operations.append(operation);
    }
    return operations;
}

} // namespace passerelle
