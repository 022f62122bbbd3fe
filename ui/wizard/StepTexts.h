#pragma once

#include "core/model/Step.h"

#include <QString>

namespace passerelle::ui {

// The words of the step pages' headers (who acts now: core/model/StepHeadline).
namespace steptext {

QString group(Step step); // "Recommended" / "Mandatory"; empty where nobody acts

} // namespace steptext
} // namespace passerelle::ui
