// The sentences in which the change history, "Änderungen seit …", the merge dialog and `tfp` tell what
// changed: each names its object once, with its type word once. And the Phrase: a description kept as data
// and told in the reader's language.
#include "changetext.h"

#include "tr.h"

#include "edits.h"
#include "fieldtext.h"
#include "storage/catalog.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <array>

namespace tfp::edit {

using namespace schema;

namespace {

QString quoted(const QString &s)
{
    return Tr::tr("„%1“").arg(s);
}

using Msg = Phrase::Msg;

struct Message
{
    Msg msg;
    const char *code; // stored in the journal: never change or reuse one
    const char *source;
    bool plural;
};

// clang-format off
constexpr std::array<Message, std::size_t(Msg::Count)> kMessages{{
    {Msg::TypeAndName, "typeAndName", QT_TRANSLATE_NOOP("tfp::edit", "%1 %2"), false},
    {Msg::ProjektLabel, "projekt", QT_TRANSLATE_NOOP("tfp::edit", "Projekt %1"), false},
    {Msg::FederfuehrungLabel, "federfuehrung", QT_TRANSLATE_NOOP("tfp::edit", "Federführung von %1"), false},
    {Msg::NachnutzungLabel, "nachnutzung", QT_TRANSLATE_NOOP("tfp::edit", "Nachnutzung durch %1"), false},
    {Msg::KommentarLabel, "kommentar", QT_TRANSLATE_NOOP("tfp::edit", "Kommentar %1"), false},
    {Msg::KommentarZuLabel, "kommentarZu", QT_TRANSLATE_NOOP("tfp::edit", "Kommentar zu %1: %2"), false},
    {Msg::ZuordnungLabel, "zuordnung", QT_TRANSLATE_NOOP("tfp::edit", "Zuordnung von %1 zu %2"), false},
    {Msg::BewertungLabel, "bewertung", QT_TRANSLATE_NOOP("tfp::edit", "Bewertung %1 von %2"), false},
    {Msg::StimmeLabel, "stimme", QT_TRANSLATE_NOOP("tfp::edit", "Stimme von %1 zu %2 für %3"), false},
    {Msg::ZahlungLabel, "zahlung", QT_TRANSLATE_NOOP("tfp::edit", "Zahlungsplan %1/Q%2"), false},
    {Msg::MeilensteinAbhaengigkeitLabel, "meilensteinAbhaengigkeit", QT_TRANSLATE_NOOP("tfp::edit", "Abhängigkeit: %1 nach %2"), false},
    {Msg::SetField, "setField", QT_TRANSLATE_NOOP("tfp::edit", "%1 von %2 auf %3 setzen"), false},
    {Msg::SetFieldOfMany, "setFieldOfMany", QT_TRANSLATE_N_NOOP("tfp::edit", "%1 von %n OZG-Leistungen auf %2 setzen"), true},
    {Msg::Remove, "remove", QT_TRANSLATE_NOOP("tfp::edit", "%1 löschen"), false},
    {Msg::CreateLeistung, "createLeistung", QT_TRANSLATE_NOOP("tfp::edit", "OZG-Leistung %1 „%2“ anlegen"), false},
    {Msg::CreateProjekt, "createProjekt", QT_TRANSLATE_NOOP("tfp::edit", "Projekt „%1“ anlegen"), false},
    {Msg::AssignOne, "assignOne", QT_TRANSLATE_NOOP("tfp::edit", "%1 dem %2 zuordnen"), false},
    {Msg::AssignMany, "assignMany", QT_TRANSLATE_NOOP("tfp::edit", "%1 OZG-Leistungen dem %2 zuordnen"), false},
    {Msg::UnassignOne, "unassignOne", QT_TRANSLATE_NOOP("tfp::edit", "Eine OZG-Leistung aus dem %1 entfernen"), false},
    {Msg::UnassignMany, "unassignMany", QT_TRANSLATE_NOOP("tfp::edit", "%1 OZG-Leistungen aus dem %2 entfernen"), false},
    {Msg::RemoveNachnutzung, "removeNachnutzung", QT_TRANSLATE_NOOP("tfp::edit", "Nachnutzung durch %1 aus %2 entfernen"), false},
    {Msg::SetNachnutzung, "setNachnutzung", QT_TRANSLATE_NOOP("tfp::edit", "Nachnutzung von %1 durch %2: %3"), false},
    {Msg::AddMeilenstein, "addMeilenstein", QT_TRANSLATE_NOOP("tfp::edit", "Meilenstein „%1“ im %2 anlegen"), false},
    {Msg::AddZahlung, "addZahlung", QT_TRANSLATE_NOOP("tfp::edit", "Zahlungsplan %1/Q%2 im %3 anlegen"), false},
    {Msg::AddZahlungsQuartale, "addZahlungsQuartale", QT_TRANSLATE_N_NOOP("tfp::edit", "Zahlungsplan: %n Quartale im %1 anlegen"), true},
    {Msg::AddFederfuehrung, "addFederfuehrung", QT_TRANSLATE_NOOP("tfp::edit", "%1 als %2 in die Federführung von %3 aufnehmen"), false},
    {Msg::AddBeteiligter, "addBeteiligter", QT_TRANSLATE_NOOP("tfp::edit", "Beteiligten %1 (%2) anlegen"), false},
    {Msg::AddLage, "addLage", QT_TRANSLATE_NOOP("tfp::edit", "Lage %1 in %2 anlegen"), false},
    {Msg::AddKriterium, "addKriterium", QT_TRANSLATE_NOOP("tfp::edit", "Kriterium %1 in %2 anlegen"), false},
    {Msg::AddRisiko, "addRisiko", QT_TRANSLATE_NOOP("tfp::edit", "Risiko %1 in %2 erfassen"), false},
    {Msg::AddAbhaengigkeit, "addAbhaengigkeit", QT_TRANSLATE_NOOP("tfp::edit", "%1 hängt von %2 ab"), false},
    {Msg::AddMeilensteinAbhaengigkeit, "addMeilensteinAbhaengigkeit", QT_TRANSLATE_N_NOOP("tfp::edit", "Abhängigkeit anlegen: %1 nach %2 (Abstand %n Tage)"), true},
    {Msg::MoveMeilensteine, "moveMeilensteine", QT_TRANSLATE_N_NOOP("tfp::edit", "%1 auf %2 verschieben, %n abhängige Meilensteine mit"), true},
    {Msg::ShiftProjekt, "shiftProjekt", QT_TRANSLATE_N_NOOP("tfp::edit", "%n offene Meilensteine von %1 verschieben"), true},
    {Msg::CreateOnlinedienst, "createOnlinedienst", QT_TRANSLATE_NOOP("tfp::edit", "Onlinedienst „%1“ anlegen"), false},
    {Msg::RemoveDienstLeika, "removeDienstLeika", QT_TRANSLATE_NOOP("tfp::edit", "%1 deckt %2 nicht mehr ab"), false},
    {Msg::SetDienstLeika, "setDienstLeika", QT_TRANSLATE_NOOP("tfp::edit", "%1 deckt %2 mit Reifegrad %3 ab"), false},
    {Msg::DienstLandOn, "dienstLandOn", QT_TRANSLATE_NOOP("tfp::edit", "%1 in %2 verfügbar"), false},
    {Msg::DienstLandOff, "dienstLandOff", QT_TRANSLATE_NOOP("tfp::edit", "%1 in %2 nicht mehr verfügbar"), false},
    {Msg::AddKommentar, "addKommentar", QT_TRANSLATE_NOOP("tfp::edit", "Kommentar zu %1"), false},
    {Msg::RemoveBewertung, "removeBewertung", QT_TRANSLATE_NOOP("tfp::edit", "Bewertung „%1“ von %2 entfernen"), false},
    {Msg::SetBewertung, "setBewertung", QT_TRANSLATE_NOOP("tfp::edit", "Bewertung „%1“ von %2 auf %3 setzen"), false},
    {Msg::SetBewertungen, "setBewertungen", QT_TRANSLATE_N_NOOP("tfp::edit", "%n Bewertungen setzen"), true},
    {Msg::StimmeWhat, "stimmeWhat", QT_TRANSLATE_NOOP("tfp::edit", "Stimme von %1 zu „%2“ für %3"), false},
    {Msg::RemoveWhat, "removeWhat", QT_TRANSLATE_NOOP("tfp::edit", "%1 entfernen"), false},
    {Msg::WhatValue, "whatValue", QT_TRANSLATE_NOOP("tfp::edit", "%1: %2"), false},
    {Msg::SetStimmen, "setStimmen", QT_TRANSLATE_NOOP("tfp::edit", "Stimmen von %1 erfassen"), false},
    {Msg::AddStand, "addStand", QT_TRANSLATE_NOOP("tfp::edit", "Stand „%1“ festhalten"), false},
    {Msg::Import, "import", QT_TRANSLATE_NOOP("tfp::edit", "Import „%1“: %2 neu, %3 geändert"), false},
    {Msg::MergeWorkshop, "mergeWorkshop", QT_TRANSLATE_NOOP("tfp::edit", "Workshop-Ergebnis „%1“ übernehmen"), false},
    {Msg::Undo, "undo", QT_TRANSLATE_NOOP("tfp::edit", "Rückgängig: %1"), false},
    {Msg::ImportSource, "importSource", QT_TRANSLATE_NOOP("tfp::edit", "Import aus %1"), false},
    {Msg::WorkshopSource, "workshopSource", QT_TRANSLATE_NOOP("tfp::edit", "Workshop-Paket %1"), false},
}};
// clang-format on

constexpr bool listedInOrder()
{
    for (std::size_t i = 0; i < kMessages.size(); ++i)
        if (std::size_t(kMessages[i].msg) != i)
            return false;
    return true;
}
static_assert(listedInOrder(), "kMessages lists every Phrase::Msg once, in the order of the enum");

constexpr bool sameCode(const char *a, const char *b)
{
    while (*a && *a == *b)
        ++a, ++b;
    return *a == *b;
}

constexpr bool distinctCodes()
{
    for (std::size_t i = 0; i < kMessages.size(); ++i)
        for (std::size_t j = i + 1; j < kMessages.size(); ++j)
            if (sameCode(kMessages[i].code, kMessages[j].code))
                return false;
    return true;
}
static_assert(distinctCodes(), "each message has a code of its own");

const Message &message(Msg m)
{
    return kMessages[std::size_t(m)];
}

const Message *messageByCode(QStringView code)
{
    for (const Message &m : kMessages)
        if (code == QLatin1String(m.code))
            return &m;
    return nullptr;
}

// The highest %1…%99 in a message: the number of arguments it takes.
int placeholders(QStringView text)
{
    int most = 0;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != u'%' || !text[i + 1].isDigit())
            continue;
        int n = text[i + 1].digitValue();
        if (i + 2 < text.size() && text[i + 2].isDigit())
            n = n * 10 + text[i + 2].digitValue();
        most = std::max(most, n);
    }
    return most;
}

