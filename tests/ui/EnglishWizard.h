#pragma once

#include "tests/ui/WizardHarness.h"
#include "ui/wizard/ConnectionPage.h"

#include <QLocale>
#include <QPushButton>
#include <gtest/gtest.h>

namespace passerelle::testing {

// A shown wizard of three accounts in British English (the texts tests compare), on its
// connection page; the locale goes back to the system's after each test.
class EnglishWizard : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        h.wizard->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(h.wizard.get()));
    }
    void TearDown() override { QLocale::setDefault(QLocale::system()); }

    void connectDryRun() { pressSpaceOn(qobject_cast<ui::ConnectionPage *>(h.wizard->currentPage())->dryRunButton()); }

    WizardHarness h {3};
};

} // namespace passerelle::testing
