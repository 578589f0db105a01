#include "labels.h"

#include <QCoreApplication>

namespace tfp::labels {

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("tfp::labels", s);
}
} // namespace

QString status(Status s)
{
    switch (s) {
    case Status::Ohne:
        return tr("ohne Status");
    case Status::InPlanung:
        return tr("in Planung");
    case Status::InUmsetzung:
        return tr("in Umsetzung");
    case Status::Online:
        return tr("online");
    }
    return {};
}

QString lageArt(LageArt a)
{
    switch (a) {
    case LageArt::Unbekannt:
        return tr("unbekannt");
    case LageArt::Lebenslage:
        return tr("Lebenslage");
    case LageArt::Geschaeftslage:
        return tr("Geschäftslage");
    case LageArt::Querschnitt:
        return tr("Querschnitt");
    }
    return {};
}

QString flaechendeckung(Flaechendeckung f)
{
    switch (f) {
    case Flaechendeckung::Keine:
        return tr("keine");
    case Flaechendeckung::Kommune:
        return tr("in mindestens einer Kommune");
    case Flaechendeckung::Kreisweit:
        return tr("kreisweit");
    case Flaechendeckung::Landesweit:
        return tr("landesweit");
    case Flaechendeckung::Bundesweit:
        return tr("bundesweit flächendeckend");
    }
    return {};
}

QString reifegradName(int level, ReifegradModell m)
{
    if (m == ReifegradModell::V2)
        return tr("Stufe %1 (Modell 2.0)").arg(level);
    switch (level) {
    case 0:
        return tr("Offline");
    case 1:
        return tr("Information");
    case 2:
        return tr("Formular-Assistent");
    case 3:
        return tr("Online-Leistung");
    case 4:
        return tr("Online-Transaktion");
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
        return tr("Keine Informationen online.");
    case 1:
        return tr("Informationen zur Leistung sind online.");
    case 2:
        return tr("Hilfe beim Ausfüllen, aber keine Online-Antragstellung.");
    case 3:
        return tr("Antrag und alle Nachweise online; die OZG-Pflicht gilt ab hier als erfüllt.");
    case 4:
        return tr("Vollständig digital, Nachweise holt die Verwaltung selbst (Once-Only).");
    }
    return {};
}

QString beteiligterArt(BeteiligterArt a)
{
    switch (a) {
    case BeteiligterArt::Ressort:
        return tr("Bundesressort");
    case BeteiligterArt::Land:
        return tr("Land");
    case BeteiligterArt::Ksv:
        return tr("Kommunale Spitzenverbände");
    case BeteiligterArt::Behoerde:
        return tr("Behörde");
    case BeteiligterArt::Kommune:
        return tr("Kommune");
    }
    return {};
}

QString rolle(Rolle r)
{
    switch (r) {
    case Rolle::FF:
        return tr("federführend");
    case Rolle::U:
        return tr("umsetzend");
    case Rolle::MA:
        return tr("mitarbeitend");
    }
    return {};
}

QString rolleDescription(Rolle r)
{
    switch (r) {
    case Rolle::FF:
        return tr("Federführend: verantwortet das Themenfeld (Ressort: Inhalte, Abnahme, Budget; Land: Bau "
                  "und Bereitstellung der Onlinedienste).");
    case Rolle::U:
        return tr("Umsetzend: baut im Auftrag des federführenden Landes Onlinedienste.");
    case Rolle::MA:
        return tr("Mitarbeitend: wirkt fachlich mit, ohne eigene Umsetzungsverantwortung.");
    }
    return {};
}

QString efaModell(EfaModell e)
{
    switch (e) {
    case EfaModell::Offen:
        return tr("offen");
    case EfaModell::EfaZentral:
        return tr("EfA – zentraler Betrieb");
    case EfaModell::EfaNachnutzung:
        return tr("EfA – Nachnutzung (Roll-in)");
    case EfaModell::Laenderindividuell:
        return tr("länderindividuell");
    case EfaModell::BundZentral:
        return tr("Bund zentral");
    }
    return {};
}

QString efaDescription(EfaModell e)
{
    switch (e) {
    case EfaModell::Offen:
        return tr("Das Umsetzungsmodell ist noch nicht entschieden.");
    case EfaModell::EfaZentral:
        return tr("Einer für Alle: ein Land baut und betreibt den Dienst zentral für alle anderen.");
    case EfaModell::EfaNachnutzung:
        return tr("Einer für Alle: ein Land baut, die anderen übernehmen den Dienst in ihre Infrastruktur "
                  "(Roll-in).");
    case EfaModell::Laenderindividuell:
        return tr("Jedes Land setzt die Leistung selbst um.");
    case EfaModell::BundZentral:
        return tr("Der Bund stellt den Dienst zentral bereit (Typ-1-Leistungen).");
    }
    return {};
}

QString phase(Phase p)
{
    switch (p) {
    case Phase::Vorbereitung:
        return tr("Vorbereitung");
    case Phase::Konzeption:
        return tr("Konzeption");
    case Phase::Umsetzung:
        return tr("Umsetzung");
    case Phase::Pilotierung:
        return tr("Pilotierung");
    case Phase::Rollout:
        return tr("Roll-out / Nachnutzung");
    case Phase::Regelbetrieb:
        return tr("Inbetriebnahme (Regelbetrieb)");
    case Phase::Flaechendeckend:
        return tr("flächendeckend verfügbar");
    }
    return {};
}

QString nachnutzungStand(NachnutzungStand s)
{
    switch (s) {
    case NachnutzungStand::Interessiert:
        return tr("interessiert");
    case NachnutzungStand::Geplant:
        return tr("geplant");
    case NachnutzungStand::InUmsetzung:
        return tr("in Umsetzung");
    case NachnutzungStand::Live:
        return tr("live");
    case NachnutzungStand::Abgelehnt:
        return tr("abgelehnt");
    }
    return {};
}

QString risikoArt(RisikoArt a)
{
    switch (a) {
    case RisikoArt::Sonstiges:
        return tr("Sonstiges");
    case RisikoArt::Basiskomponente:
        return tr("Basiskomponente");
    case RisikoArt::Register:
        return tr("Register");
    case RisikoArt::Rechtsaenderung:
        return tr("Rechtsänderung");
    case RisikoArt::Abhaengigkeit:
        return tr("Abhängigkeit");
    }
    return {};
}

QString einstufung(Einstufung e)
{
    switch (e) {
    case Einstufung::Mittel:
        return tr("mittel");
    case Einstufung::Niedrig:
        return tr("niedrig");
    case Einstufung::Hoch:
        return tr("hoch");
    }
    return {};
}

QString programm(Programm p)
{
    switch (p) {
    case Programm::Unbekannt:
        return tr("unbekannt");
    case Programm::Bund:
        return tr("Bund");
    case Programm::Foederal:
        return tr("Föderal");
    case Programm::Misch:
        return tr("Misch");
    }
    return {};
}

} // namespace tfp::labels
