// copydesk-bench-proof: times 校对 on this machine (see docs/benchmarks.md).

#include "benchmain.h"
#include "proofbench.h"

using namespace copydesk::bench;

int main(int argc, char *argv[])
{
    return BenchMain::run(argc, argv, QStringLiteral("copydesk-bench-proof"),
                          QStringLiteral("Times Copydesk's proofing on this machine."),
                          [](const ArticleGenerator &generator, bool quick, BenchReport *report, QString *error) {
                              return ProofBench(generator, quick, report).run(error);
                          });
}
