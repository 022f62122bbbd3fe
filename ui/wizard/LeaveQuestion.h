#pragma once

#include "ui/wizard/Confirmation.h"

#include <optional>

namespace passerelle::ui {

class WizardContext;

// What the customer is asked before leaving: quitting (Esc, Cancel, closing the window) or going
// back to the connection page. A rehearsal is never thrown away silently; a real migration with
// something under way at the provider says what goes on there. Nothing to ask: nullopt.
enum class Leaving { Quit, BackToConnection };
std::optional<ConfirmationRequest> leaveQuestion(WizardContext *context, Leaving leaving);

} // namespace passerelle::ui
