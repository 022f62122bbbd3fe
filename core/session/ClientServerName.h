#pragma once

#include "core/api/Expected.h"
#include "core/api/ProviderTypes.h"

#include <QList>

#include <optional>

namespace passerelle {

// The name of the client server is the name the server list gives to the id the migration names:
// never "the only server listed". A list that was read but does not hold that id contradicts the
// migration, a protocol error (docs/contract.md, "Identities"). An unread list (a provider without
// the endpoint) leaves the name empty: messages then show the id alone.
Expected<QString> clientServerName(const std::optional<QList<ServerInfo>> &servers, qint64 serverId);

} // namespace passerelle
