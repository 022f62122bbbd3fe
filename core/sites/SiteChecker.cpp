#include "core/sites/SiteChecker.h"

#include "core/journal/JournalStore.h"
#include "core/model/Clock.h"
#include "core/model/TrContext.h"
#include "core/sites/SiteProber.h"
#include "core/sites/SitesLog.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace passerelle::sites {

PASSERELLE_TR_CONTEXT(SiteCheckText);

struct SiteChecker::Run
{
    qint64 migrationId = 0;
    SiteAccount account;
    Mode mode = Mode::Compare;
    QList<SiteCheckResult> results;
    QHash<QString, SiteObservation> references; // by address
    qsizetype pending = 0;
};

QList<SiteInfo> sitesOfAccount(const QList<SiteInfo> &sites, qint64 accountId, qint64 keyAccountId)
{
    QList<SiteInfo> ofAccount;
    for (const SiteInfo &site : sites) {
        if (site.account == accountId || (site.account == 0 && accountId == keyAccountId))
            ofAccount.append(site);
    }
    return ofAccount;
}

SiteChecker::SiteChecker(SiteProber &prober, JournalStore &journal, const Clock &clock, QObject *parent)
    : QObject(parent), m_prober(prober), m_journal(journal), m_clock(clock)
{
    qRegisterMetaType<SiteCheckResult>();
}

SiteChecker::~SiteChecker() = default;

void SiteChecker::check(qint64 migrationId, const SiteAccount &account, const QList<SiteInfo> &sites, Mode mode)
{
    auto run = std::make_unique<Run>();
    run->migrationId = migrationId;
    run->account = account;
    run->mode = mode;
    if (mode == Mode::Compare) {
        for (const SiteBaselineRecord &record : m_journal.siteBaselines(migrationId)) {
            if (record.accountId != account.id)
                continue;
            if (const std::optional<SiteObservation> reference = fromJournalText(record.observation))
                run->references.insert(record.address, *reference);
            else
                qCWarning(lcSites) << "unreadable reference for" << record.address << "- a new one will be recorded";
        }
    }
    QSet<QString> seen;
    qsizetype toProbe = 0;
    for (const SiteInfo &site : sites) {
        for (const QString &address : site.addresses) {
            if (seen.contains(address))
                continue;
            seen.insert(address);
            SiteCheckResult result {account.id, account.name, site.name, address, SiteVerdict::Baseline, {}, {}, {}};
            if (toProbe == kMaxAddressesPerAccount) {
                result.verdict = SiteVerdict::NotChecked;
                result.details = SiteCheckText::tr("not checked: only the first %n addresses of an account are checked",
                                                   nullptr, int(kMaxAddressesPerAccount));
            } else {
                ++toProbe;
            }
            run->results.append(result);
        }
    }
    if (run->results.size() > toProbe)
        qCInfo(lcSites) << "account" << account.id << "has" << run->results.size() << "addresses; checking the first"
                        << toProbe;
    Run *raw = run.get();
    m_runs.push_back(std::move(run));
    raw->pending = toProbe;
    if (raw->pending == 0) {
        QMetaObject::invokeMethod(
            this, [this, raw] { finishRun(raw); }, Qt::QueuedConnection);
        return;
    }
    for (qsizetype i = 0; i < toProbe; ++i) {
        SiteProbeJob *job = m_prober.probe(raw->results.at(i).address);
        job->setParent(this); // a checker that goes away stops its probes
        onFinished(job, this, [this, raw, i](SiteProbeJob *finished) {
            SiteObservation observation;
            if (finished->hasError()) {
                observation.address = raw->results.at(i).address;
                observation.failure = SiteObservation::Failure::Connection;
                observation.failureDetail = finished->error().message;
            } else {
                observation = finished->value();
            }
            onProbed(raw, i, observation);
        });
    }
}

bool SiteChecker::isChecking(qint64 accountId) const
{
    return std::any_of(m_runs.cbegin(), m_runs.cend(),
                       [accountId](const auto &run) { return run->account.id == accountId; });
}

void SiteChecker::onProbed(Run *run, qsizetype index, const SiteObservation &probed)
{
    SiteCheckResult &result = run->results[index];
    result.observation = probed;
    result.observation.checkedAt = m_clock.now();
    if (run->mode == Mode::Compare && run->references.contains(result.address))
        result.reference = run->references.value(result.address);
    const SiteJudgement judgement = judge(result.observation, result.reference);
    result.verdict = judgement.verdict;
    result.details = judgement.details;
    if (!result.reference) {
        const SiteBaselineRecord record {run->account.id, result.address, result.observation.checkedAt,
                                         toJournalText(result.observation)};
        if (!m_journal.saveSiteBaseline(run->migrationId, record))
            Q_EMIT journalError(m_journal.lastError());
    }
    if (--run->pending == 0)
        finishRun(run);
}

void SiteChecker::finishRun(Run *run)
{
    const auto found
        = std::find_if(m_runs.begin(), m_runs.end(), [run](const auto &kept) { return kept.get() == run; });
    if (found == m_runs.end())
        return;
    std::unique_ptr<Run> finished = std::move(*found);
    m_runs.erase(found);
    qCDebug(lcSites) << "checked" << finished->results.size() << "address(es) of account" << finished->account.id;
    Q_EMIT accountChecked(finished->account.id, finished->results);
}

} // namespace passerelle::sites
