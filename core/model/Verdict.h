#pragma once

#include <QString>

namespace passerelle {

// The answer to "may I do this now?": yes, or no with a reason a person can read.
class Verdict
{
public:
    static Verdict allow() { return Verdict(true, QString()); }
    static Verdict deny(const QString &reason) { return Verdict(false, reason); }

    bool isAllowed() const { return m_allowed; }
    explicit operator bool() const { return m_allowed; }
    const QString &reason() const { return m_reason; }

private:
    Verdict(bool allowed, const QString &reason) : m_allowed(allowed), m_reason(reason) {}

    bool m_allowed;
    QString m_reason;
};

} // namespace passerelle
