#pragma once

#include "core/api/ApiError.h"
#include "core/api/HttpOutcome.h"

#include <optional>

namespace passerelle::httperror {

// Which kind of endpoint answered: the mapping of some statuses depends on it.
enum class Endpoint {
    Read, // GET: resources and migration reads
    Action, // POST an account action
    SupportRequest, // POST support_request: 404/405 mean "not offered" (section B)
};

// The typed error for an outcome, or nothing for a 2xx answer whose body is to be parsed.
// docs/contract.md, "Errors" and "A careful client": a POST whose answer was lost is
// OutcomeUnknown, never a plain network error, so that nobody re-sends it blindly.
std::optional<ApiError> errorFor(const HttpOutcome &outcome, Endpoint endpoint);

} // namespace passerelle::httperror
