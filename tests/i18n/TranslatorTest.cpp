#include "core/api/StrictJson.h"
#include "core/model/RuleText.h"
#include "core/model/Step.h"
#include "tests/i18n/FrenchCatalogue.h"

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

namespace passerelle::test {
namespace {

// Loads the compiled French catalogue and checks that the contexts the code asks for at run time
// are the ones lupdate wrote: a mismatch leaves the interface in English without any warning.
using FrenchCatalogue = WithFrenchCatalogue<::testing::Test>;

TEST_F(FrenchCatalogue, DeclaresFrench)
{
    EXPECT_TRUE(m_translator.language().startsWith(u"fr"_s)) << m_translator.language().toStdString();
}

TEST_F(FrenchCatalogue, TranslatesStepTitlesAsTheProviderNamesThem)
{
    EXPECT_EQ(stepTitle(Step::PrepareAccounts), u"Faire les changements nécessaires"_s);
    EXPECT_EQ(stepTitle(Step::RequestTransit), u"Demande du serveur de transit"_s);
    EXPECT_EQ(stepTitle(Step::ClientReinstallation), u"Réinstallation du serveur client"_s);
    EXPECT_EQ(stepTitle(Step::MigrationOver), u"Migration officiellement finie"_s);
}

TEST_F(FrenchCatalogue, TranslatesRuleTexts)
{
    EXPECT_EQ(text::statusName(AccountStatus::Idle), u"au repos"_s);
    EXPECT_EQ(text::actionName(AccountAction::Rollback), u"Retour en arrière"_s);
}

TEST_F(FrenchCatalogue, ChoosesTheFrenchPluralForm)
{
    // French uses the singular for one, the plural from two.
    const QString one = text::accountsLeftToMigrate({u"alpha"_s});
    const QString two = text::accountsLeftToMigrate({u"alpha"_s, u"beta"_s});
    EXPECT_TRUE(one.startsWith(u"1 compte encore à migrer"_s)) << one.toStdString();
    EXPECT_TRUE(two.startsWith(u"2 comptes encore à migrer"_s)) << two.toStdString();
}

TEST_F(FrenchCatalogue, TranslatesProtocolErrors)
{
    const auto parsed = parseJsonBody(QByteArray(), 1024);
    ASSERT_FALSE(parsed.hasValue());
    EXPECT_TRUE(parsed.error().message.contains(u"réponse de l’hébergeur"_s)) << parsed.error().message.toStdString();
}

} // namespace
} // namespace passerelle::test
