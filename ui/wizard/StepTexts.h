#pragma once

#include "core/model/Step.h"

#include <QString>

namespace passerelle::ui {

// The words of the step pages' headers: who acts now, and what happens next.
namespace steptext {

QString group(Step step); // "Recommended" / "Mandatory"; empty where nobody acts
QString whoActs(Actor actor); // "You act now." / "Support acts now." ...
QString whatNext(Step step);

} // namespace steptext
} // namespace passerelle::ui
