#include "core/model/AccountRisks.h"

#include "core/model/TrContext.h"

using namespace Qt::Literals::StringLiterals;

namespace passerelle::risks {
namespace {

PASSERELLE_TR_CONTEXT(AccountRisks);

} // namespace

QList<AccountRisk> find(const AccountList &accounts, const QHash<qint64, SitesTally> &sites,
                        const QList<DatabaseInfo> &inventory)
{
    QList<AccountRisk> found;
    for (const AccountRecord &account : accounts) {
        AccountRisk risk {account.id, account.name, {}};
        const SitesTally tally = sites.value(account.id);
        if (tally.broken > 0)
            risk.problems << AccountRisks::tr("%n of %1 site addresses broken", nullptr, int(tally.broken))
                                 .arg(tally.total);
        // Only the databases that cannot follow: a failed test of step 1 is history once the account moved.
        const databases::AccountCheck check = databases::checkAccount(account, inventory);
        if (!check.dropped.isEmpty())
            risk.problems << AccountRisks::tr("not offered by the new infrastructure: %1")
                                 .arg(check.dropped.join(u", "_s));
        if (!risk.problems.isEmpty())
            found << risk;
    }
    return found;
}

QString line(const AccountRisk &risk)
{
    return AccountRisks::tr("%1: %2").arg(risk.account, risk.problems.join(u"; "_s));
}

QStringList lines(const QList<AccountRisk> &risks)
{
    QStringList result;
    for (const AccountRisk &risk : risks)
        result << line(risk);
    return result;
}

QString reinstallWarning(const QList<AccountRisk> &risks)
{
    if (risks.isEmpty())
        return QString();
    return AccountRisks::tr("Warning: these accounts still have problems. Once the reinstall starts they can no "
                            "longer be rolled back; roll them back first if you are not sure:")
        + u'\n' + lines(risks).join(u'\n');
}

QString tickQuestion(const AccountRisk &risk)
{
    return AccountRisks::tr("%1 still has problems: %2. Tick it as checked anyway? Support will be told, and "
                            "once the reinstall starts it can no longer be rolled back.")
        .arg(risk.account, risk.problems.join(u"; "_s));
}

QString leftToDo(const QList<AccountRisk> &risks)
{
    return AccountRisks::tr("Left to you: %1. Fix what is broken on your server, or ask support.")
        .arg(lines(risks).join(u"; "_s));
}

} // namespace passerelle::risks
