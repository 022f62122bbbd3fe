#include "core/api/StrictJson.h"
#include "core/model/RuleText.h"
#include "core/model/Step.h"

#include <QCoreApplication>
#include <QTranslator>

#include <gtest/gtest.h>

namespace passerelle::test {
namespace {

// Loads the compiled French catalogue and checks that the contexts the code asks for at run time
// are the ones lupdate wrote: a mismatch leaves the interface in English without any warning.
class FrenchCatalogue : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_translator.load(QStringLiteral(PASSERELLE_FR_QM))) << PASSERELLE_FR_QM;
        ASSERT_TRUE(QCoreApplication::installTranslator(&m_translator));
    }
    void TearDown() override { QCoreApplication::removeTranslator(&m_translator); }

    QTranslator m_translator;
};

TEST_F(FrenchCatalogue, DeclaresFrench)
{
    EXPECT_TRUE(m_translator.language().startsWith(QLatin1String("fr"))) << m_translator.language().toStdString();
}

TEST_F(FrenchCatalogue, TranslatesStepTitlesAsTheProviderNamesThem)
{
    EXPECT_EQ(stepTitle(Step::PrepareAccounts), QStringLiteral("Faire les changements nécessaires"));
    EXPECT_EQ(stepTitle(Step::RequestTransit), QStringLiteral("Demande du serveur de transit"));
    EXPECT_EQ(stepTitle(Step::ClientReinstallation), QStringLiteral("Réinstallation du serveur client"));
    EXPECT_EQ(stepTitle(Step::MigrationOver), QStringLiteral("Migration officiellement finie"));
}

TEST_F(FrenchCatalogue, TranslatesRuleTexts)
{
    EXPECT_EQ(text::statusName(AccountStatus::Idle), QStringLiteral("au repos"));
    EXPECT_EQ(text::actionName(AccountAction::Rollback), QStringLiteral("Retour en arrière"));
}

TEST_F(FrenchCatalogue, ChoosesTheFrenchPluralForm)
{
    // French uses the singular for one, the plural from two.
    const QString one = text::accountsLeftToMigrate({QStringLiteral("alpha")});
    const QString two = text::accountsLeftToMigrate({QStringLiteral("alpha"), QStringLiteral("beta")});
    EXPECT_TRUE(one.startsWith(QStringLiteral("1 compte encore à migrer"))) << one.toStdString();
    EXPECT_TRUE(two.startsWith(QStringLiteral("2 comptes encore à migrer"))) << two.toStdString();
}

TEST_F(FrenchCatalogue, TranslatesProtocolErrors)
{
    const auto parsed = parseJsonBody(QByteArray(), 1024);
    ASSERT_FALSE(parsed.hasValue());
    EXPECT_TRUE(parsed.error().message.contains(QStringLiteral("réponse de l'hébergeur")))
        << parsed.error().message.toStdString();
}

} // namespace
} // namespace passerelle::test
