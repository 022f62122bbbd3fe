#include "ui/common/PlainText.h"

#include <QTextDocument>

namespace passerelle::ui {

QString plainToolTip(const QString &text)
{
    // Escaped and wrapped in a paragraph: rich text whose only content is the literal words.
    return text.isEmpty() ? text : Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal);
}

} // namespace passerelle::ui
