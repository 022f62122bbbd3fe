#include "core/session/ClientServerName.h"

#include "core/model/TrContext.h"

using namespace Qt::Literals::StringLiterals;

namespace passerelle {
namespace {

PASSERELLE_TR_CONTEXT(Protocol);

} // namespace

Expected<QString> clientServerName(const std::optional<QList<ServerInfo>> &servers, qint64 serverId)
{
    if (!servers)
        return QString();
    for (const ServerInfo &server : *servers) {
        if (server.id == serverId)
            return server.name;
    }
    return ApiError::protocol(u"server"_s, Protocol::tr("Unexpected answer from the provider: the migration is for "
                                                        "server %1, which is not in your list of servers.")
                                               .arg(serverId));
}

} // namespace passerelle
