// Small in-memory PlanSnapshots for the analysis tests: each test states its Leistungen, scores and projects
// in a few lines, so that the expected figures can be worked out by hand next to them.
#pragma once

#include "domain/plan.h"

#include <initializer_list>
#include <optional>

namespace tfp::test {

class PlanFixture
{
public:
    Themenfeld &themenfeld(int id, const QString &name)
    {
        m_plan.themenfelder.append(
            {id, name, id, 4.0, 3.0, 2.0, std::nullopt, KapazitaetArt::Leistungen, {}});
        return m_plan.themenfelder.last();
    }
    void lage(int id, int themenfeldId, const QString &name)
    {
        m_plan.lagen.append({id, themenfeldId, name, LageArt::Lebenslage});
    }
    Leistung &leistung(int ozgId, int lageId, Programm programm = Programm::Foederal,
                       Status status = Status::Ohne)
    {
        Leistung l;
        l.ozgId = ozgId;
        l.lageId = lageId;
        l.name = u"Leistung %1"_qs.arg(ozgId);
        l.programm = programm;
        l.status = status;
        m_plan.leistungen.append(l);
        return m_plan.leistungen.last();
    }
    void kriterium(qint64 id, int themenfeldId, double gewicht)
    {
        m_plan.kriterien.append({id, themenfeldId, u"K%1"_qs.arg(id), gewicht, int(id)});
    }
    // One score per criterion in the order given; std::nullopt leaves that criterion unscored.
    void scores(int ozgId, std::initializer_list<std::pair<qint64, std::optional<int>>> values)
    {
        for (const auto &[kriterium, wert] : values)
            if (wert)
                m_plan.bewertungen.append({qint64(m_plan.bewertungen.size() + 1), kriterium, ozgId, *wert});
    }
    void dependsOn(int ozgId, int haengtAbVon)
    {
        m_plan.abhaengigkeiten.append({qint64(m_plan.abhaengigkeiten.size() + 1), ozgId, haengtAbVon, {}});
    }
    void leika(qint64 id, int ozgId, const QString &typ = u"2/3"_qs)
    {
        LeikaLeistung l;
        l.id = id;
        l.typ = typ;
        l.ozgId = ozgId;
        m_plan.leika.append(l);
    }
    void onlinedienst(qint64 id, const QString &name,
                      std::initializer_list<std::pair<qint64, int>> leikaLevels)
    {
        Onlinedienst d;
        d.id = id;
        d.name = name;
        for (const auto &[leika, level] : leikaLevels)
            d.leika.insert(leika, level);
        m_plan.onlinedienste.append(d);
    }
    void land(int id, const QString &kuerzel, BeteiligterArt art = BeteiligterArt::Land)
    {
        m_plan.beteiligte.append({id, kuerzel, kuerzel, art});
    }
    Projekt &projekt(qint64 id, int themenfeldId, const QString &name, QList<int> leistungen)
    {
        Projekt p;
        p.id = id;
        p.themenfeldId = themenfeldId;
        p.name = name;
        p.leistungen = std::move(leistungen);
        m_plan.projekte.append(p);
        return m_plan.projekte.last();
    }
    Meilenstein &meilenstein(qint64 id, qint64 projektId, const QString &titel, QDate geplant, QDate ist = {},
                             Phase phase = Phase::Vorbereitung)
    {
        Meilenstein m;
        m.id = id;
        m.projektId = projektId;
        m.titel = titel;
        m.geplant = geplant;
        m.ist = ist;
        m.phase = phase;
        m_plan.meilensteine.append(m);
        return m_plan.meilensteine.last();
    }
    // Milestone meilensteinId comes no earlier than abstandTage days after haengtAbVon.
    void folgtAuf(qint64 meilensteinId, qint64 haengtAbVon, int abstandTage = 0)
    {
        m_plan.meilensteinAbhaengigkeiten.append({qint64(m_plan.meilensteinAbhaengigkeiten.size() + 1),
                                                  meilensteinId,
                                                  haengtAbVon,
                                                  abstandTage,
                                                  {}});
    }
    void zahlung(qint64 projektId, int jahr, int quartal, qint64 planCent, std::optional<qint64> istCent = {},
                 std::optional<double> personentage = {})
    {
        m_plan.zahlungen.append(
            {qint64(m_plan.zahlungen.size() + 1), projektId, jahr, quartal, planCent, istCent, personentage});
    }
    void nachnutzung(qint64 projektId, int landId, NachnutzungStand stand)
    {
        m_plan.nachnutzung.append({qint64(m_plan.nachnutzung.size() + 1), projektId, landId, stand, {}});
    }

    PlanSnapshot build() const
    {
        PlanSnapshot p = m_plan;
        p.rebuildIndexes();
        return p;
    }

private:
    PlanSnapshot m_plan;
};

} // namespace tfp::test
