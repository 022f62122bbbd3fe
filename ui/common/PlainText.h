#pragma once

#include <QString>

namespace passerelle::ui {

// Qt reads a tooltip as rich text whenever it looks like markup (Qt::mightBeRichText). Tooltips
// carry provider text (account names, errors, page titles): this makes them always show the words
// as they are, never a link, an image or hidden text.
QString plainToolTip(const QString &text);

} // namespace passerelle::ui
