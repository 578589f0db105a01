// The sentences in which the change history, "Änderungen seit …", the merge dialog and `tfp` tell what
// changed, so that the GUI and the command line say the same; and the description of a change set, kept as
// data so that it is told in the language of whoever reads it.
#pragma once

#include "storage/schema.h"

#include <QJsonValue>
#include <QString>
#include <QVariant>
#include <optional>
#include <vector>

namespace tfp {
class Catalog;
struct JournalEntry;
} // namespace tfp

namespace tfp::edit {

// A sentence kept as data: a message of a fixed list with its arguments. An argument is plain text (a name,
// a number: data, never translated), text in quotation marks, a table's or a field's label, a stored value
// (told as its display text: an enumeration's label, a date, an amount) or another Phrase. text() tells it
// in the current language; stored() is what a change set's description and the journal keep:
// "tfp:1:" and the message as JSON, for example
//   tfp:1:{"m":"setField","a":[{"f":["leistung","go_live"]},{"q":"Elterngeld"},{"v":["leistung","go_live","2026-09-30"]}]}
// so that the history, `tfp changes` and the CSV say "Go-live von „Elterngeld“ auf 30.09.2026 setzen" in
// German and the same in English. descriptionText() tells any stored description: a journal written before
// (a German sentence) and anything a received file holds that is not a well-formed Phrase are shown as they
// are.
class Phrase
{
public:
    // The messages. Each has a code that the journal stores: a code never changes or goes away once
    // released, whatever its wording becomes (changetext.cpp lists them).
    enum class Msg
    {
        // Labels of rows (edit::rowLabel).
        TypeAndName,
        ProjektLabel,
        FederfuehrungLabel,
        NachnutzungLabel,
        KommentarLabel,
        KommentarZuLabel,
        ZuordnungLabel,
        BewertungLabel,
        StimmeLabel,
        ZahlungLabel,
        MeilensteinAbhaengigkeitLabel,
        // Descriptions of change sets.
        SetField,
        SetFieldOfMany,
        Remove,
        CreateLeistung,
        CreateProjekt,
        AssignOne,
        AssignMany,
        UnassignOne,
        UnassignMany,
        RemoveNachnutzung,
        SetNachnutzung,
        AddMeilenstein,
        AddZahlung,
        AddZahlungsQuartale,
        AddFederfuehrung,
        AddBeteiligter,
        AddLage,
        AddKriterium,
        AddRisiko,
        AddAbhaengigkeit,
        AddMeilensteinAbhaengigkeit,
        MoveMeilensteine,
        ShiftProjekt,
        CreateOnlinedienst,
        RemoveDienstLeika,
        SetDienstLeika,
        DienstLandOn,
        DienstLandOff,
        AddKommentar,
        RemoveBewertung,
        SetBewertung,
        SetBewertungen,
        StimmeWhat,
        RemoveWhat,
        WhatValue,
        SetStimmen,
        AddStand,
        Import,
        MergeWorkshop,
        Undo,
        // Sources of change sets (the journal's quelle).
        ImportSource,
        WorkshopSource,
        Count
    };

    // count: the n of a plural message ("%n Quartale"), -1 for the others.
    explicit Phrase(Msg m, int count = -1);
    static Phrase literal(const QString &text);
    static Phrase quoted(const QString &text); // „text“ in German, ‘text’ in English
    static Phrase tableLabel(schema::Table t);
    static Phrase fieldLabel(schema::Table t, QStringView column);
    static Phrase value(schema::Table t, QStringView column, const QVariant &stored);
    // A stored description as an argument of another (the undo of a step): its Phrase, else its text.
    static Phrase fromStored(const QString &stored);
    // The Phrase a stored description holds; nullopt for plain text and for anything malformed.
    static std::optional<Phrase> parse(const QString &stored);

    // The next argument, %1 first.
    Phrase &arg(const Phrase &p);
    Phrase &arg(const QString &text);
    Phrase &arg(qint64 number);

    QString text() const;
    QString stored() const;

private:
    enum class Kind
    {
        Literal,
        Quoted,
        TableLabel,
        FieldLabel,
        Value,
        Message
    };
    Phrase() = default;
    QJsonValue toJson() const;
    static std::optional<Phrase> fromJson(const QJsonValue &v, int depth);

    Kind m_kind = Kind::Literal;
    Msg m_msg = Msg::Count;
    int m_count = -1;
    QString m_text; // Literal, Quoted: the text; FieldLabel, Value: the column
    schema::Table m_table = schema::Table::Themenfeld;
    QVariant m_value;
    std::vector<Phrase> m_args;
};

// A change set's description as the reader sees it: a stored Phrase in the current language, anything
// else (a journal entry written before descriptions were data, a malformed text) as it is.
QString descriptionText(const QString &stored);

// Who made a journaled change: the author name, and on a server catalog the database login that committed
// it when that says more ("Anna Muster (anna_m)").
QString authorText(const JournalEntry &e);

// The label of a row as a Phrase, with the names it holds now (edit::rowLabel is its text).
Phrase rowPhrase(const Catalog &c, schema::Table t, qint64 key);

// The row as the subject of a sentence, its type word once: "OZG-Leistung „Elterngeld“", "Meilenstein
// „Go-live Pilot“", "Projekt „Kita-Portal“".
QString objectLabel(const Catalog &c, schema::Table t, qint64 key);
// That a row came or went, as people say it: "Meilenstein „Go-live Pilot“ angelegt", "OZG-Leistung
// „Elterngeld“ dem Projekt „X“ zugeordnet". The row must still be in c.
QString rowChangeSentence(const Catalog &c, schema::Table t, qint64 key, bool added);
// "OZG-Leistung „Elterngeld“ dem Projekt „X“ zugeordnet" / "… vom Projekt „X“ gelöst"; projekt is the
// project's name.
QString assignmentSentence(const QString &leistung, const QString &projekt, bool added);
// "Meilenstein „Go-live“ angelegt" / "… gelöscht" for an object already named.
QString objectSentence(const QString &object, bool added);
// "Status von „Elterngeld“: in Planung → online".
QString fieldChangeSentence(const QString &field, const QString &object, const QString &alt,
                            const QString &neu);

} // namespace tfp::edit
