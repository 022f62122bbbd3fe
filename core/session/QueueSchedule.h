#pragma once

#include "core/journal/JournalStore.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <optional>

namespace passerelle {

class MigrationSession;

// A queue set to start later (at night): kept in the journal, so that closing Passerelle keeps
// it, and handed to the session's QueueRunner when the clock reaches its time. Before that time
// nothing is sent. The timer is re-armed from the clock each time, never counted in ticks, so a
// clock that jumps (a suspended laptop, the dry-run's fast time) is read as it is.
class QueueSchedule : public QObject
{
    Q_OBJECT

public:
    // How late a start may still happen: a queue whose time passed longer ago than this (while
    // Passerelle was closed, the computer slept or the clock jumped) is not started by surprise in
    // the day; it is dropped and said so (missed).
    static constexpr std::chrono::minutes kLateStartGrace {60};

    // Kept: the wizard's schedule outlives the program. ThisRunOnly: the CLI's --at waits in its
    // own process, so that stopping it (Ctrl-C) leaves nothing to start later.
    enum class Keeping { InJournal, ThisRunOnly };

    explicit QueueSchedule(MigrationSession &session);

    // Replaces any earlier schedule. False (and nothing kept) when the journal refuses it.
    bool set(const QList<qint64> &accountIds, AccountAction action, const QDateTime &startAt,
             Keeping keeping = Keeping::InJournal);
    void cancel();
    // Takes up the queue an earlier run kept in the journal, once the migration is known. Only the
    // program that stays open to start it does (the wizard); a CLI run leaves it alone.
    void adoptKept();
    const std::optional<ScheduledQueue> &pending() const { return m_pending; }
    // The last queue whose time passed long ago (missed), and when that was noticed: said until a
    // queue is set or starts (a page built later, after a restart, still says it).
    struct Missed
    {
        ScheduledQueue queue;
        QDateTime noticedAt;
    };
    const std::optional<Missed> &lastMissed() const { return m_lastMissed; }
    // The longest wait between two looks at the clock (a dry-run's hours pass in seconds).
    void setLongestWait(std::chrono::milliseconds wait) { m_longestWait = wait; }

Q_SIGNALS:
    void changed();
    // The time came and the queue was handed to the runner.
    void started();
    // The time passed longer ago than kLateStartGrace: the queue was not started.
    void missed(const passerelle::ScheduledQueue &queue);
    // At its time, the journal let go while waiting could not be taken again (another Passerelle
    // holds it): the queue was not started and nothing was sent. `reason` is for the user.
    void journalNotRetaken(const passerelle::ScheduledQueue &queue, const QString &reason);

private:
    void load();
    void check();
    // True (and the queue dropped, missed emitted) when its time passed longer ago than the grace.
    bool dropIfMissed(const QDateTime &now);
    void arm();
    void forget();

    MigrationSession &m_session;
    QTimer m_timer;
    std::optional<ScheduledQueue> m_pending;
    // The accounts' names when this run set the queue: an id renamed by its start is not sent.
    QHash<qint64, QString> m_namesWhenSet;
    std::optional<Missed> m_lastMissed;
    std::chrono::milliseconds m_longestWait = std::chrono::minutes(1);
    qint64 m_loadedFor = 0;
    bool m_adopts = false;
    Keeping m_keeping = Keeping::InJournal;
};

} // namespace passerelle
