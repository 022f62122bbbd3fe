#pragma once

class QWidget;

namespace passerelle::ui {

// Lays out a hidden widget and everything in it now, as showing it would: Qt keeps a hidden
// widget's move and resize events (and so its children's layouts) until it is shown, which would
// put all of that work into the click that shows it.
void layOutWhileHidden(QWidget *widget);

} // namespace passerelle::ui
