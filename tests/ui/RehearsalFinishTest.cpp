// Fit and finish of the rehearsal: the marker on every page, the laptop screen, the keyboard,
// support mode, the remembered window and connection, the About box.

#include "core/api/ApiContract.h"
#include "tests/ui/WizardHarness.h"
#include "translations/TranslationInstaller.h"
#include "ui/accounts/AccountsPanel.h"
#include "ui/accounts/AccountsTableModel.h"
#include "ui/accounts/AccountsView.h"
#include "ui/accounts/ActionButtonsDelegate.h"
#include "ui/wizard/AboutBox.h"
#include "ui/wizard/ConnectionPage.h"
#include "ui/wizard/MigrateAccountsPage.h"
#include "ui/wizard/PageIds.h"
#include "ui/wizard/StepPage.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTranslator>
#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

using namespace passerelle;
using namespace passerelle::testing;
using namespace passerelle::ui;

namespace {

void startRehearsal(WizardHarness &h)
{
    auto *connection = qobject_cast<ConnectionPage *>(h.wizard->page(ConnectionPageId));
    connection->dryRunButton()->setFocus();
    QTest::keyClick(connection->dryRunButton(), Qt::Key_Space);
}

TEST(RehearsalFinish, EveryPageOfARehearsalIsMarkedAlsoInSupportMode)
{
    WizardHarness h(3, TransitStatus::Ready);
    h.wizard->show();
    EXPECT_FALSE(h.wizard->windowTitle().contains(u"REHEARSAL"_s));
    startRehearsal(h);
    ASSERT_TRUE(waitForPage(h, Step::MigrateAccounts));
    EXPECT_TRUE(h.wizard->windowTitle().contains(u"REHEARSAL"_s)) << h.wizard->windowTitle().toStdString();
    h.context.setSupportMode(true);
    for (const int id : h.wizard->pageIds()) {
        if (id == ConnectionPageId)
            continue;
        auto *page = qobject_cast<StepPage *>(h.wizard->page(id));
        ASSERT_NE(page, nullptr);
        EXPECT_FALSE(page->rehearsalBanner()->isHidden()) << "step " << id;
        EXPECT_TRUE(page->rehearsalBanner()->text().contains(u"REHEARSAL"_s));
    }
    EXPECT_TRUE(qobject_cast<StepPage *>(h.wizard->currentPage())->rehearsalBanner()->isVisible());
    EXPECT_TRUE(h.wizard->windowTitle().contains(u"REHEARSAL"_s));
}

TEST(RehearsalFinish, AltNReachesNextOnTheSupportStepsAndTabFollowsReadingOrder)
{
    WizardHarness h(3, TransitStatus::Installing);
    h.wizard->show();
    h.wizard->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(h.wizard.get()));
    startRehearsal(h);
    ASSERT_TRUE(waitForPage(h, Step::TransitInstallation));
    h.api->detail.transit.status = TransitStatus::Ready;
    h.api->detail.transit.readyAt = h.clock.now();
    ASSERT_TRUE(h.refreshAndWait([&] { return h.next()->isEnabled(); }));
    QTest::keyClick(h.wizard->currentPage(), Qt::Key_N, Qt::AltModifier);
    ASSERT_TRUE(waitForPage(h, Step::MigrateAccounts)) << "Alt+N is Next's alone";

    auto *page = qobject_cast<MigrateAccountsPage *>(h.wizard->currentPage());
    page->accounts()->filterEdit()->setFocus();
    QTest::keyClick(page->accounts()->filterEdit(), Qt::Key_Tab);
    EXPECT_EQ(QApplication::focusWidget(), page->accounts()->view()) << "the filter, then the table it filters";
}

