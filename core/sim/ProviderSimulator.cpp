#include "core/sim/ProviderSimulator.h"

#include "core/model/TrContext.h"
#include "core/sim/SimLog.h"

#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace passerelle::sim {
namespace {

using namespace Qt::Literals::StringLiterals;

PASSERELLE_TR_CONTEXT(ProviderText);

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
    : m_scenario(std::move(scenario)), m_clock(clock),
      m_now(QDateTime::fromSecsSinceEpoch(clock.now().toSecsSinceEpoch(), QTimeZone::utc())), m_random(m_scenario.seed)
{
    m_accounts.reserve(m_scenario.accounts.size());
    for (const ScenarioAccount &account : std::as_const(m_scenario.accounts)) {
        m_positionById.insert(account.id, m_accounts.size());
        m_accounts.append(initialState(account));
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

QList<HostingAccount> ProviderSimulator::hostingAccounts()
{
    catchUp();
    QList<HostingAccount> accounts;
    for (const ScenarioAccount &account : std::as_const(m_scenario.accounts))
        accounts.append(HostingAccount {account.id, account.name, u"server"_s, m_scenario.server.id});
    return accounts;
}

QList<DatabaseInfo> ProviderSimulator::databases()
{
    catchUp();
    QList<DatabaseInfo> databases;
    for (const ScenarioAccount &account : std::as_const(m_scenario.accounts)) {
        for (const ScenarioDatabase &database : account.databases)
            databases.append(DatabaseInfo {database.id, database.name, database.type, account.id});
    }
    return databases;
}

QList<SiteInfo> ProviderSimulator::sites()
{
    catchUp();
    QList<SiteInfo> sites;
    for (const ScenarioAccount &account : std::as_const(m_scenario.accounts)) {
        for (const ScenarioSite &site : account.sites)
            sites.append(SiteInfo {site.id, site.name, site.type, site.addresses, account.id});
    }
    return sites;
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

void ProviderSimulator::catchUp()
{
    // Whole seconds, as the API's timestamps: the dry-run and the HTTP face then report equal times.
    const QDateTime target = QDateTime::fromSecsSinceEpoch(m_clock.now().toSecsSinceEpoch(), QTimeZone::utc());
    for (;;) {
        const auto next = std::min_element(m_events.begin(), m_events.end(), [](const Event &a, const Event &b) {
            return a.due != b.due ? a.due < b.due : a.sequence < b.sequence;
        });
        if (next == m_events.end() || next->due > target)
            break;
        const Event event = std::move(*next);
        m_events.erase(next);
        m_now = std::max(m_now, event.due);
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

AccountRecord *ProviderSimulator::findAccount(qint64 accountId)
{
    const auto found = m_positionById.constFind(accountId);
    return found == m_positionById.cend() ? nullptr : &m_accounts[*found];
}

const ScenarioAccount *ProviderSimulator::scenarioAccount(qint64 accountId) const
{
    const auto found = m_positionById.constFind(accountId);
    return found == m_positionById.cend() ? nullptr : &m_scenario.accounts[*found];
}

const AccountRecord *ProviderSimulator::accountOnTheMove() const
{
    for (const AccountRecord &account : m_accounts) {
        if (isMoving(account.status))
            return &account;
    }
    return nullptr;
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
