#include "core/journal/JournalLock.h"

#include "core/journal/JournalLog.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace passerelle {

QString JournalLock::lockPathFor(const QString &journalPath)
{
    return journalPath + u".lock"_s;
}

bool JournalLock::makeFolder(const QString &folder, QString *error)
{
    if (QDir().mkpath(folder))
        return true;
    // The deepest part that exists is where creating failed.
    QFileInfo existing(folder);
    while (!existing.exists() && !existing.isRoot() && existing.absoluteFilePath() != existing.absolutePath())
        existing.setFile(existing.absolutePath());
    const QString where = QDir::toNativeSeparators(existing.absoluteFilePath());
    const QString reason = !existing.isDir()       ? tr("%1 is a file, not a folder").arg(where)
                           : !existing.isWritable() ? tr("%1 is read-only for this user").arg(where)
                                                     : tr("the system refused it");
    *error = tr("Cannot create the folder %1 for the journal: %2.").arg(QDir::toNativeSeparators(folder), reason);
    return false;
}

JournalLock::JournalLock(const QString &journalPath) : m_journalPath(journalPath), m_lock(lockPathFor(journalPath))
{
    // Held for days: only a dead holder makes the lock stale, never its age.
    m_lock.setStaleLockTime(0);
}

bool JournalLock::tryLock()
{
    m_error.clear();
    m_holderPid = 0;
    if (m_lock.isLocked())
        return true;
    if (!makeFolder(QFileInfo(m_journalPath).absolutePath(), &m_error))
        return false;
    if (m_lock.tryLock(0))
        return true;
    const QString journal = QDir::toNativeSeparators(m_journalPath);
    switch (m_lock.error()) {
    case QLockFile::LockFailedError: {
        QString hostname;
        QString appname;
        m_lock.getLockInfo(&m_holderPid, &hostname, &appname);
        // A lock left by a dead process is removed by QLockFile, unless the folder is read-only:
        // then the folder is the problem, not another instance.
        if (const QFileInfo folder(QFileInfo(m_journalPath).absolutePath()); !folder.isWritable()) {
            m_error = tr("The journal folder %1 is read-only for this user: Passerelle cannot take or clear the "
                         "journal's lock (left by pid %2). Make the folder writable, or use another journal.")
                          .arg(QDir::toNativeSeparators(folder.absoluteFilePath()))
                          .arg(m_holderPid);
            break;
        }
        m_error = tr("Passerelle is already running for this journal (pid %1). Close it first; this "
                     "instance stops here so that no action is sent twice. Journal: %2")
                      .arg(m_holderPid)
                      .arg(journal);
        break;
    }
    case QLockFile::PermissionError:
        m_error = tr("Cannot lock the journal %1: permission denied.").arg(journal);
        break;
    case QLockFile::NoError:
    case QLockFile::UnknownError:
        m_error = tr("Cannot lock the journal %1.").arg(journal);
        break;
    }
    qCWarning(lcJournal).noquote() << m_error;
    return false;
}

void JournalLock::unlock()
{
    m_lock.unlock();
}

} // namespace passerelle
