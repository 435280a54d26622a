#include "MatterSearch.h"

#include <algorithm>

namespace civicdesk {

namespace {

// How well one typed word matches a matter: lower is better, -1 is no match.
int wordScore(const MatterSummary& m, const QString& word)
{
    const auto ci = Qt::CaseInsensitive;
    if (m.code.compare(word, ci) == 0)
        return 0;
    if (m.code.startsWith(word, ci))
        return 1;
    if (m.nameZh.startsWith(word, ci) || m.nameEn.startsWith(word, ci))
        return 2;
    if (m.nameZh.contains(word, ci) || m.nameEn.contains(word, ci))
        return 3;
    if (m.code.contains(word, ci))
        return 4;
    if (m.departmentCode.compare(word, ci) == 0 || m.departmentNameZh.contains(word, ci) ||
        m.departmentNameEn.contains(word, ci))
        return 5;
    return -1;
}

} // namespace

QVector<MatterSummary> searchMatters(const QVector<MatterSummary>& matters, const QString& text)
{
    const QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return matters;
    QVector<QPair<int, int>> scored; // (score, index)
    for (int i = 0; i < matters.size(); ++i) {
        int total = 0;
        for (const QString& w : words) {
            const int s = wordScore(matters.at(i), w);
            if (s < 0) {
                total = -1;
                break;
            }
            total += s;
        }
        if (total >= 0)
            scored.push_back({total, i});
    }
    std::stable_sort(scored.begin(), scored.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    QVector<MatterSummary> result;
    result.reserve(scored.size());
    for (const auto& s : scored)
        result.push_back(matters.at(s.second));
    return result;
}

} // namespace civicdesk
