#include "core/sim/ProviderSimulator.h"

#include "core/model/TrContext.h"
#include "core/sim/SimLog.h"

#include <algorithm>
#include <cmath>

namespace passerelle::sim {
namespace {

using namespace Qt::Literals::StringLiterals;

PASSERELLE_TR_CONTEXT(ProviderText);

// Whole seconds in UTC, as the API's timestamps; the compact UTC form copies and compares cheaply,
// and every account's times are copied and compared on each poll.
QDateTime wholeSecondsUtc(const QDateTime &when)
{
    return QDateTime::fromSecsSinceEpoch(when.toSecsSinceEpoch(), Qt::UTC);
}

bool isBack(const AccountRecord &account)
{
    return account.location == Location::Client && account.version == Version::New && !isRunning(account.status);
}

AccountRecord initialState(const ScenarioAccount &account)
{
    AccountRecord state;
    state.id = account.id;
    state.name = account.name;
    state.databaseSize = account.databaseSize;
    state.filesSize = account.filesSize;
    state.mailSize = account.mailSize;
    return state;
}

} // namespace

ProviderSimulator::ProviderSimulator(Scenario scenario, VirtualClock &clock)
    : m_scenario(std::move(scenario)), m_clock(clock), m_now(wholeSecondsUtc(clock.now())), m_random(m_scenario.seed)
{
    m_accounts.reserve(m_scenario.accounts.size());
    for (const ScenarioAccount &account : std::as_const(m_scenario.accounts)) {
        m_positionById.insert(account.id, m_accounts.size());
        m_accounts.append(initialState(account));
        countAccount(m_accounts.constLast(), +1);
        m_hostingAccounts.append(HostingAccount {account.id, account.name, u"server"_s, m_scenario.server.id});
        for (const ScenarioDatabase &database : account.databases)
            m_databases.append(DatabaseInfo {database.id, database.name, database.type, account.id});
        for (const ScenarioSite &site : account.sites)
            m_sites.append(SiteInfo {site.id, site.name, site.type, site.addresses, account.id});
    }
    m_detail.summary = m_scenario.migration;
    m_detail.serverDailyPrice = m_scenario.serverDailyPrice;
    m_detail.transit.name = m_scenario.transitName;
}

QList<ServerInfo> ProviderSimulator::servers()
{
    catchUp();
    return {m_scenario.server};
}

// The lists are shared, not copied: a client that keeps the previous answer sees at once that
// nothing changed.
QList<HostingAccount> ProviderSimulator::hostingAccounts()
{
    catchUp();
    return m_hostingAccounts;
}

QList<DatabaseInfo> ProviderSimulator::databases()
{
    catchUp();
    return m_databases;
}

QList<SiteInfo> ProviderSimulator::sites()
{
    catchUp();
    return m_sites;
}

QList<MigrationSummary> ProviderSimulator::migrations()
{
    catchUp();
    return {m_detail.summary};
}

SimAnswer<MigrationDetail> ProviderSimulator::migration(qint64 migrationId)
{
    catchUp();
    if (auto refusal = unknownMigration(migrationId))
        return *refusal;
    return detailNow();
}

SimAnswer<AccountList> ProviderSimulator::migrationAccounts(qint64 migrationId)
{
    catchUp();
    if (auto refusal = unknownMigration(migrationId))
        return *refusal;
    return m_accounts;
}

QDateTime ProviderSimulator::nextEventAt()
{
    catchUp();
    if (m_events.empty())
        return {};
    return std::min_element(m_events.cbegin(), m_events.cend(),
                            [](const Event &a, const Event &b) { return a.due < b.due; })
        ->due;
}

bool ProviderSimulator::skipToNextEvent()
{
    const QDateTime next = nextEventAt();
    if (!next.isValid())
        return false;
    m_clock.advanceTo(next);
    catchUp();
    return true;
}

int ProviderSimulator::actionCount(qint64 accountId, AccountAction action) const
{
    return m_actionCounts.value(qMakePair(accountId, int(action)), 0);
}

const AccountRecord *ProviderSimulator::accountNow(qint64 accountId)
{
    catchUp();
    return findAccount(accountId);
}

void ProviderSimulator::catchUp()
{
    // Whole seconds, as the API's timestamps: the dry-run and the HTTP face then report equal times.
    const QDateTime target = wholeSecondsUtc(m_clock.now());
    for (;;) {
        const auto next = std::min_element(m_events.begin(), m_events.end(), [](const Event &a, const Event &b) {
            return a.due != b.due ? a.due < b.due : a.sequence < b.sequence;
        });
        if (next == m_events.end() || next->due > target)
            break;
        const Event event = std::move(*next);
        m_events.erase(next);
        m_now = std::max(m_now, wholeSecondsUtc(event.due));
        event.apply();
    }
    m_now = std::max(m_now, target);
}

void ProviderSimulator::schedule(const QDateTime &due, std::function<void()> apply)
{
    m_events.push_back(Event {due, m_nextSequence++, std::move(apply)});
}

qint64 ProviderSimulator::jittered(qint64 seconds)
{
    const int spread = m_scenario.jitterPercent;
    const int percent = spread > 0 ? int(m_random.bounded(2 * spread + 1)) - spread : 0;
    return std::max<qint64>(1, std::llround(double(seconds) * (100.0 + percent) / 100.0));
}

const AccountRecord *ProviderSimulator::findAccount(qint64 accountId) const
{
    const auto found = m_positionById.constFind(accountId);
    return found == m_positionById.cend() ? nullptr : &m_accounts[*found];
}

void ProviderSimulator::changeAccount(qint64 accountId, const std::function<void(AccountRecord &)> &change)
{
    const auto found = m_positionById.constFind(accountId);
    if (found == m_positionById.cend())
        return;
    AccountRecord &account = m_accounts[*found];
    countAccount(account, -1);
    change(account);
    countAccount(account, +1);
}

void ProviderSimulator::countAccount(const AccountRecord &account, int sign)
{
    if (isMoving(account.status)) {
        if (sign > 0)
            m_moving.insert(account.id);
        else
            m_moving.remove(account.id);
    }
    if (isBack(account))
        m_accountsBack += sign;
}

const ScenarioAccount *ProviderSimulator::scenarioAccount(qint64 accountId) const
{
    const auto found = m_positionById.constFind(accountId);
    return found == m_positionById.cend() ? nullptr : &m_scenario.accounts[*found];
}

// The first in the scenario's order, as a walk through the accounts would find it (accounts move
// one at a time, so there is at most one but for a scenario that breaks the rule).
const AccountRecord *ProviderSimulator::accountOnTheMove() const
{
    const AccountRecord *first = nullptr;
    for (const qint64 id : m_moving) {
        const AccountRecord *account = findAccount(id);
        if (!first || m_positionById.value(id) < m_positionById.value(first->id))
            first = account;
    }
    return first;
}

std::optional<Refusal> ProviderSimulator::unknownMigration(qint64 migrationId) const
{
    if (migrationId == m_detail.summary.id)
        return std::nullopt;
    return Refusal {404, ProviderText::tr("No migration %1.").arg(migrationId), std::nullopt};
}

MigrationDetail ProviderSimulator::detailNow() const
{
    MigrationDetail detail = m_detail;
    // Files and mail are pre-copied while the transit server installs: the percentage follows time.
    if (detail.transit.status == TransitStatus::Installing && m_installStartedAt.isValid()) {
        const qint64 total = std::max<qint64>(1, m_installSeconds);
        const qint64 elapsed = m_installStartedAt.secsTo(m_now);
        detail.transit.precopyPercent = int(std::clamp<qint64>(elapsed * 100 / total, 0, 99));
    }
    return detail;
}

} // namespace passerelle::sim
