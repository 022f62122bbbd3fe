#pragma once

#include "core/api/ApiError.h"

#include <utility>
#include <variant>

namespace passerelle {

// A value or the ApiError saying why there is none.
template<typename T>
class Expected
{
public:
    Expected(T value) : m_data(std::move(value)) {}
    Expected(ApiError error) : m_data(std::move(error)) {}

    bool hasValue() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return hasValue(); }
    const T &value() const { return std::get<T>(m_data); }
    T &value() { return std::get<T>(m_data); }
    const ApiError &error() const { return std::get<ApiError>(m_data); }

private:
    std::variant<T, ApiError> m_data;
};

} // namespace passerelle
