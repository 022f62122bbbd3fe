#include "ui/wizard/StepTexts.h"

#include "core/model/TrContext.h"

namespace passerelle::ui::steptext {
namespace {

PASSERELLE_TR_CONTEXT(StepTexts);

} // namespace

QString group(Step step)
{
    // The last step asks nothing of anyone: neither mandatory nor recommended.
    if (stepInfo(step).actor == Actor::Nobody)
        return QString();
    return stepInfo(step).mandatory ? StepTexts::tr("Mandatory") : StepTexts::tr("Recommended");
}

} // namespace passerelle::ui::steptext