// Puts the arguments into %1…%99 in one pass, so that an argument's own "%1" (a name typed so) stays text.
QString substitute(QStringView text, const QStringList &args)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'%' && i + 1 < text.size() && text[i + 1].isDigit()) {
            int n = text[i + 1].digitValue();
            qsizetype used = 2;
            if (i + 2 < text.size() && text[i + 2].isDigit()) {
                n = n * 10 + text[i + 2].digitValue();
                used = 3;
            }
            if (n >= 1 && n <= args.size()) {
                out += args[n - 1];
                i += used - 1;
                continue;
            }
        }
        out += text[i];
    }
    return out;
}

const QString kPrefix = u"tfp:1:"_qs;
constexpr int kMaxDepth = 12; // rowPhrase nests four deep, an undo one more

} // namespace

Phrase::Phrase(Msg m, int count) : m_kind(Kind::Message), m_msg(m), m_count(message(m).plural ? count : -1) {}

Phrase Phrase::literal(const QString &text)
{
    Phrase p;
    p.m_text = text;
    return p;
}

Phrase Phrase::quoted(const QString &text)
{
    Phrase p = literal(text);
    p.m_kind = Kind::Quoted;
    return p;
}

Phrase Phrase::tableLabel(Table t)
{
    Phrase p;
    p.m_kind = Kind::TableLabel;
    p.m_table = t;
    return p;
}

