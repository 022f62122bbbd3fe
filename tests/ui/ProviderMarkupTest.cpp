// Names and errors are the provider's text: whatever markup they carry is shown as the words it
// is, in every label and tooltip, never as a link, an image or hidden text.

#include "tests/ui/WizardHarness.h"
#include "ui/sites/RollbackSuggestions.h"
#include "ui/wizard/ConnectionPage.h"
#include "ui/wizard/PageIds.h"

#include <QAbstractItemView>
#include <QLabel>
#include <QPushButton>
#include <QTextDocument>

#include <algorithm>
#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

using namespace passerelle;
using namespace passerelle::testing;
using namespace passerelle::ui;

namespace {

const QString kHostileName = u"<b>shop</b><img src=\"file:///etc/passwd\">"_s;
const QString kHostileError = u"<a href=\"https://evil.example/\">Click to fix</a>"_s;

// What a tooltip shows: Qt renders it as rich text when it looks like markup.
QString shownToolTip(const QString &toolTip)
{
    if (!Qt::mightBeRichText(toolTip))
        return toolTip;
    QTextDocument document;
    document.setHtml(toolTip);
    return document.toPlainText();
}

TEST(ProviderMarkup, LabelsAndToolTipsShowTheProvidersWordsAsTheyAre)
{
    WizardHarness h(3, TransitStatus::Ready);
    h.setUpProvider = [](fakes::FakeAdminApi &api) {
        api.accounts[0].name = kHostileName;
        api.accounts[1].lastError = kHostileError;
    };
    h.wizard->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(h.wizard.get()));
    QTest::mouseClick(qobject_cast<ConnectionPage *>(h.wizard->currentPage())->dryRunButton(), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return h.wizard->currentId() == pageIdFor(Step::MigrateAccounts); }, 5000));
    // A migration under way names its account in the progress line.
    h.session()->startAction(301, AccountAction::Migrate);
    ASSERT_TRUE(QTest::qWaitFor([&] { return h.api->postsFor(301, AccountAction::Migrate) == 1; }, 5000));
    ASSERT_TRUE(
        h.refreshAndWait([&] { return h.session()->snapshot().account(301)->status == AccountStatus::Migrating; }));
    QCoreApplication::processEvents();

    int labelsWithTheName = 0;
    for (const QLabel *label : h.wizard->findChildren<QLabel *>()) {
        if (!label->isVisible() || !label->text().contains(u"<b>shop</b>"_s))
            continue;
        ++labelsWithTheName;
        EXPECT_EQ(label->textFormat(), Qt::PlainText) << label->text().toStdString();
    }
    EXPECT_GE(labelsWithTheName, 1) << "the progress line names the account";

    QStringList toolTips;
    for (const QAbstractItemView *view : h.wizard->findChildren<QAbstractItemView *>()) {
        const QAbstractItemModel *model = view->model();
        for (int row = 0; model && row < model->rowCount(); ++row) {
            for (int column = 0; column < model->columnCount(); ++column)
                toolTips << shownToolTip(model->index(row, column).data(Qt::ToolTipRole).toString());
        }
    }
    for (const QWidget *widget : h.wizard->findChildren<QWidget *>())
        toolTips << shownToolTip(widget->toolTip());
    const auto shows = [&toolTips](const QString &words) {
        return std::any_of(toolTips.cbegin(), toolTips.cend(),
                           [&words](const QString &shown) { return shown.contains(words); });
    };
    EXPECT_TRUE(shows(kHostileName)) << "the name, markup and all, in the table's and diagram's tooltips";
    EXPECT_TRUE(shows(kHostileError)) << "the provider's error as it wrote it";
}

TEST(ProviderMarkup, ARollbackSuggestionKeepsTheNameAndItsAmpersand)
{
    RollbackSuggestions suggestions;
    suggestions.setSuggestions({{301, u"R&D <i>site</i>"_s, 1, 2}});
    QPushButton *rollback = suggestions.rollbackButton(301);
    ASSERT_NE(rollback, nullptr);
    EXPECT_EQ(rollback->text(), u"Roll back R&&D <i>site</i>…"_s) << "an & in a name is no mnemonic";
    int plainLabels = 0;
    for (const QLabel *label : suggestions.findChildren<QLabel *>()) {
        if (label->text().contains(u"R&D <i>site</i>"_s)) {
            ++plainLabels;
            EXPECT_EQ(label->textFormat(), Qt::PlainText);
        }
    }
    EXPECT_EQ(plainLabels, 1);
}

} // namespace
