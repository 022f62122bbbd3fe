#include "ui/sites/RollbackSuggestions.h"

#include "core/session/SiteWatch.h"
#include "ui/accounts/StatusIcons.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace passerelle::ui {

RollbackSuggestions::RollbackSuggestions(QWidget *parent) : QWidget(parent), m_layout(new QVBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    setVisible(false);
}

void RollbackSuggestions::setSuggestions(const QList<Suggestion> &suggestions)
{
    if (suggestions == m_suggestions)
        return; // keeps the buttons, and the keyboard focus on them
    m_suggestions = suggestions;
    // Later, not now: the click that asked for a rollback may be what changed the suggestions.
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        if (QWidget *line = item->widget()) {
            line->hide();
            for (QPushButton *button : line->findChildren<QPushButton *>())
                button->setObjectName(QString());
            line->deleteLater();
        }
        delete item;
    }
    const StatusIcons icons;
    for (const Suggestion &suggestion : suggestions) {
        // Framed, with the Sites column's cross and the words: never colour alone.
        auto *line = new QFrame(this);
        line->setFrameShape(QFrame::StyledPanel);
        auto *icon = new QLabel(line);
        icon->setPixmap(icons.icon(SitesState::Broken).pixmap(24, 24));
        auto *message = new QLabel(
            tr("%1: %2 of %n site address(es) broken since the migration. Rollback is still open: you can put the "
               "account back on the old infrastructure while the cause is found.",
               nullptr, int(suggestion.addresses))
                .arg(suggestion.accountName)
                .arg(suggestion.brokenAddresses),
            line);
        message->setTextFormat(Qt::PlainText); // the account name is the provider's text
        message->setWordWrap(true);
        message->setTextInteractionFlags(Qt::TextSelectableByMouse);
        auto *details = new QPushButton(tr("Details…"), line);
        details->setAccessibleName(tr("Site checks of %1").arg(suggestion.accountName));
        auto *rollback
            = new QPushButton(tr("Roll back %1…").arg(QString(suggestion.accountName).replace(u'&', u"&&"_s)), line);
        rollback->setObjectName(QStringLiteral("rollback-%1").arg(suggestion.accountId));
        auto *row = new QHBoxLayout(line);
        row->addWidget(icon);
        row->addWidget(message, 1);
        row->addWidget(details);
        row->addWidget(rollback);
        m_layout->addWidget(line);
        const qint64 id = suggestion.accountId;
        connect(details, &QPushButton::clicked, this, [this, id] { Q_EMIT detailsRequested(id); });
        connect(rollback, &QPushButton::clicked, this, [this, id] { Q_EMIT rollbackRequested(id); });
    }
    setVisible(!suggestions.isEmpty());
}

QPushButton *RollbackSuggestions::rollbackButton(qint64 accountId) const
{
    return findChild<QPushButton *>(QStringLiteral("rollback-%1").arg(accountId));
}

} // namespace passerelle::ui
