#include "ui/common/Translations.h"

#include "ui/common/UiLog.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace passerelle::ui {

bool installTranslations(const QLocale &locale, QObject *owner)
{
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return true;
    auto *qt = new QTranslator(owner);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        qCInfo(lcUi) << "no Qt translation for" << locale.name();
    auto *own = new QTranslator(owner);
    if (!own->load(locale, QStringLiteral("passerelle"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        qCWarning(lcUi) << "no Passerelle translation for" << locale.name();
        return false;
    }
    QCoreApplication::installTranslator(own);
    return true;
}

} // namespace passerelle::ui
