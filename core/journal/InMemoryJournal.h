#pragma once

#include "core/journal/JournalStore.h"

#include <QHash>

namespace passerelle {

// The journal for tests and for a run that must write nothing to disk.
class InMemoryJournal final : public JournalStore
{
public:
    LocalFacts loadFacts(qint64 migrationId) override;
    bool saveFacts(qint64 migrationId, const LocalFacts &facts) override;
    // Sets intent.id (and a missing key); always true.
    bool recordIntent(ActionIntent &intent);
    // Calls `then` before returning: nothing is waited for.
    void commitIntent(const ActionIntent &intent, QObject *context, IntentCommitted then) override;
    bool recordOutcome(qint64 intentId, IntentOutcome outcome, const QString &detail, const QDateTime &at) override;
    QList<ActionIntent> intentsInDoubt(qint64 migrationId) override;
    QList<ActionIntent> intentsAwaitingStart(qint64 migrationId) override;
    QList<ActionIntent> intentsUnseen(qint64 migrationId) override;
    bool recordStartSeen(qint64 intentId, IntentOutcome outcome, const QString &detail, const QDateTime &at) override;
    bool logActivity(qint64 migrationId, const ActivityEntry &entry) override;
    QList<ActivityEntry> activity(qint64 migrationId, int limit) override;
    bool recordObservedOperation(qint64 migrationId, const ObservedOperation &operation) override;
    QList<ObservedOperation> observedOperations(qint64 migrationId) override;
    bool saveSiteBaseline(qint64 migrationId, const SiteBaselineRecord &baseline) override;
    QList<SiteBaselineRecord> siteBaselines(qint64 migrationId) override;
    bool saveScheduledQueue(qint64 migrationId, const ScheduledQueue &queue) override;
    bool clearScheduledQueue(qint64 migrationId) override;
    std::optional<ScheduledQueue> scheduledQueue(qint64 migrationId) override;
    bool recordReminderGiven(qint64 migrationId, const QString &reminder, const QDateTime &at) override;
    QStringList remindersGiven(qint64 migrationId) override;
    bool saveSiteCheck(qint64 migrationId, const SiteCheckRecord &check) override;
    QList<SiteCheckRecord> siteChecks(qint64 migrationId) override;
    QString lastError() const override { return QString(); }

private:
    // The last intent of each account, when it was settled as `outcome`.
    QList<ActionIntent> lastIntentsSettledAs(qint64 migrationId, IntentOutcome outcome) const;
    QHash<qint64, LocalFacts> m_facts;
    QList<ActionIntent> m_intents;
    QHash<qint64, IntentOutcome> m_outcomes;
    QHash<qint64, QList<ActivityEntry>> m_activity;
    QHash<qint64, QList<ObservedOperation>> m_observed;
    QHash<qint64, QList<SiteBaselineRecord>> m_siteBaselines;
    QHash<qint64, ScheduledQueue> m_scheduled;
    QHash<qint64, QStringList> m_reminders;
    QHash<qint64, QList<SiteCheckRecord>> m_siteChecks;
    qint64 m_nextIntentId = 1;
};

} // namespace passerelle
