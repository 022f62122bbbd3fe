#include "core/session/SiteSuggestions.h"

#include "core/session/MigrationSession.h"
#include "core/session/SiteWatch.h"

#include <QSet>

#include <algorithm>

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
    // An account with a problem (a database that cannot follow) is ticked only on its own, after a question.
    QSet<qint64> withProblems;
    for (const risks::AccountRisk &risk : accountRisks(session))
        withProblems.insert(risk.accountId);
    QList<qint64> ids;
    for (const AccountRecord &account : session.snapshot().accounts) {
        if (session.sites().stateOf(account.id) == SitesState::Same && !session.facts().verified.contains(account.id)
            && !withProblems.contains(account.id))
            ids << account.id;
    }
    return ids;
}

QHash<qint64, risks::SitesTally> siteTallies(const MigrationSession &session)
{
    QHash<qint64, risks::SitesTally> tallies;
    for (const AccountRecord &account : session.snapshot().accounts) {
        const QList<sites::SiteCheckResult> &results = session.sites().sitesOf(account.id).results;
        if (results.isEmpty())
            continue;
        const auto broken = std::count_if(results.cbegin(), results.cend(), [](const sites::SiteCheckResult &result) {
            return result.verdict == sites::SiteVerdict::Broken;
        });
        tallies.insert(account.id, {broken, results.size()});
    }
    return tallies;
}

QList<risks::AccountRisk> accountRisks(const MigrationSession &session)
{
    return risks::find(session.snapshot().accounts, siteTallies(session), session.databases());
}

QString leftToDoAfterMigration(const MigrationSession &session)
{
    const QList<risks::AccountRisk> found = accountRisks(session);
    return found.isEmpty() ? QString() : risks::leftToDo(found);
}

} // namespace passerelle
