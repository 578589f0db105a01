#include "defaultcatalog.h"

#include "tr.h"

#include "csv.h"
#include "error.h"
#include "storage/catalog.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

// Q_INIT_RESOURCE declares its function in the enclosing namespace, so it must run from the global one.
static void initCatalogResources()
{
    Q_INIT_RESOURCE(catalog_data);
}

namespace tfp {

using namespace schema;

namespace {

void insert(Catalog &c, Table t, const QVariantMap &row)
{
    c.insertRaw(t, table(t).valuesOf(row));
}

QString res(const char *file)
{
    return u":/catalog/"_qs + QString::fromLatin1(file);
}

} // namespace

void populateDefaultCatalog(Catalog &catalog)
{
    initCatalogResources();
    using namespace col;

    QHash<QString, int> themenfeldIds;
    {
        const csv::Table t = csv::read(res("ozg_themenfelder.csv"));
        const int iId = t.column(u"themenfeld_id"_qs), iName = t.column(u"themenfeld"_qs);
        for (const QStringList &r : t.rows) {
            const int tf = r[iId].toInt();
            themenfeldIds.insert(r[iName], tf);
            insert(catalog, Table::Themenfeld,
                   {{id.toString(), tf}, {name.toString(), r[iName]}, {sortOrder.toString(), tf}});
        }
    }
    QHash<int, QString> lageArt;
    {
        const csv::Table t = csv::read(res("lagen_art.csv"));
        for (const QStringList &r : t.rows)
            lageArt.insert(r[0].toInt(), r[1]);
    }
    QHash<QString, int> lageIds; // "Themenfeld|Lage" → id
    {
        const csv::Table t = csv::read(res("ozg_lagen.csv"));
        const int iId = t.column(u"lage_id"_qs), iT = t.column(u"themenfeld_id"_qs),
                  iTn = t.column(u"themenfeld"_qs), iName = t.column(u"lage"_qs);
        for (const QStringList &r : t.rows) {
            const int lage = r[iId].toInt();
            lageIds.insert(r[iTn] + u'|' + r[iName], lage);
            insert(catalog, Table::Lage,
                   {{id.toString(), lage},
                    {themenfeldId.toString(), r[iT].toInt()},
                    {name.toString(), r[iName]},
                    {art.toString(), lageArt.value(lage, u"lebenslage"_qs)}});
        }
    }
    QSet<int> ozgIds;
    {
        const csv::Table t = csv::read(res("ozg_leistungen.csv"));
        const int iId = t.column(u"ozg_id"_qs), iName = t.column(u"ozg_leistung"_qs),
                  iL = t.column(u"lage"_qs), iT = t.column(u"themenfeld"_qs);
        for (int n = 0; n < t.rows.size(); ++n) {
            const QStringList &r = t.rows[n];
            const auto lage = lageIds.constFind(r[iT] + u'|' + r[iL]);
            if (lage == lageIds.cend())
                throw Error(exchange::Tr::tr(
                                "Eingebetteter Katalog, ozg_leistungen.csv Zeile %1: unbekannte Lage „%2“.")
                                .arg(t.rowLines[n])
                                .arg(r[iL]));
            const int ozg = r[iId].toInt();
            ozgIds.insert(ozg);
            insert(catalog, Table::Leistung,
                   {{ozgId.toString(), ozg}, {lageId.toString(), *lage}, {name.toString(), r[iName]}});
        }
    }
    {
        const csv::Table t = csv::read(res("leika_leistungen.csv"));
        const int iS = t.column(u"leika_schluessel"_qs), iB = t.column(u"leika_bezeichnung"_qs),
                  iT = t.column(u"leika_typ"_qs), iO = t.column(u"ozg_id"_qs),
                  iR = t.column(u"rechtsgrundlage"_qs), iG = t.column(u"gesetze"_qs),
                  iK = t.column(u"gesetzeskuerzel"_qs), i1 = t.column(u"sdg1"_qs), i2 = t.column(u"sdg2"_qs);
        qint64 key = 0;
        for (const QStringList &r : t.rows) {
            const int ozg = r[iO].toInt();
            insert(catalog, Table::Leika,
                   {{id.toString(), ++key},
                    {schluessel.toString(), r[iS]},
                    {bezeichnung.toString(), r[iB]},
                    {typ.toString(), r[iT]},
                    {rechtsgrundlage.toString(), r[iR]},
                    {gesetze.toString(), r[iG]},
                    {gesetzeskuerzel.toString(), r[iK]},
                    {sdg1.toString(), r[i1] == u"1" ? 1 : 0},
                    {sdg2.toString(), r[i2] == u"1" ? 1 : 0},
                    {ozgId.toString(), ozgIds.contains(ozg) ? QVariant(ozg) : QVariant()}});
        }
    }
    QHash<QString, int> beteiligte;
    {
        const csv::Table t = csv::read(res("beteiligte.csv"));
        int key = 0;
        for (const QStringList &r : t.rows) {
            beteiligte.insert(r[0], ++key);
            insert(catalog, Table::Beteiligter,
                   {{id.toString(), key},
                    {kuerzel.toString(), r[0]},
                    {name.toString(), r[1]},
                    {art.toString(), r[2]}});
        }
    }
    {
        const csv::Table t = csv::read(res("federfuehrung.csv"));
        qint64 key = 0;
        QHash<int, int> order;
        for (int n = 0; n < t.rows.size(); ++n) {
            const QStringList &r = t.rows[n];
            const int tf = themenfeldIds.value(r[0]);
            const int b = beteiligte.value(r[1]);
            if (!tf || !b)
                throw Error(exchange::Tr::tr(
                                "Eingebetteter Katalog, federfuehrung.csv Zeile %1: unbekannter Eintrag.")
                                .arg(t.rowLines[n]));
            insert(catalog, Table::Federfuehrung,
                   {{id.toString(), ++key},
                    {themenfeldId.toString(), tf},
                    {beteiligterId.toString(), b},
                    {rolle.toString(), r[2]},
                    {sortOrder.toString(), order[tf]++}});
        }
    }
    {
        const csv::Table t = csv::read(res("kriterien.csv"));
        qint64 key = 0;
        QList<int> sorted = themenfeldIds.values();
        std::sort(sorted.begin(), sorted.end());
        for (int tf : sorted) {
            for (int n = 0; n < t.rows.size(); ++n)
                insert(catalog, Table::Kriterium,
                       {{id.toString(), ++key},
                        {themenfeldId.toString(), tf},
                        {name.toString(), t.rows[n][0]},
                        {gewicht.toString(), 1.0},
                        {sortOrder.toString(), n}});
        }
    }
}

} // namespace tfp
