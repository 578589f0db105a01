// The catalog's schema, defined once: every table and column name, type and range lives here, and all
// SQL (DDL and DML), value validation and the JSON exchange format are built from these definitions.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantMap>
#include <optional>

namespace tfp::schema {

inline constexpr int kVersion = 3;
// The longest lag of a milestone dependency: ten years, in days.
inline constexpr int kMaxAbstandTage = 3650;

enum class Table
{
    Themenfeld,
    Lage,
    Leistung,
    Leika,
    Abhaengigkeit,
    Beteiligter,
    Federfuehrung,
    Projekt,
    ProjektLeistung,
    Nachnutzung,
    Meilenstein,
    Zahlung,
    Onlinedienst,
    OnlinedienstLeika,
    OnlinedienstLand,
    Kriterium,
    Bewertung,
    Stimme,
    Risiko,
    Kommentar,
    Stand,
    MeilensteinAbhaengigkeit, // since schema 2
    Count
};

enum class Type
{
    Integer,
    Real,
    Text,
    Date,
    DateTime,
    Bool,
    Enum
};

struct Column
{
    QString name;
    Type type = Type::Text;
    bool nullable = false;
    std::optional<double> min;
    std::optional<double> max;
    QStringList enumValues; // Type::Enum: the stored codes
    std::optional<Table> references;
    QVariant defaultValue; // used when a row omits the column
};

struct TableDef
{
    Table id;
    QString name;
    QString key;           // INTEGER PRIMARY KEY column
    QString labelColumn;   // what names a row in messages and the journal
    QList<Column> columns; // key first
    QList<QStringList> unique;
    int since = 1; // the schema version that added the table (a migration step creates it)

