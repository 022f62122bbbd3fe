// A child process for the journal tests. Modes:
//   write <journal>      takes the lock, then writes intents, activity, facts and outcomes in a loop
//                        (printing a line after each commit) until it is killed
//   hold-lock <journal>  takes the lock, prints "locked <pid>", and waits until it is killed
//   open <journal>       prints "opening", opens (and so upgrades) the journal, prints "opened"
#include "core/journal/JournalLock.h"
#include "core/journal/LockedJournal.h"

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

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3)
        return 1;
    if (args.at(1) == u"write"_s)
        return writeForever(args.at(2));
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
