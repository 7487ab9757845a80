#include "benchreport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace copydesk::bench {

namespace {

QString verdictText(BenchReport::Verdict verdict)
{
    switch (verdict) {
    case BenchReport::Verdict::Pass:
        return QStringLiteral("PASS");
    case BenchReport::Verdict::Fail:
        return QStringLiteral("FAIL");
    case BenchReport::Verdict::None:
        break;
    }
    return {};
}

// Pads by characters; the table is meant for monospaced terminals with Latin text.
QString cell(const QString &text, int width)
{
    return text.leftJustified(width, QLatin1Char(' '));
}

QString line(const BenchReport::Row &row)
{
    return cell(row.section, 9) + cell(row.name, 46)
        + BenchReport::formatValue(row.value, row.unit).rightJustified(14, QLatin1Char(' '))
        + QStringLiteral("   ") + cell(row.target, 16) + verdictText(row.verdict);
}

} // namespace

void BenchReport::addInfo(const QString &key, const QString &value)
{
    m_info.append({key, value});
}

void BenchReport::printInfo() const
{
    if (!m_out)
        return;
    for (const auto &[key, value] : m_info)
        *m_out << cell(key + QLatin1Char(':'), 18) << value << Qt::endl;
    *m_out << Qt::endl
           << cell(QStringLiteral("section"), 9) << cell(QStringLiteral("measure"), 46)
           << QStringLiteral("value").rightJustified(14, QLatin1Char(' ')) << QStringLiteral("   ")
           << cell(QStringLiteral("target"), 16) << QStringLiteral("result") << Qt::endl
           << QString(9 + 46 + 14 + 3 + 16 + 6, QLatin1Char('-')) << Qt::endl;
}

void BenchReport::add(const Row &row)
{
    m_rows.append(row);
    if (!m_judging)
        m_rows.last().verdict = Verdict::None;
    if (m_out)
        *m_out << line(m_rows.last()) << Qt::endl;
}

void BenchReport::add(const QString &section, const QString &name, double value,
                      const QString &unit, const QString &target, Verdict verdict)
{
    add(Row{section, name, value, unit, target, verdict});
}

void BenchReport::addNote(const QString &note)
{
    m_notes.append(note);
    if (m_out)
        *m_out << QStringLiteral("  note: ") << note << Qt::endl;
}

void BenchReport::printSummary() const
{
    if (!m_out)
        return;
    *m_out << Qt::endl << QStringLiteral("Targets") << Qt::endl;
    int checked = 0;
    for (const Row &row : m_rows) {
        if (row.verdict != Verdict::None) {
            *m_out << line(row) << Qt::endl;
            ++checked;
        }
    }
    if (checked == 0) {
        *m_out << (m_judging ? QStringLiteral("  (none measured in this run)")
                             : QStringLiteral("  (not judged: a --quick run measures small inputs)"))
               << Qt::endl;
    }
}

QByteArray BenchReport::toJson() const
{
    QJsonObject machine;
    for (const auto &[key, value] : m_info)
        machine.insert(key, value);
    QJsonArray results;
    for (const Row &row : m_rows) {
        QJsonObject object{{QStringLiteral("section"), row.section},
                           {QStringLiteral("name"), row.name},
                           {QStringLiteral("value"), row.value},
                           {QStringLiteral("unit"), row.unit}};
        if (!row.target.isEmpty())
            object.insert(QStringLiteral("target"), row.target);
        if (row.verdict != Verdict::None)
            object.insert(QStringLiteral("pass"), row.verdict == Verdict::Pass);
        results.append(object);
    }
    const QJsonObject root{{QStringLiteral("machine"), machine},
                           {QStringLiteral("results"), results},
                           {QStringLiteral("notes"), QJsonArray::fromStringList(m_notes)}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString BenchReport::formatValue(double value, const QString &unit)
{
    if (unit == QLatin1String("count"))
        return QString::number(qint64(value));
    if (unit == QLatin1String("x"))
        return QString::number(value, 'f', 2) + QLatin1Char('x');
    if (unit == QLatin1String("/s"))
        return QString::number(qint64(value)) + QStringLiteral(" /s");
    const int decimals = value >= 100 ? 0 : value >= 10 ? 1 : value >= 1 ? 2 : 3;
    return QString::number(value, 'f', decimals) + QLatin1Char(' ') + unit;
}

} // namespace copydesk::bench
