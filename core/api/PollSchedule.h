#pragma once

#include "core/model/MigrationSnapshot.h"

#include <QDateTime>

#include <chrono>

namespace passerelle::poll {

// How long to wait before the next poll (docs/contract.md, "Reads": one poll is
// GET /v1/migration/{id}/ plus GET /v1/migration/{id}/account/, never one request per account).
// Fast while an operation runs, slower in normal steps, slow while support works for hours.
std::chrono::seconds nextInterval(const MigrationSnapshot &snapshot, const QDateTime &now);

inline constexpr std::chrono::seconds kOperationEndingSoon {2};
inline constexpr std::chrono::seconds kOperationRunning {5};
inline constexpr std::chrono::seconds kTransitInstalling {60};
inline constexpr std::chrono::seconds kNormal {30};
inline constexpr std::chrono::seconds kWaitingOnSupport {5 * 60};

} // namespace passerelle::poll
