#include "core/journal/ActivityCategory.h"

namespace passerelle {

QStringList ActivityCategory::all()
{
    return {action(), answer(), state(), support(), fact(), error()};
}

QString ActivityCategory::displayName(const QString &category)
{
    if (category == action())
        return tr("Action");
    if (category == answer())
        return tr("Answer");
    if (category == state())
        return tr("State change");
    if (category == support())
        return tr("Support");
    if (category == error())
        return tr("Error");
    if (category == fact())
        return tr("Your answer");
    return category;
}

} // namespace passerelle
