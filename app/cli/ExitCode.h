#pragma once

#include "core/api/ApiError.h"

namespace passerelle {
struct BackendError;
}

namespace passerelle::cli {

// passerelle-cli's exit codes (README.md): scripts branch on them, so they never change meaning.
enum class ExitCode {
    Done = 0,
    Failed = 1,
    Usage = 2,
    NotAllowed = 3, // the rules (or the provider) refuse the action now; the reason is printed
    KeyRefused = 4, // no key, or the provider refused it
    Unreachable = 5, // cannot reach the API (or it answers 502, 503, 504 every time)
    // The provider accepted the action, but its state stayed unreadable past the estimated end, or
    // its reads never showed it during the grace: the outcome is unknown; `status` shows it later.
    AcceptedOutcomeUnread = 6,
    // --at: the start time passed longer ago than the grace while waiting (a computer asleep, a
    // clock that jumped): nothing was sent.
    StartMissed = 7,
};

inline int toInt(ExitCode code)
{
    return static_cast<int>(code);
}

// The exit code for an API error that ends a command.
ExitCode exitCodeFor(const ApiError &error);
// The exit code when no backend opened (the journal held by a running wizard, a bad scenario...).
ExitCode exitCodeFor(const BackendError &error);

} // namespace passerelle::cli
