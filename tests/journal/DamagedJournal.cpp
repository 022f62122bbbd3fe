#include "tests/journal/DamagedJournal.h"

#include "core/journal/SqliteJournal.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::Literals::StringLiterals;

namespace passerelle::test {

QString makeDamagedJournal(const QString &path)
{
    {
        SqliteJournal journal(path);
        LocalFacts facts;
        facts.confirmedReady = {301, 302};
        if (!journal.open() || !journal.saveFacts(7, facts))
            return journal.lastError();
    } // closing the last connection checkpoints the WAL into the file
    qint64 page = 0;
    qint64 pageSize = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"damage"_s);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(u"SELECT rootpage FROM sqlite_master WHERE name = 'fact_accounts'"_s) && query.next())
                page = query.value(0).toLongLong();
            if (query.exec(u"PRAGMA page_size"_s) && query.next())
                pageSize = query.value(0).toLongLong();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"damage"_s);
    QFile file(path);
    if (page < 2 || pageSize <= 0 || !file.open(QIODevice::ReadWrite) || !file.seek((page - 1) * pageSize))
        return u"cannot find the page of fact_accounts"_s;
    QByteArray garbage(pageSize, '\0');
    for (qint64 i = 0; i < pageSize; ++i)
        garbage[i] = char((i * 73 + 41) % 251);
    if (file.write(garbage) != pageSize)
        return file.errorString();
    return {};
}

} // namespace passerelle::test
