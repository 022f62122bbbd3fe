// A message said again (pages repeat theirs at every poll) leaves the label alone: setting its
// style sheet anew would re-polish it and lay the page out again.
#include "ui/common/MessageLabel.h"

#include <QEvent>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace passerelle::ui;

namespace {

class StyleChanges : public QObject
{
public:
    int count = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::StyleChange)
            ++count;
        return QObject::eventFilter(watched, event);
    }
};

TEST(MessageLabel, TheSameMessageAgainChangesNothing)
{
    MessageLabel label;
    StyleChanges changes;
    label.installEventFilter(&changes);
    label.showMessage(MessageLabel::Kind::Warning, u"Tick every account first."_s);
    const int afterFirst = changes.count;
    EXPECT_GT(afterFirst, 0);
    EXPECT_FALSE(label.isHidden());

    label.showMessage(MessageLabel::Kind::Warning, u"Tick every account first."_s);
    EXPECT_EQ(changes.count, afterFirst) << "re-styled for the same message";
    label.showMessage(MessageLabel::Kind::Warning, u"Two accounts left."_s);
    EXPECT_EQ(changes.count, afterFirst) << "re-styled for another message of the same kind";
    EXPECT_TRUE(label.text().contains(u"Two accounts left."_s)) << label.text().toStdString();

    label.showMessage(MessageLabel::Kind::Error, u"Two accounts left."_s);
    EXPECT_GT(changes.count, afterFirst) << "a new kind takes its colours";
    EXPECT_TRUE(label.text().startsWith(u"Error:"_s)) << label.text().toStdString();

    label.clearMessage();
    EXPECT_TRUE(label.isHidden());
    EXPECT_TRUE(label.message().isEmpty());
    label.showMessage(MessageLabel::Kind::Error, u"Two accounts left."_s);
    EXPECT_FALSE(label.isHidden()) << "shown again after being cleared";
}

} // namespace
