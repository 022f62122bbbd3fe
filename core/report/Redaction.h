#pragma once

#include <QString>

namespace passerelle {

class LogScrubber;

namespace report {

// Every text that goes into a report passes here (docs/contract.md, "A careful client": never show a key or an
// Authorization header): the LogScrubber's credential patterns (and its registered secrets when
// one is given), then e-mail addresses masked, as in support mode.
QString redact(const QString &text, const LogScrubber *scrubber = nullptr);

} // namespace report
} // namespace passerelle
