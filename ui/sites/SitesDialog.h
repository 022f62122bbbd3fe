#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace passerelle {
class MigrationSession;
}

namespace passerelle::ui {

// The site checks of one account: each address before (the reference) and after (the last
// check): status, title, size, certificate expiry, response time and what changed, with the
// verdict in words and a shape, never colour alone. "Check again" compares once more; the
// dialog follows the checks as they end.
class SitesDialog : public QDialog
{
    Q_OBJECT

public:
    SitesDialog(MigrationSession &session, qint64 accountId, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QLabel *summary() const { return m_summary; }
    QLabel *changes() const { return m_changes; }
    QPushButton *checkAgainButton() const { return m_checkAgain; }

    enum Column { Address, Result, HttpStatus, Title, Size, Certificate, ResponseTime, WhatChanged, ColumnCount };

private:
    void refresh();
    void checkAgain();

    MigrationSession &m_session;
    qint64 m_accountId;
    QLabel *m_icon;
    QLabel *m_summary;
    QTableWidget *m_table;
    QLabel *m_changes; // what changed, address by address, in full
    QPushButton *m_checkAgain;
};

} // namespace passerelle::ui
