// copydesk-bench-newsroom: times the newsroom server on this machine (see docs/benchmarks.md).

#include "benchmain.h"
#include "newsroombench.h"

using namespace copydesk::bench;

int main(int argc, char *argv[])
{
    return BenchMain::run(argc, argv, QStringLiteral("copydesk-bench-newsroom"),
                          QStringLiteral("Times Copydesk's newsroom server on this machine."),
                          [](const ArticleGenerator &generator, bool quick, BenchReport *report, QString *error) {
                              return NewsroomBench(generator, quick, report).run(error);
                          });
}
