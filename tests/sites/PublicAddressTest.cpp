#include "core/sites/PublicAddress.h"

#include <gtest/gtest.h>

using namespace passerelle::sites;

namespace {

struct AddressCase
{
    const char *name;
    const char *address;
    bool isPublic;
};

class PublicAddresses : public ::testing::TestWithParam<AddressCase>
{ };

TEST_P(PublicAddresses, OnlyPublicOnesMayBeProbed)
{
    const QHostAddress address(QString::fromLatin1(GetParam().address));
    ASSERT_FALSE(address.isNull()) << GetParam().address;
    EXPECT_EQ(isPublicAddress(address), GetParam().isPublic) << GetParam().address;
}

INSTANTIATE_TEST_SUITE_P(
    Rows, PublicAddresses,
    ::testing::Values(AddressCase{"PublicV4", "93.184.216.34", true},
                      AddressCase{"PublicV6", "2a00:b6e0:1:20:1::1", true},
                      AddressCase{"Loopback", "127.0.0.1", false},
                      AddressCase{"LoopbackElsewhere", "127.1.2.3", false},
                      AddressCase{"Unspecified", "0.0.0.0", false},
                      AddressCase{"CloudMetadata", "169.254.169.254", false},
                      AddressCase{"Private10", "10.0.0.1", false},
                      AddressCase{"Private172", "172.31.255.1", false},
                      AddressCase{"Public172Beside", "172.32.0.1", true},
                      AddressCase{"Private192", "192.168.1.1", false},
                      AddressCase{"SharedCgnat", "100.64.0.1", false},
                      AddressCase{"Multicast", "239.255.255.250", false},
                      AddressCase{"Broadcast", "255.255.255.255", false},
                      AddressCase{"LoopbackV6", "::1", false},
                      AddressCase{"UnspecifiedV6", "::", false},
                      AddressCase{"LinkLocalV6", "fe80::1", false},
                      AddressCase{"UniqueLocalV6", "fd12:3456::1", false},
                      AddressCase{"MulticastV6", "ff02::1", false},
                      AddressCase{"MappedLoopback", "::ffff:127.0.0.1", false},
                      AddressCase{"MappedPublic", "::ffff:93.184.216.34", true}),
    [](const auto &info) { return std::string(info.param.name); });

TEST(PublicAddress, TheFirstNonPublicOneIsNamed)
{
    const QList<QHostAddress> mixed{QHostAddress(QStringLiteral("93.184.216.34")), QHostAddress(QStringLiteral("10.0.0.1"))};
    EXPECT_EQ(firstNonPublic(mixed), QHostAddress(QStringLiteral("10.0.0.1")));
    EXPECT_TRUE(firstNonPublic({QHostAddress(QStringLiteral("93.184.216.34"))}).isNull());
}

} // namespace
