#pragma once

#include <QObject>
#include <QUrl>

namespace passerelle {
class KeychainStore;
}

namespace passerelle::ui {

// The connection page's side of the system keychain: reads a saved key for this API and account,
// saves it once the provider accepted it, forgets it on request. Every outcome is a sentence for
// the page (a failed save is shown, never only logged); the key itself is never in one.
class KeyKeeper : public QObject
{
    Q_OBJECT

public:
    explicit KeyKeeper(KeychainStore *keychain, QObject *parent = nullptr);

    bool isAvailable() const { return m_keychain != nullptr; }
    void read(const QUrl &apiUrl, const QString &account);
    void save(const QUrl &apiUrl, const QString &account, const QString &key);
    void forget(const QUrl &apiUrl, const QString &account);

Q_SIGNALS:
    void keyRead(const QString &key);
    void info(const QString &message);
    void problem(const QString &message);

private:
    KeychainStore *m_keychain; // owned by the application, outlives the wizard
};

} // namespace passerelle::ui
