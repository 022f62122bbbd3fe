#pragma once

#include "core/model/Step.h"

namespace passerelle::ui {

// The wizard's page ids: the connection page, then one page per step, numbered as the steps.
enum PageId { ConnectionPageId = 0 };

inline int pageIdFor(Step step)
{
    return static_cast<int>(step);
}

} // namespace passerelle::ui
