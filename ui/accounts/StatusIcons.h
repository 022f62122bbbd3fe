#pragma once

#include "core/model/AccountRecord.h"
#include "core/session/SiteWatch.h"

#include <QHash>
#include <QIcon>

namespace passerelle::ui {

// Small painted icons for account statuses: each kind has its own shape (dots, tick, cross,
// circle, exclamation mark), so that the status never relies on colour alone.
class StatusIcons
{
public:
    enum class Kind { Waiting, Running, Succeeded, Failed, Changed };

    static Kind kindOf(AccountStatus status);
    static Kind kindOf(SitesState state);
    const QIcon &icon(AccountStatus status) const { return icon(kindOf(status)); }
    const QIcon &icon(SitesState state) const { return icon(kindOf(state)); }
    const QIcon &icon(Kind kind) const;

private:
    static QIcon paint(Kind kind);

    mutable QHash<int, QIcon> m_cache;
};

} // namespace passerelle::ui
