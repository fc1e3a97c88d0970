#include "review/agreement.h"

#include "domain/catalogue.h"

#include <QHash>

#include <algorithm>
#include <map>

namespace pilothouse::models::agreement {

std::optional<double> kappa(const Table &t)
{
    const double n = t.total();
    if (n <= 0)
        return std::nullopt;
    const double po = t.agreed() / n;
    const double firstYes = (t.bothYes + t.firstOnly) / n;
    const double secondYes = (t.bothYes + t.secondOnly) / n;
    const double pe = firstYes * secondYes + (1 - firstYes) * (1 - secondYes);
    if (pe >= 1.0 - 1e-12)
        return std::nullopt;
    return (po - pe) / (1 - pe);
}

namespace {

void count(Table &table, bool first, bool second)
{
    if (first && second)
        ++table.bothYes;
    else if (first)
        ++table.firstOnly;
    else if (second)
        ++table.secondOnly;
    else
        ++table.bothNo;
}

/// Did this label name `reason`? The verdict (None) asks whether it said wrong.
bool says(const ReviewLabel &label, ReviewReason::Value reason)
{
    if (reason == ReviewReason::None)
        return !label.correct;
    return !label.correct && label.category == reason;
}

} // namespace

QList<Pair> pairs(const QList<ReviewLabel> &labels)
{
    QHash<QString, QList<const ReviewLabel *>> byMessage;
    for (const ReviewLabel &label : labels)
        byMessage[label.messageId].append(&label);

    QList<ReviewReason::Value> reasons {ReviewReason::None};
    reasons += catalogue::reviewReasons();
    std::map<std::pair<QString, QString>, Pair> found;
    for (const auto &judged : std::as_const(byMessage)) {
        for (qsizetype i = 0; i < judged.size(); ++i) {
            for (qsizetype j = 0; j < judged.size(); ++j) {
                const ReviewLabel *a = judged.at(i);
                const ReviewLabel *b = judged.at(j);
                if (!(a->by < b->by))
                    continue; // each unordered pair once, the first name first
                Pair &pair = found[{a->by, b->by}];
                if (pair.figures.isEmpty()) {
                    pair.first = a->by;
                    pair.second = b->by;
                    for (const auto reason : reasons)
                        pair.figures.append(Figure {reason, {}, {}});
                }
                ++pair.shared;
                for (Figure &figure : pair.figures)
                    count(figure.table, says(*a, figure.reason), says(*b, figure.reason));
            }
        }
    }
    QList<Pair> result;
    for (auto &[names, pair] : found) {
        for (Figure &figure : pair.figures)
            figure.kappa = kappa(figure.table);
        result.append(std::move(pair));
    }
    std::stable_sort(result.begin(), result.end(), [](const Pair &a, const Pair &b) { return a.shared > b.shared; });
    return result;
}

} // namespace pilothouse::models::agreement
