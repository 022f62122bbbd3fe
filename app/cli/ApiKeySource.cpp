#include "app/cli/ApiKeySource.h"

#include <QtGlobal>

namespace passerelle::cli {

namespace {
constexpr char kVariable[] = "PASSERELLE_API_KEY";
}

std::optional<QByteArray> takeKeyFromEnvironment()
{
    if (!qEnvironmentVariableIsSet(kVariable))
        return std::nullopt;
    const QByteArray key = qgetenv(kVariable).trimmed();
    qunsetenv(kVariable);
    if (key.isEmpty())
        return std::nullopt;
    return key;
}

} // namespace passerelle::cli
