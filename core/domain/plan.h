// Plain value types of the planning model and the PlanSnapshot that holds a whole catalog in memory.
// Analysis, reports and exchange read these; only core/storage fills them.
#pragma once

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace tfp {

enum class LageArt
{
    Unbekannt,
    Lebenslage,
    Geschaeftslage,
    Querschnitt
};
enum class Status
{
    Ohne,
    InPlanung,
    InUmsetzung,
    Online
};
enum class Flaechendeckung
{
    Keine,
    Kommune,
    Kreisweit,
    Landesweit,
    Bundesweit
};
enum class ReifegradModell
{
    V1,
    V2
}; // 1.x: levels 0–4, 2.0: levels 0–7
enum class BeteiligterArt
{
    Ressort,
    Land,
    Ksv,
    Behoerde,
    Kommune
};
enum class Rolle
{
    FF,
    U,
    MA
};
enum class EfaModell
{
    Offen,
    EfaZentral,
    EfaNachnutzung,
    Laenderindividuell,
    BundZentral
};
enum class Phase
{
    Vorbereitung,
    Konzeption,
    Umsetzung,
    Pilotierung,
    Rollout,
    Regelbetrieb,
    Flaechendeckend
};
enum class NachnutzungStand
{
    Interessiert,
    Geplant,
    InUmsetzung,
    Live,
    Abgelehnt
};
enum class RisikoArt
{
    Sonstiges,
    Basiskomponente,
    Register,
    Rechtsaenderung,
    Abhaengigkeit
};
enum class Einstufung
{
    Mittel,
    Niedrig,
    Hoch
};
enum class KapazitaetArt
{
    Leistungen,
    Personentage
};
// Programme scope derived from the LeiKa types: pure Typ 1 is Bund, no Typ 1 is Föderal, both is Misch.
enum class Programm
{
    Unbekannt,
    Bund,
    Foederal,
    Misch
};

struct Themenfeld
{
    int id = 0;
    QString name;
    int sortOrder = 0;
    double schwelleHoechste = 4.0;
    double schwelleHohe = 3.0;
    double schwelleMittlere = 2.0;
    std::optional<int> wellenKapazitaet;
    KapazitaetArt kapazitaetArt = KapazitaetArt::Leistungen;
    QString notes;
};

struct Lage
{
    int id = 0;
    int themenfeldId = 0;
    QString name;
    LageArt art = LageArt::Unbekannt;
};

struct Leistung
{
    int ozgId = 0;
    int lageId = 0;
    QString name;
    Status status = Status::Ohne;
    std::optional<int> reifegradIst;
    std::optional<int> reifegradZiel;
    ReifegradModell modell = ReifegradModell::V1;
    Flaechendeckung flaechendeckung = Flaechendeckung::Keine;
    QDate goLive;
    QDate flaechendeckendAm;
    std::optional<qint64> nachfrage;
    std::optional<double> aufwandPt;
    QString rechtsaenderung;
    std::optional<int> welleFix;
    QString notes;
    Programm programm = Programm::Unbekannt; // derived from its LeiKa-Leistungen
    QString leikaSchluessel;                 // its LeiKa-Schlüssel, space-separated (for search)
};

struct LeikaLeistung
{
    qint64 id = 0;
    QString schluessel; // 14 digits or "nicht im LeiKa"
    QString bezeichnung;
    QString typ; // kept as the catalog's code ("2/3", "1, 2/3" …)
    QString rechtsgrundlage;
    QString gesetze;
    QString gesetzeskuerzel;
    bool sdg1 = false;
    bool sdg2 = false;
    std::optional<int> ozgId;
};

struct Abhaengigkeit
{
    qint64 id = 0;
    int ozgId = 0;       // this Leistung …
    int haengtAbVon = 0; // … depends on that one
    QString notes;
};

struct Beteiligter
{
    int id = 0;
    QString kuerzel;
    QString name;
    BeteiligterArt art = BeteiligterArt::Land;
};

struct Federfuehrung
{
    qint64 id = 0;
    int themenfeldId = 0;
    int beteiligterId = 0;
    Rolle rolle = Rolle::FF;
    QString kontakt;
    int sortOrder = 0;
};

struct Projekt
{
    qint64 id = 0;
    int themenfeldId = 0;
    QString name;
    std::optional<int> koordinationId;
    EfaModell efa = EfaModell::Offen;
    Phase phase = Phase::Vorbereitung;
    QDate start;
    QDate ende;
    std::optional<qint64> budgetCent;
    QString notes;
    QList<int> leistungen; // OZG-IDs, from projekt_leistung
};

struct Nachnutzung
{
    qint64 id = 0;
    qint64 projektId = 0;
    int landId = 0;
    NachnutzungStand stand = NachnutzungStand::Interessiert;
    QDate datum;
};

struct Meilenstein
{
    qint64 id = 0;
    qint64 projektId = 0;
    Phase phase = Phase::Vorbereitung;
    QString titel;
    QDate geplant;
    QDate ist;
    std::optional<int> abnahmeDurch;
    QDate abnahmeAm;
    std::optional<int> ozgId; // set when the milestone overrides the project's date for one Leistung
    int sortOrder = 0;
};

// Finish-to-start: milestone meilensteinId is due no earlier than abstandTage days after haengtAbVon.
struct MeilensteinAbhaengigkeit
{
    qint64 id = 0;
    qint64 meilensteinId = 0; // the successor …
    qint64 haengtAbVon = 0;   // … of this predecessor
    int abstandTage = 0;      // the lag, in days
    QString notes;
};

struct Zahlung
{
    qint64 id = 0;
    qint64 projektId = 0;
    int jahr = 0;
    int quartal = 1;
    qint64 planCent = 0;
    std::optional<qint64> istCent;
    std::optional<double> personentage;
};

struct Onlinedienst
{
    qint64 id = 0;
    QString name;
    QString anbieter;
    QString url;
    QString notes;
    QHash<qint64, int> leika;  // LeiKa id → Reifegrad reached for it
    QHash<int, QDate> laender; // Land id → available since
};

struct Kriterium
{
    qint64 id = 0;
    int themenfeldId = 0;
    QString name;
    double gewicht = 1.0;
    int sortOrder = 0;
};

struct Bewertung
{
    qint64 id = 0;
    qint64 kriteriumId = 0;
    int ozgId = 0;
    int wert = 0;
};

struct Stimme
{
    qint64 id = 0;
    qint64 kriteriumId = 0;
    int ozgId = 0;
    QString teilnehmer;
    int wert = 0;
    QString workshop;
    QDate datum;
};

struct Risiko
{
    qint64 id = 0;
    int themenfeldId = 0;
    std::optional<qint64> projektId;
    std::optional<int> ozgId;
    RisikoArt art = RisikoArt::Sonstiges;
    QString beschreibung;
    QString massnahme;
    Einstufung einstufung = Einstufung::Mittel;
};

// The whole plan as plain values. Lists are ordered by key; the index maps give positions.
// How much loadPlan reads: Summary leaves out the LeiKa-Leistungen themselves (hundreds of thousands of rows
// in a large catalog), keeping only what the workspace needs of them per Leistung (programme scope,
// Schlüssel) and those an Onlinedienst covers, and the prioritisation scores and votes, which their views
// load for one Themenfeld when they need them (Catalog::loadScores). Tables is Full without the
// LeiKa-Leistungen (kept as in a Summary): what the table exports and the JSON-free commands read, in a third
// of the memory of a programme-sized Full plan.
enum class PlanDetail
{
    Full,
    Summary,
    Tables
};

// Whether a plan of that detail holds every LeiKa-Leistung, and every score and vote of every Themenfeld.
constexpr bool holdsAllLeika(PlanDetail d)
{
    return d == PlanDetail::Full;
}
constexpr bool holdsAllScores(PlanDetail d)
{
    return d != PlanDetail::Summary;
}

struct PlanSnapshot
{
    int schemaVersion = 0;
    PlanDetail detail = PlanDetail::Full;
    QString catalogId;
    qint64 revision = 0;
    int scoresThemenfeld = 0; // Summary: the Themenfeld whose scores and votes are loaded (0: none)

    QList<Themenfeld> themenfelder;
    QList<Lage> lagen;
    QList<Leistung> leistungen;
    QList<LeikaLeistung> leika;
    QList<Abhaengigkeit> abhaengigkeiten;
    QList<Beteiligter> beteiligte;
    QList<Federfuehrung> federfuehrung;
    QList<Projekt> projekte;
    QList<Nachnutzung> nachnutzung;
    QList<Meilenstein> meilensteine;
    QList<MeilensteinAbhaengigkeit> meilensteinAbhaengigkeiten;
    QList<Zahlung> zahlungen;
    QList<Onlinedienst> onlinedienste;
    QList<Kriterium> kriterien;
    QList<Bewertung> bewertungen;
    QList<Stimme> stimmen;
    QList<Risiko> risiken;

    QHash<int, qsizetype> leistungIndex; // OZG-ID → position in leistungen
    QHash<int, qsizetype> lageIndex;
    QHash<int, qsizetype> beteiligterIndex;
    QHash<int, qsizetype> themenfeldIndex;

    void rebuildIndexes();
    // The lookups point into this snapshot: they are deleted on a temporary one (a loadPlan() result used in
    // the same expression), whose rows are gone at the end of the statement.
    const Leistung *leistung(int ozgId) const &;
    const Lage *lage(int id) const &;
    const Beteiligter *beteiligter(int id) const &;
    const Themenfeld *themenfeld(int id) const &;
    const Projekt *projekt(qint64 id) const &;
    const Themenfeld *themenfeldByName(const QString &name) const &;
    const Leistung *leistung(int) const && = delete;
    const Lage *lage(int) const && = delete;
    const Beteiligter *beteiligter(int) const && = delete;
    const Themenfeld *themenfeld(int) const && = delete;
    const Projekt *projekt(qint64) const && = delete;
    const Themenfeld *themenfeldByName(const QString &) const && = delete;
    int themenfeldOf(const Leistung &l) const; // via its Lage
};

// Programme scope of one LeiKa type code, and of a Leistung from all its LeiKa types.
Programm programmOf(const QStringList &leikaTypen);

} // namespace tfp
