#include "core/api/Credentials.h"

#include <utility>

namespace passerelle {

Credentials::Credentials(QByteArray apiKey, QByteArray qualifier)
    : m_apiKey(std::move(apiKey)), m_qualifier(std::move(qualifier))
{ }

Credentials Credentials::forAccount(const QByteArray &apiKey, const QString &accountName)
{
    return Credentials(apiKey, QByteArrayLiteral("account=") + accountName.toUtf8());
}

Credentials Credentials::forCustomer(const QByteArray &apiKey, const QString &email)
{
    return Credentials(apiKey, QByteArrayLiteral("customer=") + email.toUtf8());
}

Credentials Credentials::ownProfile(const QByteArray &apiKey)
{
    return Credentials(apiKey, QByteArray());
}

QByteArray Credentials::userName() const
{
    if (m_qualifier.isEmpty())
        return m_apiKey;
    const QByteArray name = m_apiKey + ' ' + m_qualifier;
    return name;
}

QByteArray Credentials::authorizationHeaderValue() const
{
    // The password is empty, hence the lone trailing colon: docs/contract.md, "Authentication".
    const QByteArray userInfo = userName() + ':';
    return QByteArrayLiteral("Basic ") + userInfo.toBase64();
}

QList<QByteArray> Credentials::secretForms() const
{
    if (m_apiKey.isEmpty())
        return {};
    const QByteArray userInfo = userName() + ':';
    const QByteArray keyAlone = m_apiKey + ':';
    return {m_apiKey, userInfo, userInfo.toBase64(), keyAlone.toBase64()};
}

} // namespace passerelle
