#include "app/cli/CliLauncher.h"

#include "app/cli/ApiKeySource.h"
#include "core/api/ApiEndpoint.h"
#include "core/secrets/KeychainJob.h"
#include "core/secrets/KeychainStore.h"
#include "core/session/MigrationSession.h"

#include <QUrl>

#include <utility>

namespace passerelle::cli {

CliLauncher::CliLauncher(CliOptions options, LogScrubber &scrubber, QTextStream &out, QTextStream &err, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_scrubber(scrubber), m_out(out), m_err(err)
{ }

// The runner goes first: it uses the backend's session.
CliLauncher::~CliLauncher()
{
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
    registerSecrets(m_scrubber, options);
    auto backend = openBackend(options);
    if (!backend) {
        fail(exitCodeFor(backend.error()), backend.error().message);
        return;
    }
    m_backend = std::move(backend.value());
    m_runner = std::make_unique<CliRunner>(*m_backend->session, m_options, terminalConfirmation(), m_out, m_err);
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
