#include "core/secrets/KeychainStore.h"

#include <qt6keychain/keychain.h>

using namespace Qt::Literals::StringLiterals;

namespace passerelle {

KeychainStore::KeychainStore(QObject *parent) : KeychainStore(u"Passerelle"_s, kDefaultTimeout, parent) { }

KeychainStore::KeychainStore(const QString &service, std::chrono::milliseconds timeout, QObject *parent)
    : QObject(parent), m_service(service), m_timeout(timeout)
{ }

QString KeychainStore::entryName(const QUrl &apiUrl, const QString &account)
{
    const QUrl api = apiUrl.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment
                                     | QUrl::StripTrailingSlash | QUrl::NormalizePathSegments);
    return api.toString() + u" account="_s + account;
}

KeychainJob *KeychainStore::readKey(const QUrl &apiUrl, const QString &account)
{
    const QString entry = entryName(apiUrl, account);
    auto *job = new KeychainJob(KeychainJob::Operation::Read, entry, m_timeout);
    auto *read = new QKeychain::ReadPasswordJob(m_service);
    read->setKey(entry);
    job->start(read);
    return job;
}

KeychainJob *KeychainStore::saveKey(const QUrl &apiUrl, const QString &account, const QString &key)
{
    const QString entry = entryName(apiUrl, account);
    auto *job = new KeychainJob(KeychainJob::Operation::Write, entry, m_timeout);
    auto *write = new QKeychain::WritePasswordJob(m_service);
    write->setKey(entry);
    write->setTextData(key);
    job->start(write);
    return job;
}

KeychainJob *KeychainStore::forgetKey(const QUrl &apiUrl, const QString &account)
{
    const QString entry = entryName(apiUrl, account);
    auto *job = new KeychainJob(KeychainJob::Operation::Delete, entry, m_timeout);
    auto *remove = new QKeychain::DeletePasswordJob(m_service);
    remove->setKey(entry);
    job->start(remove);
    return job;
}

} // namespace passerelle
