#include "app/cli/CliLauncher.h"

#include "app/cli/ApiKeySource.h"
#include "core/api/LogScrubber.h"
#include "core/journal/InMemoryJournal.h"
#include "core/journal/LockedJournal.h"
#include "core/secrets/KeychainJob.h"
#include "core/secrets/KeychainStore.h"
#include "core/session/MigrationSession.h"

#include <QUrl>

#include <utility>

namespace passerelle::cli {

CliLauncher::CliLauncher(CliOptions options, LogScrubber &scrubber, QTextStream &out, QTextStream &err, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_scrubber(scrubber), m_out(out), m_err(err)
{ }

// The session and runner go first: they use the API and the journal.
CliLauncher::~CliLauncher()
{
    m_runner.reset();
    m_session.reset();
}

void CliLauncher::start()
{
    if (m_options.dryRun) {
        startDryRun();
        return;
    }
    if (const auto key = takeKeyFromEnvironment()) {
        startWithKey(*key);
        return;
    }
    readKeyFromKeychain();
}

void CliLauncher::readKeyFromKeychain()
{
    // The wizard saves one entry per API address and the account (or customer) the key acts for.
    const QString actingFor
        = !m_options.accountQualifier.isEmpty() ? m_options.accountQualifier : m_options.customerEmail;
    m_keychain = std::make_unique<KeychainStore>();
    KeychainJob *job = m_keychain->readKey(QUrl(m_options.apiUrl), actingFor);
    connect(job, &KeychainJob::finished, this, [this, job] {
        job->deleteLater();
        if (job->hasError()) {
            const QString reason = job->error() == KeychainJob::Error::NotFound
                ? tr("No API key saved for this address and account.")
                : job->errorString();
            fail(ExitCode::KeyRefused, tr("%1 Save the key with the wizard, or set PASSERELLE_API_KEY.").arg(reason));
            return;
        }
        startWithKey(job->secret().toUtf8());
    });
}

void CliLauncher::startWithKey(const QByteArray &apiKey)
{
    const Credentials credentials = credentialsFor(m_options, apiKey);
    for (const QByteArray &secret : credentials.secretForms())
        m_scrubber.addSecret(secret);
    const auto backend = makeRestBackend(m_options, credentials, m_systemClock);
    if (!backend) {
        fail(ExitCode::Usage, backend.error().message);
        return;
    }
    m_rest = backend.value();
    // The journal is the wizard's: its intents in doubt and the customer's ticks (issue 3).
    m_lockedJournal = std::make_unique<LockedJournal>();
    if (!m_lockedJournal->isOpen()) {
        fail(ExitCode::Failed, m_lockedJournal->errorString());
        return;
    }
    runOn(m_rest->api.get(), &m_systemClock, &m_lockedJournal->journal());
}

void CliLauncher::startDryRun()
{
    const auto backend = makeDryRunBackend();
    if (!backend) {
        fail(ExitCode::Failed, backend.error().message);
        return;
    }
    m_dryRun = backend.value();
    // A rehearsal never writes the real journal.
    m_memoryJournal = std::make_unique<InMemoryJournal>();
    runOn(m_dryRun->api.get(), m_dryRun->clock, m_memoryJournal.get());
}

void CliLauncher::runOn(AdminApi *api, const Clock *clock, JournalStore *journal)
{
    m_session = std::make_unique<MigrationSession>(api, clock, journal);
    m_runner = std::make_unique<CliRunner>(*m_session, m_options, terminalConfirmation(), m_out, m_err);
    connect(m_runner.get(), &CliRunner::finished, this, [this](int code) {
        if (m_finished)
            return;
        m_finished = true;
        Q_EMIT finished(code);
    });
    m_runner->start();
}

void CliLauncher::fail(ExitCode code, const QString &message)
{
    if (m_finished)
        return;
    m_finished = true;
    m_err << message << Qt::endl;
    Q_EMIT finished(toInt(code));
}

} // namespace passerelle::cli
