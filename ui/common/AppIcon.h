#pragma once

#include <QIcon>
#include <QLatin1String>

namespace passerelle::ui {

// The application's name on the desktop: the desktop entry, the AppStream id and the icon.
inline constexpr QLatin1String kDesktopId("org.passerelle.Passerelle");

// The hicolor SVG icon that the package installs, compiled in as a resource: the window icon.
QIcon applicationIcon();

} // namespace passerelle::ui
