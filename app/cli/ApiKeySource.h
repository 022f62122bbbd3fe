#pragma once

#include <QByteArray>

#include <optional>

namespace passerelle::cli {

// The API key comes from the environment (PASSERELLE_API_KEY) or the system keychain, never from
// the command line (docs/contract.md, "A careful client"). Reading it from the environment also removes it from there,
// so that no child process inherits it.
std::optional<QByteArray> takeKeyFromEnvironment();

} // namespace passerelle::cli