TEST(RehearsalFinish, SupportModeToggleShowsTheRealStateAndCopyingSaysSo)
{
    WizardHarness h(2, TransitStatus::Ready);
    h.context.setSupportMode(true); // as --support-mode does, after the wizard exists
    auto *toggle = qobject_cast<QPushButton *>(h.wizard->button(QWizard::CustomButton1));
    EXPECT_TRUE(toggle->isChecked());
    h.wizard->show();
    startRehearsal(h);
    ASSERT_TRUE(waitForPage(h, Step::MigrateAccounts));
    // The larger text widens the actions column with it: the buttons stay inside.
    AccountsView *view = qobject_cast<MigrateAccountsPage *>(h.wizard->currentPage())->accounts()->view();
    EXPECT_GE(view->columnWidth(AccountsTableModel::Actions),
              view->actionsDelegate()->buttonsWidth(view->fontMetrics()));
    QAbstractButton *copy = h.wizard->button(QWizard::CustomButton2);
    ASSERT_TRUE(copy->isVisible());
    QApplication::clipboard()->clear();
    QTest::keyClick(copy, Qt::Key_Space);
    EXPECT_FALSE(QApplication::clipboard()->text().isEmpty());
    EXPECT_TRUE(copy->text().contains(u"Copied"_s)) << copy->text().toStdString();
    EXPECT_TRUE(QTest::qWaitFor([copy] { return !copy->text().contains(u"Copied"_s); }, 6000)) << "transient";
}

TEST(RehearsalFinish, AboutBoxFromEveryPageWithVersionLicenceAndTheProviderLinks)
{
    WizardHarness h(2, TransitStatus::Ready);
    h.wizard->show();
    EXPECT_TRUE(QTest::qWaitFor([&h] { return !h.wizard->windowIcon().isNull(); })) << "the icon, after the first paint";
    QAbstractButton *about = h.wizard->button(QWizard::HelpButton);
    ASSERT_TRUE(about->isVisible()) << "on the connection page";
    QTest::keyClick(about, Qt::Key_Space);
    ASSERT_NE(h.wizard->aboutBox(), nullptr);
    const QString text = h.wizard->aboutBox()->text()->text();
    EXPECT_TRUE(text.contains(u"0.1.0-test"_s));
    EXPECT_TRUE(text.contains(u"GPL-3.0-or-later"_s));
    EXPECT_TRUE(text.contains(contract::supportPageUrl()));
    EXPECT_TRUE(text.contains(contract::migrationHelpUrl()));
    h.wizard->aboutBox()->close();
    startRehearsal(h);
    ASSERT_TRUE(waitForPage(h, Step::MigrateAccounts));
    EXPECT_TRUE(about->isVisible()) << "and on every step";
}

TEST(RehearsalFinish, TheWindowRemembersItsPlacementWithinTheScreen)
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"p.ini"_s), QSettings::IniFormat);
    const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
    QSize chosen;
    {
        WizardHarness h(2, TransitStatus::Ready, nullptr, &settings);
        h.wizard->show();
        EXPECT_LE(h.wizard->height(), available.height()) << "never larger than the screen";
        h.wizard->resize(h.wizard->minimumSize().expandedTo(QSize(600, 450)));
        chosen = h.wizard->size();
        h.wizard->close();
    }
    EXPECT_EQ(settings.value(u"window/size"_s).toSize(), chosen);
    WizardHarness again(2, TransitStatus::Ready, nullptr, &settings);
    EXPECT_EQ(again.wizard->size(), chosen.boundedTo(available.size() - QSize(8, 40)));

    settings.setValue(u"window/size"_s, QSize(9000, 9000));
    WizardHarness huge(2, TransitStatus::Ready, nullptr, &settings);
    EXPECT_LE(huge.wizard->width(), available.width());
    EXPECT_LE(huge.wizard->height(), available.height());
}

