#include "cli.h"

#include "command.h"
#include "commandline.h"
#include "commandtable.h"
#include "environment/appenvironment.h"
#include "invocation.h"
#include "pdfhandoff.h"

#include <QTextStream>

#include <cstdio>

namespace copydesk {

QString Cli::usage()
{
    return CommandTable::help();
}

int Cli::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandLine line;
    QString problem;
    if (!line.parse(arguments, &problem))
        return Invocation::usage(err, problem);
    const Command *command = line.command();
    if (line.isSet(QStringLiteral("help"))) {
        out << (command ? CommandTable::help(*command) : usage());
        return Success;
    }
    if (line.isSet(QStringLiteral("version"))) {
        out << "copydesk-cli " << QStringLiteral(COPYDESK_VERSION) << Qt::endl;
        return Success;
    }
    if (!command) {
        err << usage();
        return UsageError;
    }
    Invocation invocation(line, out, err);
    return command->run(invocation);
}

void Cli::silenceLibraryMessages()
{
    if (!qEnvironmentVariableIsEmpty("COPYDESK_DEBUG"))
        return;
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &message) {
        if (type == QtCriticalMsg || type == QtFatalMsg)
            std::fprintf(stderr, "copydesk-cli: %s\n", qUtf8Printable(message.simplified()));
    });
}

int Cli::start(int argc, char *argv[])
{
    silenceLibraryMessages();
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    return PdfHandOff::wanted(arguments) ? PdfHandOff::run(arguments) : main(arguments);
}

int Cli::main(const QStringList &arguments)
{
    AppEnvironment::initialize(QCoreApplication::instance());
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = run(arguments, out, err);
    out.flush();
    err.flush();
    return code;
}

} // namespace copydesk
