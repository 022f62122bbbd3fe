#include "ui/common/AppIcon.h"

using namespace Qt::Literals::StringLiterals;

namespace passerelle::ui {

QIcon applicationIcon()
{
    return QIcon(u":/icons/"_s + kDesktopId + u".svg"_s);
}

} // namespace passerelle::ui
