#include "core/api/HostName.h"

#include <QUrl>

namespace passerelle {
namespace {

// DNS limits: 63 bytes a label, 253 a name (RFC 1035, without the final dot).
constexpr qsizetype kMaxLabel = 63;
constexpr qsizetype kMaxName = 253;

bool isLabel(const QByteArray &label)
{
    if (label.isEmpty() || label.size() > kMaxLabel || label.front() == '-' || label.back() == '-')
        return false;
    for (const char c : label) {
        const bool ok
            = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
        if (!ok)
            return false;
    }
    return true;
}

} // namespace

bool isPlausibleHostName(const QString &text)
{
    // International names are checked in their ASCII (punycode) form, as they travel in DNS.
    const QByteArray ace = QUrl::toAce(text);
    if (ace.isEmpty() || ace.size() > kMaxName)
        return false;
    for (const QByteArray &label : ace.split('.')) {
        if (!isLabel(label))
            return false;
    }
    return true;
}

} // namespace passerelle