Phrase Phrase::fieldLabel(Table t, QStringView column)
{
    Phrase p = tableLabel(t);
    p.m_kind = Kind::FieldLabel;
    p.m_text = column.toString();
    return p;
}

Phrase Phrase::value(Table t, QStringView column, const QVariant &stored)
{
    Phrase p = fieldLabel(t, column);
    p.m_kind = Kind::Value;
    p.m_value = stored;
    return p;
}

Phrase Phrase::fromStored(const QString &stored)
{
    return parse(stored).value_or(literal(stored));
}

Phrase &Phrase::arg(const Phrase &p)
{
    m_args.push_back(p);
    return *this;
}

Phrase &Phrase::arg(const QString &text)
{
    return arg(literal(text));
}

Phrase &Phrase::arg(qint64 number)
{
    return arg(literal(QString::number(number)));
}

QString Phrase::text() const
{
    switch (m_kind) {
    case Kind::Literal:
        return m_text;
    case Kind::Quoted:
        return edit::quoted(m_text);
    case Kind::TableLabel:
        return edit::tableLabel(m_table);
    case Kind::FieldLabel:
        return edit::fieldLabel(m_table, m_text);
    case Kind::Value:
        return valueText(m_table, m_text, m_value);
    case Kind::Message:
        break;
    }
    QStringList args;
    args.reserve(qsizetype(m_args.size()));
    for (const Phrase &a : m_args)
        args << a.text();
    return substitute(Tr::tr(message(m_msg).source, nullptr, m_count), args);
}

