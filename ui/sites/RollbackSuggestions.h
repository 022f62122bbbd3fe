#pragma once

#include <QList>
#include <QWidget>

class QPushButton;
class QVBoxLayout;

namespace passerelle::ui {

// Step 5's suggestions: one line per account whose sites are broken while its rollback is open,
// with its details and a button that asks for the rollback (the page sends it down the same
// confirmed path as the table's Rollback button).
class RollbackSuggestions : public QWidget
{
    Q_OBJECT

public:
    struct Suggestion
    {
        qint64 accountId = 0;
        QString accountName;
        qsizetype brokenAddresses = 0;
        qsizetype addresses = 0;

        friend bool operator==(const Suggestion &, const Suggestion &) = default;
    };

    explicit RollbackSuggestions(QWidget *parent = nullptr);

    void setSuggestions(const QList<Suggestion> &suggestions);
    QPushButton *rollbackButton(qint64 accountId) const;

Q_SIGNALS:
    void rollbackRequested(qint64 accountId);
    void detailsRequested(qint64 accountId);

private:
    QList<Suggestion> m_suggestions;
    QVBoxLayout *m_layout;
};

} // namespace passerelle::ui
