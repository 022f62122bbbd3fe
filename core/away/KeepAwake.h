#pragma once

#include "core/journal/JournalStore.h"
#include "core/model/MigrationSnapshot.h"

#include <QObject>
#include <QSet>
#include <QString>

#include <optional>

namespace passerelle {

class MigrationSession;
class SleepInhibitor;

namespace keepawake {

// What decides whether the computer must stay awake: work pending here or at the provider.
struct WorkState
{
    const MigrationSnapshot *snapshot = nullptr; // null before the first snapshot
    QSet<qint64> inFlight;
    int queuePending = 0; // accounts the running queue still has to start or finish; 0: no queue
    int queueToStart = 0; // of those, the ones not started yet: the queue line's "N still to go"
    std::optional<ScheduledQueue> scheduled;
};

// Why the computer must not sleep now, for the screen and the desktop; empty when it may (never
// held while idle). A queue's next account or a scheduled start needs this computer awake.
QString reason(const WorkState &work);

} // namespace keepawake

// Holds a sleep inhibition exactly while the session has work pending: taken when an operation,
// a queue or a scheduled queue begins, released as soon as it ends or is cancelled, and when this
// object goes (the application quits).
class KeepAwake : public QObject
{
    Q_OBJECT

public:
    KeepAwake(MigrationSession &session, SleepInhibitor &inhibitor, QObject *parent = nullptr);
    ~KeepAwake() override;

    // Why the computer is kept awake; empty when it is not.
    QString reason() const { return m_reason; }

Q_SIGNALS:
    void reasonChanged(const QString &reason);

private:
    void update();

    MigrationSession &m_session;
    SleepInhibitor &m_inhibitor;
    QString m_reason;
};

} // namespace passerelle
