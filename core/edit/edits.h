// The one way to change a catalog: each function turns a user's intent into a ChangeSet with a description
// kept as data (edit::Phrase; descriptionText tells it: "Reifegrad von „Elterngeld“ auf 3 setzen"). An intent
// that would change nothing gives an empty ChangeSet; one the rules refuse throws tfp::Error with the reason.
// Nothing is applied here.
#pragma once

#include "domain/plan.h"
#include "storage/changeset.h"

#include <QStringList>
#include <optional>

namespace tfp {
class Catalog;
}

namespace tfp::edit {

// Label of a row as users name it: "„Elterngeld“ (10000)", "Projekt „Elterngeld digital“".
QString rowLabel(const Catalog &c, schema::Table t, qint64 key);

ChangeSet setField(const Catalog &c, schema::Table t, qint64 key, QStringView column, const QVariant &value);
// Rules that hold whoever edits (UI, import, merge): throws Error when the value is refused.
void checkField(const Catalog &c, schema::Table t, qint64 key, QStringView column, const QVariant &value);
// The same for a value that changes together with others of its row (an import): pending holds the row's
// other new values, which count instead of the stored ones; a row not stored yet is checked as pending has
// it.
void checkField(const Catalog &c, schema::Table t, qint64 key, QStringView column, const QVariant &value,
                const QVariantMap &pending);
// Advice that does not block the edit (a milestone planned before the one it follows, …).
QStringList warnings(const Catalog &c, schema::Table t, qint64 key, QStringView column,
                     const QVariant &value);

ChangeSet remove(const Catalog &c, schema::Table t, qint64 key);

ChangeSet createLeistung(Catalog &c, int ozgId, int lageId, const QString &name);
// A new project gets the standard phase milestones of DOMAIN.md (dates empty) and its Leistungen.
ChangeSet createProjekt(Catalog &c, int themenfeldId, const QString &name, const QList<int> &ozgIds,
                        std::optional<int> koordinationId = std::nullopt);
ChangeSet assignLeistungen(Catalog &c, qint64 projektId, const QList<int> &ozgIds);
ChangeSet unassignLeistungen(const Catalog &c, qint64 projektId, const QList<int> &ozgIds);
// stand empty: the Land does not reuse the project (its row is removed).
ChangeSet setNachnutzung(Catalog &c, qint64 projektId, int landId, const std::optional<QString> &standCode);
ChangeSet addMeilenstein(Catalog &c, qint64 projektId, const QString &phaseCode, const QString &titel,
                         const QDate &geplant);
// Milestone meilensteinId comes no earlier than abstandTage days (0 to schema::kMaxAbstandTage) after
// milestone haengtAbVon, in any project and Themenfeld. Refused: a milestone that does not exist, the
// milestone itself, a pair that exists already, and a dependency that would close a cycle (the message names
// the chain). The lag changes through setField (col::abstandTage), the dependency goes through remove(); a
// milestone's removal takes its dependencies with it.
ChangeSet addMeilensteinAbhaengigkeit(Catalog &c, qint64 meilensteinId, qint64 haengtAbVon,
                                      int abstandTage = 0);
ChangeSet addZahlung(Catalog &c, qint64 projektId, int jahr, int quartal, qint64 planCent);
// Every quarter of the project's term (Beginn to Ende) that its Zahlungsplan lacks, with 0 € planned; empty
// when all are there. Throws tfp::Error when the project has no Beginn or no Ende.
ChangeSet addZahlungsQuartale(Catalog &c, qint64 projektId);
// The quarters addZahlungsQuartale would add (without building them), 0 without a term.
int fehlendeZahlungsQuartale(const Catalog &c, qint64 projektId);
ChangeSet addFederfuehrung(Catalog &c, int themenfeldId, int beteiligterId, const QString &rolleCode);
ChangeSet addAbhaengigkeit(Catalog &c, int ozgId, int haengtAbVon);
// A Ressort, Land, kommunaler Spitzenverband, Behörde or Kommune that can take part in Federführung and
// projects.
ChangeSet addBeteiligter(Catalog &c, const QString &kuerzel, const QString &name, const QString &artCode);
ChangeSet addLage(Catalog &c, int themenfeldId, const QString &name, const QString &artCode);
// A new criterion of the Themenfeld's prioritisation, after the existing ones.
ChangeSet addKriterium(Catalog &c, int themenfeldId, const QString &name, double gewicht);
// A risk of the Themenfeld, optionally of one project or Leistung.
ChangeSet addRisiko(Catalog &c, int themenfeldId, const QString &beschreibung, const QString &artCode,
                    const QString &einstufungCode);
ChangeSet createOnlinedienst(Catalog &c, const QString &name, const QString &anbieter);
// reifegrad empty: the Onlinedienst no longer covers the LeiKa-Leistung.
ChangeSet setDienstLeika(Catalog &c, qint64 dienstId, qint64 leikaId, std::optional<int> reifegrad);
ChangeSet setDienstLand(Catalog &c, qint64 dienstId, int landId, bool available);
ChangeSet addKommentar(Catalog &c, schema::Table t, qint64 key, const QString &text);
// A criterion scores the Leistungen of its own Themenfeld only: throws tfp::Error naming both otherwise.
void checkKriteriumFor(const Catalog &c, qint64 kriteriumId, int ozgId);
// wert empty: the score is removed (missing, not zero).
ChangeSet setBewertung(Catalog &c, qint64 kriteriumId, int ozgId, std::optional<int> wert);
struct BewertungWert
{
    qint64 kriteriumId = 0;
    int ozgId = 0;
    std::optional<int> wert;
};
// Many scores at once (a pasted block), each by the rules of setBewertung, as one change set; reads the
// stored scores once per Leistung instead of several rows per score. Throws the first refusal.
ChangeSet setBewertungen(Catalog &c, const QList<BewertungWert> &werte);

// Standard milestones of a new project, in order: phase code and title.
QList<QPair<QString, QString>> standardMeilensteine();

} // namespace tfp::edit
