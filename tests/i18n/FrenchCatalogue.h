#pragma once

#include <QCoreApplication>
#include <QTranslator>

#include <gtest/gtest.h>

namespace passerelle::test {

// A test fixture (`Base`: a gtest Test or TestWithParam) that loads the compiled French catalogue
// for each test, as the programs load it for a French locale.
template<typename Base> class WithFrenchCatalogue : public Base
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

} // namespace passerelle::test
