#pragma once

#include <QList>

namespace copydesk::bench {

// Timings of repeated runs of one operation, in milliseconds, with order statistics.
class Samples
{
public:
    void add(double ms) { m_values.append(ms); }
    qsizetype count() const { return m_values.size(); }
    // Nearest-rank percentile, p in [0, 100]; 0 when empty.
    double percentile(double p) const;
    double median() const { return percentile(50); }
    double max() const { return percentile(100); }
    double total() const;

private:
    QList<double> m_values;
};

} // namespace copydesk::bench
