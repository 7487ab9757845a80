#pragma once

#include "command.h"
#include "store/store.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class QJsonArray;
class QTemporaryDir;
class QTextStream;

namespace copydesk {

class CommandLine;

// One run of a command: its arguments and options, the output streams and the store, and the
// shared ways of answering (one-line failures, usage errors, ids, JSON).
class Invocation
{
public:
    Invocation(const CommandLine &line, QTextStream &out, QTextStream &err);
    ~Invocation();

    const QStringList &arguments() const { return m_arguments; }
    QString argument(qsizetype index) const { return m_arguments.at(index); }
    bool isSet(const QString &option) const;
    QString value(const QString &option, const QString &fallback = QString()) const;
    QString storePath() const { return m_storePath; }
    Store &store() { return m_store; }
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    // Opens the store as use says; false after reporting why.
    bool openStore(Command::StoreUse use, int *code);

    // "copydesk-cli: <what>: <why>", exactly one line whatever why holds; the failure exit code.
    int fail(const QString &what, const QString &why);
    // "copydesk-cli: <why>" and the pointer to --help; the usage error exit code.
    int usage(const QString &why) { return usage(m_err, why); }
    static int usage(QTextStream &err, const QString &why);

    // The article id in text, or a usage error ("as list shows").
    bool articleId(const QString &text, qint64 *id, int *code);
    // A positive number in text, or a usage error naming what it should have been.
    bool positiveId(const QString &text, const QString &what, qint64 *id, int *code);
    // The article whose id is text, or a usage or store error.
    bool loadArticle(const QString &text, Article *article, int *code);
    // For a command whose one argument is an article id: applies action to that id, or reports
    // the failure as what (with %1 for the id).
    int applyToArticle(const QString &what, const std::function<bool(qint64 id, QString *error)> &action);

    void printJson(const QJsonArray &array);
    // A title as lists show it, "(untitled)" for none.
    static QString displayTitle(const QString &title);
    static QString localTime(const QDateTime &time, const QString &format = QStringLiteral("yyyy-MM-dd HH:mm"));

private:
    const CommandLine &m_line;
    QStringList m_arguments;
    QString m_storePath;
    QTextStream &m_out;
    QTextStream &m_err;
    std::unique_ptr<QTemporaryDir> m_emptyStore; // destroyed after m_store
    Store m_store;
};

} // namespace copydesk
