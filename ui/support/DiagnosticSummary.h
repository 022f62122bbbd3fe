#pragma once

#include <QString>

namespace passerelle {
class MigrationSession;
}

namespace passerelle::ui {

// Support mode: a redacted text for a support ticket — app version, migration, step,
// servers, every account's state, the last errors and the journal's tail. E-mail addresses are
// masked; the API key is never in the session, so it cannot be here.
QString diagnosticSummary(const MigrationSession &session, const QString &appVersion);
// "j***@example.com": keeps the first letter and the domain.
QString maskEmails(const QString &text);

} // namespace passerelle::ui
