#pragma once

#include "core/api/AdminApi.h"
#include "core/journal/JournalStore.h"
#include "core/model/Clock.h"
#include "core/session/MigrationSession.h"

#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

namespace passerelle::ui {

// What the connection page collects. The key only travels to the factory (and on to the keychain
// and the request header); it is never shown back or logged.
struct ConnectionRequest
{
    QString apiKey;
    QString account; // account name or customer e-mail
    QUrl apiUrl;
    bool dryRun = false;
};

// A session and what it runs on, owned together. Members are destroyed bottom-up: the session
// goes before the API and the journal it uses.
struct ConnectedSession
{
    // The session's clock (the simulator's virtual clock in a dry-run); null: the wizard's own.
    const Clock *clock = nullptr;
    std::unique_ptr<AdminApi> api;
    std::unique_ptr<JournalStore> journal;
    std::unique_ptr<MigrationSession> session;
};

// Built by app/ (it knows the REST client, the simulator, the journal and the keychain). Returns
// nullptr and sets `error` when it cannot build one.
using SessionFactory = std::function<std::unique_ptr<ConnectedSession>(const ConnectionRequest &, QString *error)>;

} // namespace passerelle::ui