QJsonValue Phrase::toJson() const
{
    const QString table = schema::table(m_table).name;
    switch (m_kind) {
    case Kind::Literal:
        return m_text;
    case Kind::Quoted:
        return QJsonObject{{u"q"_qs, m_text}};
    case Kind::TableLabel:
        return QJsonObject{{u"t"_qs, table}};
    case Kind::FieldLabel:
        return QJsonObject{{u"f"_qs, QJsonArray{table, m_text}}};
    case Kind::Value:
        return QJsonObject{{u"v"_qs, QJsonArray{table, m_text, QJsonValue::fromVariant(m_value)}}};
    case Kind::Message:
        break;
    }
    QJsonArray args;
    for (const Phrase &a : m_args)
        args.append(a.toJson());
    QJsonObject o{{u"m"_qs, QLatin1String(message(m_msg).code)}, {u"a"_qs, args}};
    if (m_count >= 0)
        o.insert(u"n"_qs, m_count);
    return o;
}

QString Phrase::stored() const
{
    return kPrefix + QString::fromUtf8(QJsonDocument(toJson().toObject()).toJson(QJsonDocument::Compact));
}

std::optional<Phrase> Phrase::parse(const QString &stored)
{
    if (!stored.startsWith(kPrefix))
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument doc =
        QJsonDocument::fromJson(QStringView(stored).mid(kPrefix.size()).toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    auto p = fromJson(doc.object(), 0);
    if (!p || p->m_kind != Kind::Message)
        return std::nullopt;
    return p;
}

// Everything a received file could hold is checked here: a known message with as many arguments as it
// takes, known tables and columns, scalar values, a bounded depth. Anything else is no Phrase.
std::optional<Phrase> Phrase::fromJson(const QJsonValue &v, int depth)
{
    if (v.isString())
        return literal(v.toString());
    if (!v.isObject() || depth > kMaxDepth)
        return std::nullopt;
    const QJsonObject o = v.toObject();
    const auto tableNamed = [](const QJsonValue &name) {
        return name.isString() ? tableByName(name.toString()) : std::nullopt;
    };
    // A table and one of its columns, the first two of a list of n.
    const auto field = [&](const QJsonValue &list, qsizetype n) -> std::optional<Phrase> {
        const QJsonArray a = list.toArray();
        const auto t = a.size() == n ? tableNamed(a[0]) : std::nullopt;
        if (!t || !a[1].isString() || !schema::table(*t).hasColumn(a[1].toString()))
            return std::nullopt;
        return fieldLabel(*t, a[1].toString());
    };
    if (o.size() == 1 && o.contains(u"q") && o.value(u"q").isString())
        return quoted(o.value(u"q").toString());
    if (o.size() == 1 && o.contains(u"t")) {
        const auto t = tableNamed(o.value(u"t"));
        return t ? std::optional(tableLabel(*t)) : std::nullopt;
    }
    if (o.size() == 1 && o.contains(u"f"))
        return field(o.value(u"f"), 2);
    if (o.size() == 1 && o.contains(u"v")) {
        auto p = field(o.value(u"v"), 3);
        const QJsonValue stored = o.value(u"v").toArray().at(2);
        if (!p || !(stored.isString() || stored.isDouble() || stored.isBool() || stored.isNull()))
            return std::nullopt;
        p->m_kind = Kind::Value;
        p->m_value = stored.toVariant();
        return p;
    }
    const Message *m = messageByCode(o.value(u"m").toString());
    const QJsonValue count = o.value(u"n");
    if (!m || !o.value(u"a").isArray() || o.size() != (m->plural ? 3 : 2) ||
        (m->plural && !(count.isDouble() && count.toDouble() >= 0 && count.toDouble() <= 1e9 &&
                        count.toDouble() == double(count.toInt()))))
        return std::nullopt;
    const QJsonArray args = o.value(u"a").toArray();
    if (args.size() != placeholders(QString::fromUtf8(m->source)))
        return std::nullopt;
    Phrase p(m->msg, m->plural ? count.toInt() : -1);
    for (const QJsonValue &a : args) {
        auto arg = fromJson(a, depth + 1);
        if (!arg)
            return std::nullopt;
        p.m_args.push_back(std::move(*arg));
    }
    return p;
}

QString descriptionText(const QString &stored)
{
    const auto p = Phrase::parse(stored);
    return p ? p->text() : stored;
}

QString authorText(const JournalEntry &e)
{
    if (e.anmeldung.isEmpty() || e.anmeldung == e.autor)
        return e.autor;
    if (e.autor.isEmpty())
        return e.anmeldung;
    return u"%1 (%2)"_qs.arg(e.autor, e.anmeldung);
}

Phrase rowPhrase(const Catalog &c, Table t, qint64 key)
{
    const auto r = c.row(t, key);
    if (!r)
        return Phrase(Msg::TypeAndName).arg(Phrase::tableLabel(t)).arg(key);
    const TableDef &def = table(t);
    const auto label = [&] { return Phrase::quoted(r->value(def.labelColumn).toString()); };
    const auto refKey = [&](QStringView column) { return r->value(column.toString()).toLongLong(); };
    const auto kuerzel = [&](QStringView column) {
        return c.value(Table::Beteiligter, refKey(column), col::kuerzel).toString();
    };
    const auto kriterium = [&] {
        return Phrase::quoted(c.value(Table::Kriterium, refKey(col::kriteriumId), col::name).toString());
    };
    switch (t) {
    case Table::Leistung:
        return label();
    case Table::Projekt:
        return Phrase(Msg::ProjektLabel).arg(label());
    case Table::Federfuehrung:
        return Phrase(Msg::FederfuehrungLabel).arg(kuerzel(col::beteiligterId));
    case Table::Nachnutzung:
        return Phrase(Msg::NachnutzungLabel).arg(kuerzel(col::landId));
    case Table::Kommentar: {
        // Which row it is about, and enough of its words to recognise it.
        QString text = r->value(col::text.toString()).toString().simplified();
        if (text.size() > 60)
            text = text.left(59) + u'…';
        const auto about = tableByName(r->value(col::entityTable.toString()).toString());
        if (!about || *about == Table::Kommentar)
            return Phrase(Msg::KommentarLabel).arg(Phrase::quoted(text));
        return Phrase(Msg::KommentarZuLabel)
            .arg(rowPhrase(c, *about, refKey(col::entityKey)))
            .arg(Phrase::quoted(text));
    }
    case Table::ProjektLeistung:
        return Phrase(Msg::ZuordnungLabel)
            .arg(rowPhrase(c, Table::Leistung, refKey(col::ozgId)))
            .arg(rowPhrase(c, Table::Projekt, refKey(col::projektId)));
    case Table::Bewertung:
        return Phrase(Msg::BewertungLabel)
            .arg(kriterium())
            .arg(rowPhrase(c, Table::Leistung, refKey(col::ozgId)));
    case Table::Stimme:
        return Phrase(Msg::StimmeLabel)
            .arg(r->value(col::teilnehmer.toString()).toString())
            .arg(kriterium())
            .arg(rowPhrase(c, Table::Leistung, refKey(col::ozgId)));
    case Table::Zahlung:
        return Phrase(Msg::ZahlungLabel).arg(refKey(col::jahr)).arg(refKey(col::quartal));
    case Table::MeilensteinAbhaengigkeit:
        return Phrase(Msg::MeilensteinAbhaengigkeitLabel)
            .arg(rowPhrase(c, Table::Meilenstein, refKey(col::meilensteinId)))
            .arg(rowPhrase(c, Table::Meilenstein, refKey(col::haengtAbVon)));
    default:
        break;
    }
    if (!def.labelColumn.isEmpty() && !r->value(def.labelColumn).toString().isEmpty())
        return Phrase(Msg::TypeAndName).arg(Phrase::tableLabel(t)).arg(label());
    return Phrase(Msg::TypeAndName).arg(Phrase::tableLabel(t)).arg(key);
}

QString objectLabel(const Catalog &c, Table t, qint64 key)
{
    // Only a Leistung is named without its type word (it is what everything else is about).
    return t == Table::Leistung && c.row(t, key) ? Tr::tr("%1 %2").arg(tableLabel(t), rowLabel(c, t, key))
                                                 : rowLabel(c, t, key);
}

QString rowChangeSentence(const Catalog &c, Table t, qint64 key, bool added)
{
    if (t == Table::ProjektLeistung)
        if (const auto r = c.row(t, key)) {
            const QString leistung =
                objectLabel(c, Table::Leistung, r->value(col::ozgId.toString()).toLongLong());
            const QString projekt =
                c.value(Table::Projekt, r->value(col::projektId.toString()).toLongLong(), col::name)
                    .toString();
            return assignmentSentence(leistung, projekt, added);
        }
    return objectSentence(objectLabel(c, t, key), added);
}

QString assignmentSentence(const QString &leistung, const QString &projekt, bool added)
{
    return added ? Tr::tr("%1 dem Projekt %2 zugeordnet").arg(leistung, quoted(projekt))
                 : Tr::tr("%1 vom Projekt %2 gelöst").arg(leistung, quoted(projekt));
}

QString objectSentence(const QString &object, bool added)
{
    return added ? Tr::tr("%1 angelegt").arg(object) : Tr::tr("%1 gelöscht").arg(object);
}

QString fieldChangeSentence(const QString &field, const QString &object, const QString &alt,
                            const QString &neu)
{
    return Tr::tr("%1 von %2: %3 → %4").arg(field, object, alt, neu);
}

} // namespace tfp::edit
