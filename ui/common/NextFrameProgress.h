#pragma once

class QProgressBar;

namespace passerelle::ui {

// Moves a progress bar without painting it now: QProgressBar::setValue repaints at once (it is
// meant for loops that never return to the event loop), which paints every pending region of the
// window inside the caller's event. Here the bar paints with the next frame, like any label.
void setValueForNextFrame(QProgressBar &bar, int value);

} // namespace passerelle::ui
