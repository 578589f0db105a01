// What the Leistungen tree's search should show, worked out from the plan itself: the UI tests compare the
// filtered tree with it.
#pragma once

#include "domain/plan.h"

#include <QList>
#include <algorithm>
#include <optional>

namespace tfp::test {

// The OZG-IDs whose name or OZG-ID holds the text (ignoring case), with this status when one is given;
// sorted.
inline QList<int> leistungenHolding(const PlanSnapshot &plan, const QString &text,
                                    std::optional<Status> status = std::nullopt)
{
    const QString needle = text.trimmed().toLower();
    QList<int> ozg;
    for (const Leistung &l : plan.leistungen)
        if ((l.name.toLower().contains(needle) || QString::number(l.ozgId).contains(needle)) &&
            (!status || l.status == *status))
            ozg << l.ozgId;
    std::sort(ozg.begin(), ozg.end());
    return ozg;
}

} // namespace tfp::test
