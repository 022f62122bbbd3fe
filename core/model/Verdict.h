#pragma once

#include "core/model/Expected.h"

#include <QString>

namespace passerelle {

// The answer to "may I do this now?": yes, or no with the reason a person reads (the error).
using Verdict = Expected<void, QString>;

inline Verdict allow()
{
    return {};
}

inline Verdict deny(const QString &reason)
{
    return Verdict(reason);
}

} // namespace passerelle
