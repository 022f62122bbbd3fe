#pragma once

#include "core/model/AccountRecord.h"

#include <QList>

class QWidget;

namespace passerelle::ui {

class WizardContext;

// Runs what a page's accounts list asks for: migrate and move back are confirmed first (account
// name and estimated downtime), then everything goes to the session, which asks core's rules.
void requestAccountAction(WizardContext *context, QWidget *parent, qint64 accountId, AccountAction action);
// Several accounts one after another (core's queue), confirmed with the total downtime and end.
void requestQueue(WizardContext *context, QWidget *parent, const QList<qint64> &accountIds, AccountAction action);
// "Start at…": asks the time, confirms with the estimated downtime window, then schedules the
// queue in core (kept in the journal). False when nothing was scheduled.
bool requestScheduledQueue(WizardContext *context, QWidget *parent, const QList<qint64> &accountIds,
                           AccountAction action);

} // namespace passerelle::ui
