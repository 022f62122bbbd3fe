#pragma once

#include "core/model/AccountRecord.h"

#include <QHash>
#include <QIcon>

namespace passerelle::ui {

// Small painted icons for account statuses: each kind has its own shape (dots, tick, cross,
// circle), so that the status never relies on colour alone.
class StatusIcons
{
public:
    enum class Kind { Waiting, Running, Succeeded, Failed };

    static Kind kindOf(AccountStatus status);
    const QIcon &icon(AccountStatus status) const;

private:
    static QIcon paint(Kind kind);

    mutable QHash<int, QIcon> m_cache;
};

} // namespace passerelle::ui
