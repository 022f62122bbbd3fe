#include "core/journal/LockedJournal.h"

namespace passerelle {

LockedJournal::LockedJournal(const QString &path, SqliteJournal::AfterDamage afterDamage)
    : m_lock(std::make_unique<JournalLock>(path))
{
    if (!m_lock->tryLock()) {
        m_failure = Failure::AlreadyRunning;
        m_error = m_lock->errorString();
        m_lock.reset();
        return;
    }
    auto journal = std::make_unique<SqliteJournal>(path);
    if (!journal->open(afterDamage)) {
        switch (journal->openStatus()) {
        case SqliteJournal::OpenStatus::NewerSchema:
            m_failure = Failure::NewerSchema;
            break;
        case SqliteJournal::OpenStatus::Damaged:
            m_failure = Failure::Damaged;
            break;
        default:
            m_failure = Failure::CannotOpen;
            break;
        }
        m_error = journal->lastError();
        journal.reset();
        m_lock.reset();
        return;
    }
    m_journal = std::move(journal);
}

} // namespace passerelle
