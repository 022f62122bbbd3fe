#include "tests/i18n/TsFile.h"

#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

namespace passerelle::test {
namespace {

// French has two plural forms: one for 0 and 1, one for the rest.
constexpr qsizetype kFrenchPluralForms = 2;

class FrenchTranslationFile : public ::testing::Test
{
protected:
    static void SetUpTestSuite() { s_file = readTsFile(QStringLiteral(PASSERELLE_FR_TS)); }

    // Every translated text of a message: the translation, or each plural form.
    static QStringList texts(const TsMessage &message)
    {
        return message.numerus ? message.numerusForms : QStringList{message.translation};
    }

    static std::string where(const TsMessage &message)
    {
        const QString label = message.context + u" / \""_s + message.source + u'"';
        return label.toStdString();
    }

    static TsFile s_file;
};

TsFile FrenchTranslationFile::s_file;

TEST_F(FrenchTranslationFile, ReadsAsFrenchWithMessages)
{
    ASSERT_TRUE(s_file.error.isEmpty()) << s_file.error.toStdString();
    EXPECT_TRUE(s_file.language.startsWith(u"fr"_s)) << s_file.language.toStdString();
    EXPECT_GE(s_file.messages.size(), 100u) << "lupdate found far fewer strings than the sources hold";
}

TEST_F(FrenchTranslationFile, NoMessageIsUnfinishedOrObsolete)
{
    for (const TsMessage &message : s_file.messages)
        EXPECT_TRUE(message.translationType.isEmpty()) << where(message) << " is " << message.translationType.toStdString();
}

TEST_F(FrenchTranslationFile, NoTranslationIsEmpty)
{
    for (const TsMessage &message : s_file.messages) {
        if (message.numerus) {
            EXPECT_EQ(message.numerusForms.size(), kFrenchPluralForms) << where(message);
        }
        for (const QString &text : texts(message))
            EXPECT_FALSE(text.trimmed().isEmpty()) << where(message);
    }
}

TEST_F(FrenchTranslationFile, EveryMessageWithCountIsPlural)
{
    // A %n message that is not numerus means lupdate did not see the count: tr() was called wrongly.
    for (const TsMessage &message : s_file.messages) {
        if (placeholders(message.source).contains(u"%n"_s)) {
            EXPECT_TRUE(message.numerus) << where(message);
        }
    }
}

TEST_F(FrenchTranslationFile, PlaceholdersMatchTheSource)
{
    for (const TsMessage &message : s_file.messages) {
        const QStringList expected = placeholders(message.source);
        for (const QString &text : texts(message))
            EXPECT_EQ(placeholders(text), expected) << where(message) << " -> \"" << text.toStdString() << '"';
    }
}

TEST_F(FrenchTranslationFile, FollowsFrenchTypography)
{
    // A non-breaking space goes before : ; ? ! » and after «, so the sign never starts a line.
    static const QStringList wrongSpacing {u" :"_s, u" ;"_s, u" ?"_s, u" !"_s, u" »"_s, u"« "_s};
    for (const TsMessage &message : s_file.messages) {
        for (const QString &text : texts(message)) {
            for (const QString &wrong : wrongSpacing)
                EXPECT_FALSE(text.contains(wrong)) << where(message) << " has \"" << wrong.toStdString() << '"';
            if (message.source.contains(QChar(0x2026))) {
                EXPECT_TRUE(text.contains(QChar(0x2026))) << where(message) << " lost its ellipsis";
            }
        }
    }
}

// One apostrophe throughout, the typographic one (’), and the register of the rest of the text:
// "courriel", never the informal "mail".
TEST_F(FrenchTranslationFile, UsesTheTypographicApostropheAndSaysCourriel)
{
    const QRegularExpression informalMail(u"(?<![-\\w])mails?\\b"_s, QRegularExpression::CaseInsensitiveOption);
    for (const TsMessage &message : s_file.messages) {
        for (const QString &text : texts(message)) {
            EXPECT_FALSE(text.contains(u'\'')) << where(message) << " has a straight apostrophe: " << text.toStdString();
            EXPECT_FALSE(text.contains(informalMail)) << where(message) << " says \"mail\": " << text.toStdString();
        }
    }
}

TEST(Placeholders, FindsEveryKindAsAMultiset)
{
    EXPECT_EQ(placeholders(u"%2 of %1, %L3, %n and %1 again at 100% (%10)"_s),
              (QStringList {u"%1"_s, u"%1"_s, u"%10"_s, u"%2"_s, u"%L3"_s, u"%n"_s}));
    EXPECT_TRUE(placeholders(u"no placeholder, 50% off"_s).isEmpty());
}

} // namespace
} // namespace passerelle::test
