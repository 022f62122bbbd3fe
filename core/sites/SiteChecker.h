#pragma once

#include "core/api/ProviderTypes.h"
#include "core/sites/SiteComparison.h"
#include "core/sites/SiteObservation.h"

#include <QList>
#include <QMetaType>
#include <QObject>

#include <memory>
#include <optional>
#include <vector>

namespace passerelle {
class Clock;
class JournalStore;
} // namespace passerelle

namespace passerelle::sites {

class SiteProber;

struct SiteAccount
{
    qint64 id = 0;
    QString name;
};

// One address checked: what it answered, against which reference, and the verdict.
struct SiteCheckResult
{
    qint64 accountId = 0;
    QString accountName;
    QString siteName;
    QString address;
    SiteVerdict verdict = SiteVerdict::Baseline;
    QString details;
    SiteObservation observation;
    std::optional<SiteObservation> reference; // what it was compared with
};

// The sites of one account: those whose `account` is it, and those without one when the key acts
// for this very account (the field is only there for customer-level keys: admin-api.md, A).
QList<SiteInfo> sitesOfAccount(const QList<SiteInfo> &sites, qint64 accountId, qint64 keyAccountId);

// Checks an account's sites, address by address, and keeps the references in the journal. The
// wizard calls it just before a migrate request (which records a first reference), after the
// migration ends and after the move back (which compare); the CLI on demand.
class SiteChecker : public QObject
{
    Q_OBJECT

public:
    enum class Mode {
        RecordBaseline, // the answers become the references
        Compare, // compare with the references; an address without one gets one
    };

    // The addresses one account's check asks at most (in the sites' order, each address once): the
    // provider's list bounds neither the time nor the connections, this does (at 4 connections and
    // 10 s each, under two minutes). Those past it are reported NotChecked.
    static constexpr qsizetype kMaxAddressesPerAccount = 40;

    SiteChecker(SiteProber &prober, JournalStore &journal, const Clock &clock, QObject *parent = nullptr);
    ~SiteChecker() override;

    // Finishes with accountChecked() (always after this returns), results in the sites' order.
    void check(qint64 migrationId, const SiteAccount &account, const QList<SiteInfo> &sites, Mode mode);
    bool isChecking(qint64 accountId) const;

Q_SIGNALS:
    void accountChecked(qint64 accountId, const QList<passerelle::sites::SiteCheckResult> &results);
    // A reference could not be written: the check still reports, but a restart will not know it.
    void journalError(const QString &message);

private:
    struct Run;

    void onProbed(Run *run, qsizetype index, const SiteObservation &observation);
    void finishRun(Run *run);

    SiteProber &m_prober;
    JournalStore &m_journal;
    const Clock &m_clock;
    std::vector<std::unique_ptr<Run>> m_runs;
};

} // namespace passerelle::sites

Q_DECLARE_METATYPE(passerelle::sites::SiteCheckResult)
