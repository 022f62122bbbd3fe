#include "app/sim/SimAuth.h"

#include "core/model/TrContext.h"

using namespace Qt::Literals::StringLiterals;

namespace passerelle::simhttp {
namespace {

PASSERELLE_TR_CONTEXT(SimHttpText);

SimAuth::Decision refuse(const QString &detail)
{
    return SimAuth::Decision {false, detail, QString()};
}

SimAuth::Decision accept(const QString &accountScope)
{
    return SimAuth::Decision {true, QString(), accountScope};
}

} // namespace

SimAuth::SimAuth(const QString &apiKey, const QStringList &accountNames)
    : m_apiKey(apiKey), m_accountNames(accountNames)
{ }

SimAuth::Decision SimAuth::check(const QByteArray &authorizationHeader) const
{
    if (authorizationHeader.isEmpty())
        return refuse(SimHttpText::tr("Authentication credentials were not provided."));
    const QByteArray prefix = QByteArrayLiteral("Basic ");
    if (!authorizationHeader.startsWith(prefix))
        return refuse(SimHttpText::tr("Only HTTP Basic authentication is accepted."));
    const auto decoded = QByteArray::fromBase64Encoding(authorizationHeader.mid(prefix.size()).trimmed(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return refuse(SimHttpText::tr("Malformed Basic credentials."));
    const QString credentials = QString::fromUtf8(*decoded);
    const qsizetype colon = credentials.lastIndexOf(u':');
    if (colon < 0)
        return refuse(SimHttpText::tr("Malformed Basic credentials."));
    if (colon != credentials.size() - 1)
        return refuse(SimHttpText::tr("The password must be empty."));
    const QString user = credentials.left(colon);

    const QString key = user.section(u' ', 0, 0);
    const QString qualifier = user.section(u' ', 1);
    if (key != m_apiKey)
        return refuse(SimHttpText::tr("Invalid API key."));
    if (qualifier.isEmpty())
        return accept(QString());
    if (qualifier.startsWith(u"account="_s)) {
        if (m_accountNames.contains(qualifier.mid(8)))
            return accept(qualifier.mid(8));
        return refuse(SimHttpText::tr("Unknown account for this key."));
    }
    if (qualifier.startsWith(u"customer="_s)) {
        const QString email = qualifier.mid(9);
        if (email.contains(u'@') && !email.startsWith(u'@') && !email.endsWith(u'@'))
            return accept(QString());
        return refuse(SimHttpText::tr("Invalid customer e-mail address."));
    }
    return refuse(SimHttpText::tr("Unknown qualifier after the API key."));
}

} // namespace passerelle::simhttp
