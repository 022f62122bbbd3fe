#pragma once

#include "core/model/MigrationSnapshot.h"

#include <QString>
#include <QStringList>

namespace passerelle::ui {

// What the server diagram shows, derived from one snapshot: which server hosts which account, each
// server's version, and the account on the move. Kept apart from the painting so that the picture
// and its accessible description say the same thing.
struct DiagramScene
{
    enum class Direction { None, ToTransit, ToClient };

    QStringList clientAccounts;
    QStringList transitAccounts;
    bool clientNewVersion = false; // the client server runs the new version once reinstalled
    bool transitExists = false; // crossed out until support starts installing it
    QString movingAccount;
    Direction direction = Direction::None;
    QString clientState; // e.g. "reinstalling"; empty when nothing to add
    QString transitState; // e.g. "installing, files pre-copied: 45 %"

    static DiagramScene fromSnapshot(const MigrationSnapshot &snapshot);
    // One paragraph a screen reader can read instead of the picture.
    QString description() const;
    bool operator==(const DiagramScene &) const = default;
};

} // namespace passerelle::ui
