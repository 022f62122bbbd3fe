#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace passerelle {

// The categories of the activity log, as the journal stores them, and their names for people:
// the activity window and the exported report must call each one the same.
class ActivityCategory
{
    Q_DECLARE_TR_FUNCTIONS(ActivityCategory)

public:
    static QString action() { return QStringLiteral("action"); } // an action sent to the provider
    static QString answer() { return QStringLiteral("answer"); } // the provider's answer to it
    static QString state() { return QStringLiteral("state"); } // a step or an account changed
    static QString support() { return QStringLiteral("support"); } // a request to support
    static QString fact() { return QStringLiteral("fact"); } // something the customer ticked or chose
    static QString error() { return QStringLiteral("error"); }

    // Every category, in the order a filter lists them.
    static QStringList all();
    // "Action", "Your answer"...: translated; an unknown category is shown as stored.
    static QString displayName(const QString &category);
};

} // namespace passerelle
