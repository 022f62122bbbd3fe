#include "core/secrets/KeychainJob.h"

#include "core/secrets/SecretsLog.h"

#include <qt6keychain/keychain.h>

namespace passerelle {

namespace {

const char *operationName(KeychainJob::Operation operation)
{
    switch (operation) {
    case KeychainJob::Operation::Read:
        return "read";
    case KeychainJob::Operation::Write:
        return "write";
    case KeychainJob::Operation::Delete:
        return "delete";
    }
    return "?";
}

} // namespace

KeychainJob::KeychainJob(Operation operation, const QString &entry, std::chrono::milliseconds timeout)
    : m_operation(operation), m_entry(entry)
{
    m_deadline.setSingleShot(true);
    m_deadline.setInterval(timeout);
    connect(&m_deadline, &QTimer::timeout, this, &KeychainJob::timeOut);
}

void KeychainJob::start(QKeychain::Job *job)
{
    // A plain-text file is never an acceptable home for the key (docs/contract.md, "A careful client").
    job->setInsecureFallback(false);
    // The job may answer long after our deadline (a hung daemon): it must then free itself, and we
    // must not delete it while the backend still holds a pointer to it.
    job->setAutoDelete(true);
    connect(job, &QKeychain::Job::finished, this, &KeychainJob::takeAnswer);
    m_deadline.start();
    job->start();
}

void KeychainJob::takeAnswer(QKeychain::Job *job)
{
    switch (job->error()) {
    case QKeychain::NoError:
        if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(job))
            m_secret = read->textData();
        finish(Error::None, QString());
        return;
    case QKeychain::EntryNotFound:
        if (m_operation == Operation::Delete)
            finish(Error::None, QString());
        else
            finish(Error::NotFound, tr("No API key is saved in the system keychain for this provider and account."));
        return;
    case QKeychain::AccessDeniedByUser:
        finish(Error::AccessDenied,
               tr("Access to the system keychain was refused, so the API key cannot be kept there (%1).")
                   .arg(job->errorString()));
        return;
    // Secret Service answers "locked" at once when it cannot show its unlock prompt: for the user a
    // locked keychain is one that did not answer (docs/contract.md, "A careful client").
    case QKeychain::AccessDenied:
        finish(Error::NoKeychain, noKeychainMessage(tr("it is locked: %1").arg(job->errorString())));
        return;
    case QKeychain::CouldNotDeleteEntry:
        finish(Error::Failed,
               tr("Could not delete the API key from the system keychain (%1).").arg(job->errorString()));
        return;
    // The Secret Service backend reports "no bus", "no secret service" and D-Bus failures alike as
    // OtherError: for the user they all mean that no keychain answered.
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        finish(Error::NoKeychain, noKeychainMessage(job->errorString()));
        return;
    }
    finish(Error::Failed, job->errorString());
}

QString KeychainJob::noKeychainMessage(const QString &detail) const
{
    switch (m_operation) {
    case Operation::Read:
        return tr("No system keychain answered (%1).").arg(detail);
    case Operation::Write:
        return tr("No system keychain answered: the API key was not saved (%1).").arg(detail);
    case Operation::Delete:
        return tr("No system keychain answered: the API key was not deleted (%1).").arg(detail);
    }
    return detail;
}

void KeychainJob::timeOut()
{
    const double seconds = double(m_deadline.interval()) / 1000.0;
    finish(Error::NoKeychain,
           noKeychainMessage(tr("no answer within %1 s: none is running, it is locked, or it "
                                "does not respond")
                                 .arg(seconds, 0, 'g', 3)));
}

void KeychainJob::finish(Error error, const QString &errorString)
{
    if (m_finished)
        return;
    m_finished = true;
    m_deadline.stop();
    m_error = error;
    m_errorString = errorString;
    qCDebug(lcSecrets) << "keychain" << operationName(m_operation) << "of" << m_entry << "finished, error"
                       << int(error);
    // Queued, so that a caller connecting right after creating the job still hears it.
    QMetaObject::invokeMethod(this, &KeychainJob::finished, Qt::QueuedConnection);
}

} // namespace passerelle
