#pragma once

#include <QString>
#include <QStringList>

namespace copydesk::bench {

class BenchReport;

// Times HtmlExporter on the shared sample article carrying camera-size photos, and ImageMagick
// making the same web renditions, and reports the export's peak memory.
class ExportBench
{
public:
    struct Options
    {
        int photos = 15;
        int width = 6000;
        int height = 4000;
        int jpegQuality = 92;
        int runs = 3;
        // Where the generated photos are kept; reused when already there.
        QString photoFolder;
        // ImageMagick's convert; empty to skip the comparison.
        QString convert;
    };
    static constexpr double AbsoluteTargetS = 1.0;
    static constexpr double RatioTarget = 0.2;

    ExportBench(const QString &folder, const Options &options, BenchReport *report);
    bool run(QString *error);

private:
    bool preparePhotos(QStringList *paths, QString *error) const;
    // The median wall and CPU seconds of the runs.
    bool timeExports(const QStringList &photos, double *medianS, double *cpuS, QString *error) const;
    // Seconds for convert to resize every photo, one process at a time or `processes` at once.
    bool timeImageMagick(const QStringList &photos, int processes, double *seconds, QString *error) const;

    QString m_folder;
    Options m_options;
    BenchReport *m_report;
};

} // namespace copydesk::bench
