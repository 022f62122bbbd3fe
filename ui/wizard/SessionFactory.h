#pragma once

#include "core/backend/Backend.h"

#include <functional>
#include <memory>

namespace passerelle::ui {

// Opens the backend the connection page asks for: core's openBackend in the application, a
// scriptable provider in tests. The API key only travels through the options (and on to the
// keychain and the request header); the wizard never shows it back.
using SessionFactory = std::function<Expected<std::unique_ptr<Backend>, BackendError>(const BackendOptions &)>;

} // namespace passerelle::ui
