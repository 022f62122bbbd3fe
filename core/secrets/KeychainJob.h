#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

#include <chrono>

namespace QKeychain {
class Job;
}

namespace passerelle {

// One request to the system keychain. It finishes exactly once, always asynchronously, and at
// the latest when its time limit runs out (a keychain that never answers is reported as absent).
// The caller owns it and deletes it after finished(); the QKeychain job underneath deletes itself.
class KeychainJob : public QObject
{
    Q_OBJECT

public:
    enum class Operation { Read, Write, Delete };
    // NoKeychain and AccessDenied: the wizard offers to use the key for this run only.
    enum class Error {
        None,
        NoKeychain, // no secret service, locked, or no answer in time
        NotFound, // read: no key saved for this API and account
        AccessDenied, // the user refused the keychain's prompt
        Failed, // anything else, see errorString()
    };

    Operation operation() const { return m_operation; }
    bool isFinished() const { return m_finished; }
    bool hasError() const { return m_error != Error::None; }
    Error error() const { return m_error; }
    // Translated, for the user; never contains the key.
    QString errorString() const { return m_errorString; }
    // The key read (Read only, when there is no error). Never log it.
    QString secret() const { return m_secret; }

Q_SIGNALS:
    void finished();

private:
    friend class KeychainStore;

    KeychainJob(Operation operation, const QString &entry, std::chrono::milliseconds timeout);
    void start(QKeychain::Job *job);
    void takeAnswer(QKeychain::Job *job);
    void timeOut();
    QString noKeychainMessage(const QString &detail) const;
    void finish(Error error, const QString &errorString);

    Operation m_operation;
    QString m_entry;
    QTimer m_deadline;
    bool m_finished = false;
    Error m_error = Error::None;
    QString m_errorString;
    QString m_secret;
};

} // namespace passerelle
