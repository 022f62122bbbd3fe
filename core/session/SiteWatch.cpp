#include "core/session/SiteWatch.h"

#include "core/journal/ActivityCategory.h"
#include "core/session/ActivityRecorder.h"
#include "core/session/SessionLog.h"
#include "core/sites/SiteProber.h"

#include <QTimer>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace passerelle {
SitesState summarize(const QList<sites::SiteCheckResult> &results)
{
    if (results.isEmpty())
        return SitesState::NotChecked;
    SitesState worst = SitesState::Reference;
    bool anyChecked = false;
    for (const sites::SiteCheckResult &result : results) {
        if (result.verdict == sites::SiteVerdict::NotChecked)
            continue; // says nothing of the site
        anyChecked = true;
        const SitesState state = result.verdict == sites::SiteVerdict::Broken ? SitesState::Broken
            : result.verdict == sites::SiteVerdict::Changed                 ? SitesState::Changed
            : result.verdict == sites::SiteVerdict::Same                    ? SitesState::Same
                                                                            : SitesState::Reference;
        worst = std::max(worst, state);
    }
    return anyChecked ? worst : SitesState::NotChecked;
}

QString sitesStateName(SitesState state)
{
    switch (state) {
    case SitesState::NotChecked:
        return SiteWatch::tr("Not checked");
    case SitesState::Checking:
        return SiteWatch::tr("Checking…");
    case SitesState::Reference:
        return SiteWatch::tr("Reference taken");
    case SitesState::Same:
        return SiteWatch::tr("Same");
    case SitesState::Changed:
        return SiteWatch::tr("Changed");
    case SitesState::Broken:
        return SiteWatch::tr("Broken");
    }
    return {};
}

QString sitesStateToken(SitesState state)
{
    switch (state) {
    case SitesState::NotChecked:
        return u"not-checked"_s;
    case SitesState::Checking:
        return u"checking"_s;
    case SitesState::Reference:
        return u"reference"_s;
    case SitesState::Same:
        return u"same"_s;
    case SitesState::Changed:
        return u"changed"_s;
    case SitesState::Broken:
        return u"broken"_s;
    }
    return {};
}

// A reference recorded just before a migrate request, with its own checker: when the bound
// passes, the checker goes, and its probes with it, so that no answer taken during the
// migration can become the reference.
struct SiteWatch::PendingReference
{
    quint64 id = 0;
    AccountRecord account;
    std::function<void()> proceed;
    std::unique_ptr<sites::SiteChecker> checker;
    QTimer bound;
};

SiteWatch::SiteWatch(AdminApi &api, JournalStore &journal, const Clock &clock, ActivityRecorder &activity,
                     QObject *parent)
    : QObject(parent), m_api(api), m_journal(journal), m_clock(clock), m_activity(activity)
{ }

// The checkers' probes go before the prober they run on (the prober is the composition's).
SiteWatch::~SiteWatch()
{
    m_pendingReferences.clear();
    m_checker.reset();
}

std::unique_ptr<sites::SiteChecker> SiteWatch::makeChecker()
{
    auto checker = std::make_unique<sites::SiteChecker>(*m_prober, m_journal, m_clock);
    connect(checker.get(), &sites::SiteChecker::accountChecked, this, &SiteWatch::onChecked);
    connect(checker.get(), &sites::SiteChecker::journalError, this, &SiteWatch::journalError);
    return checker;
}

void SiteWatch::setProber(sites::SiteProber *prober)
{
    m_pendingReferences.clear();
    m_prober = prober;
    m_checker = prober ? makeChecker() : nullptr;
}

