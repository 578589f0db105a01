// Consistency flags of the schedule (Zeitplan): where the plan contradicts itself. Pure functions over a plan
// snapshot and a Stichtag; each flag names the milestone it concerns and why, for the views, `tfp coverage`
// and the PDF.
#pragma once

#include "domain/plan.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace tfp::analysis {

enum class TerminKonflikt
{
    Abhaengigkeit,      // the successor's date comes before the predecessor's date plus the lag
    AusserhalbLaufzeit, // before the project's Beginn or after its Ende
    PhasenFolge,        // before a milestone of an earlier phase of the same project
    ErreichtInZukunft   // reached after the Stichtag
};

// A milestone's date as the flags read it: reached when it is reached, else planned.
QDate terminOf(const Meilenstein &m);

// The earliest date the dependency allows its successor (the predecessor's date plus the lag), invalid when
// the predecessor has no date; the dependency is broken when the successor's date lies before it.
QDate fruehesterTermin(const Meilenstein &vor, int abstandTage);
bool verletzt(const Meilenstein &vor, const Meilenstein &nach, int abstandTage);

struct TerminHinweis
{
    TerminKonflikt art = TerminKonflikt::Abhaengigkeit;
    qint64 meilensteinId = 0; // the milestone the flag is about
    qint64 projektId = 0;
    QString projekt;
    QString titel;
    QDate datum;  // its date (terminOf)
    QDate grenze; // the earliest (latest, for a project's Ende; the Stichtag for a reached date) it may have
    int tage = 0; // how many days it is off
    // The other side: the predecessor (Abhaengigkeit) or the earlier phase's milestone (PhasenFolge).
    qint64 anderesId = 0;
    QString anderesProjekt;
    QString anderesTitel;
    int abstandTage = 0; // Abhaengigkeit: the lag

    // What is wrong, in a sentence for a list or the PDF (the reader's language).
    QString text() const;
};

// Every flag of the plan's milestones, of one Themenfeld's projects or of all. A dependency counts for both
// its ends: the flag is listed when either milestone's project is in range. Sorted by kind, then most days
// first, then milestone id.
QList<TerminHinweis> terminHinweise(const PlanSnapshot &plan, const QDate &stichtag,
                                    std::optional<int> themenfeldId = std::nullopt);

// The short name of a kind of flag, for a column or a heading.
QString konfliktName(TerminKonflikt art);

} // namespace tfp::analysis
