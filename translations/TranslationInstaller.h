#pragma once

#include <QLocale>
#include <QObject>

namespace passerelle::i18n {

// Passerelle's own catalogue (compiled into passerelle_translations) and Qt's (the wizard's
// Back/Next/Cancel), for `locale`; for English only the plural catalogue ("1 account", "2 accounts").
// Core only, so that the CLI follows the system locale like the wizard. Returns false when
// Passerelle's catalogue is missing, so that the caller can say so.
bool installTranslations(const QLocale &locale, QObject *owner);

} // namespace passerelle::i18n