TEST(RehearsalFinish, TheConnectionIsRememberedWithoutTheKey)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"p.ini"_s);
    QSettings settings(file, QSettings::IniFormat);
    {
        WizardHarness h(2, TransitStatus::Ready, nullptr, &settings);
        h.wizard->show();
        auto *page = qobject_cast<ConnectionPage *>(h.wizard->page(ConnectionPageId));
        EXPECT_FALSE(page->anotherAccountButton()->isVisible()) << "nothing remembered yet";
        page->rememberKey()->setChecked(true);
        QTest::keyClicks(page->accountEdit(), u"acme"_s);
        QTest::keyClicks(page->keyEdit(), u"very-secret-key-77"_s);
        QTest::keyClick(page->keyEdit(), Qt::Key_Return);
        ASSERT_TRUE(waitForPage(h, Step::MigrateAccounts));
    }
    settings.sync();
    QFile ini(file);
    ASSERT_TRUE(ini.open(QIODevice::ReadOnly));
    const QByteArray stored = ini.readAll();
    EXPECT_TRUE(stored.contains("acme"));
    EXPECT_FALSE(stored.contains("very-secret-key-77")) << "nothing secret in the settings";

    WizardHarness restarted(2, TransitStatus::Ready, nullptr, &settings);
    restarted.wizard->show();
    auto *page = qobject_cast<ConnectionPage *>(restarted.wizard->page(ConnectionPageId));
    EXPECT_EQ(page->accountEdit()->text(), u"acme"_s) << "the account comes back without retyping";
    ASSERT_TRUE(page->anotherAccountButton()->isVisible());
    QTest::keyClick(page->anotherAccountButton(), Qt::Key_Space);
    EXPECT_TRUE(page->accountEdit()->text().isEmpty());
    EXPECT_FALSE(settings.contains(u"connection/account"_s));
}

// 1366x768 and 1280x720 laptops, in both languages: Back and Next on screen, the actions column
// whole without horizontal scrolling.
struct Screen
{
    const char *language;
    QSize size;
};

class LaptopFit : public ::testing::TestWithParam<Screen>
{
protected:
    void SetUp() override
    {
        if (QString::fromLatin1(GetParam().language) == u"fr"_s) {
            ASSERT_TRUE(i18n::installTranslations(QLocale(QLocale::French, QLocale::France), &m_translators));
        }
    }
    void TearDown() override
    {
        for (QObject *translator : m_translators.children())
            QCoreApplication::removeTranslator(static_cast<QTranslator *>(translator));
    }
    QObject m_translators;
};

TEST_P(LaptopFit, NextAndTheActionsColumnStayOnScreen)
{
    WizardHarness h(3, TransitStatus::Ready);
    h.wizard->show();
    const QSize window = GetParam().size - QSize(8, 40); // the title bar and borders
    h.wizard->resize(window);
    startRehearsal(h);
    ASSERT_TRUE(waitForPage(h, Step::MigrateAccounts));
    QCoreApplication::processEvents();
    EXPECT_LE(h.wizard->width(), window.width()) << "the pages fit: no minimum size beyond the screen";
    EXPECT_LE(h.wizard->height(), window.height());
    for (const QWizard::WizardButton which : {QWizard::BackButton, QWizard::NextButton}) {
        QAbstractButton *button = h.wizard->button(which);
        const QRect where(button->mapTo(h.wizard.get(), QPoint(0, 0)), button->size());
        EXPECT_TRUE(h.wizard->rect().contains(where)) << which;
    }
    auto *page = qobject_cast<MigrateAccountsPage *>(h.wizard->currentPage());
    AccountsView *view = page->accounts()->view();
    const int actionsRight
        = view->columnViewportPosition(AccountsTableModel::Actions) + view->columnWidth(AccountsTableModel::Actions);
    EXPECT_LE(actionsRight, view->viewport()->width()) << "the actions column is whole";
    EXPECT_EQ(view->horizontalScrollBar()->maximum(), 0) << "no horizontal scrolling";
    if (qEnvironmentVariableIsSet("PASSERELLE_UI_SHOTS"))
        h.wizard->grab().save(
            QDir(qEnvironmentVariable("PASSERELLE_UI_SHOTS"))
                .filePath(
                    u"fit-%1-%2.png"_s.arg(QString::fromLatin1(GetParam().language)).arg(GetParam().size.width())));
}

// Every page with an accounts table, and step 7 in support mode (larger text): the status column keeps
// room for its heading, the action buttons are whole without horizontal scrolling, and the
// buttons below the table are on screen, not half under the window's edge.
class LaptopTables : public LaptopFit
{ };

