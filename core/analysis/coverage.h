// Coverage (Abdeckungsgrad) of one Themenfeld or the whole programme, in scope alle or Föderal: status,
// Reifegrad, Flächendeckung and Onlinedienst figures per Themenfeld and Lage, and the gaps a plan must close.
#pragma once

#include "domain/plan.h"
#include "onlinedienste.h"
#include "schedule.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <array>
#include <optional>

namespace tfp::analysis {

enum class Scope
{
    Alle,
    Foederal
};

// Föderal: executed by Länder or Kommunen, i.e. programme Föderal or Misch. A Leistung whose programme is
// unknown (no LeiKa entries) counts in scope alle only.
bool inScope(const Leistung &l, Scope s);

struct Kennzahlen
{
    int leistungen = 0;
    std::array<int, 4> status{};       // indexed by Status: ohne, in Planung, in Umsetzung, online
    std::array<int, 5> reifegradIst{}; // model 1.x levels 0–4
    std::array<int, 5> reifegradZiel{};
    int ohneReifegradIst = 0; // model 1.x, no value
    int ohneReifegradZiel = 0;
    int modell2 = 0;                      // rated under model 2.0 (0–7): in none of the Reifegrad figures
    int mitLuecke = 0;                    // Ziel above Ist, both known
    int lueckeStufen = 0;                 // Σ (Ziel − Ist) over those
    int ozgKonform = 0;                   // Ist ≥ 3: the OZG obligation is met
    std::array<int, 5> flaechendeckung{}; // indexed by Flaechendeckung
    int mitOnlinedienst = 0;              // covered by at least one Onlinedienst
    QList<int> ohneProjekt;               // OZG-IDs in no Umsetzungsprojekt (of any Themenfeld)
    QList<int> ohneOnlinedienst;          // OZG-IDs no Onlinedienst covers

    int count(Status s) const { return status[int(s)]; }
};

// count as a percentage of total, unrounded; 0 when total is 0.
double anteil(int count, int total);

struct ThemenfeldZahlen
{
    int id = 0;
    QString name;
    Kennzahlen zahlen;
};

struct LageZahlen
{
    int id = 0;
    int themenfeldId = 0;
    QString name;
    Kennzahlen zahlen;
    // No Leistung in scope has a status other than "ohne" and none is in a project. A Lage without
    // Leistungen in scope alle counts as without activity; in scope Föderal it is not listed at all.
    bool ohneAktivitaet = false;
};

struct LandNachnutzung
{
    int landId = 0;
    QString kuerzel;
    QHash<qint64, NachnutzungStand> stand; // Projekt id → the Land's entry (the matrix row)
    int projekte = 0;                      // projects it reuses: stand geplant, in Umsetzung or live
    double anteil = 0;                     // projekte as a percentage of all projects in range
};

struct MeilensteinVerzug
{
    qint64 id = 0;
    qint64 projektId = 0;
    QString projekt;
    QString titel;
    QDate geplant;
    QDate ist;    // empty when overdue
    int tage = 0; // overdue: geplant → heute; slipped: geplant → ist
};

struct ProjektOhneMeilenstein
{
    qint64 id = 0;
    QString name;
};

struct CoverageOptions
{
    Scope scope = Scope::Alle;
    std::optional<int> themenfeldId; // none: the whole programme
    QDate heute;                     // "today" for overdue milestones; required, so results are reproducible
};

struct CoverageReport
{
    Scope scope = Scope::Alle;
    std::optional<int> themenfeldId;
    QDate heute;
    Kennzahlen gesamt;
    QList<ThemenfeldZahlen> themenfelder; // in range, by sort order
    QList<LageZahlen> lagen;              // in range, by Themenfeld sort order, then id
    QList<int> lagenOhneAktivitaet;       // Lage ids
    QList<DienstCoverage> onlinedienste; // Leistungen in range and scope only; dienste covering none left out
    QList<ProjektOhneMeilenstein> projekteOhneMeilensteine;
    QList<qint64> projekte;                // projects in range (the Nachnutzung matrix's columns), by id
    QList<LandNachnutzung> laender;        // every Land, by code
    QList<MeilensteinVerzug> ueberfaellig; // geplant before heute, no ist; most days first
    QList<MeilensteinVerzug> verzoegert;   // ist after geplant; most days first
    QList<TerminHinweis> terminkonflikte;  // the schedule's consistency flags (terminHinweise, heute)
};

// Projects, milestones and the Nachnutzung matrix follow the Themenfeld only (a project is not in a scope);
// the Leistung figures follow Themenfeld and scope. Throws tfp::Error when heute is not a valid date.
CoverageReport coverage(const PlanSnapshot &plan, const CoverageOptions &options);

} // namespace tfp::analysis
