// Sorting and filtering the accounts table by raw values, without a QVariant or a translation per row.
#include "ui/accounts/AccountsTableModel.h"

#include "core/model/RuleText.h"

namespace passerelle::ui {

QVariant AccountsTableModel::sortData(const Row &row, int column) const
{
    const AccountRecord &account = row.account;
    switch (column) {
    case Name:
        return row.sortName;
    case Location:
        return static_cast<int>(account.location);
    case Version:
        return static_cast<int>(account.version);
    case Status:
        return static_cast<int>(account.status);
    case DatabaseSize:
        return account.databaseSize;
    case EstimatedDowntime:
        return static_cast<qint64>(row.downtime.count());
    case Sites:
        return static_cast<int>(m_sites.value(account.id, SitesState::NotChecked));
    default:
        return account.id;
    }
}

AccountsTableModel::Search AccountsTableModel::searchFor(const QString &text)
{
    Search search;
    search.text = text;
    const auto bitIf = [&text](const QString &words, auto value) {
        return words.contains(text, Qt::CaseInsensitive) ? quint32(1) << static_cast<int>(value) : 0u;
    };
    for (const passerelle::Location location : {passerelle::Location::Client, passerelle::Location::Transit})
        search.locations |= bitIf(text::locationName(location), location);
    for (const passerelle::Version version : {passerelle::Version::Old, passerelle::Version::New})
        search.versions |= bitIf(text::versionName(version), version);
    for (int s = static_cast<int>(AccountStatus::Idle); s <= static_cast<int>(AccountStatus::Failed); ++s)
        search.statuses |= bitIf(text::statusName(static_cast<AccountStatus>(s)), s);
    return search;
}

bool AccountsTableModel::matches(int row, const Search &search) const
{
    const AccountRecord &account = m_rows[row].account;
    const auto has = [](quint32 bits, auto value) { return (bits >> static_cast<int>(value)) & 1u; };
    // A scheduled account is found by the words it shows ("scheduled for …"), not as idle.
    const bool statusMatches = isScheduled(account) ? m_scheduledText.contains(search.text, Qt::CaseInsensitive)
                                                    : has(search.statuses, account.status);
    return statusMatches || has(search.locations, account.location) || has(search.versions, account.version)
        || account.name.contains(search.text, Qt::CaseInsensitive);
}

bool AccountsTableModel::lessThan(int leftRow, int rightRow, int column) const
{
    const Row &left = m_rows[leftRow];
    const Row &right = m_rows[rightRow];
    const AccountRecord &a = left.account;
    const AccountRecord &b = right.account;
    switch (column) {
    case Name:
        return left.sortName < right.sortName;
    case Location:
        return a.location < b.location;
    case Version:
        return a.version < b.version;
    case Status:
        return a.status < b.status;
    case DatabaseSize:
        return a.databaseSize < b.databaseSize;
    case EstimatedDowntime:
        return left.downtime < right.downtime;
    default:
        return a.id < b.id;
    }
}

} // namespace passerelle::ui
