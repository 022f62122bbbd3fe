#include "core/journal/JournalLog.h"

namespace passerelle {

Q_LOGGING_CATEGORY(lcJournal, "passerelle.journal")

} // namespace passerelle
