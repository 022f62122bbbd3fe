#pragma once

#include "core/model/AccountRecord.h"

#include <QList>
#include <QSharedData>
#include <QSharedDataPointer>

#include <algorithm>
#include <compare>
#include <initializer_list>
#include <iterator>
#include <type_traits>
#include <vector>

namespace passerelle {

// The accounts of one read, in the provider's order, with QList's interface. Every poll keeps
// the previous read beside the new one, and an in-process provider answers with its own list: the
// accounts are shared in blocks, copy-on-write, so changing one account copies one block (never
// the whole list of 10,000) and two reads are compared block by block (a shared block holds the
// same accounts). A copy costs what a QList copy costs: nothing until one of them changes.
class AccountList
{
    struct Block : QSharedData
    {
        std::vector<AccountRecord> records;
    };
    static constexpr int kBlockShift = 6;
    static constexpr qsizetype kBlockSize = qsizetype(1) << kBlockShift;

public:
    using value_type = AccountRecord;
    using size_type = qsizetype;
    using difference_type = qsizetype;
    using reference = AccountRecord &;
    using const_reference = const AccountRecord &;

    // By position: a write through a non-const iterator copies only the block it lands in.
    template<bool IsConst>
    class Iterator
    {
        using List = std::conditional_t<IsConst, const AccountList, AccountList>;

    public:
        using iterator_category = std::random_access_iterator_tag;
        using value_type = AccountRecord;
        using difference_type = qsizetype;
        using reference = std::conditional_t<IsConst, const AccountRecord &, AccountRecord &>;
        using pointer = std::conditional_t<IsConst, const AccountRecord *, AccountRecord *>;

        Iterator() = default;
        Iterator(List *list, qsizetype at) : m_list(list), m_at(at) { }
        template<bool OtherConst, typename = std::enable_if_t<IsConst && !OtherConst>>
        Iterator(const Iterator<OtherConst> &other) : m_list(other.m_list), m_at(other.m_at)
        { }

        reference operator*() const { return (*m_list)[m_at]; }
        pointer operator->() const { return &(*m_list)[m_at]; }
        reference operator[](qsizetype offset) const { return (*m_list)[m_at + offset]; }
        Iterator &operator++() { ++m_at; return *this; }
        Iterator operator++(int) { Iterator was = *this; ++m_at; return was; }
        Iterator &operator--() { --m_at; return *this; }
        Iterator operator--(int) { Iterator was = *this; --m_at; return was; }
        Iterator &operator+=(qsizetype offset) { m_at += offset; return *this; }
        Iterator &operator-=(qsizetype offset) { m_at -= offset; return *this; }
        friend Iterator operator+(Iterator it, qsizetype offset) { return it += offset; }
        friend Iterator operator+(qsizetype offset, Iterator it) { return it += offset; }
        friend Iterator operator-(Iterator it, qsizetype offset) { return it -= offset; }
        friend qsizetype operator-(const Iterator &a, const Iterator &b) { return a.m_at - b.m_at; }
        friend bool operator==(const Iterator &a, const Iterator &b) { return a.m_at == b.m_at; }
        friend std::strong_ordering operator<=>(const Iterator &a, const Iterator &b) { return a.m_at <=> b.m_at; }

    private:
        template<bool> friend class Iterator;
        List *m_list = nullptr;
        qsizetype m_at = 0;
    };
    using iterator = Iterator<false>;
    using const_iterator = Iterator<true>;

    AccountList() = default;
    AccountList(std::initializer_list<AccountRecord> records);
    // `size` default accounts, as QList(size).
    explicit AccountList(qsizetype size);
    // A whole list read at once (a REST answer): the records are moved, not copied.
    explicit AccountList(QList<AccountRecord> &&records);

    qsizetype size() const { return m_size; }
    qsizetype count() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    bool empty() const { return m_size == 0; }

    const AccountRecord &at(qsizetype at) const { return m_blocks.at(at >> kBlockShift)->records[at & (kBlockSize - 1)]; }
    const AccountRecord &operator[](qsizetype at) const { return this->at(at); }
    // Copies the account's block first if another list shares it.
    AccountRecord &operator[](qsizetype at) { return m_blocks[at >> kBlockShift]->records[at & (kBlockSize - 1)]; }
    const AccountRecord &constFirst() const { return at(0); }
    const AccountRecord &constLast() const { return at(m_size - 1); }
    const AccountRecord &first() const { return at(0); }
    const AccountRecord &last() const { return at(m_size - 1); }
    AccountRecord &first() { return (*this)[0]; }
    AccountRecord &last() { return (*this)[m_size - 1]; }
    const AccountRecord &front() const { return first(); }
    const AccountRecord &back() const { return last(); }

    void reserve(qsizetype size) { m_blocks.reserve((size + kBlockSize - 1) >> kBlockShift); }
    void append(const AccountRecord &record);
    void append(AccountRecord &&record);
    void append(const AccountList &other);
    void push_back(const AccountRecord &record) { append(record); }
    void replace(qsizetype at, const AccountRecord &record) { (*this)[at] = record; }
    void removeAt(qsizetype at);
    void clear();
    AccountList &operator<<(const AccountRecord &record) { append(record); return *this; }
    AccountList &operator+=(const AccountRecord &record) { append(record); return *this; }
    AccountList &operator+=(const AccountList &other) { append(other); return *this; }

    const_iterator begin() const { return {this, 0}; }
    const_iterator end() const { return {this, m_size}; }
    const_iterator cbegin() const { return begin(); }
    const_iterator cend() const { return end(); }
    const_iterator constBegin() const { return begin(); }
    const_iterator constEnd() const { return end(); }
    iterator begin() { return {this, 0}; }
    iterator end() { return {this, m_size}; }

    // The same list: a copy of it that neither changed since (so the same accounts).
    bool isSharedWith(const AccountList &other) const
    {
        return m_size == other.m_size && m_blocks.isSharedWith(other.m_blocks);
    }
    // For two lists of the same size: `visit(at)` for each position of the blocks they do not share,
    // in order, while it returns true. A position it skips holds the same account in both.
    template<typename Visit>
    void visitUnshared(const AccountList &other, Visit visit) const
    {
        if (isSharedWith(other))
            return;
        for (qsizetype block = 0; block < m_blocks.size() && block < other.m_blocks.size(); ++block) {
            if (m_blocks.at(block) == other.m_blocks.at(block))
                continue;
            const qsizetype end = std::min(m_size, (block + 1) << kBlockShift);
            for (qsizetype at = block << kBlockShift; at < end; ++at) {
                if (!visit(at))
                    return;
            }
        }
    }

    QList<AccountRecord> toList() const { return QList<AccountRecord>(begin(), end()); }

    friend bool operator==(const AccountList &a, const AccountList &b);

private:
    Block &lastBlockWithRoom();

    QList<QSharedDataPointer<Block>> m_blocks; // every block full but the last
    qsizetype m_size = 0;
};

} // namespace passerelle
