#pragma once

#include "core/model/Step.h"

#include <QMetaType>
#include <QObject>
#include <QString>

namespace passerelle {

// One desktop notification as core decides it: what happened, and the step the wizard shows
// when the customer clicks it.
struct Notification
{
    enum class Kind {
        OperationDone, // an account operation ended well
        OperationFailed, // an account operation ended badly
        QueueDone, // a queue ended (every account done, failed or cancelled)
        StepDone, // a support step finished (transit ready, reinstall finished, migration over)
        Reminder, // a free period ends within 24 hours
        NeedsYou, // an error or a decision only the customer can make
    };

    Kind kind = Kind::NeedsYou;
    QString title;
    QString body;
    Step targetStep = Step::PrepareAccounts;
    // What it is about: a notification with the same tag replaces the one on screen, and the tag
    // withdraws it once its reason is gone. Empty: stands alone.
    QString tag;
};

// Delivers notifications to the desktop. Implementations live outside core (D-Bus, tray icon);
// core only decides when and what.
class Notifier : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    virtual void show(const Notification &notification) = 0;
    // Takes the notification shown with this tag off the screen, if it is still there (a
    // notifier that cannot does nothing).
    virtual void withdraw(const QString &tag) { Q_UNUSED(tag) }

Q_SIGNALS:
    // The customer clicked a notification: show this step.
    void activated(passerelle::Step step);
};

} // namespace passerelle

Q_DECLARE_METATYPE(passerelle::Notification)
