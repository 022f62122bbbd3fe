#include "core/session/ActivityRecorder.h"

namespace passerelle {

ActivityRecorder::ActivityRecorder(JournalStore &journal, const Clock &clock, QObject *parent)
    : QObject(parent), m_journal(journal), m_clock(clock)
{ }

void ActivityRecorder::log(const QString &category, const QString &text, qint64 accountId)
{
    const ActivityEntry entry {m_clock.now(), category, text, accountId};
    if (!m_journal.logActivity(m_migrationId, entry))
        Q_EMIT journalError(m_journal.lastError());
    Q_EMIT logged(entry);
}

} // namespace passerelle
