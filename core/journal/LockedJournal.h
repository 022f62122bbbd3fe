#pragma once

#include "core/journal/JournalLock.h"
#include "core/journal/SqliteJournal.h"

#include <QString>

#include <memory>

namespace passerelle {

// What the wizard and the CLI do at start: take the instance lock, then open the journal. Held for
// the whole run; the journal closes before the lock is released.
class LockedJournal
{
public:
    enum class Failure {
        None,
        AlreadyRunning, // another Passerelle holds the lock: say so and exit cleanly
        NewerSchema, // written by a newer Passerelle: refused, untouched
        CannotOpen, // the file cannot be created, read, or upgraded
        Damaged, // failed its check and was set aside: offer to start a new journal
    };

    explicit LockedJournal(const QString &path = SqliteJournal::defaultPath(),
                           SqliteJournal::AfterDamage afterDamage = SqliteJournal::AfterDamage::Refuse);

    bool isOpen() const { return m_journal != nullptr; }
    Failure failure() const { return m_failure; }
    // Translated, for the user, when isOpen() is false.
    QString errorString() const { return m_error; }
    // Only when isOpen().
    SqliteJournal &journal() const { return *m_journal; }

private:
    // Declared in this order so that the journal is destroyed before the lock is released.
    std::unique_ptr<JournalLock> m_lock;
    std::unique_ptr<SqliteJournal> m_journal;
    Failure m_failure = Failure::None;
    QString m_error;
};

} // namespace passerelle
