#include "ui/wizard/KeyKeeper.h"

#include "core/secrets/KeychainStore.h"

namespace passerelle::ui {

KeyKeeper::KeyKeeper(KeychainStore *keychain, QObject *parent) : QObject(parent), m_keychain(keychain) { }

void KeyKeeper::read(const QUrl &apiUrl, const QString &account)
{
    if (!m_keychain)
        return;
    KeychainJob *job = m_keychain->readKey(apiUrl, account);
    connect(job, &KeychainJob::finished, this, [this, job] {
        job->deleteLater();
        if (!job->hasError()) {
            Q_EMIT keyRead(job->secret());
            Q_EMIT info(tr("Your API key was read from the system keychain."));
        } else if (job->error() == KeychainJob::Error::NoKeychain) {
            Q_EMIT info(tr("No system keychain answered: a key you type is used for this run only, never written."));
        }
    });
}

void KeyKeeper::save(const QUrl &apiUrl, const QString &account, const QString &key)
{
    if (!m_keychain)
        return;
    KeychainJob *job = m_keychain->saveKey(apiUrl, account, key);
    connect(job, &KeychainJob::finished, this, [this, job] {
        job->deleteLater();
        if (job->hasError())
            Q_EMIT problem(tr("Your API key could not be saved in the system keychain (%1). It is used for this "
                              "run only; you will type it again next time.")
                               .arg(job->errorString()));
        else
            Q_EMIT info(tr("Your API key is saved in the system keychain."));
    });
}

void KeyKeeper::forget(const QUrl &apiUrl, const QString &account)
{
    if (!m_keychain)
        return;
    KeychainJob *job = m_keychain->forgetKey(apiUrl, account);
    connect(job, &KeychainJob::finished, this, [this, job] {
        job->deleteLater();
        if (job->hasError())
            Q_EMIT problem(tr("The key could not be removed from the system keychain: %1").arg(job->errorString()));
        else
            Q_EMIT info(tr("Your API key is no longer in the system keychain."));
    });
}

} // namespace passerelle::ui
