#include "core/journal/SqliteJournal.h"

#include "core/journal/JournalDiskSpace.h"
#include "core/journal/JournalIntegrity.h"
#include "core/journal/JournalLock.h"
#include "core/journal/JournalLog.h"
#include "core/journal/JournalSchema.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace passerelle {

QString SqliteJournal::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/journal.sqlite"_s;
}

SqliteJournal::SqliteJournal(const QString &path)
    : m_path(path), m_connectionName(u"passerelle-journal-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{ }

SqliteJournal::~SqliteJournal()
{
    if (m_db.isValid())
        m_db.close();
    // The handle must be gone before the connection is removed (QSqlDatabase docs).
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool SqliteJournal::open(AfterDamage afterDamage)
{
    m_lastError.clear();
    m_damage.clear();
    if (isOpen())
        return true;
    // Looked at read-only first: closing a writable connection would checkpoint a newer
    // Passerelle's pending WAL into the very file we are about to refuse.
    const bool exists = QFileInfo::exists(m_path);
    if (exists && !probeReadOnly()) {
        // A damaged file set aside leaves the place to a new journal, when that is asked for.
        if (m_status != OpenStatus::Damaged || afterDamage == AfterDamage::Refuse || QFileInfo::exists(m_path))
            return false;
        m_lastError.clear();
    } else if (!exists && afterDamage == AfterDamage::Refuse) {
        // Starting afresh unasked would make the customer's ticks vanish: it is their choice.
        if (const QString aside = journalintegrity::lastSetAside(m_path); !aside.isEmpty())
            return refuseOpen(OpenStatus::Damaged,
                              tr("The journal was damaged and is kept as %1; no new journal was started yet, so "
                                 "Passerelle sent nothing.")
                                  .arg(QDir::toNativeSeparators(aside)));
    }
    if (!openConnection())
        return false;
    int version = 0;
    if (!readVersion(m_db, &version))
        return false;
    if (!configure() || !bringSchemaUpToDate(version))
        return false;
    m_status = OpenStatus::Opened;
    return true;
}

bool SqliteJournal::probeReadOnly()
{
    const QString name = m_connectionName + u"-probe"_s;
    bool ok = false;
    {
        QSqlDatabase probe = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        probe.setDatabaseName(m_path);
        probe.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"_s);
        int version = 0;
        if (probe.open()) {
            ok = readVersion(probe, &version);
            if (ok && version > 0)
                m_damage = journalintegrity::problemIn(probe, version);
        } else {
            ok = refuseOpen(
                OpenStatus::CannotOpen,
                tr("Cannot open the journal %1: %2").arg(QDir::toNativeSeparators(m_path), probe.lastError().text()));
        }
        probe.close();
    }
    QSqlDatabase::removeDatabase(name);
    // A check that failed for want of space proves no damage: nothing is set aside then.
    if (!m_damage.isEmpty() && !journaldisk::fullDiskMessage(m_path).isEmpty()) {
        m_damage.clear();
        return refuseOpen(OpenStatus::CannotOpen, QString());
    }
    if (!m_damage.isEmpty())
        return setAsideDamaged();
    return ok;
}

// Only once the probe is closed can the file move; nothing was written to it.
bool SqliteJournal::setAsideDamaged()
{
    const QString journal = QDir::toNativeSeparators(m_path);
    const QString aside = journalintegrity::setAside(m_path);
    if (aside.isEmpty()) {
        return refuseOpen(OpenStatus::Damaged,
                          tr("The journal %1 is damaged (%2), so Passerelle did not use it and sent nothing. It "
                             "could not be moved aside: move it elsewhere yourself to start a new journal.")
                              .arg(journal, m_damage));
    }
    return refuseOpen(OpenStatus::Damaged,
                      tr("The journal %1 is damaged (%2), so Passerelle did not use it and sent nothing. It is "
                         "kept as %3.")
                          .arg(journal, m_damage, QDir::toNativeSeparators(aside)));
}

bool SqliteJournal::openConnection()
{
    QString folderError;
    if (!JournalLock::makeFolder(QFileInfo(m_path).absolutePath(), &folderError))
        return refuseOpen(OpenStatus::CannotOpen, folderError);
    if (!m_db.isValid()) {
        m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
        m_db.setDatabaseName(m_path);
        // Another reader (a backup, a second tool) must make us wait, not fail at once.
        m_db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    }
    if (!m_db.open()) {
        return refuseOpen(
            OpenStatus::CannotOpen,
            tr("Cannot open the journal %1: %2").arg(QDir::toNativeSeparators(m_path), m_db.lastError().text()));
    }
    return true;
}

bool SqliteJournal::readVersion(QSqlDatabase &db, int *version)
{
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next()) {
        // SQLITE_CORRUPT, SQLITE_NOTADB: the journal's own file, damaged beyond its first page.
        const QString code = query.lastError().nativeErrorCode();
        if (code == u"11" || code == u"26") {
            m_damage = query.lastError().databaseText();
            return refuseOpen(OpenStatus::Damaged, m_damage);
        }
        return refuseOpen(OpenStatus::CannotOpen,
                          tr("The file %1 is not a Passerelle journal or is damaged: %2")
                              .arg(QDir::toNativeSeparators(m_path), query.lastError().text()));
    }
    *version = query.value(0).toInt();
    m_versionFound = *version;
    if (*version > journalschema::kCurrentVersion) {
        return refuseOpen(OpenStatus::NewerSchema,
                          tr("The journal %1 was written by a newer version of Passerelle (schema version %2; "
                             "this version knows up to %3). Update Passerelle to continue this migration; "
                             "the journal was left untouched.")
                              .arg(QDir::toNativeSeparators(m_path))
                              .arg(*version)
                              .arg(journalschema::kCurrentVersion));
    }
    if (*version != 0)
        return true;
    // A file without a version must be empty: never take over someone else's database.
    if (!query.exec(u"SELECT count(*) FROM sqlite_master"_s) || !query.next() || query.value(0).toInt() != 0) {
        return refuseOpen(OpenStatus::CannotOpen,
                          tr("The file %1 is not a Passerelle journal.").arg(QDir::toNativeSeparators(m_path)));
    }
    return true;
}

bool SqliteJournal::configure()
{
    QSqlQuery query(m_db);
    // WAL + synchronous=FULL: a committed intent survives a crash or a power cut (docs/process.md, "Nothing lost").
    if (!query.exec(u"PRAGMA journal_mode=WAL"_s) || !query.next()
        || query.value(0).toString().compare(u"wal"_s, Qt::CaseInsensitive) != 0) {
        return refuseOpen(
            OpenStatus::CannotOpen,
            tr("Cannot prepare the journal %1: %2").arg(QDir::toNativeSeparators(m_path), query.lastError().text()));
    }
    if (!query.exec(u"PRAGMA synchronous=FULL"_s)) {
        return refuseOpen(
            OpenStatus::CannotOpen,
            tr("Cannot prepare the journal %1: %2").arg(QDir::toNativeSeparators(m_path), query.lastError().text()));
    }
    return true;
}

bool SqliteJournal::isDurable() const
{
    if (!isOpen())
        return false;
    QSqlQuery query(m_db);
    const auto pragma = [&query](const QString &sql) {
        return query.exec(sql) && query.next() ? query.value(0).toString() : QString();
    };
    // synchronous: 2 is FULL (sqlite.org/pragma.html#pragma_synchronous).
    return pragma(u"PRAGMA journal_mode"_s) == u"wal"_s && pragma(u"PRAGMA synchronous"_s) == u"2"_s;
}

bool SqliteJournal::bringSchemaUpToDate(int version)
{
    if (version == journalschema::kCurrentVersion)
        return true;
    if (version == 0)
        return runInTransaction(journalschema::createCurrent(), journalschema::kCurrentVersion);
    QStringList statements;
    for (int from = version; from < journalschema::kCurrentVersion; ++from) {
        const QStringList step = journalschema::upgradeStep(from);
        if (step.isEmpty()) {
            return refuseOpen(OpenStatus::UpgradeFailed,
                              tr("The journal %1 has schema version %2, which this version of Passerelle cannot "
                                 "upgrade.")
                                  .arg(QDir::toNativeSeparators(m_path))
                                  .arg(version));
        }
        statements += step;
    }
    qCInfo(lcJournal) << "upgrading the journal schema from" << version << "to" << journalschema::kCurrentVersion;
    return runInTransaction(statements, journalschema::kCurrentVersion);
}

// All steps and the new user_version commit together, or nothing does.
bool SqliteJournal::runInTransaction(const QStringList &statements, int newVersion)
{
    const auto failed = [this](const QString &sqlError) {
        m_db.rollback();
        return refuseOpen(OpenStatus::UpgradeFailed,
                          tr("Cannot create or upgrade the journal %1; it was left as it "
                             "was: %2")
                              .arg(QDir::toNativeSeparators(m_path), sqlError));
    };
    if (!m_db.transaction())
        return failed(m_db.lastError().text());
    QSqlQuery query(m_db);
    for (const QString &statement : statements) {
        if (!query.exec(statement))
            return failed(query.lastError().text());
    }
    if (!query.exec(u"PRAGMA user_version = %1"_s.arg(newVersion)))
        return failed(query.lastError().text());
    query.finish();
    if (!m_db.commit())
        return failed(m_db.lastError().text());
    return true;
}

bool SqliteJournal::refuseOpen(OpenStatus status, const QString &message)
{
    // SQLite says "disk I/O error" or "database or disk is full" when the disk is full: say that.
    const QString fullDisk = status == OpenStatus::CannotOpen ? journaldisk::fullDiskMessage(m_path) : QString();
    qCWarning(lcJournal).noquote() << message;
    m_status = status;
    m_lastError = fullDisk.isEmpty() ? message : fullDisk;
    if (m_db.isValid())
        m_db.close();
    return false;
}

bool SqliteJournal::ensureOpen()
{
    m_lastError.clear();
    if (isOpen())
        return true;
    m_lastError = tr("The journal is not open.");
    return false;
}

bool SqliteJournal::run(QSqlQuery &query, const QString &sql, const QVariantList &values, const QString &what)
{
    if (!query.prepare(sql))
        return fail(what, query.lastError().text());
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return fail(what, query.lastError().text());
    return true;
}

bool SqliteJournal::fail(const QString &what, const QString &sqlError)
{
    m_lastError = tr("%1: %2").arg(what, sqlError);
    qCWarning(lcJournal).noquote() << m_lastError;
    return false;
}

} // namespace passerelle