void SiteWatch::load(qint64 migrationId, qint64 keyAccountId)
{
    m_migrationId = migrationId;
    m_keyAccountId = keyAccountId;
    m_accounts.clear();
    QHash<QPair<qint64, QString>, sites::SiteObservation> references;
    for (const SiteBaselineRecord &record : m_journal.siteBaselines(migrationId)) {
        if (const auto observation = sites::fromJournalText(record.observation))
            references.insert({record.accountId, record.address}, *observation);
    }
    for (const SiteCheckRecord &record : m_journal.siteChecks(migrationId)) {
        const auto verdict = sites::verdictFromToken(record.verdict);
        const auto observation = sites::fromJournalText(record.observation);
        if (!verdict || !observation) {
            qCWarning(lcSession) << "unreadable site check for" << record.address << "- left out";
            continue;
        }
        sites::SiteCheckResult result;
        result.accountId = record.accountId;
        result.address = record.address;
        result.verdict = *verdict;
        result.details = record.details;
        result.observation = *observation;
        const auto reference = references.constFind({record.accountId, record.address});
        if (*verdict != sites::SiteVerdict::Baseline && reference != references.cend())
            result.reference = *reference;
        m_accounts[record.accountId].results.append(result);
    }
    for (auto it = m_accounts.begin(); it != m_accounts.end(); ++it)
        it->state = summarize(it->results);
    const QList<qint64> loaded = m_accounts.keys();
    for (const qint64 accountId : loaded)
        Q_EMIT sitesChanged(accountId);
}

const AccountSites &SiteWatch::sitesOf(qint64 accountId) const
{
    static const AccountSites none;
    const auto found = m_accounts.constFind(accountId);
    return found == m_accounts.cend() ? none : *found;
}

bool SiteWatch::hasReference(qint64 accountId) const
{
    const QList<SiteBaselineRecord> references = m_journal.siteBaselines(m_migrationId);
    return std::any_of(references.cbegin(), references.cend(),
                       [accountId](const SiteBaselineRecord &record) { return record.accountId == accountId; });
}

void SiteWatch::beforeMigrate(const AccountRecord &account, std::function<void()> proceed)
{
    // A later migration (after a rollback) keeps the first reference: the old infrastructure's.
    if (!isEnabled() || hasReference(account.id)) {
        proceed();
        return;
    }
    auto pending = std::make_unique<PendingReference>();
    pending->id = m_nextReferenceId++;
    pending->account = account;
    pending->proceed = std::move(proceed);
    pending->checker = makeChecker();
    pending->bound.setSingleShot(true);
    const quint64 id = pending->id;
    connect(&pending->bound, &QTimer::timeout, this, [this, id] { endReference(id, false); });
    connect(pending->checker.get(), &sites::SiteChecker::accountChecked, this,
            [this, id] { endReference(id, true); });
    pending->bound.start(m_referenceBound);
    m_pendingReferences.push_back(std::move(pending));
    setChecking({account});
    onFinished(m_api.sites(), this, [this, id](SitesJob *job) {
        PendingReference *pending = pendingReference(id);
        if (!pending)
            return; // the bound passed: the request left without a reference
        if (job->hasError()) {
            sitesUnreadable({pending->account}, job->error());
            endReference(id, false);
            return;
        }
        startChecks(*pending->checker, {pending->account}, job->value(), Mode::RecordBaseline);
    });
}

SiteWatch::PendingReference *SiteWatch::pendingReference(quint64 id) const
{
    const auto found = std::find_if(m_pendingReferences.cbegin(), m_pendingReferences.cend(),
                                    [id](const auto &pending) { return pending->id == id; });
    return found == m_pendingReferences.cend() ? nullptr : found->get();
}

void SiteWatch::endReference(quint64 id, bool inTime)
{
    const auto found = std::find_if(m_pendingReferences.begin(), m_pendingReferences.end(),
                                    [id](const auto &pending) { return pending->id == id; });
    if (found == m_pendingReferences.end())
        return;
    std::unique_ptr<PendingReference> pending = std::move(*found);
    m_pendingReferences.erase(found);
    if (!inTime) {
        AccountSites &checks = m_accounts[pending->account.id];
        checks.referenceMissing = true;
        if (checks.state == SitesState::Checking)
            checks.state = summarize(checks.results);
        qCInfo(lcSession) << "no site reference in time for account" << pending->account.id;
        m_activity.log(ActivityCategory::state(),
                       tr("%1: the sites' reference could not be recorded in time; the migration goes on, and "
                          "the check after it will have nothing to compare with.")
                           .arg(pending->account.name),
                       pending->account.id);
        Q_EMIT sitesChanged(pending->account.id);
    }
    if (inTime)
        pending->checker.release()->deleteLater(); // it is the sender of the signal that ends it
    else
        pending->checker.reset(); // its probes stop now: no answer taken during the move is kept
    pending->proceed();
}

