#pragma once

#include "core/model/Step.h"

#include <QString>

namespace passerelle::ui {

// The words of the step pages' headers (who acts now: core/model/StepHeadline).
namespace steptext {

QString group(Step step); // "Recommended" / "Mandatory"

} // namespace steptext
} // namespace passerelle::ui
