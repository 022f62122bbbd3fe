#include "translations/TranslationInstaller.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcI18n, "passerelle.i18n")

namespace passerelle::i18n {
namespace {

const QString kCatalogueDir = u":/i18n"_s;

bool isEnglish(const QLocale &locale)
{
    return locale.language() == QLocale::English || locale.language() == QLocale::C;
}

} // namespace

bool installTranslations(const QLocale &locale, QObject *owner)
{
    auto *own = new QTranslator(owner);
    if (isEnglish(locale)) {
        // The sources are English, but "%n account(s)" needs the English plural catalogue.
        if (!own->load(u"passerelle_en"_s, kCatalogueDir)) {
            qCWarning(lcI18n) << "no English plural catalogue";
            return false;
        }
        QCoreApplication::installTranslator(own);
        return true;
    }
    auto *qt = new QTranslator(owner);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        qCDebug(lcI18n) << "no Qt translation for" << locale.name();
    if (!own->load(locale, u"passerelle"_s, u"_"_s, kCatalogueDir)) {
        qCWarning(lcI18n) << "no Passerelle translation for" << locale.name();
        return false;
    }
    QCoreApplication::installTranslator(own);
    return true;
}

} // namespace passerelle::i18n