void SiteWatch::check(const AccountList &accounts, Mode mode)
{
    if (!isEnabled() || accounts.isEmpty())
        return;
    setChecking(accounts);
    onFinished(m_api.sites(), this, [this, accounts, mode](SitesJob *job) {
        if (job->hasError()) {
            sitesUnreadable(accounts, job->error());
            return;
        }
        startChecks(*m_checker, accounts, job->value(), mode);
    });
}

void SiteWatch::startChecks(sites::SiteChecker &checker, const AccountList &accounts,
                            const QList<SiteInfo> &sites, Mode mode)
{
    for (const AccountRecord &account : accounts)
        checker.check(m_migrationId, {account.id, account.name},
                      sites::sitesOfAccount(sites, account.id, m_keyAccountId), mode);
}

void SiteWatch::sitesUnreadable(const AccountList &accounts, const ApiError &error)
{
    for (const AccountRecord &account : accounts) {
        AccountSites &checks = m_accounts[account.id];
        checks.state = summarize(checks.results);
        m_activity.log(ActivityCategory::error(),
                       tr("%1: the sites could not be read, so they were not checked (%2).")
                           .arg(account.name, error.message),
                       account.id);
        Q_EMIT sitesChanged(account.id);
    }
}

void SiteWatch::setChecking(const AccountList &accounts)
{
    for (const AccountRecord &account : accounts) {
        m_accounts[account.id].state = SitesState::Checking;
        Q_EMIT sitesChanged(account.id);
    }
}

void SiteWatch::onChecked(qint64 accountId, const QList<sites::SiteCheckResult> &results)
{
    AccountSites &checks = m_accounts[accountId];
    checks.results = results;
    checks.state = summarize(results);
    for (const sites::SiteCheckResult &result : results) {
        const SiteCheckRecord record {accountId,
                                      result.address,
                                      result.observation.checkedAt,
                                      sites::verdictToken(result.verdict),
                                      result.details,
                                      sites::toJournalText(result.observation)};
        if (!m_journal.saveSiteCheck(m_migrationId, record))
            Q_EMIT journalError(m_journal.lastError());
    }
    if (!results.isEmpty())
        logResult(results.constFirst().accountName, checks);
    Q_EMIT sitesChanged(accountId);
}

void SiteWatch::logResult(const QString &accountName, const AccountSites &checks)
{
    const qsizetype count = checks.results.size();
    const qint64 accountId = checks.results.constFirst().accountId;
    switch (checks.state) {
    case SitesState::Broken: {
        const qsizetype broken = std::count_if(checks.results.cbegin(), checks.results.cend(), [](const auto &result) {
            return result.verdict == sites::SiteVerdict::Broken;
        });
        m_activity.log(ActivityCategory::error(),
                       tr("%1: sites checked, %2 of %n address(es) broken.", nullptr, int(count)).arg(accountName).arg(broken),
                       accountId);
        break;
    }
    case SitesState::Changed:
        m_activity.log(ActivityCategory::state(),
                       tr("%1: sites checked, some answer differently than before (%n address(es)).", nullptr, int(count))
                           .arg(accountName),
                       accountId);
        break;
    case SitesState::Same:
        m_activity.log(ActivityCategory::state(),
                       tr("%1: sites checked, the same as before (%n address(es)).", nullptr, int(count)).arg(accountName),
                       accountId);
        break;
    default:
        m_activity.log(ActivityCategory::state(),
                       tr("%1: the sites' reference was recorded (%n address(es)).", nullptr, int(count)).arg(accountName),
                       accountId);
        break;
    }
}

} // namespace passerelle
