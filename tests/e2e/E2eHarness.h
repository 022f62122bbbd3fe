#pragma once

#include "tests/sim/SimProcess.h"

#include <QByteArray>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>

namespace passerelle::e2e {

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// One intent row of the journal, read back by the test itself.
struct IntentRow
{
    QString action;
    qint64 accountId = 0;
    QString idempotencyKey;
    QString outcome; // empty: no outcome recorded (in doubt)
    QString detail;
};

// A fresh HOME / XDG folders for the child processes: their journal, and nothing of the user's.
class ChildHome
{
public:
    bool isValid() const { return m_dir.isValid(); }
    QString path() const { return m_dir.path(); }
    QProcessEnvironment environment(const QByteArray &apiKey) const;
    // The journal the CLI picked under this HOME (empty when none was written).
    QString journalPath() const;
    // Every file under this HOME, with its content (journal, WAL, lock, anything).
    QList<std::pair<QString, QByteArray>> files() const;

private:
    QTemporaryDir m_dir;
};

// Every file under `folder`, with its content.
QList<std::pair<QString, QByteArray>> filesUnder(const QString &folder);

// passerelle-cli started and left running (to be killed), or run to its end.
CliRun runCli(const QProcessEnvironment &environment, const QStringList &arguments, int timeoutMs = 60000);
void startCli(QProcess &process, const QProcessEnvironment &environment, const QStringList &arguments);

// The intents of a journal, opened read-only with QSqlDatabase (the CLI is dead by then).
QList<IntentRow> readIntents(const QString &journalPath);

// Authenticated JSON from the simulator; `verb` GET or POST.
QJsonObject simJson(sim::test::SimProcess &simulator, const QByteArray &apiKey, const QByteArray &verb,
                    const QUrl &url, const QByteArray &body = {});
// How many times the simulator accepted `action` for `accountId` (GET /sim/stats/), -1 if unknown.
int actionCount(sim::test::SimProcess &simulator, const QByteArray &apiKey, qint64 accountId, const char *action);
// Step 2 by hand (one POST support_request), then waits for the transit server (fast virtual time).
bool requestTransitAndWaitUntilReady(sim::test::SimProcess &simulator, const QByteArray &apiKey);
// Every form `key` could take on the wire or in a careless log line: each qualifier's secret forms
// (raw, Base64 with and without padding), plus the key's own Base64, hex and a distinctive part.
QList<QByteArray> forbiddenKeyForms(const QByteArray &key, const QString &account, const QString &customer,
                                    const QByteArray &distinctivePart);
// Polls `condition` with the event loop running, at most `timeoutMs`.
bool waitUntil(const std::function<bool()> &condition, int timeoutMs);

} // namespace passerelle::e2e
