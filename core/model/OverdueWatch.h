#pragma once

#include <QDateTime>

#include <algorithm>

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

    // An operation still running long after its estimated end is past any honest estimate: the
    // provider may have lost track of it. Waiting stops at twice the estimate (from the time it was
    // accepted) plus this margin; the action goes on at the provider, and `status` reads it later.
    static constexpr qint64 kOverrunMarginSeconds = 10 * 60;

    static QDateTime stopWaitingAt(const QDateTime &acceptedAt, const QDateTime &estimatedEnd)
    {
        const qint64 estimate = std::max<qint64>(0, acceptedAt.secsTo(estimatedEnd));
        return acceptedAt.addSecs(2 * estimate + kOverrunMarginSeconds);
    }
    static bool runsTooLong(const QDateTime &acceptedAt, const QDateTime &estimatedEnd, const QDateTime &now)
    {
        return now >= stopWaitingAt(acceptedAt, estimatedEnd);
    }

private:
    int m_failedPastEnd = 0;
};

} // namespace passerelle
