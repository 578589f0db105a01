#include "stats.h"

#include <QJsonArray>

#include <algorithm>

namespace tfp {

QJsonObject catalogStats(const PlanSnapshot &plan)
{
    QJsonObject o;
    o.insert(u"schema_version"_qs, plan.schemaVersion);
    o.insert(u"catalog_id"_qs, plan.catalogId);
    o.insert(u"revision"_qs, plan.revision);
    o.insert(u"themenfelder"_qs, plan.themenfelder.size());
    o.insert(u"lagen"_qs, plan.lagen.size());
    o.insert(u"leistungen"_qs, plan.leistungen.size());
    o.insert(u"leika_leistungen"_qs, plan.leika.size());
    o.insert(u"laender"_qs,
             std::count_if(plan.beteiligte.cbegin(), plan.beteiligte.cend(),
                           [](const Beteiligter &b) { return b.art == BeteiligterArt::Land; }));
    o.insert(u"beteiligte"_qs, plan.beteiligte.size());
    o.insert(u"projekte"_qs, plan.projekte.size());
    o.insert(u"meilensteine"_qs, plan.meilensteine.size());
    o.insert(u"onlinedienste"_qs, plan.onlinedienste.size());
    QJsonObject programm;
    int bund = 0, foederal = 0, misch = 0;
    for (const auto &l : plan.leistungen) {
        bund += l.programm == Programm::Bund;
        foederal += l.programm == Programm::Foederal;
        misch += l.programm == Programm::Misch;
    }
    programm.insert(u"bund"_qs, bund);
    programm.insert(u"foederal"_qs, foederal);
    programm.insert(u"misch"_qs, misch);
    o.insert(u"programm"_qs, programm);

    QList<Themenfeld> tfs = plan.themenfelder;
    std::stable_sort(tfs.begin(), tfs.end(), [](const Themenfeld &a, const Themenfeld &b) {
        return a.sortOrder != b.sortOrder ? a.sortOrder < b.sortOrder : a.name < b.name;
    });
    QList<Federfuehrung> ff = plan.federfuehrung;
    std::stable_sort(ff.begin(), ff.end(), [](const Federfuehrung &a, const Federfuehrung &b) {
        return a.sortOrder < b.sortOrder;
    });
    QJsonArray federfuehrung;
    for (const Themenfeld &t : tfs) {
        QJsonArray ressorts, beteiligte;
        for (const Federfuehrung &f : ff) {
            if (f.themenfeldId != t.id)
                continue;
            const Beteiligter *b = plan.beteiligter(f.beteiligterId);
            if (!b)
                continue;
            if (b->art == BeteiligterArt::Ressort && f.rolle == Rolle::FF) {
                ressorts.append(b->kuerzel);
            } else {
                static const char *const roles[] = {"FF", "U", "MA"};
                beteiligte.append(QJsonObject{{u"kuerzel"_qs, b->kuerzel},
                                              {u"rolle"_qs, QString::fromLatin1(roles[int(f.rolle)])}});
            }
        }
        federfuehrung.append(QJsonObject{
            {u"themenfeld"_qs, t.name}, {u"ressorts"_qs, ressorts}, {u"beteiligte"_qs, beteiligte}});
    }
    o.insert(u"federfuehrung"_qs, federfuehrung);
    return o;
}

} // namespace tfp
