#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace passerelle {

// The API key and the qualifier it acts with (docs/contract.md, "Authentication": HTTP Basic, the user name is
// "<KEY> account=<name>", "<KEY> customer=<email>" or the key alone; the password is empty).
// Held in memory only; deliberately not printable: no operator<<, no toString, no QDebug.
class Credentials
{
public:
    Credentials() = default;
    static Credentials forAccount(const QByteArray &apiKey, const QString &accountName);
    static Credentials forCustomer(const QByteArray &apiKey, const QString &email);
    static Credentials ownProfile(const QByteArray &apiKey);

    bool isEmpty() const { return m_apiKey.isEmpty(); }

    // The exact value of the Authorization header: "Basic " + base64("<user name>:").
    QByteArray authorizationHeaderValue() const;

    // Every form in which the secret could appear in a log line (the key, its Base64 forms, the
    // whole Basic credential): register them with the LogScrubber.
    QList<QByteArray> secretForms() const;

private:
    Credentials(QByteArray apiKey, QByteArray qualifier);

    QByteArray userName() const;

    QByteArray m_apiKey;
    QByteArray m_qualifier; // "account=<name>", "customer=<email>" or empty
};

} // namespace passerelle
