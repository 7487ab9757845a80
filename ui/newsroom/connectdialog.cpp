#include "newsroom/connectdialog.h"

#include "newsroom/newsroomlink.h"
#include "sync/serveraddress.h"
#include "server/newsroomserver.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace copydesk {

namespace {

QString roleName(const QString &role)
{
    if (role == QLatin1String("reporter"))
        return ConnectDialog::tr("reporter");
    if (role == QLatin1String("editor"))
        return ConnectDialog::tr("editor");
    if (role == QLatin1String("chief"))
        return ConnectDialog::tr("chief editor");
    return ConnectDialog::tr("not on the staff");
}

} // namespace

ConnectDialog::ConnectDialog(NewsroomLink *link, QWidget *parent)
    : QDialog(parent), m_link(link), m_url(new QLineEdit(this)), m_user(new QLineEdit(this)),
      m_password(new QLineEdit(this)), m_result(new QLabel(this))
{
    setObjectName(QStringLiteral("connectDialog"));
    setWindowTitle(tr("Connect to Newsroom Server"));
    const QString current = link->url();
    m_url->setObjectName(QStringLiteral("serverUrl"));
    m_url->setText(current);
    m_url->setPlaceholderText(QStringLiteral("postgresql://db.example.cn/newsroom?sslmode=verify-full"));
    m_url->setMinimumWidth(420);
    m_user->setObjectName(QStringLiteral("serverUser"));
    m_user->setText(ServerAddress::user(current));
    m_password->setObjectName(QStringLiteral("serverPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("kept in the system keychain"));
    m_result->setObjectName(QStringLiteral("connectResult"));
    m_result->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_url);
    form->addRow(tr("&Login:"), m_user);
    form->addRow(tr("&Password:"), m_password);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_test = buttons->addButton(tr("&Test"), QDialogButtonBox::ActionRole);
    m_test->setObjectName(QStringLiteral("testButton"));
    auto *connectButton = buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    connectButton->setObjectName(QStringLiteral("connectButton"));
    connectButton->setDefault(true);
    m_disconnect = buttons->addButton(tr("&Disconnect"), QDialogButtonBox::DestructiveRole);
    m_disconnect->setObjectName(QStringLiteral("disconnectButton"));
    m_disconnect->setEnabled(!current.isEmpty());
    connect(m_test, &QPushButton::clicked, this, &ConnectDialog::test);
    connect(connectButton, &QPushButton::clicked, this, &ConnectDialog::connectToServer);
    connect(m_disconnect, &QPushButton::clicked, this, &ConnectDialog::disconnectFromServer);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_result);
    layout->addWidget(buttons);
}

QString ConnectDialog::address() const
{
    return ServerAddress::withUser(m_url->text().trimmed(), m_user->text().trimmed());
}

void ConnectDialog::showResult(bool ok, const QString &text)
{
    m_result->setText(text);
    m_result->setStyleSheet(ok ? QString() : QStringLiteral("color: #b3261e;"));
}

void ConnectDialog::test()
{
    const QString url = address();
    const QString password = m_password->text();
    if (url.isEmpty()) {
        showResult(false, tr("Type the server's address first."));
        return;
    }
    m_test->setEnabled(false);
    showResult(true, tr("Connecting…"));
    auto *watcher = new QFutureWatcher<QPair<bool, QString>>(this);
    connect(watcher, &QFutureWatcher<QPair<bool, QString>>::finished, this, [this, watcher] {
        const QPair<bool, QString> result = watcher->result();
        showResult(result.first, result.second);
        m_test->setEnabled(true);
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run([url, password] {
        NewsroomServer server;
        NewsroomServer::Identity identity;
        QString error;
        if (!server.connect(url, &error, password) || !server.whoami(&identity, &error))
            return qMakePair(false, error);
        const QString name = identity.displayName.isEmpty() ? identity.login : identity.displayName;
        return qMakePair(true, tr("Connected as %1 (%2).").arg(name, roleName(identity.role)));
    }));
}

void ConnectDialog::connectToServer()
{
    const QString url = address();
    if (url.isEmpty()) {
        showResult(false, tr("Type the server's address first."));
        return;
    }
    QString error;
    if (!m_link->setUrl(url, &error)) {
        showResult(false, error);
        return;
    }
    if (!m_password->text().isEmpty())
        m_link->keepPassword(url, m_password->text());
    m_link->disconnectFromServer(false);
    m_link->connectToServer(m_password->text());
    accept();
}

void ConnectDialog::disconnectFromServer()
{
    m_link->disconnectFromServer(true);
    m_disconnect->setEnabled(false);
    showResult(true, tr("Disconnected: this store no longer syncs with a newsroom server."));
}

} // namespace copydesk
