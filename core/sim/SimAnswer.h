#pragma once

#include "core/model/AccountState.h"

#include <QString>

#include <optional>
#include <utility>

namespace passerelle::sim {

// Why the simulated provider said no: the HTTP status it answers with (400, 404, 409, 422) and
// the contract's `detail`; `status` is the account's current status for a 409 on an account.
struct Refusal
{
    int httpStatus = 409;
    QString detail;
    std::optional<AccountStatus> status;
};

// The simulator's typed answer: a value (the 2xx body) or a refusal.
template<typename T> struct SimAnswer
{
    std::optional<T> value;
    Refusal refusal;

    bool ok() const { return value.has_value(); }
    static SimAnswer accept(T result) { return SimAnswer {std::move(result), {}}; }
    static SimAnswer refuse(Refusal why) { return SimAnswer {std::nullopt, std::move(why)}; }
};

} // namespace passerelle::sim
