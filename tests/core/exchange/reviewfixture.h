// The setting of the review tests: the default catalog with one project in Familie & Kind, workshop packages
// made from it, and the workshop's edits made through the same edit functions the app uses.
#pragma once

#include <catch2/catch.hpp>

#include "edit/edits.h"
#include "exchange/planjson.h"
#include "exchange/reviewmerge.h"
#include "exchange/reviewpackage.h"
#include "storage/catalog.h"
#include "support/pgserver.h"
#include "support/testutil.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace tfp::test {

struct ReviewFixture
{
    QTemporaryDir dir;
    QString catalogPath = defaultCatalogOnBackend(dir);
    std::unique_ptr<Catalog> catalog = Catalog::open(catalogPath);
    int familie = 6;
    qint64 projekt = 0; // "Elterngeld digital": 10000 and 10003, the standard milestones

    ReviewFixture()
    {
        REQUIRE(catalog->value(schema::Table::Themenfeld, familie, schema::col::name).toString() ==
                u"Familie & Kind");
        catalog->setAuthor(u"planung"_qs);
        const ChangeSet p = edit::createProjekt(*catalog, familie, u"Elterngeld digital"_qs, {10000, 10003});
        projekt = p.changes.first().key;
        catalog->apply(p);
    }

    QString pack(const QString &name = u"sitzung.tfreview"_qs)
    {
        const QString path = dir.filePath(name);
        createReviewPackage(*catalog, familie, path);
        return path;
    }

    // The package as a workshop laptop opens it, for edits; close it (reset) before merging.
    static std::unique_ptr<Catalog> workshop(const QString &path, const QString &who = u"workshop"_qs)
    {
        auto c = Catalog::open(path);
        REQUIRE_FALSE(c->isReadOnly());
        c->setAuthor(who);
        return c;
    }

    // The plan as the app shows it: with what the rules refuse.
    ReviewMergePlan plan(const QString &path, const ReviewMergeOptions &options = {})
    {
        ReviewMergePlan p = planReviewMerge(*catalog, openReviewPackage(path, *catalog), options);
        validateReviewMerge(*catalog, p);
        return p;
    }

    ChangeSet merge(ReviewMergePlan &plan)
    {
        const ChangeSet cs = reviewMergeChanges(*catalog, plan);
        catalog->apply(cs, plan.source());
        return cs;
    }

    QVariant value(schema::Table t, qint64 key, QStringView column) const
    {
        return catalog->value(t, key, column);
    }

    QByteArray exported() const { return exportPlanJson(*catalog); }

    // The catalog's rows without revision and journal: what an undo must bring back.
    QJsonObject content() const
    {
        QJsonObject tables = QJsonDocument::fromJson(exported()).object().value(u"tables"_qs).toObject();
        tables.remove(u"journal"_qs);
        return tables;
    }

    qint64 meilenstein(int index) const
    {
        return catalog->rowsWhere(schema::Table::Meilenstein, schema::col::projektId, projekt)
            .value(index)
            .value(schema::col::id.toString())
            .toLongLong();
    }
};

inline const MergeItem *findItem(const QList<MergeItem> &items, const QString &id)
{
    for (const MergeItem &i : items)
        if (i.id == id)
            return &i;
    return nullptr;
}

} // namespace tfp::test
