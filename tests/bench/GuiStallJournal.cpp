#include "tests/bench/GuiStallJournal.h"

#include "core/backend/Backend.h"
#include "core/journal/SqliteJournal.h"
#include "core/journal/ThreadedJournal.h"

namespace passerelle::bench {

void timeTheJournal(Backend &backend, const QString &path, bool onGuiThread, BenchJournal &journal)
{
    backend.session.reset();
    JournalStore *store = backend.diskJournal.get();
    if (onGuiThread) {
        backend.diskJournal.reset();
        auto sqlite = std::make_unique<SqliteJournal>(path);
        if (!sqlite->open())
            qFatal("cannot open the journal: %s", qPrintable(sqlite->lastError()));
        store = sqlite.get();
        journal.sqliteHere = std::move(sqlite);
    }
    journal.timed = std::make_unique<TimedJournal>(*store);
    backend.session = std::make_unique<MigrationSession>(backend.api.get(), backend.clock, journal.timed.get());
    if (backend.diskJournal) {
        QObject::connect(backend.diskJournal.get(), &ThreadedJournal::writeFailed, backend.session.get(),
                         &MigrationSession::journalError);
    }
}

} // namespace passerelle::bench
