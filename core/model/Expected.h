#pragma once

#include <utility>
#include <variant>

namespace passerelle {

// The one result type of the engine: a value, or the error saying why there is none. E is the
// error a caller needs to act on: ApiError for the provider's answers (the default, declared in
// core/api/Expected.h), a reason a person can read for the rules (Verdict), a typed error where the
// caller branches on its kind (BackendError, sim::Refusal). See docs/howto.md, "Results".
template<typename T, typename E> class Expected
{
public:
    Expected(T value) : m_data(std::in_place_index<0>, std::move(value)) { }
    Expected(E error) : m_data(std::in_place_index<1>, std::move(error)) { }

    bool hasValue() const { return m_data.index() == 0; }
    explicit operator bool() const { return hasValue(); }
    const T &value() const { return std::get<0>(m_data); }
    T &value() { return std::get<0>(m_data); }
    const E &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, E> m_data;
};

// Success carries nothing: "done", or the error.
template<typename E> class Expected<void, E>
{
public:
    Expected() = default;
    Expected(E error) : m_error(std::move(error)), m_failed(true) { }

    bool hasValue() const { return !m_failed; }
    explicit operator bool() const { return hasValue(); }
    const E &error() const { return m_error; }

    friend bool operator==(const Expected &, const Expected &) = default;

private:
    E m_error {};
    bool m_failed = false;
};

} // namespace passerelle
