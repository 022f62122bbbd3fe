// MigrationSession: the journal let go while a run only waits for its start time, and taken again
// before anything is sent (one writer at a time, docs/process.md "Nothing lost").
#include "core/session/MigrationSession.h"
#include "core/session/QueueRunner.h"
#include "core/session/SessionLog.h"

namespace passerelle {

bool MigrationSession::releaseJournal()
{
    // An action on its way or a running queue is followed by reads that are journaled.
    if (m_journalReleased || m_state != State::Ready || !inFlight().isEmpty() || m_queue->isActive())
        return false;
    if (!m_journal->release())
        return false;
    m_journalReleased = true;
    m_pollTimer.stop();
    qCInfo(lcSession) << "journal released while waiting";
    return true;
}

bool MigrationSession::retakeJournal()
{
    if (!m_journalReleased)
        return true;
    if (!m_journal->retake()) {
        qCWarning(lcSession) << "the journal could not be taken again";
        return false;
    }
    // Another program may have ticked facts, decided actions or left one in doubt meanwhile. A
    // journal that cannot be read is not taken back: going on with empty facts would save them.
    LocalFacts facts = m_journal->loadFacts(m_migrationId);
    if (const QString error = m_journal->lastError(); !error.isEmpty()) {
        qCWarning(lcSession) << "the journal was taken again but could not be read:" << error;
        m_journal->release();
        return false;
    }
    m_journalReleased = false;
    qCInfo(lcSession) << "journal taken again";
    m_facts = std::move(facts);
    m_hasSnapshot = false;
    m_inDoubtResolved = false;
    forgetDerived(true);
    Q_EMIT factsChanged();
    poll();
    return true;
}

} // namespace passerelle
