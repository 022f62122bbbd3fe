#include "ui/wizard/LeaveQuestion.h"

#include "core/model/Format.h"
#include "core/model/MigrationQueue.h"
#include "core/model/TrContext.h"
#include "core/model/UnderWay.h"
#include "core/session/MigrationSession.h"
#include "core/session/QueueRunner.h"
#include "core/session/QueueSchedule.h"
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
    // A queue set for later starts only while Passerelle is open: closing it is a choice to ask.
    const std::optional<ScheduledQueue> &scheduled = session->schedule().pending();
    if (scheduled)
        request.details << LeaveQuestion::tr("A queue of %n account(s) set to start at %1.", nullptr,
                                             int(scheduled->accountIds.size()))
                               .arg(format::dateTime(scheduled->startAt));
    if (request.details.isEmpty())
        return std::nullopt;
    request.title = LeaveQuestion::tr("Quit while something is under way?");
    request.text = LeaveQuestion::tr("What runs at the provider's side goes on there without Passerelle. Passerelle "
                                     "reads its outcome and picks everything up again at its next start.");
    if (scheduled)
        request.text += u' '
            + LeaveQuestion::tr("A queue set for later starts only while Passerelle is open: if it is closed at "
                                "that time, the queue starts when Passerelle is opened again within the hour, or is "
                                "said missed.");
    request.acceptLabel = LeaveQuestion::tr("Quit");
    return request;
}

} // namespace passerelle::ui
