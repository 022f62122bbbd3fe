#include "core/sites/PublicAddress.h"

#include <array>
#include <utility>

namespace passerelle::sites {
namespace {

using Subnet = std::pair<const char *, int>;

constexpr std::array<Subnet, 10> kNonPublicIPv4 = {{
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
}};

constexpr std::array<Subnet, 5> kNonPublicIPv6 = {{
    {"::", 128}, // unspecified
    {"::1", 128},
    {"fe80::", 10},
    {"fc00::", 7},
    {"ff00::", 8}, // multicast
}};

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
