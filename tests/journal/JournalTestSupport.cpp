#include "tests/journal/JournalTestSupport.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

using namespace Qt::Literals::StringLiterals;

namespace passerelle::test {

RawDatabase::RawDatabase(const QString &path) : m_name(u"raw-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
    m_db.setDatabaseName(path);
    m_db.open();
}

RawDatabase::~RawDatabase()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

QString RawDatabase::exec(const QStringList &statements)
{
    QSqlQuery query(m_db);
    for (const QString &statement : statements) {
        if (!query.exec(statement))
            return query.lastError().text() + u" in: "_s + statement;
    }
    return QString();
}

QString RawDatabase::scalar(const QString &sql)
{
    QSqlQuery query(m_db);
    if (!query.exec(sql) || !query.next())
        return QString();
    return query.value(0).toString();
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return file.readAll();
}

QString helperPath()
{
    return QString::fromUtf8(PASSERELLE_JOURNAL_TEST_HELPER);
}

} // namespace passerelle::test
