#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace passerelle::test {

// A direct SQLite connection for looking at (or preparing) a journal file behind the journal's back.
class RawDatabase
{
public:
    explicit RawDatabase(const QString &path);
    ~RawDatabase();
    RawDatabase(const RawDatabase &) = delete;
    RawDatabase &operator=(const RawDatabase &) = delete;

    bool isOpen() const { return m_db.isOpen(); }
    // Runs each statement; returns the first error text, empty when all succeeded.
    QString exec(const QStringList &statements);
    // The first column of the first row of `sql` as text (empty on error).
    QString scalar(const QString &sql);
    QSqlDatabase &db() { return m_db; }

private:
    QString m_name;
    QSqlDatabase m_db;
};

QByteArray fileBytes(const QString &path);

// The path of the helper executable (tests/journal/JournalTestHelper.cpp).
QString helperPath();

} // namespace passerelle::test
