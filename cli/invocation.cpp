#include "invocation.h"

#include "cli.h"
#include "commandline.h"
#include "store/backup.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTextStream>

namespace copydesk {

Invocation::Invocation(const CommandLine &line, QTextStream &out, QTextStream &err)
    : m_line(line),
      m_arguments(line.arguments()),
      m_storePath(line.value(QStringLiteral("store"), Store::defaultPath())),
      m_out(out),
      m_err(err)
{
}

Invocation::~Invocation() = default;

bool Invocation::isSet(const QString &option) const
{
    return m_line.isSet(option);
}

QString Invocation::value(const QString &option, const QString &fallback) const
{
    return m_line.value(option, fallback);
}

bool Invocation::openStore(Command::StoreUse use, int *code)
{
    QString error;
    bool opened = true;
    switch (use) {
    case Command::StoreUse::None:
        return true;
    case Command::StoreUse::Write:
        // An update of a large store takes a minute or two: say so before it starts.
        if (Store::mayNeedUpdate(m_storePath)) {
            m_err << Cli::tr("copydesk-cli: updating the store %1 for this version (a copy of it is kept first)")
                         .arg(QDir::toNativeSeparators(m_storePath))
                  << Qt::endl;
        }
        opened = m_store.open(m_storePath, &error);
        break;
    case Command::StoreUse::Read:
        if (!QFileInfo::exists(m_storePath)) {
            // A store not made yet reads as an empty one, and is not made by reading it.
            m_emptyStore = std::make_unique<QTemporaryDir>();
            opened = m_emptyStore->isValid()
                && m_store.open(m_emptyStore->filePath(QStringLiteral("empty.sqlite3")), &error);
            break;
        }
        opened = m_store.openReadOnly(m_storePath, &error);
        break;
    case Command::StoreUse::ReadExisting:
        opened = m_store.openReadOnly(m_storePath, &error);
        break;
    }
    if (opened)
        return true;
    if (m_store.lastOpenProblem() == Store::OpenProblem::Damaged && !Backup::backupsOf(m_storePath).isEmpty())
        error += QLatin1Char(' ') + Cli::tr("“copydesk-cli recover” puts the newest good backup in its place.");
    *code = fail(Cli::tr("opening the store %1").arg(QDir::toNativeSeparators(m_storePath)), error);
    return false;
}

int Invocation::fail(const QString &what, const QString &why)
{
    QString line = why;
    line.replace(QLatin1Char('\n'), QStringLiteral("; "));
    m_err << "copydesk-cli: " << what << ": " << line.simplified() << Qt::endl;
    return Cli::Failure;
}

int Invocation::usage(QTextStream &err, const QString &why)
{
    err << "copydesk-cli: " << why << Qt::endl << Cli::tr("Try “copydesk-cli --help”.") << Qt::endl;
    return Cli::UsageError;
}

namespace {

// The positive number text holds, 0 for anything else.
qint64 positiveNumber(const QString &text)
{
    bool ok = false;
    const qint64 number = text.toLongLong(&ok);
    return ok && number > 0 ? number : 0;
}

} // namespace

bool Invocation::articleId(const QString &text, qint64 *id, int *code)
{
    *id = positiveNumber(text);
    if (*id == 0)
        *code = usage(Cli::tr("“%1” is not an article id (a positive number, as “list” shows)").arg(text));
    return *id != 0;
}

bool Invocation::positiveId(const QString &text, const QString &what, qint64 *id, int *code)
{
    *id = positiveNumber(text);
    if (*id == 0)
        *code = usage(Cli::tr("“%1” is not %2 (a positive number)").arg(text, what));
    return *id != 0;
}

bool Invocation::loadArticle(const QString &text, Article *article, int *code)
{
    qint64 id = 0;
    if (!articleId(text, &id, code))
        return false;
    QString error;
    if (!m_store.loadArticle(id, article, &error)) {
        *code = fail(Cli::tr("article %1").arg(id), error);
        return false;
    }
    return true;
}

int Invocation::applyToArticle(const QString &what, const std::function<bool(qint64, QString *)> &action)
{
    qint64 id = 0;
    int code = Cli::Success;
    if (!positiveId(argument(0), Cli::tr("an article id"), &id, &code))
        return code;
    QString error;
    if (!action(id, &error))
        return fail(what.arg(id), error);
    return Cli::Success;
}

void Invocation::printJson(const QJsonArray &array)
{
    m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
}

QString Invocation::displayTitle(const QString &title)
{
    return title.isEmpty() ? Cli::tr("(untitled)") : title;
}

QString Invocation::localTime(const QDateTime &time, const QString &format)
{
    return time.toLocalTime().toString(format);
}

} // namespace copydesk
