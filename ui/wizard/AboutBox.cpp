#include "ui/wizard/AboutBox.h"

#include "core/api/ApiContract.h"
#include "ui/common/AppIcon.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace passerelle::ui {

AboutBox::AboutBox(const QString &appVersion, QWidget *parent) : QDialog(parent), m_text(new QLabel(this))
{
    setWindowTitle(tr("About Passerelle"));
    setWindowIcon(applicationIcon());
    auto *icon = new QLabel(this);
    icon->setPixmap(applicationIcon().pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop);
    const auto link = [](const QString &url, const QString &label) {
        return u"<a href=\"%1\">%2</a>"_s.arg(url.toHtmlEscaped(), label.toHtmlEscaped());
    };
    m_text->setTextFormat(Qt::RichText);
    m_text->setWordWrap(true);
    m_text->setOpenExternalLinks(true);
    m_text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_text->setText(u"<h3>%1</h3><p>%2</p><p>%3</p><p>%4<br>%5</p>"_s.arg(
        tr("Passerelle %1").toHtmlEscaped().arg(appVersion.toHtmlEscaped()),
        tr("A guided, safe, resumable wizard for your provider's private cloud migration.").toHtmlEscaped(),
        tr("Free software under the GNU General Public License, version 3 or later (GPL-3.0-or-later).")
            .toHtmlEscaped(),
        link(contract::migrationHelpUrl(), tr("The provider's help on the migration")),
        link(contract::supportPageUrl(), tr("The provider's support page"))));
    auto *row = new QHBoxLayout;
    row->addWidget(icon);
    row->addWidget(m_text, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

} // namespace passerelle::ui
