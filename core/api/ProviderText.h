#pragma once

#include <QString>

namespace passerelle::contract {

// Text from outside (the provider's names, descriptions, error details; a site's title) ends up on
// a terminal, in widgets, in the report and in a support message. Control characters there could
// clear a screen, move the cursor, set a window title or reorder what is read, so they never pass:
// tab, line feed and carriage return become a space (the words stay apart), every other C0 or C1
// control, DEL, and the bidirectional overrides, embeddings, isolates and marks are removed
// (docs/contract.md, "Text from the provider").
QString cleanProviderText(const QString &text);
// True when cleanProviderText would change nothing.
bool isCleanProviderText(const QString &text);

} // namespace passerelle::contract
