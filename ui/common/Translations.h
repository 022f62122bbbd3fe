#pragma once

#include <QLocale>
#include <QObject>

namespace passerelle::ui {

// Passerelle's own catalogue (compiled into this library) and Qt's (the wizard's Back/Next/Cancel),
// for `locale`. English needs none. Returns false when Passerelle's catalogue is missing for a
// non-English locale, so that the caller can say so.
bool installTranslations(const QLocale &locale, QObject *owner);

} // namespace passerelle::ui
