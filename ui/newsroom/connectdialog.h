#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace copydesk {

class NewsroomLink;

// File ▸ Connect to Newsroom Server…: the server's address, the login and its password (kept in
// the system keychain, never in a settings file); Test tries them off the UI thread, Connect
// sets the store's server as copydesk-cli remote set does and starts syncing, Disconnect stops
// and forgets it.
class ConnectDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectDialog(NewsroomLink *link, QWidget *parent = nullptr);

private:
    void test();
    void connectToServer();
    void disconnectFromServer();
    QString address() const;
    void showResult(bool ok, const QString &text);

    NewsroomLink *m_link;
    QLineEdit *m_url;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLabel *m_result;
    QPushButton *m_test;
    QPushButton *m_disconnect;
};

} // namespace copydesk
