#include "coverageentries.h"

#include "../tr.h"

#include "domain/labels.h"

#include <QCoreApplication>
#include <QDate>

namespace tfp::ui::coverage {

namespace {

using Column = CoverageListModel::Column;

QString themenfeldName(const PlanSnapshot &plan, int themenfeldId)
{
    const Themenfeld *t = plan.themenfeld(themenfeldId);
    return t ? t->name : QString();
}

QString reifegradText(const Leistung &l)
{
    if (l.modell == ReifegradModell::V2)
        return Tr::tr("Modell 2.0: %1 → %2")
            .arg(l.reifegradIst ? QString::number(*l.reifegradIst) : u"–"_qs,
                 l.reifegradZiel ? QString::number(*l.reifegradZiel) : u"–"_qs);
    return u"%1 → %2"_qs.arg(l.reifegradIst ? QString::number(*l.reifegradIst) : u"–"_qs,
                             l.reifegradZiel ? QString::number(*l.reifegradZiel) : u"–"_qs);
}

// Projects by id: the report names projects by id, the snapshot keeps them in a list.
QHash<qint64, const Projekt *> projekteById(const PlanSnapshot &plan)
{
    QHash<qint64, const Projekt *> out;
    out.reserve(plan.projekte.size());
    for (const Projekt &p : plan.projekte)
        out.insert(p.id, &p);
    return out;
}

} // namespace

QList<Column> leistungColumns()
{
    return {
        {.title = Tr::tr("OZG-ID"), .number = true, .sample = u"88888"_qs},
        {.title = Tr::tr("OZG-Leistung"), .link = true},
        {.title = Tr::tr("Lage")},
        {.title = Tr::tr("Themenfeld"), .programmeOnly = true},
        {.title = Tr::tr("Status"), .sample = u"in Umsetzung"_qs},
        {.title = Tr::tr("Reifegrad"),
         .tooltip = Tr::tr("Reifegrad ist → Ziel (– nicht erhoben)"),
         .sample = u"Modell 2.0: 5 → 6"_qs},
    };
}

QList<CoverageEntry> leistungEntries(const PlanSnapshot &plan, const QList<int> &ozgIds)
{
    QList<CoverageEntry> out;
    out.reserve(ozgIds.size());
    // The lists come in OZG-ID order and neighbours mostly share their Lage: look it up only when it changes.
    int lastLage = -1;
    QString lage, themenfeld;
    for (int ozg : ozgIds) {
        const Leistung *l = plan.leistung(ozg);
        if (!l)
            continue;
        if (l->lageId != lastLage) {
            lastLage = l->lageId;
            const Lage *la = plan.lage(l->lageId);
            lage = la ? la->name : QString();
            themenfeld = la ? themenfeldName(plan, la->themenfeldId) : QString();
        }
        out.append(
            {{QString::number(ozg), l->name, lage, themenfeld, labels::status(l->status), reifegradText(*l)},
             ozg,
             0});
    }
    return out;
}

QList<Column> lageColumns()
{
    return {
        {.title = Tr::tr("Lage")},
        {.title = Tr::tr("Themenfeld"), .programmeOnly = true},
        {.title = Tr::tr("Art"), .sample = u"Geschäftslage"_qs},
        {.title = Tr::tr("OZG-Leistungen"),
         .tooltip = Tr::tr("OZG-Leistungen der Lage im gewählten Umfang"),
         .number = true,
         .sample = u"888"_qs},
    };
}

QList<CoverageEntry> lageEntries(const PlanSnapshot &plan, const analysis::CoverageReport &report)
{
    QList<CoverageEntry> out;
    for (const analysis::LageZahlen &z : report.lagen) {
        if (!z.ohneAktivitaet)
            continue;
        const Lage *la = plan.lage(z.id);
        out.append({{z.name, themenfeldName(plan, z.themenfeldId), la ? labels::lageArt(la->art) : QString(),
                     z.zahlen.leistungen},
                    0,
                    0});
    }
    return out;
}

QList<Column> projektColumns()
{
    return {
        {.title = Tr::tr("Umsetzungsprojekt"), .link = true},
        {.title = Tr::tr("Themenfeld"), .programmeOnly = true},
        {.title = Tr::tr("Phase"), .sample = u"Roll-out / Nachnutzung"_qs},
        {.title = Tr::tr("OZG-Leistungen"),
         .tooltip = Tr::tr("OZG-Leistungen, die das Projekt bündelt"),
         .number = true,
         .sample = u"888"_qs},
    };
}

QList<CoverageEntry> projektEntries(const PlanSnapshot &plan, const analysis::CoverageReport &report)
{
    const auto byId = projekteById(plan);
    QList<CoverageEntry> out;
    for (const analysis::ProjektOhneMeilenstein &p : report.projekteOhneMeilensteine) {
        const Projekt *pr = byId.value(p.id);
        out.append({{p.name, pr ? themenfeldName(plan, pr->themenfeldId) : QString(),
                     pr ? labels::phase(pr->phase) : QString(), pr ? int(pr->leistungen.size()) : 0},
                    0,
                    p.id});
    }
    return out;
}

QList<Column> meilensteinColumns(bool verzoegert)
{
    const QString datum = u"88.88.8888"_qs;
    QList<Column> out{
        {.title = Tr::tr("Umsetzungsprojekt"), .link = true},
        {.title = Tr::tr("Themenfeld"), .programmeOnly = true},
        {.title = Tr::tr("Meilenstein")},
        {.title = Tr::tr("geplant"), .tooltip = Tr::tr("Geplanter Termin"), .number = true, .sample = datum},
    };
    if (verzoegert) {
        out.append({.title = Tr::tr("erreicht"),
                    .tooltip = Tr::tr("Tatsächlich erreicht am"),
                    .number = true,
                    .sample = datum});
        out.append({.title = Tr::tr("Tage"),
                    .tooltip = Tr::tr("Tage zwischen geplantem und tatsächlichem Termin"),
                    .number = true,
                    .sample = u"8.888"_qs});
    } else {
        out.append({.title = Tr::tr("Tage"),
                    .tooltip = Tr::tr("Tage seit dem geplanten Termin bis zum Stichtag"),
                    .number = true,
                    .sample = u"8.888"_qs});
    }
    return out;
}

QList<CoverageEntry> meilensteinEntries(const PlanSnapshot &plan,
                                        const QList<analysis::MeilensteinVerzug> &liste, bool verzoegert)
{
    const auto byId = projekteById(plan);
    QList<CoverageEntry> out;
    out.reserve(liste.size());
    for (const analysis::MeilensteinVerzug &m : liste) {
        const Projekt *pr = byId.value(m.projektId);
        QVariantList cells{m.projekt, pr ? themenfeldName(plan, pr->themenfeldId) : QString(), m.titel,
                           m.geplant};
        if (verzoegert)
            cells.append(m.ist);
        cells.append(m.tage);
        out.append({cells, 0, m.projektId});
    }
    return out;
}

QList<Column> terminColumns()
{
    return {
        {.title = Tr::tr("Umsetzungsprojekt"), .link = true},
        {.title = Tr::tr("Themenfeld"), .programmeOnly = true},
        {.title = Tr::tr("Meilenstein")},
        {.title = Tr::tr("Konflikt"), .sample = u"Phasen in falscher Reihenfolge"_qs},
        {.title = Tr::tr("Tage"),
         .tooltip = Tr::tr("Um so viele Tage verfehlt der Termin die Regel"),
         .number = true,
         .sample = u"8.888"_qs},
        {.title = Tr::tr("Begründung")},
    };
}

QList<CoverageEntry> terminEntries(const PlanSnapshot &plan, const QList<analysis::TerminHinweis> &liste)
{
    const auto byId = projekteById(plan);
    QList<CoverageEntry> out;
    out.reserve(liste.size());
    for (const analysis::TerminHinweis &h : liste) {
        const Projekt *pr = byId.value(h.projektId);
        out.append({{h.projekt, pr ? themenfeldName(plan, pr->themenfeldId) : QString(), h.titel,
                     analysis::konfliktName(h.art), h.tage, h.text()},
                    0,
                    h.projektId});
    }
    return out;
}

QList<NachnutzungMatrixModel::LandRow> nachnutzungLaender(const PlanSnapshot &plan,
                                                          const analysis::CoverageReport &report)
{
    QList<NachnutzungMatrixModel::LandRow> out;
    for (const analysis::LandNachnutzung &l : report.laender) {
        const Beteiligter *b = plan.beteiligter(l.landId);
        out.append({l.kuerzel, b ? b->name : QString(), l});
    }
    return out;
}

QList<NachnutzungMatrixModel::ProjektColumn> nachnutzungProjekte(const PlanSnapshot &plan,
                                                                 const analysis::CoverageReport &report)
{
    const auto byId = projekteById(plan);
    QList<NachnutzungMatrixModel::ProjektColumn> out;
    for (qint64 id : report.projekte) {
        const Projekt *p = byId.value(id);
        out.append({id, p ? p->name : QString()});
    }
    return out;
}

QList<DienstCoverageModel::Dienst> dienste(const PlanSnapshot &plan, const analysis::CoverageReport &report)
{
    QHash<qint64, QString> anbieter;
    for (const Onlinedienst &d : plan.onlinedienste)
        anbieter.insert(d.id, d.anbieter);
    QList<DienstCoverageModel::Dienst> out;
    for (const analysis::DienstCoverage &d : report.onlinedienste) {
        DienstCoverageModel::Dienst dienst{d.dienstId, d.name, anbieter.value(d.dienstId), {}};
        for (const analysis::DienstLeistung &dl : d.leistungen) {
            const Leistung *l = plan.leistung(dl.ozgId);
            const Lage *la = l ? plan.lage(l->lageId) : nullptr;
            dienst.leistungen.append(
                {dl.ozgId, l ? l->name : QString(), dl.reifegrad, la ? la->name : QString()});
        }
        out.append(std::move(dienst));
    }
    return out;
}

} // namespace tfp::ui::coverage
