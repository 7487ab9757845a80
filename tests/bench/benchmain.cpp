#include "benchmain.h"

#include "articlegenerator.h"
#include "benchplatform.h"
#include "benchreport.h"
#include "fixtures/testutil.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QSysInfo>
#include <QTextStream>
#include <QThread>

#include <cstdio>

namespace copydesk::bench {

int BenchMain::run(int argc, char *argv[], const QString &name, const QString &description, const Bench &bench)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(name);
    QCommandLineParser parser;
    parser.setApplicationDescription(description);
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
    const bool ok = bench(generator, parser.isSet(quick), &report, &error);
    out << QStringLiteral("load average at end: ") << BenchPlatform::loadAverage() << Qt::endl;
    report.printSummary();
    if (parser.isSet(json)) {
        QFile file(parser.value(json));
        if (!file.open(QIODevice::WriteOnly) || file.write(report.toJson()) < 0) {
            std::fprintf(stderr, "%s: cannot write %s\n", qUtf8Printable(name), qUtf8Printable(parser.value(json)));
            return 1;
        }
    }
    if (!ok) {
        std::fprintf(stderr, "%s: %s\n", qUtf8Printable(name), qUtf8Printable(error));
        return 1;
    }
    return 0;
}

} // namespace copydesk::bench
