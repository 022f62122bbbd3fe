#pragma once

#include "core/api/ProviderTypes.h"
#include "core/model/AccountRecord.h"

#include <QHash>
#include <QString>
#include <QUuid>

#include <variant>

namespace passerelle::sim {

// The simulator's memory of Idempotency-Keys (docs/contract.md, "Actions"): a key sent again for the
// same operation gets the first answer and starts nothing; for another operation it is a 422.
// Only accepted requests are remembered: a refused one changed nothing, so sending it again with
// the same key simply asks again.
class IdempotencyLedger
{
public:
    using Answer = std::variant<AccountRecord, SupportTicket>;
    enum class Lookup { Unknown, Replay, OtherOperation };

    // `operation` identifies what the key was used for ("migrate 7/301").
    Lookup find(const QUuid &key, const QString &operation, Answer *firstAnswer) const;
    void remember(const QUuid &key, const QString &operation, const Answer &answer);

private:
    struct Entry
    {
        QString operation;
        Answer answer;
    };
    QHash<QUuid, Entry> m_entries;
};

} // namespace passerelle::sim
