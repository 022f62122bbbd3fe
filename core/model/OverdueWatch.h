#pragma once

#include <QDateTime>

namespace passerelle {

// After the provider accepted an action, its outcome is read from the account list. While those
// reads fail the action still runs at the provider; waiting on them past the operation's
// estimated end gives nothing more. This counts the failed reads in a row past that end, so that
// the CLI stops waiting and the wizard says so, leaving the outcome to a later read.
class OverdueWatch
{
public:
    static constexpr int kPatience = 3;

    // A read failed at `now`. True once kPatience reads in a row failed at or past `estimatedEnd`.
    bool readFailed(const QDateTime &estimatedEnd, const QDateTime &now)
    {
        if (now >= estimatedEnd)
            ++m_failedPastEnd;
        return m_failedPastEnd >= kPatience;
    }
    void readSucceeded() { m_failedPastEnd = 0; }

private:
    int m_failedPastEnd = 0;
};

} // namespace passerelle
