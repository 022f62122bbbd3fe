#include "ui/wizard/LeaveQuestion.h"

#include "core/model/MigrationQueue.h"
#include "core/model/TrContext.h"
#include "core/model/UnderWay.h"
#include "core/session/MigrationSession.h"
#include "core/session/QueueRunner.h"
#include "ui/wizard/WizardContext.h"

namespace passerelle::ui {
namespace {

PASSERELLE_TR_CONTEXT(LeaveQuestion);

} // namespace

std::optional<ConfirmationRequest> leaveQuestion(WizardContext *context, Leaving leaving)
{
    MigrationSession *session = context->session();
    if (!session || !session->hasSnapshot())
        return std::nullopt;
    ConfirmationRequest request;
    if (context->isRehearsal()) {
        const bool quitting = leaving == Leaving::Quit;
        request.title
            = quitting ? LeaveQuestion::tr("Leave the rehearsal?") : LeaveQuestion::tr("Start the rehearsal again?");
        request.text = LeaveQuestion::tr("Everything done in this rehearsal is thrown away: the next dry-run starts "
                                         "again from the beginning. Nothing of it ever reached your provider.");
        request.acceptLabel = quitting ? LeaveQuestion::tr("Leave the rehearsal") : LeaveQuestion::tr("Start again");
        return request;
    }
    // Back to the connection page changes nothing at the provider: only quitting is asked about.
    if (leaving != Leaving::Quit)
        return std::nullopt;
    const QueueRunner &queue = session->queue();
    const int queued = queue.isActive() ? queue.plan().pendingCount() : 0;
    request.details = underWay(session->snapshot(), session->inFlight(), queued);
    if (request.details.isEmpty())
        return std::nullopt;
    request.title = LeaveQuestion::tr("Quit while something is under way?");
    request.text = LeaveQuestion::tr("What runs at the provider's side goes on there without Passerelle. Passerelle "
                                     "reads its outcome and picks everything up again at its next start.");
    request.acceptLabel = LeaveQuestion::tr("Quit");
    return request;
}

} // namespace passerelle::ui
