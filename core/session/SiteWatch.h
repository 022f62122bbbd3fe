#pragma once

#include "core/api/AdminApi.h"
#include "core/journal/JournalStore.h"
#include "core/model/Clock.h"
#include "core/sites/SiteChecker.h"

#include <QHash>
#include <QObject>

#include <chrono>
#include <functional>
#include <memory>

namespace passerelle {

class ActivityRecorder;

// What an account's sites look like now, worst first among the verdicts of its addresses.
enum class SitesState {
    NotChecked, // no check yet
    Checking, // a check is on its way
    Reference, // answers recorded as the reference, nothing compared yet
    Same,
    Changed,
    Broken,
};

struct AccountSites
{
    SitesState state = SitesState::NotChecked;
    QList<sites::SiteCheckResult> results; // the last check, in the sites' order
    // The reference could not be recorded before the account's first migration (time bound).
    bool referenceMissing = false;
};

// The session's site checks (docs/process.md, step 5): a reference per address just before an
// account's first migration, a comparison after its migration ends and after its move back, and
// checks on demand. The last check of each address is journaled, so that a restart shows it.
// Without a prober (tests of other parts, a program that does not check sites) it does nothing.
class SiteWatch : public QObject
{
    Q_OBJECT

public:
    using Mode = sites::SiteChecker::Mode;

    SiteWatch(AdminApi &api, JournalStore &journal, const Clock &clock, ActivityRecorder &activity,
              QObject *parent = nullptr);
    ~SiteWatch() override;

    // The prober is the composition's (network or simulator); null turns the checks off.
    void setProber(sites::SiteProber *prober);
    bool isEnabled() const { return m_checker != nullptr; }
    // How long a migrate request may wait for its reference before it leaves without one.
    void setReferenceBound(std::chrono::milliseconds bound) { m_referenceBound = bound; }
    // The migration's last checks, from the journal; `keyAccountId` owns the sites without an account.
    void load(qint64 migrationId, qint64 keyAccountId);

    // Before a migrate request: records the account's reference if it has none, then calls
    // `proceed` exactly once, at the latest after the bound (the reference is then said missing).
    void beforeMigrate(const AccountRecord &account, std::function<void()> proceed);
    // Checks these accounts now (one read of the sites for all of them).
    void check(const AccountList &accounts, Mode mode);

    const AccountSites &sitesOf(qint64 accountId) const;
    SitesState stateOf(qint64 accountId) const { return sitesOf(accountId).state; }
    bool hasReference(qint64 accountId) const;

Q_SIGNALS:
    void sitesChanged(qint64 accountId);
    void journalError(const QString &message);

private:
    struct PendingReference;

    std::unique_ptr<sites::SiteChecker> makeChecker();
    void startChecks(sites::SiteChecker &checker, const AccountList &accounts, const QList<SiteInfo> &sites,
                     Mode mode);
    void sitesUnreadable(const AccountList &accounts, const ApiError &error);
    void onChecked(qint64 accountId, const QList<sites::SiteCheckResult> &results);
    PendingReference *pendingReference(quint64 id) const;
    void endReference(quint64 id, bool inTime);
    void setChecking(const AccountList &accounts);
    void logResult(const QString &accountName, const AccountSites &checks);

    AdminApi &m_api;
    JournalStore &m_journal;
    const Clock &m_clock;
    ActivityRecorder &m_activity;
    sites::SiteProber *m_prober = nullptr;
    std::unique_ptr<sites::SiteChecker> m_checker;
    std::vector<std::unique_ptr<PendingReference>> m_pendingReferences;
    std::chrono::milliseconds m_referenceBound = std::chrono::seconds(20);
    quint64 m_nextReferenceId = 1;
    qint64 m_migrationId = 0;
    qint64 m_keyAccountId = 0;
    QHash<qint64, AccountSites> m_accounts;
};

// Worst first: broken, changed, same, reference.
SitesState summarize(const QList<sites::SiteCheckResult> &results);
// For people, translated: "Same", "Broken"...
QString sitesStateName(SitesState state);
// For scripts and support (never translated): "not-checked", "checking", "reference", "same"...
QString sitesStateToken(SitesState state);

} // namespace passerelle
