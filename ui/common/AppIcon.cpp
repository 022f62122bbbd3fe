#include "ui/common/AppIcon.h"

namespace passerelle::ui {

QIcon applicationIcon()
{
    return QIcon(QStringLiteral(":/icons/") + kDesktopId + QStringLiteral(".svg"));
}

} // namespace passerelle::ui
