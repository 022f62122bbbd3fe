#include "core/journal/InMemoryJournal.h"

namespace passerelle {

LocalFacts InMemoryJournal::loadFacts(qint64 migrationId)
{
    return m_facts.value(migrationId);
}

bool InMemoryJournal::saveFacts(qint64 migrationId, const LocalFacts &facts)
{
    m_facts.insert(migrationId, facts);
    return true;
}

bool InMemoryJournal::recordIntent(ActionIntent &intent)
{
    // Same contract as the SQLite journal: the caller sends the key the journal kept.
    if (intent.idempotencyKey.isNull())
        intent.idempotencyKey = QUuid::createUuid();
    intent.id = m_nextIntentId++;
    m_intents.append(intent);
    return true;
}

void InMemoryJournal::commitIntent(const ActionIntent &intent, QObject *, IntentCommitted then)
{
    ActionIntent recorded = intent;
    recordIntent(recorded);
    then(recorded);
}

bool InMemoryJournal::recordOutcome(qint64 intentId, IntentOutcome outcome, const QString &, const QDateTime &)
{
    m_outcomes.insert(intentId, outcome);
    return true;
}

QList<ActionIntent> InMemoryJournal::intentsInDoubt(qint64 migrationId)
{
    QList<ActionIntent> inDoubt;
    for (const ActionIntent &intent : std::as_const(m_intents)) {
        if (intent.migrationId == migrationId && !m_outcomes.contains(intent.id))
            inDoubt.append(intent);
    }
    return inDoubt;
}

QList<ActionIntent> InMemoryJournal::lastIntentsSettledAs(qint64 migrationId, IntentOutcome outcome) const
{
    QHash<qint64, ActionIntent> lastPerAccount;
    for (const ActionIntent &intent : std::as_const(m_intents)) {
        if (intent.migrationId == migrationId && intent.kind == ActionIntent::Kind::AccountAction)
            lastPerAccount.insert(intent.accountId, intent);
    }
    QList<ActionIntent> settled;
    for (const ActionIntent &intent : std::as_const(m_intents)) {
        if (lastPerAccount.value(intent.accountId).id == intent.id
            && m_outcomes.value(intent.id, IntentOutcome::Failed) == outcome)
            settled.append(intent);
    }
    return settled;
}

QList<ActionIntent> InMemoryJournal::intentsAwaitingStart(qint64 migrationId)
{
    return lastIntentsSettledAs(migrationId, IntentOutcome::Accepted);
}

QList<ActionIntent> InMemoryJournal::intentsUnseen(qint64 migrationId)
{
    return lastIntentsSettledAs(migrationId, IntentOutcome::Unseen);
}

bool InMemoryJournal::recordStartSeen(qint64 intentId, IntentOutcome outcome, const QString &, const QDateTime &)
{
    if (m_outcomes.value(intentId, IntentOutcome::Failed) != IntentOutcome::Accepted)
        return false;
    m_outcomes.insert(intentId, outcome);
    return true;
}

bool InMemoryJournal::logActivity(qint64 migrationId, const ActivityEntry &entry)
{
    m_activity[migrationId].append(entry);
    return true;
}

QList<ActivityEntry> InMemoryJournal::activity(qint64 migrationId, int limit)
{
    const QList<ActivityEntry> &all = m_activity[migrationId];
    return limit <= 0 || all.size() <= limit ? all : all.mid(all.size() - limit);
}

bool InMemoryJournal::recordObservedOperation(qint64 migrationId, const ObservedOperation &operation)
{
    m_observed[migrationId].append(operation);
    return true;
}

QList<ObservedOperation> InMemoryJournal::observedOperations(qint64 migrationId)
{
    return m_observed.value(migrationId);
}

bool InMemoryJournal::saveSiteBaseline(qint64 migrationId, const SiteBaselineRecord &baseline)
{
    QList<SiteBaselineRecord> &baselines = m_siteBaselines[migrationId];
    baselines.removeIf([&baseline](const SiteBaselineRecord &kept) {
        return kept.accountId == baseline.accountId && kept.address == baseline.address;
    });
    baselines.append(baseline);
    return true;
}

QList<SiteBaselineRecord> InMemoryJournal::siteBaselines(qint64 migrationId)
{
    return m_siteBaselines.value(migrationId);
}

bool InMemoryJournal::saveSiteCheck(qint64 migrationId, const SiteCheckRecord &check)
{
    QList<SiteCheckRecord> &checks = m_siteChecks[migrationId];
    checks.removeIf([&check](const SiteCheckRecord &kept) {
        return kept.accountId == check.accountId && kept.address == check.address;
    });
    checks.append(check);
    return true;
}

QList<SiteCheckRecord> InMemoryJournal::siteChecks(qint64 migrationId)
{
    return m_siteChecks.value(migrationId);
}

} // namespace passerelle

namespace passerelle {

bool InMemoryJournal::saveScheduledQueue(qint64 migrationId, const ScheduledQueue &queue)
{
    m_scheduled.insert(migrationId, queue);
    return true;
}

bool InMemoryJournal::clearScheduledQueue(qint64 migrationId)
{
    m_scheduled.remove(migrationId);
    return true;
}

std::optional<ScheduledQueue> InMemoryJournal::scheduledQueue(qint64 migrationId)
{
    if (!m_scheduled.contains(migrationId))
        return std::nullopt;
    return m_scheduled.value(migrationId);
}

bool InMemoryJournal::recordReminderGiven(qint64 migrationId, const QString &reminder, const QDateTime &)
{
    QStringList &given = m_reminders[migrationId];
    if (!given.contains(reminder))
        given << reminder;
    return true;
}

QStringList InMemoryJournal::remindersGiven(qint64 migrationId)
{
    return m_reminders.value(migrationId);
}

} // namespace passerelle
