#pragma once

namespace passerelle::simhttp {

// Qt's own HTTP server categories can print whole requests, Authorization header included, when
// their debug output is switched on. This keeps them off whatever QT_LOGGING_RULES says:
// the key never reaches a log (docs/contract.md, "A careful client").
void keepCredentialsOutOfLogs();

} // namespace passerelle::simhttp
