#pragma once

#include "core/secrets/KeychainJob.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <chrono>

namespace passerelle {

// The API key in the system keychain (Secret Service, KWallet, macOS Keychain, Windows
// Credential Store) through QtKeychain, one entry per API URL and account. Never a plain-text
// fallback: without a keychain the key lives only in memory, for this run (docs/contract.md, "A careful client").
class KeychainStore : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds kDefaultTimeout {5000};

    explicit KeychainStore(QObject *parent = nullptr);
    // `timeout` is injectable for tests; the wizard uses kDefaultTimeout.
    KeychainStore(const QString &service, std::chrono::milliseconds timeout, QObject *parent = nullptr);

    // The name of the keychain entry for this API and account (no secret in it).
    static QString entryName(const QUrl &apiUrl, const QString &account);

    // Each returns a running job the caller owns; see KeychainJob.
    KeychainJob *readKey(const QUrl &apiUrl, const QString &account);
    KeychainJob *saveKey(const QUrl &apiUrl, const QString &account, const QString &key);
    // "Forget my key": deleting an entry that does not exist is not an error.
    KeychainJob *forgetKey(const QUrl &apiUrl, const QString &account);

    QString service() const { return m_service; }
    std::chrono::milliseconds timeout() const { return m_timeout; }

private:
    QString m_service;
    std::chrono::milliseconds m_timeout;
};

} // namespace passerelle
