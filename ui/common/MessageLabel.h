#pragma once

#include <QLabel>

#include <optional>

namespace passerelle::ui {

// An inline message on the page where something happened (errors are never modal dialogs):
// hidden when empty, its kind said in words as well as in colour.
class MessageLabel : public QLabel
{
    Q_OBJECT

public:
    enum class Kind { Info, Warning, Error };

    explicit MessageLabel(QWidget *parent = nullptr);

    void showMessage(Kind kind, const QString &message);
    void clearMessage();
    Kind kind() const { return m_kind; }
    QString message() const { return m_message; }

private:
    Kind m_kind = Kind::Info;
    QString m_message;
    std::optional<Kind> m_styledAs; // the kind whose style sheet is set
};

} // namespace passerelle::ui
