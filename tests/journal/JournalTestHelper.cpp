// A child process for the journal tests. Modes:
//   write <journal>      takes the lock, then writes intents, activity, facts and outcomes in a loop
//                        (printing a line after each commit) until it is killed
//   write-threaded <journal>  the same through the journal on its own thread: "intent" once its
//                        callback ran, "outcome" once every write before it was committed
//   hold-lock <journal>  takes the lock, prints "locked <pid>", and waits until it is killed
//   open <journal>       prints "opening", opens (and so upgrades) the journal, prints "opened"
#include "core/journal/JournalLock.h"
#include "core/journal/LockedJournal.h"
#include "core/journal/ThreadedJournal.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace passerelle;

namespace {

void say(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

int writeForever(const QString &path)
{
    LockedJournal locked(path);
    if (!locked.isOpen()) {
        say(u"error "_s + locked.errorString());
        return 2;
    }
    SqliteJournal &journal = locked.journal();
    say(u"ready"_s);
    for (qint64 round = 0;; ++round) {
        ActionIntent intent;
        intent.migrationId = 1;
        intent.accountId = 100 + round % 7;
        intent.accountName = u"account-%1"_s.arg(intent.accountId);
        intent.action = round % 2 ? AccountAction::Migrate : AccountAction::Test;
        intent.createdAt = QDateTime::currentDateTimeUtc();
        intent.dryRun = round % 3 == 0;
        if (!journal.recordIntent(intent))
            return 4;
        say(u"intent %1"_s.arg(intent.id));
        if (!journal.logActivity(
                1, {QDateTime::currentDateTimeUtc(), u"action"_s, u"round %1"_s.arg(round), intent.accountId}))
            return 5;
        LocalFacts facts = journal.loadFacts(1);
        facts.confirmedReady.insert(intent.accountId);
        facts.transitRequestText = u"round %1"_s.arg(round);
        if (!journal.saveFacts(1, facts))
            return 6;
        if (!journal.recordOutcome(intent.id, IntentOutcome::Accepted, u"202 round %1"_s.arg(round),
                                   QDateTime::currentDateTimeUtc()))
            return 7;
        say(u"outcome %1"_s.arg(intent.id));
    }
}

// One round per commit chain, driven by the journal's own callbacks (the event loop runs).
class ThreadedWriter : public QObject
{
public:
    explicit ThreadedWriter(const QString &path) : m_journal(path)
    {
        QObject::connect(&m_journal, &ThreadedJournal::writeFailed, this, [](const QString &message) {
            say(u"error "_s + message);
            QCoreApplication::exit(5);
        });
    }
    bool isOpen() const { return m_journal.isOpen(); }
    QString errorString() const { return m_journal.errorString(); }

    void nextRound()
    {
        ActionIntent intent;
        intent.migrationId = 1;
        intent.accountId = 100 + m_round % 7;
        intent.accountName = u"account-%1"_s.arg(intent.accountId);
        intent.action = m_round % 2 ? AccountAction::Migrate : AccountAction::Test;
        intent.createdAt = QDateTime::currentDateTimeUtc();
        m_journal.commitIntent(intent, this, [this](const Expected<ActionIntent, QString> &committed) {
            if (!committed) {
                say(u"error "_s + committed.error());
                QCoreApplication::exit(4);
                return;
            }
            const qint64 id = committed.value().id;
            say(u"intent %1"_s.arg(id));
            m_journal.logActivity(1, {QDateTime::currentDateTimeUtc(), u"action"_s, u"round %1"_s.arg(m_round), 0});
            LocalFacts facts;
            facts.confirmedReady = {100 + m_round % 7};
            facts.transitRequestText = u"round %1"_s.arg(m_round);
            m_journal.saveFacts(1, facts);
            m_journal.recordOutcome(id, IntentOutcome::Accepted, u"202 round %1"_s.arg(m_round),
                                    QDateTime::currentDateTimeUtc());
            m_journal.whenWritten([this, id] {
                say(u"outcome %1"_s.arg(id));
                ++m_round;
                nextRound();
            });
        });
    }

private:
    ThreadedJournal m_journal;
    qint64 m_round = 0;
};

int writeThreadedForever(const QString &path)
{
    ThreadedWriter writer(path);
    if (!writer.isOpen()) {
        say(u"error "_s + writer.errorString());
        return 2;
    }
    say(u"ready"_s);
    writer.nextRound();
    return QCoreApplication::exec();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3)
        return 1;
    if (args.at(1) == u"write"_s)
        return writeForever(args.at(2));
    if (args.at(1) == u"write-threaded"_s)
        return writeThreadedForever(args.at(2));
    if (args.at(1) == u"open"_s) {
        say(u"opening"_s);
        LockedJournal locked(args.at(2));
        say(locked.isOpen() ? u"opened"_s : u"error "_s + locked.errorString());
        return locked.isOpen() ? 0 : 2;
    }
    if (args.at(1) == u"hold-lock"_s) {
        JournalLock lock(args.at(2));
        if (!lock.tryLock()) {
            say(u"error "_s + lock.errorString());
            return 2;
        }
        say(u"locked %1"_s.arg(QCoreApplication::applicationPid()));
        return app.exec();
    }
    return 1;
}
