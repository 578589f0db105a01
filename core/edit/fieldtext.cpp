#include "fieldtext.h"

#include "tr.h"

#include "domain/labels.h"
#include "storage/codes.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>

namespace tfp::edit {

using namespace schema;

QString tableLabel(Table t)
{
    switch (t) {
    case Table::Themenfeld:
        return Tr::tr("Themenfeld");
    case Table::Lage:
        return Tr::tr("Lage");
    case Table::Leistung:
        return Tr::tr("OZG-Leistung");
    case Table::Leika:
        return Tr::tr("LeiKa-Leistung");
    case Table::Abhaengigkeit:
        return Tr::tr("Abhängigkeit");
    case Table::Beteiligter:
        return Tr::tr("Beteiligter");
    case Table::Federfuehrung:
        return Tr::tr("Federführung");
    case Table::Projekt:
        return Tr::tr("Umsetzungsprojekt");
    case Table::ProjektLeistung:
        return Tr::tr("Projektzuordnung");
    case Table::Nachnutzung:
        return Tr::tr("Nachnutzung");
    case Table::Meilenstein:
        return Tr::tr("Meilenstein");
    case Table::Zahlung:
        return Tr::tr("Zahlungsplan-Eintrag");
    case Table::Onlinedienst:
        return Tr::tr("Onlinedienst");
    case Table::OnlinedienstLeika:
        return Tr::tr("Abdeckung durch Onlinedienst");
    case Table::OnlinedienstLand:
        return Tr::tr("Verfügbarkeit eines Onlinedienstes");
    case Table::Kriterium:
        return Tr::tr("Kriterium");
    case Table::Bewertung:
        return Tr::tr("Bewertung");
    case Table::Stimme:
        return Tr::tr("Stimme");
    case Table::Risiko:
        return Tr::tr("Risiko");
    case Table::Kommentar:
        return Tr::tr("Kommentar");
    case Table::Stand:
        return Tr::tr("Stand");
    case Table::MeilensteinAbhaengigkeit:
        return Tr::tr("Abhängigkeit zwischen Meilensteinen");
    case Table::Count:
        break;
    }
    return {};
}

QString fieldLabel(Table t, QStringView c)
{
    using namespace col;
    if (c == name)
        return t == Table::Projekt ? Tr::tr("Projektname") : Tr::tr("Name");
    if (c == status)
        return Tr::tr("Status");
    if (c == reifegradIst)
        return Tr::tr("Reifegrad (ist)");
    if (c == reifegradZiel)
        return Tr::tr("Reifegrad (ziel)");
    if (c == reifegradModell)
        return Tr::tr("Reifegradmodell");
    if (c == flaechendeckung)
        return Tr::tr("Flächendeckung");
    if (c == goLive)
        return Tr::tr("Go-live");
    if (c == flaechendeckendAm)
        return Tr::tr("flächendeckend ab");
    if (c == nachfrage)
        return Tr::tr("Nachfrage (Fälle pro Jahr)");
    if (c == aufwandPt)
        return Tr::tr("Aufwand (Personentage)");
    if (c == rechtsaenderung)
        return Tr::tr("Rechtsänderungsbedarf");
    if (c == welleFix)
        return Tr::tr("feste Welle");
    if (c == notes)
        return Tr::tr("Notizen");
    if (c == lageId)
        return Tr::tr("Lage");
    if (c == projektId)
        return Tr::tr("Projekt");
    if (c == themenfeldId)
        return Tr::tr("Themenfeld");
    if (c == art)
        return Tr::tr("Art");
    if (c == rolle)
        return Tr::tr("Rolle");
    if (c == kontakt)
        return Tr::tr("Kontakt");
    if (c == beteiligterId)
        return Tr::tr("Beteiligter");
    if (c == koordinationId)
        return Tr::tr("Umsetzungskoordination");
    if (c == efaModell)
        return Tr::tr("EfA-Modell");
    if (c == phase)
        return Tr::tr("Phase");
    if (c == start)
        return Tr::tr("Beginn");
    if (c == ende)
        return Tr::tr("Ende");
    if (c == budgetCent)
        return Tr::tr("Budget");
    if (c == stand)
        return Tr::tr("Stand",
                      "der Stand einer Nachnutzung: interessiert, geplant, in Umsetzung, live, abgelehnt");
    if (c == datum)
        return Tr::tr("Datum");
    if (c == landId)
        return Tr::tr("Land");
    if (c == titel)
        return Tr::tr("Titel");
    if (c == geplant)
        return Tr::tr("geplant");
    if (c == ist)
        return Tr::tr("erreicht");
    if (c == abnahmeDurch)
        return Tr::tr("Abnahme durch");
    if (c == abnahmeAm)
        return Tr::tr("Abnahme am");
    if (c == jahr)
        return Tr::tr("Jahr");
    if (c == quartal)
        return Tr::tr("Quartal");
    if (c == planCent)
        return Tr::tr("geplanter Abfluss");
    if (c == istCent)
        return Tr::tr("tatsächlicher Abfluss");
    if (c == personentage)
        return Tr::tr("Personentage");
    if (c == anbieter)
        return Tr::tr("Anbieter");
    if (c == url)
        return Tr::tr("Adresse");
    if (c == reifegrad)
        return Tr::tr("Reifegrad");
    if (c == gewicht)
        return Tr::tr("Gewicht");
    if (c == wert)
        return Tr::tr("Wert");
    if (c == beschreibung)
        return Tr::tr("Beschreibung");
    if (c == massnahme)
        return Tr::tr("Maßnahme");
    if (c == einstufung)
        return Tr::tr("Einstufung");
    if (c == text)
        return Tr::tr("Text");
    if (c == haengtAbVon)
        return Tr::tr("hängt ab von");
    if (c == meilensteinId)
        return Tr::tr("Meilenstein");
    if (c == abstandTage)
        return Tr::tr("Abstand (Tage)");
    if (c == ozgId)
        return Tr::tr("OZG-ID");
    if (c == schluessel)
        return Tr::tr("Leistungsschlüssel");
    if (c == bezeichnung)
        return Tr::tr("Bezeichnung");
    if (c == typ)
        return Tr::tr("Typ");
    if (c == rechtsgrundlage)
        return Tr::tr("Rechtsgrundlage");
    if (c == kuerzel)
        return Tr::tr("Kürzel");
    if (c == sortOrder)
        return Tr::tr("Reihenfolge");
    if (c == schwelleHoechste)
        return Tr::tr("Schwelle höchste Priorität");
    if (c == schwelleHohe)
        return Tr::tr("Schwelle hohe Priorität");
    if (c == schwelleMittlere)
        return Tr::tr("Schwelle mittlere Priorität");
    if (c == wellenKapazitaet)
        return Tr::tr("Kapazität je Welle");
    if (c == wellenKapazitaetArt)
        return Tr::tr("Kapazität gemessen in");
    return c.toString();
}

QString dateFormat()
{
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(u"yyyy"))
        format.replace(u"yy"_qs, u"yyyy"_qs);
    return format;
}

