#pragma once

#include "core/model/AccountRecord.h"
#include "core/model/Expected.h"

#include <QString>

#include <optional>

namespace passerelle::sim {

// Why the simulated provider said no: the HTTP status it answers with (400, 404, 409, 422) and
// the contract's `detail`; `status` is the account's current status for a 409 on an account.
struct Refusal
{
    int httpStatus = 409;
    QString detail;
    std::optional<AccountStatus> status;
};

// The simulator's typed answer: the 2xx body, or a refusal.
template<typename T> using SimAnswer = Expected<T, Refusal>;

} // namespace passerelle::sim
