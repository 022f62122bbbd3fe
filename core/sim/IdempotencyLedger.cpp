#include "core/sim/IdempotencyLedger.h"

namespace passerelle::sim {

IdempotencyLedger::Lookup IdempotencyLedger::find(const QUuid &key, const QString &operation, Answer *firstAnswer) const
{
    const auto found = m_entries.constFind(key);
    if (found == m_entries.cend())
        return Lookup::Unknown;
    if (found->operation != operation)
        return Lookup::OtherOperation;
    if (firstAnswer)
        *firstAnswer = found->answer;
    return Lookup::Replay;
}

void IdempotencyLedger::remember(const QUuid &key, const QString &operation, const Answer &answer)
{
    m_entries.insert(key, Entry {operation, answer});
}

} // namespace passerelle::sim
