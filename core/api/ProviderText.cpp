#include "core/api/ProviderText.h"

namespace passerelle::contract {
namespace {

enum class Treatment { Keep, Space, Drop };

Treatment treatmentOf(char16_t c)
{
    if (c == u'\t' || c == u'\n' || c == u'\r')
        return Treatment::Space;
    if (c < 0x20 || (c >= 0x7F && c <= 0x9F))
        return Treatment::Drop; // C0, DEL, C1 (CSI, OSC... in their 8-bit form)
    // Bidirectional controls: marks (LRM, RLM, ALM), embeddings and overrides, isolates.
    if (c == 0x200E || c == 0x200F || c == 0x061C || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069))
        return Treatment::Drop;
    return Treatment::Keep;
}

} // namespace

QString cleanProviderText(const QString &text)
{
    if (isCleanProviderText(text))
        return text;
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        switch (treatmentOf(c.unicode())) {
        case Treatment::Keep:
            out += c;
            break;
        case Treatment::Space:
            out += u' ';
            break;
        case Treatment::Drop:
            break;
        }
    }
    return out;
}

bool isCleanProviderText(const QString &text)
{
    for (const QChar c : text) {
        if (treatmentOf(c.unicode()) != Treatment::Keep)
            return false;
    }
    return true;
}

} // namespace passerelle::contract
