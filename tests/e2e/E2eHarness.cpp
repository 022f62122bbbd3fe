#include "tests/e2e/E2eHarness.h"

#include "core/api/Credentials.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

#include <gtest/gtest.h>

namespace passerelle::e2e {

using namespace Qt::Literals::StringLiterals;

QProcessEnvironment ChildHome::environment(const QByteArray &apiKey) const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"PASSERELLE_API_KEY"_s);
    if (!apiKey.isEmpty())
        environment.insert(u"PASSERELLE_API_KEY"_s, QString::fromLatin1(apiKey));
    // Every category on, Qt's own included: no log line may carry the key (docs/contract.md, "A careful client").
    environment.insert(u"QT_LOGGING_RULES"_s, u"*.debug=true"_s);
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    environment.insert(u"HOME"_s, m_dir.path());
    environment.insert(u"XDG_DATA_HOME"_s, m_dir.path() + u"/data");
    environment.insert(u"XDG_CONFIG_HOME"_s, m_dir.path() + u"/config");
    environment.insert(u"XDG_CACHE_HOME"_s, m_dir.path() + u"/cache");
    return environment;
}

QString ChildHome::journalPath() const
{
    QDirIterator it(m_dir.path(), {u"journal.sqlite"_s}, QDir::Files, QDirIterator::Subdirectories);
    return it.hasNext() ? it.next() : QString();
}

QList<std::pair<QString, QByteArray>> ChildHome::files() const
{
    return filesUnder(m_dir.path());
}

QList<std::pair<QString, QByteArray>> filesUnder(const QString &folder)
{
    QList<std::pair<QString, QByteArray>> found;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly))
            found.append({file.fileName(), file.readAll()});
    }
    return found;
}

void startCli(QProcess &process, const QProcessEnvironment &environment, const QStringList &arguments)
{
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(PASSERELLE_CLI_PATH), arguments);
    EXPECT_TRUE(process.waitForStarted(10000));
}

CliRun runCli(const QProcessEnvironment &environment, const QStringList &arguments, int timeoutMs)
{
    QProcess process;
    QSignalSpy finished(&process, &QProcess::finished);
    startCli(process, environment, arguments);
    if (!finished.wait(timeoutMs)) {
        ADD_FAILURE() << "passerelle-cli did not finish: " << arguments.join(u' ').toStdString();
        process.kill();
        process.waitForFinished(5000);
    }
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

QList<IntentRow> readIntents(const QString &journalPath)
{
    QList<IntentRow> rows;
    const QString name = u"e2e-read-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(journalPath);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        EXPECT_TRUE(db.open()) << journalPath.toStdString();
        QSqlQuery query(db);
        EXPECT_TRUE(query.exec(u"SELECT action, account_id, idempotency_key, outcome, outcome_detail "
                               "FROM intents WHERE kind != 'support' ORDER BY id"_s));
        while (query.next())
            rows.append({query.value(0).toString(), query.value(1).toLongLong(), query.value(2).toString(),
                         query.value(3).toString(), query.value(4).toString()});
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return rows;
}

QJsonObject simJson(sim::test::SimProcess &, const QByteArray &apiKey, const QByteArray &verb, const QUrl &url,
                    const QByteArray &body)
{
    QNetworkAccessManager network;
    const QByteArray key = verb == "POST" ? QUuid::createUuid().toByteArray(QUuid::WithoutBraces) : QByteArray();
    const sim::test::HttpResult result
        = sim::test::send(network, verb, url, sim::test::basicAuth(QString::fromLatin1(apiKey)), body, key);
    return QJsonDocument::fromJson(result.body).object();
}

int actionCount(sim::test::SimProcess &simulator, const QByteArray &apiKey, qint64 accountId, const char *action)
{
    const QJsonArray rows = simJson(simulator, apiKey, "GET", simulator.statsUrl())[u"actions"_s].toArray();
    for (const QJsonValue &row : rows) {
        if (row[u"account"_s].toInteger() == accountId)
            return row[QString::fromLatin1(action)].toInt(-1);
    }
    return -1;
}

bool requestTransitAndWaitUntilReady(sim::test::SimProcess &simulator, const QByteArray &apiKey)
{
    const QJsonObject request = simJson(simulator, apiKey, "POST", simulator.url(u"migration/7/support_request/"_s),
                                        QByteArrayLiteral(R"({"topic": "transit_server", "message": "e2e"})"));
    EXPECT_EQ(request[u"topic"_s].toString(), u"transit_server"_s);
    return waitUntil(
        [&] {
            const QJsonObject migration = simJson(simulator, apiKey, "GET", simulator.url(u"migration/7/"_s));
            return migration[u"transit"_s][u"status"_s].toString() == u"ready"_s;
        },
        30000);
}

QList<QByteArray> forbiddenKeyForms(const QByteArray &key, const QString &account, const QString &customer,
                                    const QByteArray &distinctivePart)
{
    QList<QByteArray> forms;
    for (const Credentials &credentials :
         {Credentials::ownProfile(key), Credentials::forAccount(key, account), Credentials::forCustomer(key, customer)})
        forms += credentials.secretForms();
    forms << key.toBase64() << key.toBase64(QByteArray::OmitTrailingEquals) << key.toHex() << distinctivePart;
    return forms;
}

bool waitUntil(const std::function<bool()> &condition, int timeoutMs)
{
    return QTest::qWaitFor(condition, timeoutMs);
}

} // namespace passerelle::e2e
