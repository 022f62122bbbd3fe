#include "core/model/RuleText.h"
#include "tests/i18n/TsFile.h"

#include <QCoreApplication>
#include <QTranslator>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

namespace passerelle::test {
namespace {

// English is the source language, but "%n account(s)" needs a plural catalogue to read well.
TEST(EnglishPluralFile, HoldsOnlyFinishedPluralMessagesWithTwoForms)
{
    const TsFile file = readTsFile(QStringLiteral(PASSERELLE_EN_TS));
    ASSERT_TRUE(file.error.isEmpty()) << file.error.toStdString();
    EXPECT_TRUE(file.language.startsWith(u"en"_s)) << file.language.toStdString();
    ASSERT_FALSE(file.messages.empty());
    for (const TsMessage &message : file.messages) {
        const std::string where = QString(message.context + u" / "_s + message.source).toStdString();
        EXPECT_TRUE(message.numerus) << where;
        EXPECT_TRUE(message.translationType.isEmpty()) << where << " is " << message.translationType.toStdString();
        ASSERT_EQ(message.numerusForms.size(), 2) << where;
        for (const QString &form : message.numerusForms) {
            EXPECT_EQ(placeholders(form), placeholders(message.source)) << where;
            EXPECT_FALSE(form.contains(u"(s)"_s)) << where << " -> " << form.toStdString();
        }
    }
}

class EnglishCatalogue : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_translator.load(QStringLiteral(PASSERELLE_EN_QM))) << PASSERELLE_EN_QM;
        ASSERT_TRUE(QCoreApplication::installTranslator(&m_translator));
    }
    void TearDown() override { QCoreApplication::removeTranslator(&m_translator); }

    QTranslator m_translator;
};

TEST_F(EnglishCatalogue, ChoosesTheEnglishPluralForm)
{
    const QString one = text::accountsLeftToMigrate({u"alpha"_s});
    const QString two = text::accountsLeftToMigrate({u"alpha"_s, u"beta"_s});
    EXPECT_TRUE(one.startsWith(u"1 account still to migrate"_s)) << one.toStdString();
    EXPECT_TRUE(two.startsWith(u"2 accounts still to migrate"_s)) << two.toStdString();
}

TEST_F(EnglishCatalogue, LeavesZeroInThePlural)
{
    const QString none = QCoreApplication::translate(
        "Rules", "%n account(s) still to move back to the client server: %1.", nullptr, 0);
    EXPECT_TRUE(none.startsWith(u"0 accounts still to move back"_s)) << none.toStdString();
}

} // namespace
} // namespace passerelle::test
