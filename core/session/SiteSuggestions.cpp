#include "core/session/SiteSuggestions.h"

#include "core/session/MigrationSession.h"
#include "core/session/SiteWatch.h"

namespace passerelle {

QList<qint64> rollbackSuggested(const MigrationSession &session)
{
    QList<qint64> ids;
    for (const AccountRecord &account : session.snapshot().accounts) {
        if (session.sites().stateOf(account.id) == SitesState::Broken
            && session.canAct(account.id, AccountAction::Rollback))
            ids << account.id;
    }
    return ids;
}

QList<qint64> sameAndUnticked(const MigrationSession &session)
{
    QList<qint64> ids;
    for (const AccountRecord &account : session.snapshot().accounts) {
        if (session.sites().stateOf(account.id) == SitesState::Same && !session.facts().verified.contains(account.id))
            ids << account.id;
    }
    return ids;
}

} // namespace passerelle
