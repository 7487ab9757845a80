#pragma once

#include <QString>

#include <functional>

namespace copydesk::bench {

class ArticleGenerator;
class BenchReport;

// The main() of a core-only benchmark program: --quick (a smoke run) and --json PATH, the
// machine's particulars, the figures, the summary and the load at the end.
class BenchMain
{
public:
    using Bench = std::function<bool(const ArticleGenerator &generator, bool quick, BenchReport *report, QString *error)>;

    static int run(int argc, char *argv[], const QString &name, const QString &description, const Bench &bench);
};

} // namespace copydesk::bench
