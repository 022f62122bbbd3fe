#include "core/model/AccountIndex.h"

namespace passerelle {

AccountIndex::AccountIndex(const AccountList &accounts) : m_accounts(accounts)
{
    m_positions.reserve(accounts.size());
    for (qsizetype at = 0; at < accounts.size(); ++at) {
        if (!m_positions.contains(accounts[at].id))
            m_positions.insert(accounts[at].id, at);
    }
}

const AccountRecord *AccountIndex::find(qint64 accountId) const
{
    const auto found = m_positions.constFind(accountId);
    return found == m_positions.cend() ? nullptr : &m_accounts[*found];
}

AccountList AccountIndex::pick(const QList<qint64> &ids) const
{
    AccountList picked;
    picked.reserve(ids.size());
    for (const qint64 id : ids) {
        if (const AccountRecord *account = find(id))
            picked.append(*account);
    }
    return picked;
}

} // namespace passerelle
