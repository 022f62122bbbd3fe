#include "tests/ui/WizardHarness.h"

#include <QAccessible>
#include <QAccessibleInterface>
#include <QWidget>
#include <gtest/gtest.h>

using namespace passerelle;
using namespace passerelle::testing;

namespace {

// Every control a keyboard user can reach has a name a screen reader can say.
TEST(Accessibility, EveryFocusableControlOfEveryPageHasAName)
{
    WizardHarness h(3, TransitStatus::Ready);
    h.wizard->show();
    ASSERT_TRUE(h.context.connectTo(WizardHarness::dryRun()));
    ASSERT_TRUE(QTest::qWaitFor([&] { return h.session()->hasSnapshot(); }, 5000));
    h.wizard->ensureAllPages();
    for (const int id : h.wizard->pageIds()) {
        const QList<QWidget *> widgets = h.wizard->page(id)->findChildren<QWidget *>();
        for (QWidget *widget : widgets) {
            if (widget->focusPolicy() == Qt::NoFocus || !widget->isEnabled())
                continue;
            QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
            ASSERT_NE(accessible, nullptr);
            EXPECT_FALSE(accessible->text(QAccessible::Name).trimmed().isEmpty())
                << "page " << id << ": " << widget->metaObject()->className() << " "
                << widget->objectName().toStdString();
        }
    }
}

} // namespace