TEST_P(LaptopTables, EveryAccountsTableIsWhole)
{
    struct Case
    {
        Step step;
        std::function<void(fakes::FakeAdminApi &)> provider;
    };
    const auto migrated = [](fakes::FakeAdminApi &api) {
        for (AccountRecord &account : api.accounts) {
            account.location = Location::Transit;
            account.version = Version::New;
            account.status = AccountStatus::Migrated;
        }
    };
    const auto reinstalled = [migrated](fakes::FakeAdminApi &api) {
        migrated(api);
        api.detail.clientServer.status = ClientServerStatus::Reinstalled;
        api.detail.clientServer.reinstallStartedAt = QDateTime(QDate(2026, 11, 24), QTime(8, 0), Qt::UTC);
        api.detail.clientServer.reinstalledAt = QDateTime(QDate(2026, 11, 24), QTime(14, 0), Qt::UTC);
        api.detail.finalization.by = Finalizer::Customer;
    };
    const QList<Case> cases {{Step::MigrateAccounts, nullptr},
                             {Step::VerifyAfterMigration, migrated},
                             {Step::Finalization, reinstalled}};
    // Support mode's larger text: step 7 (whose table the customer shares with support); steps 4
    // and 5 scroll sideways there (not met yet).
    for (const bool support : {false, true}) {
        for (const Case &each : cases) {
            if (support && each.step != Step::Finalization)
                continue;
            SCOPED_TRACE(::testing::Message() << "step " << static_cast<int>(each.step) << (support ? " support" : ""));
            WizardHarness h(12, TransitStatus::Ready);
            h.setUpProvider = each.provider;
            h.context.setSupportMode(support);
            h.wizard->show();
            const QSize window = GetParam().size - QSize(8, 40);
            h.wizard->resize(window);
            startRehearsal(h);
            ASSERT_TRUE(waitForPage(h, each.step));
            QCoreApplication::processEvents();
            auto *page = qobject_cast<StepPage *>(h.wizard->currentPage());
            AccountsPanel *panel = page->findChild<AccountsPanel *>();
            ASSERT_NE(panel, nullptr);
            AccountsView *view = panel->view();
            const int actionsRight = view->columnViewportPosition(AccountsTableModel::Actions)
                + view->columnWidth(AccountsTableModel::Actions);
            EXPECT_LE(actionsRight, view->viewport()->width()) << "the actions column is whole";
            EXPECT_EQ(view->horizontalScrollBar()->maximum(), 0) << "no horizontal scrolling";
            const QString status = panel->model()->headerData(AccountsTableModel::Status, Qt::Horizontal).toString();
            EXPECT_GE(view->columnWidth(AccountsTableModel::Status),
                      view->horizontalHeader()->fontMetrics().horizontalAdvance(status))
                << "the status column keeps its heading";
            if (auto *migrate = qobject_cast<MigrateAccountsPage *>(page)) {
                QPushButton *queue = migrate->queueButton();
                QWidget *viewport = page->findChild<QScrollArea *>()->viewport();
                EXPECT_TRUE(viewport->rect().contains(QRect(queue->mapTo(viewport, QPoint(0, 0)), queue->size())))
                    << "the queue button is whole";
            }
            if (qEnvironmentVariableIsSet("PASSERELLE_UI_SHOTS"))
                h.wizard->grab().save(QDir(qEnvironmentVariable("PASSERELLE_UI_SHOTS"))
                                          .filePath(u"table-%1-%2-step%3%4.png"_s.arg(QString::fromLatin1(GetParam().language))
                                                        .arg(GetParam().size.width())
                                                        .arg(static_cast<int>(each.step))
                                                        .arg(support ? u"-support"_s : QString())));
        }
    }
}

INSTANTIATE_TEST_SUITE_P(Laptops, LaptopFit,
                         ::testing::Values(Screen {"en", QSize(1366, 768)}, Screen {"en", QSize(1280, 720)},
                                           Screen {"fr", QSize(1366, 768)}, Screen {"fr", QSize(1280, 720)},
                                           Screen {"fr", QSize(1108, 768)}));

// The two laptop screens of the brief, in both languages.
INSTANTIATE_TEST_SUITE_P(Laptops, LaptopTables,
                         ::testing::Values(Screen {"en", QSize(1366, 768)}, Screen {"en", QSize(1280, 720)},
                                           Screen {"fr", QSize(1366, 768)}, Screen {"fr", QSize(1280, 720)}));

} // namespace
