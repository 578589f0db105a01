#include "schedule.h"

#include "planindex.h"

#include "tr.h"

#include "edit/fieldtext.h"
#include "error.h"

#include <QHash>

#include <algorithm>
#include <cstdlib>

namespace tfp::analysis {

namespace {

using edit::dateText;

QString named(const QString &titel, const QString &projekt)
{
    return Tr::tr("„%1“ (%2)").arg(titel, projekt);
}

} // namespace

QDate terminOf(const Meilenstein &m)
{
    return m.ist.isValid() ? m.ist : m.geplant;
}

QDate fruehesterTermin(const Meilenstein &vor, int abstandTage)
{
    return terminOf(vor).addDays(abstandTage);
}

bool verletzt(const Meilenstein &vor, const Meilenstein &nach, int abstandTage)
{
    const QDate frueheste = fruehesterTermin(vor, abstandTage);
    return frueheste.isValid() && terminOf(nach).isValid() && terminOf(nach) < frueheste;
}

QString konfliktName(TerminKonflikt art)
{
    switch (art) {
    case TerminKonflikt::Abhaengigkeit:
        return Tr::tr("Abhängigkeit verletzt");
    case TerminKonflikt::AusserhalbLaufzeit:
        return Tr::tr("außerhalb der Projektlaufzeit");
    case TerminKonflikt::PhasenFolge:
        return Tr::tr("Phasen in falscher Reihenfolge");
    case TerminKonflikt::ErreichtInZukunft:
        return Tr::tr("Erreicht-Datum in der Zukunft");
    }
    return {};
}

QString TerminHinweis::text() const
{
    const QString dieser = named(titel, projekt);
    switch (art) {
    case TerminKonflikt::Abhaengigkeit: {
        const QString nach = named(anderesTitel, anderesProjekt);
        const QString vorDatum = dateText(grenze.addDays(-abstandTage));
        if (abstandTage == 0)
            return Tr::tr("%1 liegt am %2, %n Tage vor dem frühesten Termin %3: er folgt %4 (%5).", nullptr,
                          tage)
                .arg(dieser, dateText(datum), dateText(grenze), nach, vorDatum);
        return Tr::tr("%1 liegt am %2, %n Tage vor dem frühesten Termin %3: er folgt %4 (%5) mit %6 Abstand.",
                      nullptr, tage)
            .arg(dieser, dateText(datum), dateText(grenze), nach, vorDatum,
                 abstandTage == 1 ? Tr::tr("1 Tag") : Tr::tr("%1 Tagen").arg(abstandTage));
    }
    case TerminKonflikt::AusserhalbLaufzeit:
        return datum < grenze ? Tr::tr("%1 liegt am %2, %n Tage vor dem Projektbeginn %3.", nullptr, tage)
                                    .arg(dieser, dateText(datum), dateText(grenze))
                              : Tr::tr("%1 liegt am %2, %n Tage nach dem Projektende %3.", nullptr, tage)
                                    .arg(dieser, dateText(datum), dateText(grenze));
    case TerminKonflikt::PhasenFolge:
        return Tr::tr("%1 liegt am %2, %n Tage vor %3 (%4) aus einer früheren Phase.", nullptr, tage)
            .arg(dieser, dateText(datum), named(anderesTitel, anderesProjekt), dateText(grenze));
    case TerminKonflikt::ErreichtInZukunft:
        return Tr::tr("%1 ist als erreicht am %2 eingetragen, %n Tage nach dem Stichtag %3.", nullptr, tage)
            .arg(dieser, dateText(datum), dateText(grenze));
    }
    return {};
}

QList<TerminHinweis> terminHinweise(const PlanSnapshot &plan, const QDate &stichtag,
                                    std::optional<int> themenfeldId)
{
    if (!stichtag.isValid())
        throw Error(Tr::tr("Für die Terminprüfung fehlt ein gültiger Stichtag."));
    const PlanIndex index(plan);
    const auto &projekte = index.projekte;
    const auto &meilensteine = index.meilensteine;
    const auto inRange = [&](const Meilenstein &m) {
        return !themenfeldId || projekte.value(m.projektId)->themenfeldId == *themenfeldId;
    };
    const auto hinweis = [&](TerminKonflikt art, const Meilenstein &m, const QDate &grenze) {
        const Projekt *p = projekte.value(m.projektId);
        TerminHinweis h;
        h.art = art;
        h.meilensteinId = m.id;
        h.projektId = p->id;
        h.projekt = p->name;
        h.titel = m.titel;
        h.datum = terminOf(m);
        h.grenze = grenze;
        h.tage = int(std::abs(h.datum.daysTo(grenze)));
        return h;
    };
    const auto other = [&](TerminHinweis &h, const Meilenstein &o) {
        h.anderesId = o.id;
        h.anderesTitel = o.titel;
        h.anderesProjekt = projekte.value(o.projektId)->name;
    };

    QList<TerminHinweis> out;
    for (const MeilensteinAbhaengigkeit &d : plan.meilensteinAbhaengigkeiten) {
        const Meilenstein *nach = meilensteine.value(d.meilensteinId);
        const Meilenstein *vor = meilensteine.value(d.haengtAbVon);
        if (!nach || !vor || !(inRange(*nach) || inRange(*vor)))
            continue;
        if (!verletzt(*vor, *nach, d.abstandTage))
            continue;
        TerminHinweis h =
            hinweis(TerminKonflikt::Abhaengigkeit, *nach, fruehesterTermin(*vor, d.abstandTage));
        other(h, *vor);
        h.abstandTage = d.abstandTage;
        out.append(h);
    }

    // Term and Stichtag per milestone; the phase order per project (and per Leistung a milestone is about).
    QHash<QPair<qint64, int>, QList<const Meilenstein *>> groups;
    for (const Meilenstein &m : plan.meilensteine) {
        if (!meilensteine.contains(m.id) || !inRange(m))
            continue;
        const QDate d = terminOf(m);
        if (!d.isValid())
            continue;
        const Projekt &p = *projekte.value(m.projektId);
        if (p.start.isValid() && d < p.start)
            out.append(hinweis(TerminKonflikt::AusserhalbLaufzeit, m, p.start));
        else if (p.ende.isValid() && d > p.ende)
            out.append(hinweis(TerminKonflikt::AusserhalbLaufzeit, m, p.ende));
        if (m.ist.isValid() && m.ist > stichtag)
            out.append(hinweis(TerminKonflikt::ErreichtInZukunft, m, stichtag));
        groups[{m.projektId, m.ozgId.value_or(0)}].append(&m);
    }
    for (const QList<const Meilenstein *> &group : std::as_const(groups)) {
        for (const Meilenstein *m : group) {
            // The latest milestone of an earlier phase: the one this milestone must not come before.
            const Meilenstein *spaetester = nullptr;
            for (const Meilenstein *o : group)
                if (int(o->phase) < int(m->phase) &&
                    (!spaetester || terminOf(*o) > terminOf(*spaetester) ||
                     (terminOf(*o) == terminOf(*spaetester) && o->id < spaetester->id)))
                    spaetester = o;
            if (spaetester && terminOf(*m) < terminOf(*spaetester)) {
                TerminHinweis h = hinweis(TerminKonflikt::PhasenFolge, *m, terminOf(*spaetester));
                other(h, *spaetester);
                out.append(h);
            }
        }
    }
    std::sort(out.begin(), out.end(), [](const TerminHinweis &a, const TerminHinweis &b) {
        if (a.art != b.art)
            return int(a.art) < int(b.art);
        if (a.tage != b.tage)
            return a.tage > b.tage;
        if (a.meilensteinId != b.meilensteinId)
            return a.meilensteinId < b.meilensteinId;
        return a.anderesId < b.anderesId;
    });
    return out;
}

} // namespace tfp::analysis
