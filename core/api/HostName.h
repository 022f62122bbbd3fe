#pragma once

#include <QString>

namespace passerelle {

// Whether `text` is a plausible host name to probe: DNS labels (letters, digits, '-', '_', or an
// international name), dot-separated, nothing else. No scheme, port, path, user name or password:
// a site's address must never smuggle a credential or another scheme into the site checks.
bool isPlausibleHostName(const QString &text);

} // namespace passerelle
