#pragma once

#include "core/journal/JournalStore.h"

#include <QElapsedTimer>

#include <memory>

namespace passerelle {
struct Backend;
}

namespace passerelle::bench {

// Times every call the GUI thread makes into the journal: the part of its stalls the journal causes.
class TimedJournal final : public JournalStore
{
public:
    explicit TimedJournal(JournalStore &inner) : m_inner(inner) { }
    double longestCallMs() const { return double(std::max(m_longestNs, m_longestWriteNs)) / 1e6; }
    // Writes and intents only: what a click or a poll costs the GUI thread.
    double longestWriteMs() const { return double(m_longestWriteNs) / 1e6; }

    // Declared first: the calls below deduce their result from it.
    template<typename Call> auto timed(Call call)
    {
        QElapsedTimer timer;
        timer.start();
        auto result = call();
        note(timer.nsecsElapsed());
        return result;
    }
    void note(qint64 ns) { m_longestNs = std::max(m_longestNs, ns); }
    template<typename Call> bool timedWrite(Call call)
    {
        QElapsedTimer timer;
        timer.start();
        const bool result = call();
        noteWrite(timer.nsecsElapsed());
        return result;
    }
    void noteWrite(qint64 ns) { m_longestWriteNs = std::max(m_longestWriteNs, ns); }

    LocalFacts loadFacts(qint64 m) override
    {
        return timed([&] { return m_inner.loadFacts(m); });
    }
    bool saveFacts(qint64 m, const LocalFacts &f) override
    {
        return timedWrite([&] { return m_inner.saveFacts(m, f); });
    }
    void commitIntent(const ActionIntent &intent, QObject *context, IntentCommitted then) override
    {
        // Only the commit is timed, not what `then` sends when the store calls it at once.
        QElapsedTimer timer;
        timer.start();
        qint64 beforeThen = -1;
        m_inner.commitIntent(intent, context, [&beforeThen, &timer, then](const Expected<ActionIntent, QString> &c) {
            if (beforeThen < 0)
                beforeThen = timer.nsecsElapsed();
            then(c);
        });
        noteWrite(beforeThen >= 0 ? beforeThen : timer.nsecsElapsed());
    }
    bool recordOutcome(qint64 id, IntentOutcome o, const QString &d, const QDateTime &at) override
    {
        return timedWrite([&] { return m_inner.recordOutcome(id, o, d, at); });
    }
    QList<ActionIntent> intentsInDoubt(qint64 m) override
    {
        return timed([&] { return m_inner.intentsInDoubt(m); });
    }
    bool logActivity(qint64 m, const ActivityEntry &e) override
    {
        return timedWrite([&] { return m_inner.logActivity(m, e); });
    }
    QList<ActivityEntry> activity(qint64 m, int limit) override
    {
        return timed([&] { return m_inner.activity(m, limit); });
    }
    bool recordObservedOperation(qint64 m, const ObservedOperation &o) override
    {
        return timedWrite([&] { return m_inner.recordObservedOperation(m, o); });
    }
    QList<ObservedOperation> observedOperations(qint64 m) override
    {
        return timed([&] { return m_inner.observedOperations(m); });
    }
    bool saveSiteBaseline(qint64 m, const SiteBaselineRecord &b) override
    {
        return timedWrite([&] { return m_inner.saveSiteBaseline(m, b); });
    }
    QList<SiteBaselineRecord> siteBaselines(qint64 m) override
    {
        return timed([&] { return m_inner.siteBaselines(m); });
    }
    bool saveSiteCheck(qint64 m, const SiteCheckRecord &c) override
    {
        return timed([&] { return m_inner.saveSiteCheck(m, c); });
    }
    QList<SiteCheckRecord> siteChecks(qint64 m) override { return timed([&] { return m_inner.siteChecks(m); }); }
    bool saveScheduledQueue(qint64 m, const ScheduledQueue &q) override
    {
        return timed([&] { return m_inner.saveScheduledQueue(m, q); });
    }
    bool clearScheduledQueue(qint64 m) override { return timed([&] { return m_inner.clearScheduledQueue(m); }); }
    std::optional<ScheduledQueue> scheduledQueue(qint64 m) override
    {
        return timed([&] { return m_inner.scheduledQueue(m); });
    }
    bool recordReminderGiven(qint64 m, const QString &r, const QDateTime &at) override
    {
        return timed([&] { return m_inner.recordReminderGiven(m, r, at); });
    }
    QStringList remindersGiven(qint64 m) override { return timed([&] { return m_inner.remindersGiven(m); }); }
    QString lastError() const override { return m_inner.lastError(); }

private:
    JournalStore &m_inner;
    qint64 m_longestNs = 0;
    qint64 m_longestWriteNs = 0;
};

// The journal on disk as the bench runs it: before, the same file committed on the GUI thread
// (the design before the journal had its own thread); now, the product's. Both timed.
struct BenchJournal
{
    std::unique_ptr<JournalStore> sqliteHere; // before only
    std::unique_ptr<TimedJournal> timed;
};

// Times the journal of the backend just opened: on its own thread (the product), or the same file
// committed on the GUI thread (`onGuiThread`, the former design).
void timeTheJournal(Backend &backend, const QString &path, bool onGuiThread, BenchJournal &journal);

} // namespace passerelle::bench
