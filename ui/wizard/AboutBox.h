#pragma once

#include <QDialog>

class QLabel;

namespace passerelle::ui {

// Who made this, under which licence, and where the provider explains the migration and takes
// support requests. Links open in the desktop's browser.
class AboutBox : public QDialog
{
    Q_OBJECT

public:
    AboutBox(const QString &appVersion, QWidget *parent = nullptr);

    QLabel *text() const { return m_text; }

private:
    QLabel *m_text;
};

} // namespace passerelle::ui
