// Qt's own strings (dialog buttons, file dialogs) read French next to Passerelle's: the catalogue
// from QLibraryInfo::TranslationsPath, installed by Debian's qt6-translations-l10n.

#include "translations/TranslationInstaller.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QTranslator>
#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

namespace {

TEST(QtCatalogue, DialogButtonsReadFrenchUnderAFrenchLocale)
{
    QObject owner;
    ASSERT_TRUE(passerelle::i18n::installTranslations(QLocale(QLocale::French, QLocale::France), &owner));
    QDialogButtonBox buttons(QDialogButtonBox::Cancel | QDialogButtonBox::Yes | QDialogButtonBox::No);
    EXPECT_EQ(buttons.button(QDialogButtonBox::Cancel)->text().remove(u'&'), u"Annuler"_s);
    EXPECT_EQ(buttons.button(QDialogButtonBox::Yes)->text().remove(u'&'), u"Oui"_s);
    for (QObject *translator : owner.children())
        QCoreApplication::removeTranslator(static_cast<QTranslator *>(translator));
}

} // namespace
