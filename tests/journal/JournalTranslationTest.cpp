#include "core/journal/JournalLock.h"
#include "core/journal/SqliteJournal.h"
#include "tests/journal/JournalTestSupport.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTranslator>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace passerelle;

namespace {

// The refusals the user reads at start come out in French with the French catalogue installed.
class JournalInFrench : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_translator.load(QString::fromUtf8(PASSERELLE_FR_QM)));
        ASSERT_TRUE(QCoreApplication::installTranslator(&m_translator));
    }
    void TearDown() override { QCoreApplication::removeTranslator(&m_translator); }

    QTranslator m_translator;
    QTemporaryDir m_dir;
};

TEST_F(JournalInFrench, NewerSchemaRefusal)
{
    const QString path = m_dir.filePath(u"journal.sqlite"_s);
    {
        test::RawDatabase raw(path);
        ASSERT_EQ(raw.exec({u"PRAGMA user_version = 99"_s}), QString());
    }
    SqliteJournal journal(path);
    ASSERT_FALSE(journal.open());
    EXPECT_TRUE(journal.lastError().startsWith(u"Le journal "_s)) << qPrintable(journal.lastError());
    EXPECT_TRUE(journal.lastError().contains(u"99"_s));
}

TEST_F(JournalInFrench, SecondInstanceRefusal)
{
    const QString path = m_dir.filePath(u"journal.sqlite"_s);
    JournalLock first(path);
    JournalLock second(path);
    ASSERT_TRUE(first.tryLock());
    ASSERT_FALSE(second.tryLock());
    EXPECT_TRUE(second.errorString().startsWith(
        u"Passerelle est déjà ouvert pour ce journal (pid %1)"_s.arg(QCoreApplication::applicationPid())))
        << qPrintable(second.errorString());
}

} // namespace
