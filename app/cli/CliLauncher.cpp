#include "app/cli/CliLauncher.h"

#include "app/cli/ApiKeySource.h"
#include "core/api/ApiEndpoint.h"
#include "core/api/RestAdminApi.h"
#include "core/secrets/KeychainJob.h"
#include "core/secrets/KeychainStore.h"
#include "core/session/MigrationSession.h"

#include <QUrl>

#include <utility>

namespace passerelle::cli {

CliLauncher::CliLauncher(CliOptions options, LogScrubber &scrubber, QTextStream &out, QTextStream &err, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_scrubber(scrubber), m_out(out), m_err(err)
{ }

// The commands go first: they use the backend's session.
CliLauncher::~CliLauncher()
{
    m_siteCheck.reset();
    m_runner.reset();
    m_backend.reset();
}

void CliLauncher::start()
{
    if (m_options.dryRun) {
        open({});
        return;
    }
    // A wrong address is a usage error, found before any keychain prompt.
    const auto endpoint = ApiEndpoint::fromString(m_options.apiUrl);
    if (!endpoint) {
        fail(ExitCode::Usage, endpoint.error().message);
        return;
    }
    if (const auto key = takeKeyFromEnvironment()) {
        open(*key);
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
        open(job->secret().toUtf8());
    });
}

void CliLauncher::open(const QByteArray &apiKey)
{
    BackendOptions options;
    options.dryRun = m_options.dryRun;
    options.apiUrl = m_options.apiUrl;
    options.apiKey = apiKey;
    options.accountName = m_options.accountQualifier;
    options.customerEmail = m_options.customerEmail;
    options.startNewJournal = m_options.newJournal;
    registerSecrets(m_scrubber, options);
    auto backend = openBackend(options);
    if (!backend) {
        const BackendError &error = backend.error();
        fail(exitCodeFor(error),
             error.kind == BackendError::Kind::JournalDamaged
                 ? tr("%1 To start a new journal from the provider's state, run the command again with "
                      "--new-journal; the ticks and choices of the damaged one are not carried over.")
                       .arg(error.message)
                 : error.message);
        return;
    }
    m_backend = std::move(backend.value());
    if (auto *rest = qobject_cast<RestAdminApi *>(m_backend->api.get()))
        connect(rest, &RestAdminApi::pacedFor, this, &CliLauncher::onPaced);
    if (m_options.command == CliOptions::Command::CheckSites) {
        m_siteCheck = std::make_unique<SiteCheckCommand>(*m_backend, m_options, m_out, m_err);
        connect(m_siteCheck.get(), &SiteCheckCommand::finished, this, &CliLauncher::finishOnce);
        m_siteCheck->start();
        return;
    }
    m_runner = std::make_unique<CliRunner>(*m_backend->session, m_options, terminalConfirmation(), m_out, m_err);
    connect(m_runner.get(), &CliRunner::finished, this, &CliLauncher::finishOnce);
    m_runner->start();
}

void CliLauncher::finishOnce(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished(exitCode);
}

// Said once per wait, not once per request held by it.
void CliLauncher::onPaced(qint64 ms)
{
    const QDateTime until = m_backend->clock->now().addMSecs(ms);
    if (m_announcedWaitUntil.isValid() && until <= m_announcedWaitUntil.addSecs(1))
        return;
    m_announcedWaitUntil = until;
    m_err << tr("Waiting %1 s: every Passerelle program using this key shares the provider's request limits.")
                 .arg((ms + 999) / 1000)
          << Qt::endl;
}

void CliLauncher::fail(ExitCode code, const QString &message)
{
    if (m_finished)
        return;
    m_err << message << Qt::endl;
    finishOnce(toInt(code));
}

} // namespace passerelle::cli
