#include "core/sites/PublicAddress.h"

#include <array>
#include <optional>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace passerelle::sites {
namespace {

using Subnet = std::pair<const char *, int>;

constexpr std::array<Subnet, 14> kNonPublicIPv4 = {{
    {"0.0.0.0", 8}, // unspecified, "this network"
    {"10.0.0.0", 8},
    {"100.64.0.0", 10}, // shared address space (carrier-grade NAT)
    {"127.0.0.0", 8},
    {"169.254.0.0", 16},
    {"172.16.0.0", 12},
    {"192.168.0.0", 16},
    {"224.0.0.0", 4}, // multicast
    {"240.0.0.0", 4}, // reserved, broadcast
    {"192.0.0.0", 24}, // IETF protocol assignments
    {"192.0.2.0", 24}, // documentation (TEST-NET-1); some networks use it inside
    {"198.18.0.0", 15}, // benchmarking; some networks use it inside
    {"198.51.100.0", 24}, // documentation (TEST-NET-2)
    {"203.0.113.0", 24}, // documentation (TEST-NET-3)
}};

constexpr std::array<Subnet, 9> kNonPublicIPv6 = {{
    {"::", 96}, // unspecified, loopback, the old IPv4-compatible form
    {"64:ff9b:1::", 48}, // NAT64 for a local network
    {"100::", 64}, // discard
    {"2001::", 32}, // Teredo: a tunnel whose far end is hidden in the address
    {"2001:db8::", 32}, // documentation
    {"fe80::", 10},
    {"fec0::", 10}, // the old site-local
    {"fc00::", 7},
    {"ff00::", 8}, // multicast
}};

// Addresses that carry an IPv4 address in them and reach it through a translator: NAT64
// (64:ff9b::/96, the last four bytes) and 6to4 (2002::/16, the four bytes after the prefix).
std::optional<quint32> embeddedIPv4(const QHostAddress &address)
{
    const Q_IPV6ADDR bytes = address.toIPv6Address();
    const auto at = [&bytes](int first) {
        return quint32(bytes[first]) << 24 | quint32(bytes[first + 1]) << 16 | quint32(bytes[first + 2]) << 8
            | quint32(bytes[first + 3]);
    };
    if (address.isInSubnet(QHostAddress(u"64:ff9b::"_s), 96))
        return at(12);
    if (address.isInSubnet(QHostAddress(u"2002::"_s), 16))
        return at(2);
    return std::nullopt;
}

template<size_t N> bool inAny(const QHostAddress &address, const std::array<Subnet, N> &subnets)
{
    for (const auto &[network, length] : subnets) {
        if (address.isInSubnet(QHostAddress(QString::fromLatin1(network)), length))
            return true;
    }
    return false;
}

} // namespace

bool isPublicAddress(const QHostAddress &address)
{
    if (address.isNull())
        return false;
    bool isMappedV4 = false;
    const quint32 v4 = address.toIPv4Address(&isMappedV4); // also reads ::ffff:127.0.0.1
    if (isMappedV4)
        return !inAny(QHostAddress(v4), kNonPublicIPv4);
    if (const std::optional<quint32> inside = embeddedIPv4(address))
        return !inAny(QHostAddress(*inside), kNonPublicIPv4);
    return !inAny(address, kNonPublicIPv6);
}

QHostAddress firstNonPublic(const QList<QHostAddress> &addresses)
{
    for (const QHostAddress &address : addresses) {
        if (!isPublicAddress(address))
            return address;
    }
    return {};
}

} // namespace passerelle::sites
