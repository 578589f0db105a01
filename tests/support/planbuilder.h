// The one builder of test plans: a PlanSpec says what a plan holds, buildPlan enters it through the edit
// functions the UI uses, one change set at a time. demoplan.h generates a spec for any Themenfeld (large,
// deterministic); familieplan.h writes down a small exact one for Familie & Kind whose figures tests name.
#pragma once

#include "storage/catalog.h"

#include <QList>
#include <QPair>
#include <QString>
#include <functional>
#include <optional>

namespace tfp::test {

// Commits one change set: Catalog::apply in tests, the Document's undo stack in the screenshots.
using Apply = std::function<void(const ChangeSet &)>;

struct PlanSpec
{
    struct LeistungValues
    {
        int ozg = 0;
        QString status; // a code; empty: left as it is
        std::optional<int> reifegradZiel, reifegradIst;
        QString goLive, rechtsaenderung;
    };
    struct Scores // one value per criterion of the Themenfeld, in the order of their ids; -1: not scored
    {
        int ozg = 0;
        QList<int> values;
    };
    struct MeilensteinValues // for the project's standard milestones, in their order
    {
        QString geplant, ist;
        std::optional<int> abnahmeDurch;
        QString abnahmeAm;
    };
    struct ZahlungValues
    {
        int jahr = 0, quartal = 0;
        qint64 planCent = 0;
        std::optional<qint64> istCent;
        std::optional<double> personentage;
    };
    struct ProjektValues
    {
        QString name;
        QList<int> leistungen;
        std::optional<int> federfuehrer;
        QString start, ende, efaModell, phase;
        std::optional<qint64> budgetCent;
        QList<MeilensteinValues> meilensteine;
        bool ohneMeilensteine = false;          // its standard milestones removed
        QList<QPair<int, QString>> nachnutzung; // Land, Stand code
        QList<ZahlungValues> zahlungen;
    };
    struct DienstLeistung // the LeiKa rows of an OZG-Leistung an Onlinedienst covers
    {
        int ozg = 0;
        int reifegrad = 0;
        bool ersteLeika = false; // only its first LeiKa row, not all
    };
    struct DienstValues
    {
        QString name, anbieter;
        QList<DienstLeistung> leistungen;
    };
    struct RisikoValues
    {
        QString beschreibung, art, einstufung;
    };

    int themenfeld = 0;
    QList<LeistungValues> leistungen;
    QList<Scores> scores;   // one change set, as the UI's "take over the workshop's scores"
    QList<double> gewichte; // of the criteria in the order of their ids
    std::optional<int> wellenKapazitaet;
    QList<ProjektValues> projekte;
    QList<QPair<int, int>> abhaengigkeiten; // OZG-ID depends on OZG-ID
    // A standard milestone of one of the spec's projects depends on one of another (or the same) project:
    // indexes into projekte and into the project's standard milestones, and the lag in days.
    struct MeilensteinFolge
    {
        int nachProjekt = 0, nach = 0, vorProjekt = 0, vor = 0, abstandTage = 0;
    };
    QList<MeilensteinFolge> meilensteinFolgen;
    QList<QPair<int, int>> festeWellen;    // OZG-ID, wave
    QList<QPair<int, QString>> kommentare; // on a Leistung
    QList<DienstValues> dienste;
    QList<RisikoValues> risiken;
    QString leeresThemenfeld; // a Themenfeld without Leistungen or projects, when named
};

struct BuiltPlan
{
    QList<qint64> projekte;
    QList<qint64> dienste;
    int leeresThemenfeld = 0;
};

BuiltPlan buildPlan(Catalog &c, const Apply &apply, const PlanSpec &spec);

} // namespace tfp::test
