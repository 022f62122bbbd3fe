#pragma once

#include <cctype>
#include <string>

namespace passerelle::testing {

// A readable, valid and unique name for a table row: "Row3_sayhi" (its index, then the letters and
// digits of a hint), so that ctest lists a row by what it checks rather than by its bytes.
inline std::string rowName(std::size_t index, const std::string &hint)
{
    std::string name = "Row" + std::to_string(index);
    std::string cleaned;
    for (const char c : hint) {
        if (std::isalnum(static_cast<unsigned char>(c)))
            cleaned += c;
    }
    return cleaned.empty() ? name : name + '_' + cleaned.substr(0, 32);
}

} // namespace passerelle::testing
