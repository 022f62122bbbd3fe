#pragma once

#include "core/journal/JournalStore.h"
#include "core/model/Clock.h"

#include <QObject>

namespace passerelle {

// The activity log of the open migration: each line is journaled with the clock's time, then
// announced. A write the journal refuses is announced too: shown to the user, never only logged.
class ActivityRecorder : public QObject
{
    Q_OBJECT

public:
    ActivityRecorder(JournalStore &journal, const Clock &clock, QObject *parent = nullptr);

    void setMigration(qint64 migrationId) { m_migrationId = migrationId; }
    void log(const QString &category, const QString &text, qint64 accountId = 0);

Q_SIGNALS:
    void logged(const passerelle::ActivityEntry &entry);
    void journalError(const QString &message);

private:
    JournalStore &m_journal;
    const Clock &m_clock;
    qint64 m_migrationId = 0;
};

} // namespace passerelle
