#pragma once

#include <QCoreApplication>
#include <QLockFile>
#include <QString>

namespace passerelle {

// One running Passerelle (wizard or CLI) per journal: a lock file next to the database. A lock
// left by a process that no longer runs is taken over (QLockFile's own stale detection).
class JournalLock
{
    Q_DECLARE_TR_FUNCTIONS(passerelle::JournalLock)

public:
    explicit JournalLock(const QString &journalPath);
    ~JournalLock() = default;
    JournalLock(const JournalLock &) = delete;
    JournalLock &operator=(const JournalLock &) = delete;

    static QString lockPathFor(const QString &journalPath);
    // Creates the journal's folder and its parents. False: `error` says which folder and why
    // (a read-only home, a file in the way), so that the user can act on it.
    static bool makeFolder(const QString &folder, QString *error);

    // Never waits. False: errorString() says why (another instance, with its pid).
    bool tryLock();
    void unlock();
    bool isLocked() const { return m_lock.isLocked(); }
    QString errorString() const { return m_error; }
    // The process holding the lock when tryLock() failed (0 when unknown).
    qint64 holderPid() const { return m_holderPid; }

private:
    QString m_journalPath;
    QLockFile m_lock;
    QString m_error;
    qint64 m_holderPid = 0;
};

} // namespace passerelle
