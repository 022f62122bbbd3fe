#include "app/cli/SiteCheckCommand.h"

#include "app/cli/AccountTarget.h"
#include "app/cli/SiteCheckReport.h"
#include "core/backend/Backend.h"
#include "core/sim/DryRunAdminApi.h"
#include "core/sim/SimulatedSiteProber.h"
#include "core/sites/NetworkSiteProber.h"

#include <QJsonDocument>

namespace passerelle::cli {

SiteCheckCommand::SiteCheckCommand(Backend &backend, CliOptions options, QTextStream &out, QTextStream &err,
                                   QObject *parent)
    : QObject(parent), m_backend(backend), m_options(std::move(options)), m_out(out), m_err(err)
{
    if (m_backend.dryRun) {
        m_prober = std::make_unique<sim::SimulatedSiteProber>(m_backend.dryRun->simulator());
    } else {
        sites::ProbeSettings settings;
        settings.connectTo = m_options.connectTo;
        m_prober = std::make_unique<sites::NetworkSiteProber>(settings);
    }
    m_checker = std::make_unique<sites::SiteChecker>(*m_prober, m_backend.journal(), *m_backend.clock);
    connect(m_checker.get(), &sites::SiteChecker::accountChecked, this, &SiteCheckCommand::onAccountChecked);
    const auto referenceNotKept = [this](const QString &message) {
        m_err << tr("The reference could not be kept: %1").arg(message) << Qt::endl;
        m_journalFailed = true;
    };
    connect(m_checker.get(), &sites::SiteChecker::journalError, this, referenceNotKept);
    // The journal on disk commits after the write returned: its refusal arrives through the session.
    connect(m_backend.session.get(), &MigrationSession::journalError, this, referenceNotKept);
}

// The checker's probes go before the prober they run on.
SiteCheckCommand::~SiteCheckCommand()
{
    m_checker.reset();
    m_prober.reset();
}

void SiteCheckCommand::start()
{
    MigrationSession &session = *m_backend.session;
    connect(&session, &MigrationSession::stateChanged, this, [this, &session](MigrationSession::State state) {
        if (state == MigrationSession::State::Ready && !m_ready) {
            m_ready = true;
            onSessionReady();
        } else if (state == MigrationSession::State::Failed) {
            const auto error = session.lastError();
            failWith(error ? error->message : tr("The migration could not be read."),
                     error ? exitCodeFor(*error) : ExitCode::Failed);
        }
    });
    // An action interrupted earlier is re-sent at start: let it settle before the process ends.
    connect(&session, &MigrationSession::inFlightChanged, this, [this] {
        if (m_ready)
            onSessionReady();
    });
    // Checking sites decides no action: an interrupted one is left to the command that decides it.
    session.setReadOnly(true);
    session.start(m_options.migrationId);
}

void SiteCheckCommand::onSessionReady()
{
    const MigrationSession &session = *m_backend.session;
    if (m_checking || m_finished)
        return;
    if (!session.inFlight().isEmpty()) {
        m_err << tr("An action interrupted earlier is being sent again with its original request key; "
                    "waiting for the provider's answer...")
              << Qt::endl;
        return;
    }
    m_checking = true;
    const MigrationSnapshot &snapshot = session.snapshot();
    QSet<qint64> wanted;
    for (const QString &target : std::as_const(m_options.siteAccounts)) {
        const Expected<const AccountRecord *, QString> found = findTarget(snapshot, target);
        if (!found) {
            failWith(found.error(), ExitCode::Usage);
            return;
        }
        wanted.insert(found.value()->id);
    }
    for (const AccountRecord &account : snapshot.accounts) {
        if (wanted.isEmpty() || wanted.contains(account.id))
            m_accounts.append({account.id, account.name});
    }
    if (m_accounts.isEmpty()) {
        finish(ExitCode::Done);
        return;
    }
    SitesJob *job = m_backend.api->sites();
    onFinished(job, this, [this](SitesJob *finished) {
        if (finished->hasError()) {
            failWith(finished->error().message, exitCodeFor(finished->error()));
            return;
        }
        checkSites(finished->value());
    });
}

void SiteCheckCommand::checkSites(const QList<SiteInfo> &sites)
{
    const MigrationSnapshot &snapshot = m_backend.session->snapshot();
    // Sites without an `account` belong to the account the key acts for (admin-api.md, A).
    const AccountRecord *keyAccount = snapshot.accountNamed(m_options.accountQualifier);
    if (!keyAccount && snapshot.accounts.size() == 1)
        keyAccount = &snapshot.accounts.constFirst();
    const qint64 keyAccountId = keyAccount ? keyAccount->id : 0;
    const auto mode = m_options.baseline ? sites::SiteChecker::Mode::RecordBaseline : sites::SiteChecker::Mode::Compare;
    for (const sites::SiteAccount &account : std::as_const(m_accounts))
        m_checker->check(m_backend.session->migrationId(), account,
                         sites::sitesOfAccount(sites, account.id, keyAccountId), mode);
}

void SiteCheckCommand::onAccountChecked(qint64 accountId, const QList<sites::SiteCheckResult> &results)
{
    m_results.insert(accountId, results);
    if (m_results.size() < m_accounts.size())
        return;
    QList<sites::SiteCheckResult> all;
    for (const sites::SiteAccount &account : std::as_const(m_accounts))
        all += m_results.value(account.id);
    if (m_options.json)
        m_out << QString::fromUtf8(QJsonDocument(siteCheckJson(all, m_backend.session->isDryRun())).toJson());
    else
        m_out << siteCheckText(all);
    m_out.flush();
    finish(anyBroken(all) || m_journalFailed ? ExitCode::Failed : ExitCode::Done);
}

// With --json a script reads standard output only: an error is a JSON object there as well as a
// sentence on standard error.
void SiteCheckCommand::failWith(const QString &message, ExitCode code)
{
    m_err << message << Qt::endl;
    if (m_options.json) {
        const QJsonObject error{{QStringLiteral("message"), message}, {QStringLiteral("exit_code"), toInt(code)}};
        m_out << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("error"), error}}).toJson());
        m_out.flush();
    }
    finish(code);
}

void SiteCheckCommand::finish(ExitCode code)
{
    if (m_finished)
        return;
    m_finished = true;
    m_backend.session->stop();
    Q_EMIT finished(toInt(code));
}

} // namespace passerelle::cli
