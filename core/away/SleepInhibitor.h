#pragma once

#include <QObject>
#include <QString>

namespace passerelle {

// Asks the desktop not to suspend the computer. Implementations live outside core (the desktop
// portal, logind); core decides when (KeepAwake).
class SleepInhibitor : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Released, // not asked, or given back
        Asking, // the request is on its way
        Held, // the desktop keeps the computer awake
        Unavailable, // no service answered: the computer may sleep
    };
    Q_ENUM(State)

    using QObject::QObject;
    // Idempotent: a second call while held or asking changes nothing.
    virtual void inhibit(const QString &reason) = 0;
    // Gives the inhibition back at once (also while the request is still on its way).
    virtual void release() = 0;
    virtual State state() const = 0;

Q_SIGNALS:
    void stateChanged(passerelle::SleepInhibitor::State state);
};

} // namespace passerelle
