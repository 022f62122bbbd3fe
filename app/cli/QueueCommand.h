#pragma once

#include "app/cli/CliOptions.h"
#include "app/cli/Confirmation.h"
#include "app/cli/ExitCode.h"
#include "core/model/MigrationQueue.h"

#include <QHash>
#include <QObject>
#include <QTextStream>

namespace passerelle {
class MigrationSession;
}

namespace passerelle::cli {

// `migrate A B C [--at TIME]`, `move-back …`: the accounts one after another through the
// session's queue (the next starts when the previous ends), now or at TIME. Before TIME nothing
// is sent: the queue waits in this process only, so stopping it (Ctrl-C) leaves nothing behind.
// Runs on a ready session; finishes once with the exit code.
class QueueCommand : public QObject
{
    Q_OBJECT

public:
    QueueCommand(MigrationSession &session, const CliOptions &options, const Confirmation &confirmation,
                 QTextStream &out, QTextStream &err, QObject *parent = nullptr);

    void run();

Q_SIGNALS:
    void finished(passerelle::cli::ExitCode code);

private:
    bool startTimeAcceptable(const QDateTime &now);
    void begin(const QList<qint64> &ids);
    void onQueueChanged();
    void report(const MigrationQueue &queue);
    // The queue started with nothing to run (every account gone from the list): says so and ends.
    void finishIfNothingRuns();

    MigrationSession &m_session;
    const CliOptions &m_options;
    const Confirmation &m_confirmation;
    QTextStream &m_out;
    QTextStream &m_err;
    QHash<qint64, MigrationQueue::EntryState> m_told; // the state each account was last reported in
    QDateTime m_startAt; // invalid: now
    bool m_running = false;
    bool m_done = false;
    QList<std::pair<qint64, QString>> m_asked; // the accounts asked for, with their names then
};

} // namespace passerelle::cli
