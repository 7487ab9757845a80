// copydesk-bench-newsroom: times the newsroom server on this machine (see docs/benchmarks.md).

#include "articlegenerator.h"
#include "benchplatform.h"
#include "benchreport.h"
#include "fixtures/testutil.h"
#include "newsroombench.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QSysInfo>
#include <QTextStream>
#include <QThread>

#include <cstdio>

using namespace copydesk::bench;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("copydesk-bench-newsroom"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times Copydesk's newsroom server on this machine."));
    parser.addHelpOption();
    const QCommandLineOption quick(QStringLiteral("quick"), QStringLiteral("A smoke run with small inputs."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Also write the figures as JSON to this file."),
                                  QStringLiteral("path"));
    parser.addOptions({quick, json});
    parser.process(app);

    QTextStream out(stdout);
    BenchReport report(&out);
    report.setJudging(!parser.isSet(quick));
    report.addInfo(QStringLiteral("date"), QDateTime::currentDateTime().toString(Qt::ISODate));
    report.addInfo(QStringLiteral("cpu"), BenchPlatform::cpuModel());
    report.addInfo(QStringLiteral("cores"), QString::number(QThread::idealThreadCount()));
    report.addInfo(QStringLiteral("os"), QSysInfo::prettyProductName());
    report.addInfo(QStringLiteral("build"), QStringLiteral(COPYDESK_BENCH_BUILD_TYPE));
    report.addInfo(QStringLiteral("load average"), BenchPlatform::loadAverage());
    report.printInfo();
    const ArticleGenerator generator(copydesk::test::sampleArticleText());
    QString error;
    const bool ok = NewsroomBench(generator, parser.isSet(quick), &report).run(&error);
    out << QStringLiteral("load average at end: ") << BenchPlatform::loadAverage() << Qt::endl;
    report.printSummary();
    if (parser.isSet(json)) {
        QFile file(parser.value(json));
        if (!file.open(QIODevice::WriteOnly) || file.write(report.toJson()) < 0) {
            std::fprintf(stderr, "copydesk-bench-newsroom: cannot write %s\n", qUtf8Printable(parser.value(json)));
            return 1;
        }
    }
    if (!ok) {
        std::fprintf(stderr, "copydesk-bench-newsroom: %s\n", qUtf8Printable(error));
        return 1;
    }
    return 0;
}
