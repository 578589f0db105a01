#include "labels.h"

#include "tr.h"

#include <QCoreApplication>

namespace tfp::labels {

QString status(Status s)
{
    switch (s) {
    case Status::Ohne:
        return Tr::tr("ohne Status");
    case Status::InPlanung:
        return Tr::tr("in Planung");
    case Status::InUmsetzung:
        return Tr::tr("in Umsetzung");
    case Status::Online:
        return Tr::tr("online");
    }
    return {};
}

QString lageArt(LageArt a)
{
    switch (a) {
    case LageArt::Unbekannt:
        return Tr::tr("unbekannt");
    case LageArt::Lebenslage:
        return Tr::tr("Lebenslage");
    case LageArt::Geschaeftslage:
        return Tr::tr("Geschäftslage");
    case LageArt::Querschnitt:
        return Tr::tr("Querschnitt");
    }
    return {};
}

QString flaechendeckung(Flaechendeckung f)
{
    switch (f) {
    case Flaechendeckung::Keine:
        return Tr::tr("keine");
    case Flaechendeckung::Kommune:
        return Tr::tr("in mindestens einer Kommune");
    case Flaechendeckung::Kreisweit:
        return Tr::tr("kreisweit");
    case Flaechendeckung::Landesweit:
        return Tr::tr("landesweit");
    case Flaechendeckung::Bundesweit:
        return Tr::tr("bundesweit flächendeckend");
    }
    return {};
}

QString reifegradName(int level, ReifegradModell m)
{
    if (m == ReifegradModell::V2)
        return Tr::tr("Stufe %1 (Modell 2.0)").arg(level);
    switch (level) {
    case 0:
        return Tr::tr("Offline");
    case 1:
        return Tr::tr("Information");
    case 2:
        return Tr::tr("Formular-Assistent");
    case 3:
        return Tr::tr("Online-Leistung");
    case 4:
        return Tr::tr("Online-Transaktion");
    }
    return {};
}

QString reifegrad(int level, ReifegradModell m)
{
    if (m == ReifegradModell::V2)
        return reifegradName(level, m);
    return QStringLiteral("%1 – %2").arg(level).arg(reifegradName(level, m));
}

QString reifegradDescription(int level)
{
    switch (level) {
    case 0:
        return Tr::tr("Keine Informationen online.");
    case 1:
        return Tr::tr("Informationen zur Leistung sind online.");
    case 2:
        return Tr::tr("Hilfe beim Ausfüllen, aber keine Online-Antragstellung.");
    case 3:
        return Tr::tr("Antrag und alle Nachweise online; die OZG-Pflicht gilt ab hier als erfüllt.");
    case 4:
        return Tr::tr("Vollständig digital, Nachweise holt die Verwaltung selbst (Once-Only).");
    }
    return {};
}

QString beteiligterArt(BeteiligterArt a)
{
    switch (a) {
    case BeteiligterArt::Ressort:
        return Tr::tr("Bundesressort");
    case BeteiligterArt::Land:
        return Tr::tr("Land");
    case BeteiligterArt::Ksv:
        return Tr::tr("Kommunale Spitzenverbände");
    case BeteiligterArt::Behoerde:
        return Tr::tr("Behörde");
    case BeteiligterArt::Kommune:
        return Tr::tr("Kommune");
    }
    return {};
}

QString rolle(Rolle r)
{
    switch (r) {
    case Rolle::FF:
        return Tr::tr("federführend");
    case Rolle::U:
        return Tr::tr("umsetzend");
    case Rolle::MA:
        return Tr::tr("mitarbeitend");
    }
    return {};
}

QString rolleDescription(Rolle r)
{
    switch (r) {
    case Rolle::FF:
        return Tr::tr(
            "Federführend: verantwortet das Themenfeld (Ressort: Inhalte, Abnahme, Budget; Land: Bau "
            "und Bereitstellung der Onlinedienste).");
    case Rolle::U:
        return Tr::tr("Umsetzend: baut im Auftrag des federführenden Landes Onlinedienste.");
    case Rolle::MA:
        return Tr::tr("Mitarbeitend: wirkt fachlich mit, ohne eigene Umsetzungsverantwortung.");
    }
    return {};
}

QString efaModell(EfaModell e)
{
    switch (e) {
    case EfaModell::Offen:
        return Tr::tr("offen");
    case EfaModell::EfaZentral:
        return Tr::tr("EfA – zentraler Betrieb");
    case EfaModell::EfaNachnutzung:
        return Tr::tr("EfA – Nachnutzung (Roll-in)");
    case EfaModell::Laenderindividuell:
        return Tr::tr("länderindividuell");
    case EfaModell::BundZentral:
        return Tr::tr("Bund zentral");
    }
    return {};
}

QString efaDescription(EfaModell e)
{
    switch (e) {
    case EfaModell::Offen:
        return Tr::tr("Das Umsetzungsmodell ist noch nicht entschieden.");
    case EfaModell::EfaZentral:
        return Tr::tr("Einer für Alle: ein Land baut und betreibt den Dienst zentral für alle anderen.");
    case EfaModell::EfaNachnutzung:
        return Tr::tr(
            "Einer für Alle: ein Land baut, die anderen übernehmen den Dienst in ihre Infrastruktur "
            "(Roll-in).");
    case EfaModell::Laenderindividuell:
        return Tr::tr("Jedes Land setzt die Leistung selbst um.");
    case EfaModell::BundZentral:
        return Tr::tr("Der Bund stellt den Dienst zentral bereit (Typ-1-Leistungen).");
    }
    return {};
}

QString phase(Phase p)
{
    switch (p) {
    case Phase::Vorbereitung:
        return Tr::tr("Vorbereitung");
    case Phase::Konzeption:
        return Tr::tr("Konzeption");
    case Phase::Umsetzung:
        return Tr::tr("Umsetzung");
    case Phase::Pilotierung:
        return Tr::tr("Pilotierung");
    case Phase::Rollout:
        return Tr::tr("Roll-out / Nachnutzung");
    case Phase::Regelbetrieb:
        return Tr::tr("Inbetriebnahme (Regelbetrieb)");
    case Phase::Flaechendeckend:
        return Tr::tr("flächendeckend verfügbar");
    }
    return {};
}

QString nachnutzungStand(NachnutzungStand s)
{
    switch (s) {
    case NachnutzungStand::Interessiert:
        return Tr::tr("interessiert");
    case NachnutzungStand::Geplant:
        return Tr::tr("geplant");
    case NachnutzungStand::InUmsetzung:
        return Tr::tr("in Umsetzung");
    case NachnutzungStand::Live:
        return Tr::tr("live");
    case NachnutzungStand::Abgelehnt:
        return Tr::tr("abgelehnt");
    }
    return {};
}

QString risikoArt(RisikoArt a)
{
    switch (a) {
    case RisikoArt::Sonstiges:
        return Tr::tr("Sonstiges");
    case RisikoArt::Basiskomponente:
        return Tr::tr("Basiskomponente");
    case RisikoArt::Register:
        return Tr::tr("Register");
    case RisikoArt::Rechtsaenderung:
        return Tr::tr("Rechtsänderung");
    case RisikoArt::Abhaengigkeit:
        return Tr::tr("Abhängigkeit");
    }
    return {};
}

QString einstufung(Einstufung e)
{
    switch (e) {
    case Einstufung::Mittel:
        return Tr::tr("mittel");
    case Einstufung::Niedrig:
        return Tr::tr("niedrig");
    case Einstufung::Hoch:
        return Tr::tr("hoch");
    }
    return {};
}

QString programm(Programm p)
{
    switch (p) {
    case Programm::Unbekannt:
        return Tr::tr("unbekannt");
    case Programm::Bund:
        return Tr::tr("Bund");
    case Programm::Foederal:
        return Tr::tr("Föderal");
    case Programm::Misch:
        return Tr::tr("Misch");
    }
    return {};
}

} // namespace tfp::labels
