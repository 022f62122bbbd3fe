#include "ui/diagram/DiagramScene.h"

#include "core/model/Format.h"

#include "core/model/ProcessRules.h"
#include "core/model/RuleText.h"
#include "core/model/TrContext.h"

namespace passerelle::ui {
namespace {

PASSERELLE_TR_CONTEXT(DiagramSceneText);

QString transitStateText(const TransitServer &transit)
{
    switch (transit.status) {
    case TransitStatus::Installing:
        return DiagramSceneText::tr("installing, files and mail pre-copied: %1")
            .arg(format::percent(transit.precopyPercent));
    case TransitStatus::Ready:
        return QString();
    default:
        return text::transitStatusName(transit.status);
    }
}

QString clientStateText(ClientServerStatus status)
{
    return status == ClientServerStatus::Original ? QString() : text::clientServerStatusName(status);
}

QString serverSentence(const QString &server, bool newVersion, const QStringList &accounts)
{
    const QString version = newVersion ? DiagramSceneText::tr("new version") : DiagramSceneText::tr("old version");
    if (accounts.isEmpty())
        return DiagramSceneText::tr("%1, %2, hosts no account.").arg(server, version);
    return DiagramSceneText::tr("%1, %2, hosts %n account(s): %3.", nullptr, static_cast<int>(accounts.size()))
        .arg(server, version, text::shortList(accounts));
}

} // namespace

DiagramScene DiagramScene::fromSnapshot(const MigrationSnapshot &snapshot)
{
    DiagramScene scene;
    const MigrationDetail &migration = snapshot.migration;
    scene.clientNewVersion = migration.clientServer.status == ClientServerStatus::Reinstalled;
    // The transit server does not exist until support starts installing it (step 3's drawing).
    switch (migration.transit.status) {
    case TransitStatus::NotRequested:
    case TransitStatus::Requested:
    case TransitStatus::WaitingForServer:
        scene.transitExists = false;
        break;
    default:
        scene.transitExists = true;
        break;
    }
    scene.clientState = clientStateText(migration.clientServer.status);
    scene.transitState = transitStateText(migration.transit);

    const AccountRecord *moving = rules::accountOnTheMove(snapshot);
    for (const AccountRecord &account : snapshot.accounts) {
        if (moving && account.id == moving->id)
            continue;
        (account.location == Location::Client ? scene.clientAccounts : scene.transitAccounts) << account.name;
    }
    if (moving) {
        scene.movingAccount = moving->name;
        scene.direction = moving->status == AccountStatus::Migrating ? Direction::ToTransit : Direction::ToClient;
    }
    return scene;
}

QString DiagramScene::description() const
{
    QStringList parts;
    parts << serverSentence(DiagramSceneText::tr("Client server"), clientNewVersion, clientAccounts);
    if (!clientState.isEmpty())
        parts << DiagramSceneText::tr("Client server: %1.").arg(clientState);
    if (transitExists)
        parts << serverSentence(DiagramSceneText::tr("Transit server"), true, transitAccounts);
    else
        parts << DiagramSceneText::tr("The transit server does not exist yet.");
    if (!transitState.isEmpty())
        parts << DiagramSceneText::tr("Transit server: %1.").arg(transitState);
    if (direction == Direction::ToTransit)
        parts << DiagramSceneText::tr("%1 is moving from the client server to the transit server.").arg(movingAccount);
    else if (direction == Direction::ToClient)
        parts << DiagramSceneText::tr("%1 is moving from the transit server to the client server.").arg(movingAccount);
    return parts.join(u' ');
}

} // namespace passerelle::ui
