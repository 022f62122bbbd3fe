#include "ui/common/MessageLabel.h"

using namespace Qt::Literals::StringLiterals;

namespace passerelle::ui {

MessageLabel::MessageLabel(QWidget *parent) : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setMargin(6);
    setAccessibleName(tr("Message"));
    setVisible(false);
}

void MessageLabel::showMessage(Kind kind, const QString &message)
{
    if (message.isEmpty()) {
        clearMessage();
        return;
    }
    // Pages say the same again at every poll: a style sheet set anew re-polishes the label and
    // lays the page out again, so nothing is touched when nothing changed.
    if (!isHidden() && kind == m_kind && message == m_message)
        return;
    m_kind = kind;
    m_message = message;
    QString prefix;
    QString style;
    switch (kind) {
    case Kind::Info:
        prefix = tr("Note:");
        style = u"QLabel { background: #e8f0fe; color: #10284f; border: 1px solid #9ab; }"_s;
        break;
    case Kind::Warning:
        prefix = tr("To continue:");
        style = u"QLabel { background: #fff4d6; color: #4a3400; border: 1px solid #cb9; }"_s;
        break;
    case Kind::Error:
        prefix = tr("Error:");
        style = u"QLabel { background: #fbe3e4; color: #5c0a10; border: 1px solid #c99; }"_s;
        break;
    }
    if (m_styledAs != kind) {
        setStyleSheet(style);
        m_styledAs = kind;
    }
    // The prefix says the kind in words: the colour only repeats it.
    setText(tr("%1 %2").arg(prefix, message));
    setAccessibleName(prefix);
    setAccessibleDescription(message);
    setVisible(true);
}

void MessageLabel::clearMessage()
{
    if (isHidden() && m_message.isEmpty())
        return;
    m_message.clear();
    setText(QString());
    setAccessibleName(tr("Message"));
    setAccessibleDescription(QString());
    setVisible(false);
}

} // namespace passerelle::ui