QString dateText(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, dateFormat()) : QString();
}

QString dateTimeText(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return dateText(time.date()) + u' ' + QLocale().toString(time.time(), u"HH:mm"_qs);
}

QString valueText(Table t, QStringView c, const QVariant &v)
{
    using namespace col;
    if (v.isNull() || !v.isValid() || (v.typeId() == QMetaType::QString && v.toString().isEmpty()))
        return Tr::tr("leer");
    const Column &column = table(t).column(c);
    const QString code = v.toString();
    if (column.type == Type::Enum) {
        if (c == status)
            return labels::status(enumFromCode<Status>(t, c, code));
        if (c == art && t == Table::Lage)
            return labels::lageArt(enumFromCode<LageArt>(t, c, code));
        if (c == art && t == Table::Beteiligter)
            return labels::beteiligterArt(enumFromCode<BeteiligterArt>(t, c, code));
        if (c == art && t == Table::Risiko)
            return labels::risikoArt(enumFromCode<RisikoArt>(t, c, code));
        if (c == flaechendeckung)
            return labels::flaechendeckung(enumFromCode<Flaechendeckung>(t, c, code));
        if (c == rolle)
            return labels::rolle(enumFromCode<Rolle>(t, c, code));
        if (c == efaModell)
            return labels::efaModell(enumFromCode<EfaModell>(t, c, code));
        if (c == phase)
            return labels::phase(enumFromCode<Phase>(t, c, code));
        if (c == stand)
            return labels::nachnutzungStand(enumFromCode<NachnutzungStand>(t, c, code));
        if (c == einstufung)
            return labels::einstufung(enumFromCode<Einstufung>(t, c, code));
        if (c == reifegradModell)
            return code == u"2" ? Tr::tr("Modell 2.0") : Tr::tr("Modell 1.x");
        if (c == wellenKapazitaetArt)
            return code == u"personentage" ? Tr::tr("Personentage") : Tr::tr("Leistungen");
        return code;
    }
    if (c == reifegradIst || c == reifegradZiel || c == reifegrad)
        return labels::reifegrad(v.toInt());
    if (column.type == Type::Date)
        return dateText(QDate::fromString(code, Qt::ISODate));
    if (c == budgetCent || c == planCent || c == istCent)
        return QLocale().toCurrencyString(double(v.toLongLong()) / 100.0, u"€"_qs);
    if (column.type == Type::Bool)
        return v.toInt() ? Tr::tr("ja") : Tr::tr("nein");
    if (column.type == Type::Real)
        return QLocale().toString(v.toDouble(), 'g', 6);
    return code;
}

QList<QPair<QString, QString>> choices(Table t, QStringView c)
{
    QList<QPair<QString, QString>> out;
    for (const QString &code : table(t).column(c).enumValues)
        out.append({code, valueText(t, c, code)});
    return out;
}

} // namespace tfp::edit
