#include "core/api/Credentials.h"

#include <QDebug>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

using namespace passerelle;

namespace {

// The key must never be printable: no QDebug or std::ostream operator may exist for it.
template<typename Stream>
concept Printable = requires(Stream &stream, const Credentials &credentials)
{
    stream << credentials;
};
static_assert(!Printable<QDebug>);
static_assert(!Printable<std::ostream>);

const QByteArray kKey = QByteArrayLiteral("K3Y-test-123");

TEST(Credentials, AccountQualifierHeaderBytes)
{
    EXPECT_EQ(Credentials::forAccount(kKey, u"acme-shop"_s).authorizationHeaderValue(),
              QByteArrayLiteral("Basic SzNZLXRlc3QtMTIzIGFjY291bnQ9YWNtZS1zaG9wOg=="));
}

TEST(Credentials, CustomerQualifierHeaderBytes)
{
    EXPECT_EQ(Credentials::forCustomer(kKey, u"ops@example.com"_s).authorizationHeaderValue(),
              QByteArrayLiteral("Basic SzNZLXRlc3QtMTIzIGN1c3RvbWVyPW9wc0BleGFtcGxlLmNvbTo="));
}

TEST(Credentials, KeyAloneHeaderBytes)
{
    EXPECT_EQ(Credentials::ownProfile(kKey).authorizationHeaderValue(),
              QByteArrayLiteral("Basic SzNZLXRlc3QtMTIzOg=="));
}

TEST(Credentials, SecretFormsCoverTheKeyAndTheWholeCredential)
{
    const auto forms = Credentials::forAccount(kKey, u"acme-shop"_s).secretForms();
    EXPECT_TRUE(forms.contains(kKey));
    EXPECT_TRUE(forms.contains(QByteArrayLiteral("SzNZLXRlc3QtMTIzIGFjY291bnQ9YWNtZS1zaG9wOg==")));
}

TEST(Credentials, EmptyByDefault)
{
    EXPECT_TRUE(Credentials().isEmpty());
    EXPECT_TRUE(Credentials().secretForms().isEmpty());
    EXPECT_FALSE(Credentials::ownProfile(kKey).isEmpty());
}

} // namespace
