#include "ui/common/NextFrameProgress.h"

#include <QProgressBar>

namespace passerelle::ui {

void setValueForNextFrame(QProgressBar &bar, int value)
{
    if (bar.value() == value)
        return;
    // Updates already held (QWizard holds them while it switches pages, and a page refreshes when
    // shown): nothing paints now anyway, and restoring "held" afterwards would keep the bar from
    // ever painting again once the wizard lets the page paint.
    if (!bar.updatesEnabled()) {
        bar.setValue(value);
        return;
    }
    bar.setUpdatesEnabled(false);
    bar.setValue(value);
    bar.setUpdatesEnabled(true); // schedules the bar's paint with the rest of the frame
}

} // namespace passerelle::ui
