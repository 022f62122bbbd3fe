#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace passerelle::simhttp {

// HTTP Basic as the provider reads it (docs/contract.md, "Authentication"): the user name is the API key,
// optionally followed by " account=<name>" or " customer=<email>", and the password is empty.
class SimAuth
{
public:
    SimAuth(const QString &apiKey, const QStringList &accountNames);

    struct Decision
    {
        bool accepted = false;
        QString detail; // why not; never repeats the key or the header
        QString accountScope; // with " account=NAME": the one account this key may act on
    };
    Decision check(const QByteArray &authorizationHeader) const;

private:
    QString m_apiKey;
    QStringList m_accountNames;
};

} // namespace passerelle::simhttp
