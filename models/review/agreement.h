#pragma once
// How far two reviewers agree (issue 13, docs/history.md "Agreement"): Cohen's kappa over the
// replies both labelled, for the verdict (right or wrong) and for each review reason (named or
// not). kappa = (po - pe) / (1 - pe), with po the share of replies on which they agree and pe the
// share they would agree on by chance, from each reviewer's own rates. Pure: no Qt model, no SQL.

#include "store/reviewquery.h"

#include <QList>
#include <QString>

#include <optional>

namespace pilothouse::models::agreement {

/// A 2x2 table of two reviewers' yes/no answers over the same replies.
struct Table {
    int bothYes = 0;
    int firstOnly = 0; ///< The first said yes, the second no.
    int secondOnly = 0;
    int bothNo = 0;
    int total() const { return bothYes + firstOnly + secondOnly + bothNo; }
    int agreed() const { return bothYes + bothNo; }
};

/// Cohen's kappa of a table; nullopt when it is undefined (no replies, or chance agreement is
/// certain: both reviewers gave one answer throughout, so agreement says nothing).
std::optional<double> kappa(const Table &table);

/// One figure of a pair: the verdict (reason None) or one reason.
struct Figure {
    ReviewReason::Value reason = ReviewReason::None;
    Table table;
    std::optional<double> kappa;
};

/// Two reviewers (by user name, `first` < `second`) and the replies both labelled.
struct Pair {
    QString first;
    QString second;
    int shared = 0;
    QList<Figure> figures; ///< The verdict first ("wrong" is yes), then each reason in catalogue order.
};

/// Every pair of reviewers with a reply in common, the most shared first. `labels` holds each
/// judge's standing label of replies (any order; replies labelled once are ignored).
QList<Pair> pairs(const QList<ReviewLabel> &labels);

} // namespace pilothouse::models::agreement
