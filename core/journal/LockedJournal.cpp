#include "core/journal/LockedJournal.h"

namespace passerelle {

LockedJournal::LockedJournal(const QString &path) : m_lock(std::make_unique<JournalLock>(path))
{
    if (!m_lock->tryLock()) {
        m_failure = Failure::AlreadyRunning;
        m_error = m_lock->errorString();
        m_lock.reset();
        return;
    }
    auto journal = std::make_unique<SqliteJournal>(path);
    if (!journal->open()) {
        m_failure = journal->openStatus() == SqliteJournal::OpenStatus::NewerSchema ? Failure::NewerSchema
                                                                                    : Failure::CannotOpen;
        m_error = journal->lastError();
        journal.reset();
        m_lock.reset();
        return;
    }
    m_journal = std::move(journal);
}

} // namespace passerelle
