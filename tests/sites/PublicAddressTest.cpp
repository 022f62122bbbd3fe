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
                      AddressCase{"MappedPublic", "::ffff:93.184.216.34", true},
                      AddressCase{"Benchmarking", "198.18.0.1", false},
                      AddressCase{"BenchmarkingEnd", "198.19.255.254", false},
                      AddressCase{"PublicBesideBenchmarking", "198.20.0.1", true},
                      AddressCase{"Documentation1", "192.0.2.1", false},
                      AddressCase{"Documentation2", "198.51.100.7", false},
                      AddressCase{"Documentation3", "203.0.113.9", false},
                      AddressCase{"OldSiteLocalV6", "fec0::1", false},
                      AddressCase{"DocumentationV6", "2001:db8::1", false},
                      AddressCase{"TeredoV6", "2001:0:4136:e378:8000:63bf:3fff:fdd2", false},
                      AddressCase{"CompatibleV6", "::7f00:1", false},
                      AddressCase{"Nat64Loopback", "64:ff9b::127.0.0.1", false},
                      AddressCase{"Nat64Metadata", "64:ff9b::a9fe:a9fe", false},
                      AddressCase{"Nat64Public", "64:ff9b::93.184.216.34", true},
                      AddressCase{"Nat64Local", "64:ff9b:1::93.184.216.34", false},
                      AddressCase{"SixToFourPrivate", "2002:c0a8:101::1", false},
                      AddressCase{"SixToFourPublic", "2002:5db8:d822::1", true}),
    [](const auto &info) { return std::string(info.param.name); });

TEST(PublicAddress, TheFirstNonPublicOneIsNamed)
{
    const QList<QHostAddress> mixed{QHostAddress(QStringLiteral("93.184.216.34")), QHostAddress(QStringLiteral("10.0.0.1"))};
    EXPECT_EQ(firstNonPublic(mixed), QHostAddress(QStringLiteral("10.0.0.1")));
    EXPECT_TRUE(firstNonPublic({QHostAddress(QStringLiteral("93.184.216.34"))}).isNull());
}

} // namespace
