#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <memory>

namespace passerelle::sim {

// Strict reading of one JSON object of a scenario file. The first problem wins and is kept as
// "<path>.<field>: <problem>", so that a bad file is reported by field, never by a crash.
class FieldReader
{
public:
    FieldReader(const QJsonObject &object, const QString &path, std::shared_ptr<QString> error);

    bool failed() const { return !m_error->isEmpty(); }
    QString fieldPath(const QString &key) const;
    static QString indexPath(const QString &arrayPath, qsizetype index);
    void fail(const QString &path, const QString &problem);

    // An unknown field is an error: it is most likely a typo of a known one.
    void allowOnly(const QStringList &keys);
    bool has(const QString &key) const { return m_object.contains(key); }

    qint64 integer(const QString &key, qint64 minimum = 0);
    qint64 optionalInteger(const QString &key, qint64 fallback, qint64 minimum = 0);
    QString string(const QString &key, bool allowEmpty = false);
    QDateTime timestamp(const QString &key);
    bool boolean(const QString &key, bool fallback);
    QJsonArray array(const QString &key, bool required = true);
    FieldReader object(const QString &key, bool required = true);
    // The object at `index` of the array read from `key` (an error when it is not an object).
    FieldReader element(const QJsonArray &items, const QString &key, qsizetype index);

private:
    bool present(const QString &key);

    QJsonObject m_object;
    QString m_path;
    std::shared_ptr<QString> m_error;
};

} // namespace passerelle::sim
