#include "samples.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace copydesk::bench {

double Samples::percentile(double p) const
{
    if (m_values.isEmpty())
        return 0;
    QList<double> sorted = m_values;
    std::sort(sorted.begin(), sorted.end());
    const qsizetype rank = qsizetype(std::ceil(p / 100.0 * double(sorted.size())));
    return sorted.at(qBound<qsizetype>(0, rank - 1, sorted.size() - 1));
}

double Samples::total() const
{
    return std::accumulate(m_values.cbegin(), m_values.cend(), 0.0);
}

} // namespace copydesk::bench
