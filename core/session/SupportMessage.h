#pragma once

#include "core/api/ProviderTypes.h"
#include "core/model/LocalFacts.h"
#include "core/model/MigrationSnapshot.h"

#include <QDateTime>
#include <QString>

namespace passerelle {

// The prepared text of a request to support (server, accounts, sizes, dates), so that the
// customer never has to write it and support gets every fact in one message.
QString composeSupportMessage(SupportTopic topic, const MigrationSnapshot &snapshot, const LocalFacts &facts,
                              const QString &serverName, const QDateTime &now);

} // namespace passerelle
