#include "importbench.h"

#include "benchreport.h"
#include "photogenerator.h"
#include "samples.h"
#include "fixtures/packagefixture.h"
#include "fixtures/testutil.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

namespace copydesk::bench {

ImportBench::ImportBench(const QString &folder, const Options &options, BenchReport *report)
    : m_folder(folder)
    , m_options(options)
    , m_report(report)
{
}

bool ImportBench::writeDocx(const Case &bench, const QString &path, QString *error) const
{
    const QStringList lines = copydesk::test::sampleArticleText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QString body;
    QString relationships;
    copydesk::test::ZipEntries media;
    for (int i = 0; i < bench.photos; ++i) {
        const QString jpeg = PhotoGenerator::cachedJpeg(m_options.photoFolder, bench.width, bench.height,
                                                        100 + i, bench.jpegQuality, error);
        QFile file(jpeg);
        if (jpeg.isEmpty() || !file.open(QIODevice::ReadOnly)) {
            if (error && !jpeg.isEmpty())
                *error = QStringLiteral("cannot read %1: %2").arg(jpeg, file.errorString());
            return false;
        }
        const QString id = QStringLiteral("rIdPhoto%1").arg(i);
        const QString part = QStringLiteral("media/photo%1.jpeg").arg(i);
        relationships += copydesk::test::imageRelationship(id, part);
        media.append({QStringLiteral("word/") + part, file.readAll()});
        body += copydesk::test::wp({}, copydesk::test::wr(lines.at(i % lines.size())));
        body += copydesk::test::wp({}, copydesk::test::docxInlinePicture(id, QStringLiteral("photo %1").arg(i),
                                                                          bench.width / 10, bench.height / 10));
    }
    for (const QString &line : lines)
        body += copydesk::test::wp({}, copydesk::test::wr(line));
    if (!copydesk::test::writeDocx(path, body, relationships, media)) {
        if (error)
            *error = QStringLiteral("cannot write %1").arg(path);
        return false;
    }
    return true;
}

bool ImportBench::timeProcess(const QString &program, const QStringList &arguments, const QString &scratch,
                              double *medianMs, QString *error) const
{
    Samples samples;
    for (int run = 0; run < m_options.runs; ++run) {
        QDir(scratch).removeRecursively();
        QDir().mkpath(scratch);
        QProcess process;
        process.setWorkingDirectory(scratch);
        process.setProcessChannelMode(QProcess::MergedChannels);
        QElapsedTimer clock;
        clock.start();
        process.start(program, arguments);
        const bool finished = process.waitForFinished(120000);
        const double ms = double(clock.nsecsElapsed()) / 1e6;
        if (!finished || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
            if (error) {
                *error = QStringLiteral("%1 failed: %2 %3").arg(program, process.errorString(),
                                                                QString::fromUtf8(process.readAll().right(400)));
            }
            return false;
        }
        samples.add(ms);
    }
    *medianMs = samples.median();
    return true;
}

bool ImportBench::run(QString *error)
{
    for (const Case &bench : std::as_const(m_options.cases)) {
        if (!runCase(bench, error))
            return false;
    }
    return true;
}

bool ImportBench::runCase(const Case &bench, QString *error)
{
    const QString section = QStringLiteral("import");
    const QString what = QStringLiteral(" (.docx, %1: %2×%3 q%4)").arg(bench.name).arg(bench.width).arg(bench.height).arg(bench.jpegQuality);
    const QString docx = QDir(m_folder).filePath(QStringLiteral("reporter-%1x%2x%3.docx").arg(bench.photos).arg(bench.width).arg(bench.height));
    if (!writeDocx(bench, docx, error))
        return false;
    const QString scratch = QDir(m_folder).filePath(QStringLiteral("import-run"));
    // An existing store, as in the newsroom: made once, before the timed runs.
    const QString store = QDir(m_folder).filePath(QStringLiteral("import.sqlite3"));
    QProcess make;
    make.start(m_options.cli, {QStringLiteral("--store"), store, QStringLiteral("new")});
    if (!make.waitForFinished(60000) || make.exitCode() != 0) {
        if (error)
            *error = QStringLiteral("copydesk-cli could not create %1: %2").arg(store, QString::fromUtf8(make.readAllStandardError()));
        return false;
    }
    double oursMs = 0;
    if (!timeProcess(m_options.cli, {QStringLiteral("--store"), store, QStringLiteral("import"), docx}, scratch,
                     &oursMs, error))
        return false;
    m_report->add(section, QStringLiteral("copydesk-cli import") + what, oursMs, QStringLiteral("ms"));
    if (m_options.pandoc.isEmpty()) {
        m_report->addNote(QStringLiteral("pandoc comparison skipped (no pandoc on PATH, or --pandoc none)"));
        return true;
    }
    double pandocMs = 0;
    if (!timeProcess(m_options.pandoc,
                     {docx, QStringLiteral("-o"), QDir(scratch).filePath(QStringLiteral("out.html")),
                      QStringLiteral("--extract-media=") + QDir(scratch).filePath(QStringLiteral("media"))},
                     scratch, &pandocMs, error))
        return false;
    m_report->add(section, QStringLiteral("pandoc to HTML, media extracted") + what, pandocMs, QStringLiteral("ms"));
    const double ratio = oursMs / pandocMs;
    m_report->add(section, QStringLiteral("copydesk / pandoc, ") + bench.name, ratio, QStringLiteral("x"),
                  QStringLiteral("<= %1x").arg(RatioTarget),
                  ratio <= RatioTarget ? BenchReport::Verdict::Pass : BenchReport::Verdict::Fail);
    return true;
}

} // namespace copydesk::bench
