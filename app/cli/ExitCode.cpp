#include "app/cli/ExitCode.h"

#include "core/backend/Backend.h"

namespace passerelle::cli {

ExitCode exitCodeFor(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::KeyRefused:
        return ExitCode::KeyRefused;
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Tls:
    case ApiError::Kind::Redirect:
        return ExitCode::Unreachable;
    case ApiError::Kind::Server:
        // A gateway or an unavailable service, still so after the retries: the API is out of reach.
        return error.httpStatus == 502 || error.httpStatus == 503 || error.httpStatus == 504 ? ExitCode::Unreachable
                                                                                              : ExitCode::Failed;
    case ApiError::Kind::Conflict:
        return ExitCode::NotAllowed;
    default:
        return ExitCode::Failed;
    }
}

ExitCode exitCodeFor(const BackendError &error)
{
    switch (error.kind) {
    case BackendError::Kind::BadAddress:
        return ExitCode::Usage;
    case BackendError::Kind::NoKey:
        return ExitCode::KeyRefused;
    case BackendError::Kind::JournalInUse:
    case BackendError::Kind::JournalTooNew:
    case BackendError::Kind::JournalUnusable:
    case BackendError::Kind::JournalDamaged:
    case BackendError::Kind::BadScenario:
        break;
    }
    return ExitCode::Failed;
}

} // namespace passerelle::cli
