#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

class QTextStream;

namespace copydesk::bench {

// Collects the run's machine facts and figures; prints each figure as it comes (a long run shows
// progress), then a summary of the targets, and can render everything as JSON.
class BenchReport
{
public:
    enum class Verdict { None, Pass, Fail };

    struct Row
    {
        QString section;
        QString name;
        double value = 0;
        QString unit; // "ms", "s", "MB", "x", "/s", "count"
        QString target; // empty when the figure has no target
        Verdict verdict = Verdict::None;
    };

    // out may be null (JSON only).
    explicit BenchReport(QTextStream *out) : m_out(out) {}

    // When off (smoke runs on small inputs), targets are shown but no verdict is given.
    void setJudging(bool judging) { m_judging = judging; }
    void addInfo(const QString &key, const QString &value);
    void printInfo() const;
    void add(const Row &row);
    void add(const QString &section, const QString &name, double value, const QString &unit,
             const QString &target = {}, Verdict verdict = Verdict::None);
    void addNote(const QString &note);
    void printSummary() const;
    QByteArray toJson() const;

    static QString formatValue(double value, const QString &unit);

private:
    QTextStream *m_out;
    bool m_judging = true;
    QList<QPair<QString, QString>> m_info;
    QList<Row> m_rows;
    QStringList m_notes;
};

} // namespace copydesk::bench
