#pragma once

#include <QRect>

class QSettings;
class QWidget;

namespace passerelle::ui {

// The window's size and position, remembered between runs (never a secret), and never larger
// than the screen it opens on: a laptop's 1366x768 must show Back and Next.
void restorePlacement(QWidget *window, QSettings *settings, const QRect &available);
void savePlacement(const QWidget *window, QSettings *settings);

} // namespace passerelle::ui
