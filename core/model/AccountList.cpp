#include "core/model/AccountList.h"

namespace passerelle {

AccountList::AccountList(std::initializer_list<AccountRecord> records)
{
    reserve(qsizetype(records.size()));
    for (const AccountRecord &record : records)
        append(record);
}

AccountList::AccountList(qsizetype size)
{
    reserve(size);
    for (qsizetype at = 0; at < size; ++at)
        append(AccountRecord());
}

AccountList::AccountList(QList<AccountRecord> &&records)
{
    reserve(records.size());
    for (AccountRecord &record : records)
        append(std::move(record));
    records.clear();
}

AccountList::Block &AccountList::lastBlockWithRoom()
{
    if (m_blocks.isEmpty() || qsizetype(m_blocks.constLast()->records.size()) == kBlockSize) {
        QSharedDataPointer<Block> block(new Block);
        block->records.reserve(kBlockSize);
        m_blocks.append(block);
    }
    return *m_blocks.last(); // copied first if another list shares it
}

void AccountList::append(const AccountRecord &record)
{
    lastBlockWithRoom().records.push_back(record);
    ++m_size;
}

void AccountList::append(AccountRecord &&record)
{
    lastBlockWithRoom().records.push_back(std::move(record));
    ++m_size;
}

void AccountList::append(const AccountList &other)
{
    reserve(m_size + other.m_size);
    for (const AccountRecord &record : other)
        append(record);
}

// Rare (tests and hand-made lists): the blocks after the removed account are built again.
void AccountList::removeAt(qsizetype at)
{
    AccountList rebuilt;
    rebuilt.reserve(m_size - 1);
    const qsizetype keptBlocks = at >> kBlockShift;
    for (qsizetype block = 0; block < keptBlocks; ++block)
        rebuilt.m_blocks.append(m_blocks.at(block));
    rebuilt.m_size = keptBlocks << kBlockShift;
    for (qsizetype from = rebuilt.m_size; from < m_size; ++from) {
        if (from != at)
            rebuilt.append(this->at(from));
    }
    *this = std::move(rebuilt);
}

void AccountList::clear()
{
    m_blocks.clear();
    m_size = 0;
}

bool operator==(const AccountList &a, const AccountList &b)
{
    if (a.m_size != b.m_size)
        return false;
    bool same = true;
    a.visitUnshared(b, [&](qsizetype at) {
        same = a.at(at) == b.at(at);
        return same;
    });
    return same;
}

} // namespace passerelle
