#include "core/journal/JournalIntegrity.h"

#include "core/journal/JournalSchema.h"
#include "core/model/TrContext.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace passerelle::journalintegrity {
namespace {

PASSERELLE_TR_CONTEXT(JournalIntegrity);

const QString kAsideMark = u".damaged-"_s;

// "table facts" -> its columns in order; "index name" -> nothing. Nothing on a read error.
std::optional<QMap<QString, QStringList>> describe(QSqlDatabase &db)
{
    QMap<QString, QStringList> schema;
    QSqlQuery query(db);
    if (!query.exec(u"SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite!_%' ESCAPE '!'"_s))
        return std::nullopt;
    QStringList tables;
    while (query.next()) {
        const QString entry = query.value(0).toString() + u' ' + query.value(1).toString();
        schema.insert(entry, {});
        if (query.value(0).toString() == u"table")
            tables << entry;
    }
    for (const QString &table : std::as_const(tables)) {
        QSqlQuery columns(db);
        if (!columns.exec(u"PRAGMA table_info(\"%1\")"_s.arg(table.section(u' ', 1))))
            return std::nullopt;
        while (columns.next())
            schema[table] << columns.value(1).toString();
    }
    return schema;
}

QMap<QString, QStringList> expectedAt(int version)
{
    const QString name = u"passerelle-expected-schema-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QMap<QString, QStringList> schema;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(u":memory:"_s);
        if (db.open()) {
            QSqlQuery query(db);
            for (const QString &statement : journalschema::createAt(version))
                query.exec(statement);
            schema = describe(db).value_or(QMap<QString, QStringList>());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return schema;
}

} // namespace

QString problemIn(QSqlDatabase &db, int version)
{
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA quick_check"_s))
        return query.lastError().text();
    QStringList findings;
    while (query.next() && findings.size() < 3)
        findings << query.value(0).toString().remove(u"*** in database main ***"_s).simplified();
    if (findings != QStringList {u"ok"_s})
        return findings.join(u"; "_s);
    const auto found = describe(db);
    if (!found)
        return JournalIntegrity::tr("its tables cannot be read");
    // What another tool added is no damage; what is missing or changed is.
    const QMap<QString, QStringList> expected = expectedAt(version);
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        if (found->value(it.key(), {u"-"_s}) != it.value())
            return JournalIntegrity::tr("%1 is missing or changed").arg(it.key());
    }
    return {};
}

QString setAside(const QString &path)
{
    const QString aside = path + kAsideMark + QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s);
    if (!QFile::rename(path, aside))
        return {};
    // The companions hold committed pages too: they go with the file, under the same name.
    for (const QString &companion : {u"-wal"_s, u"-shm"_s}) {
        if (QFile::exists(path + companion))
            QFile::rename(path + companion, aside + companion);
    }
    return aside;
}

QString lastSetAside(const QString &path)
{
    const QFileInfo journal(path);
    const QStringList copies = journal.dir().entryList({journal.fileName() + kAsideMark + u'*'}, QDir::Files,
                                                       QDir::Name);
    for (auto it = copies.crbegin(); it != copies.crend(); ++it) {
        if (!it->endsWith(u"-wal") && !it->endsWith(u"-shm"))
            return journal.dir().filePath(*it);
    }
    return {};
}

} // namespace passerelle::journalintegrity
