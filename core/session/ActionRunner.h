#pragma once

#include "core/api/AdminApi.h"
#include "core/journal/JournalStore.h"

#include <QObject>
#include <QSet>

namespace passerelle {

class MigrationSession;

// Sends one account action the careful way: the rules first, then the intent committed to the
// journal, then the POST with its idempotency key. When the answer is lost it reads the account
// back and re-sends only if nothing started, with the same key. At start it resolves the
// intents a previous run left in doubt.
class ActionRunner : public QObject
{
    Q_OBJECT

public:
    ActionRunner(MigrationSession &session, AdminApi *api, JournalStore *journal);

    void start(qint64 accountId, AccountAction action);
    void resolveInDoubt();
    bool isSending(qint64 accountId) const { return m_sending.contains(accountId); }
    bool isSendingAny() const { return !m_sending.isEmpty(); }

private:
    void send(const ActionIntent &intent, bool isResend);
    void onAnswer(const ActionIntent &intent, AccountActionJob *job, bool isResend);
    void reconcile(const ActionIntent &intent, bool afterResend);
    void settle(const ActionIntent &intent, IntentOutcome outcome, const QString &detail);
    void fail(const ActionIntent &intent, const QString &message);

    MigrationSession &m_session;
    AdminApi *m_api;
    JournalStore *m_journal;
    QSet<qint64> m_sending;
};

} // namespace passerelle