    int indexOf(QStringView column) const;
    const Column &column(QStringView name) const; // throws tfp::Error when unknown
    bool hasColumn(QStringView name) const { return indexOf(name) >= 0; }
    // The row's values in column order, with each column's default where the map has no entry.
    QVariantList valuesOf(const QVariantMap &row) const;
};

// In dependency order: a table only references tables before it.
const QList<TableDef> &tables();
// The tables a catalog of that schema version has (TableDef::since), in the same order.
QList<TableDef> tablesOf(int version);
const TableDef &table(Table t);
std::optional<Table> tableByName(QStringView name);

// Checks a value against the column's type, range and enum; returns the normalised value to store
// (dates as ISO strings, bools as 0/1) or an error text naming what was expected.
struct Checked
{
    QVariant value;
    QString error;
    bool ok() const { return error.isEmpty(); }
};
Checked check(const Column &c, const QVariant &value);
// A whole row in column order, each value checked and normalised (check()); throws tfp::Error naming the
// table, the row's key and the field. The one check of rows copied in bulk (Catalog::insertRaw, a catalog
// moved to a server).
QVariantList checkedRow(const TableDef &def, const QVariantList &values);

// Column names, for code that reads or writes particular fields.
namespace col {
inline constexpr QStringView id = u"id";
inline constexpr QStringView name = u"name";
inline constexpr QStringView sortOrder = u"sort_order";
inline constexpr QStringView notes = u"notes";
inline constexpr QStringView themenfeldId = u"themenfeld_id";
inline constexpr QStringView ozgId = u"ozg_id";
inline constexpr QStringView projektId = u"projekt_id";
inline constexpr QStringView beteiligterId = u"beteiligter_id";
inline constexpr QStringView landId = u"land_id";
inline constexpr QStringView dienstId = u"dienst_id";
inline constexpr QStringView kriteriumId = u"kriterium_id";
inline constexpr QStringView phase = u"phase";
// themenfeld
inline constexpr QStringView schwelleHoechste = u"schwelle_hoechste";
inline constexpr QStringView schwelleHohe = u"schwelle_hohe";
inline constexpr QStringView schwelleMittlere = u"schwelle_mittlere";
inline constexpr QStringView wellenKapazitaet = u"wellen_kapazitaet";
inline constexpr QStringView wellenKapazitaetArt = u"wellen_kapazitaet_art";
// lage
inline constexpr QStringView art = u"art";
inline constexpr QStringView lageId = u"lage_id";
// leistung
inline constexpr QStringView status = u"status";
inline constexpr QStringView reifegradIst = u"reifegrad_ist";
inline constexpr QStringView reifegradZiel = u"reifegrad_ziel";
inline constexpr QStringView reifegradModell = u"reifegrad_modell";
inline constexpr QStringView flaechendeckung = u"flaechendeckung";
inline constexpr QStringView goLive = u"go_live";
inline constexpr QStringView flaechendeckendAm = u"flaechendeckend_am";
inline constexpr QStringView nachfrage = u"nachfrage";
inline constexpr QStringView aufwandPt = u"aufwand_pt";
inline constexpr QStringView rechtsaenderung = u"rechtsaenderung";
inline constexpr QStringView welleFix = u"welle_fix";
// leika
inline constexpr QStringView schluessel = u"schluessel";
inline constexpr QStringView bezeichnung = u"bezeichnung";
inline constexpr QStringView typ = u"typ";
inline constexpr QStringView rechtsgrundlage = u"rechtsgrundlage";
inline constexpr QStringView gesetze = u"gesetze";
inline constexpr QStringView gesetzeskuerzel = u"gesetzeskuerzel";
inline constexpr QStringView sdg1 = u"sdg1";
inline constexpr QStringView sdg2 = u"sdg2";
// abhaengigkeit
inline constexpr QStringView haengtAbVon = u"haengt_ab_von";
// beteiligter / federfuehrung
inline constexpr QStringView kuerzel = u"kuerzel";
inline constexpr QStringView rolle = u"rolle";
inline constexpr QStringView kontakt = u"kontakt";
// projekt
inline constexpr QStringView koordinationId = u"koordination_id";
inline constexpr QStringView efaModell = u"efa_modell";
inline constexpr QStringView start = u"start";
inline constexpr QStringView ende = u"ende";
inline constexpr QStringView budgetCent = u"budget_cent";
// nachnutzung
inline constexpr QStringView stand = u"stand";
inline constexpr QStringView datum = u"datum";
// meilenstein
inline constexpr QStringView titel = u"titel";
inline constexpr QStringView geplant = u"geplant";
inline constexpr QStringView ist = u"ist";
inline constexpr QStringView abnahmeDurch = u"abnahme_durch";
inline constexpr QStringView abnahmeAm = u"abnahme_am";
// meilenstein_abhaengigkeit (the successor is meilenstein_id, its predecessor haengt_ab_von)
inline constexpr QStringView meilensteinId = u"meilenstein_id";
inline constexpr QStringView abstandTage = u"abstand_tage";
// zahlung
inline constexpr QStringView jahr = u"jahr";
inline constexpr QStringView quartal = u"quartal";
inline constexpr QStringView planCent = u"plan_cent";
inline constexpr QStringView istCent = u"ist_cent";
inline constexpr QStringView personentage = u"personentage";
// onlinedienst
inline constexpr QStringView anbieter = u"anbieter";
inline constexpr QStringView url = u"url";
inline constexpr QStringView leikaId = u"leika_id";
inline constexpr QStringView reifegrad = u"reifegrad";
inline constexpr QStringView seit = u"seit";
// priorisierung
inline constexpr QStringView gewicht = u"gewicht";
inline constexpr QStringView wert = u"wert";
inline constexpr QStringView teilnehmer = u"teilnehmer";
inline constexpr QStringView workshop = u"workshop";
// risiko
inline constexpr QStringView beschreibung = u"beschreibung";
inline constexpr QStringView massnahme = u"massnahme";
inline constexpr QStringView einstufung = u"einstufung";
// kommentar
inline constexpr QStringView entityTable = u"entity_table";
inline constexpr QStringView entityKey = u"entity_key";
inline constexpr QStringView autor = u"autor";
inline constexpr QStringView zeitpunkt = u"zeitpunkt";
inline constexpr QStringView text = u"text";
inline constexpr QStringView quelle = u"quelle";
inline constexpr QStringView revision = u"revision";
} // namespace col

} // namespace tfp::schema
