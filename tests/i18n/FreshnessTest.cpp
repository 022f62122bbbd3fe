#include "tests/i18n/TsFile.h"

#include <QProcess>
#include <QSet>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

namespace passerelle::test {
namespace {

using MessageKeys = QSet<QString>;

QString keyOf(const TsMessage &message)
{
    return message.context + u" / \""_s + message.source + u'"';
}

MessageKeys keysOf(const TsFile &file, bool pluralOnly)
{
    MessageKeys keys;
    for (const TsMessage &message : file.messages) {
        if (!pluralOnly || message.numerus)
            keys.insert(keyOf(message));
    }
    return keys;
}

std::string listed(const MessageKeys &keys)
{
    QStringList sorted(keys.cbegin(), keys.cend());
    sorted.sort();
    return sorted.join(u'\n').toStdString();
}

// Runs lupdate as update_translations does (same sources, include path and options) into a
// temporary file: a source string without entry, or an entry without source, means a stale .ts.
class TranslationFreshness : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        QTemporaryDir dir;
        ASSERT_TRUE(dir.isValid());
        const QString fresh = dir.filePath(u"passerelle_fr.ts"_s);
        QProcess lupdate;
        lupdate.start(QStringLiteral(PASSERELLE_LUPDATE),
                      {u"-I"_s, QStringLiteral(PASSERELLE_SOURCE_ROOT),
                       u"@"_s + QStringLiteral(PASSERELLE_LUPDATE_SOURCES), u"-no-obsolete"_s, u"-locations"_s,
                       u"none"_s, u"-ts"_s, fresh});
        ASSERT_TRUE(lupdate.waitForFinished(120000)) << "lupdate did not finish";
        ASSERT_EQ(lupdate.exitCode(), 0) << lupdate.readAllStandardError().toStdString();
        const TsFile file = readTsFile(fresh);
        ASSERT_TRUE(file.error.isEmpty()) << file.error.toStdString();
        s_fresh = file;
    }

    static void expectSameKeys(const MessageKeys &fromSources, const MessageKeys &committed, const char *ts)
    {
        EXPECT_TRUE((fromSources - committed).isEmpty())
            << "source strings without entry in " << ts << " (run update_translations):\n"
            << listed(fromSources - committed);
        EXPECT_TRUE((committed - fromSources).isEmpty())
            << "entries of " << ts << " no source string has any more:\n" << listed(committed - fromSources);
    }

    static TsFile s_fresh;
};

TsFile TranslationFreshness::s_fresh;

TEST_F(TranslationFreshness, FindsTheNamespacedContexts)
{
    // Without the include path lupdate writes "ConnectionPage", and the code asks for the full name.
    const MessageKeys keys = keysOf(s_fresh, false);
    ASSERT_GE(keys.size(), 100);
    const bool namespaced = std::any_of(keys.cbegin(), keys.cend(), [](const QString &key) {
        return key.startsWith(u"passerelle::ui::ConnectionPage / "_s);
    });
    EXPECT_TRUE(namespaced) << listed(keys);
}

TEST_F(TranslationFreshness, FrenchFileHasAnEntryForEverySourceStringAndNoOther)
{
    expectSameKeys(keysOf(s_fresh, false), keysOf(readTsFile(QStringLiteral(PASSERELLE_FR_TS)), false),
                   "passerelle_fr.ts");
}

TEST_F(TranslationFreshness, EnglishFileHasAnEntryForEveryPluralSourceStringAndNoOther)
{
    expectSameKeys(keysOf(s_fresh, true), keysOf(readTsFile(QStringLiteral(PASSERELLE_EN_TS)), false),
                   "passerelle_en.ts");
}

} // namespace
} // namespace passerelle::test
