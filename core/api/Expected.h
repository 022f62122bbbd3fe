#pragma once

#include "core/api/ApiError.h"
#include "core/model/Expected.h"

namespace passerelle {

// A provider's answer: Expected<T> is a value or the ApiError saying why there is none.
template<typename T, typename E = ApiError> class Expected;

} // namespace passerelle
