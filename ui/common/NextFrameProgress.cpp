#include "ui/common/NextFrameProgress.h"

#include <QProgressBar>

namespace passerelle::ui {

void setValueForNextFrame(QProgressBar &bar, int value)
{
    if (bar.value() == value)
        return;
    const bool enabled = bar.updatesEnabled();
    bar.setUpdatesEnabled(false);
    bar.setValue(value);
    bar.setUpdatesEnabled(enabled); // schedules the bar's paint with the rest of the frame
}

} // namespace passerelle::ui
