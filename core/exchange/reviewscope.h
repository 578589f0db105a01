// What a workshop package may change in the catalog it came from: the planning of its one Themenfeld, never
// the shared catalog. Judged from the catalog's side, so that a package edited behind the program's back
// cannot widen its own scope.
#pragma once

#include "exchange/reviewmerge.h"

#include <QHash>
#include <optional>

namespace tfp {

class ReviewScope
{
public:
    ReviewScope(const Catalog &catalog, int themenfeldId, QString themenfeld);

    // A row the merge adds: rows that hang on it are judged by it.
    void addPending(schema::Table t, qint64 key, const QVariantMap &row);
    // Every row that the plan's clean items and conflicts add.
    void addPending(const ReviewMergePlan &plan);
    // Empty when everything the item writes lies in the package's scope, otherwise why it does not.
    QString refusal(const MergeItem &item);

private:
    std::optional<QVariantMap> rowOf(schema::Table t, qint64 key) const;
    bool belongs(schema::Table t, const QVariantMap &row);
    bool belongsKey(schema::Table t, const QVariant &key);
    QString changeRefusal(const Change &change);

    const Catalog &m_catalog;
    int m_themenfeldId = 0;
    QString m_themenfeld;
    QHash<QString, QVariantMap> m_pending;
    QHash<QString, bool> m_belongs; // rows looked at already: table/key → in scope
};

} // namespace tfp
