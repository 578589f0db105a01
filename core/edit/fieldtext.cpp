#include "fieldtext.h"

#include "domain/labels.h"
#include "storage/codes.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>

namespace tfp::edit {

using namespace schema;

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("tfp::edit", s);
}
} // namespace

QString tableLabel(Table t)
{
    switch (t) {
    case Table::Themenfeld:
        return tr("Themenfeld");
    case Table::Lage:
        return tr("Lage");
    case Table::Leistung:
        return tr("OZG-Leistung");
    case Table::Leika:
        return tr("LeiKa-Leistung");
    case Table::Abhaengigkeit:
        return tr("Abhängigkeit");
    case Table::Beteiligter:
        return tr("Beteiligter");
    case Table::Federfuehrung:
        return tr("Federführung");
    case Table::Projekt:
        return tr("Umsetzungsprojekt");
    case Table::ProjektLeistung:
        return tr("Projektzuordnung");
    case Table::Nachnutzung:
        return tr("Nachnutzung");
    case Table::Meilenstein:
        return tr("Meilenstein");
    case Table::Zahlung:
        return tr("Zahlungsplan-Eintrag");
    case Table::Onlinedienst:
        return tr("Onlinedienst");
    case Table::OnlinedienstLeika:
        return tr("Abdeckung durch Onlinedienst");
    case Table::OnlinedienstLand:
        return tr("Verfügbarkeit eines Onlinedienstes");
    case Table::Kriterium:
        return tr("Kriterium");
    case Table::Bewertung:
        return tr("Bewertung");
    case Table::Stimme:
        return tr("Stimme");
    case Table::Risiko:
        return tr("Risiko");
    case Table::Kommentar:
        return tr("Kommentar");
    case Table::Stand:
        return tr("Stand");
    case Table::Count:
        break;
    }
    return {};
}

QString fieldLabel(Table t, QStringView c)
{
    using namespace col;
    if (c == name)
        return t == Table::Projekt ? tr("Projektname") : tr("Name");
    if (c == status)
        return tr("Status");
    if (c == reifegradIst)
        return tr("Reifegrad (ist)");
    if (c == reifegradZiel)
        return tr("Reifegrad (ziel)");
    if (c == reifegradModell)
        return tr("Reifegradmodell");
    if (c == flaechendeckung)
        return tr("Flächendeckung");
    if (c == goLive)
        return tr("Go-live");
    if (c == flaechendeckendAm)
        return tr("flächendeckend ab");
    if (c == nachfrage)
        return tr("Nachfrage (Fälle pro Jahr)");
    if (c == aufwandPt)
        return tr("Aufwand (Personentage)");
    if (c == rechtsaenderung)
        return tr("Rechtsänderungsbedarf");
    if (c == welleFix)
        return tr("feste Welle");
    if (c == notes)
        return tr("Notizen");
    if (c == lageId)
        return tr("Lage");
    if (c == projektId)
        return tr("Projekt");
    if (c == themenfeldId)
        return tr("Themenfeld");
    if (c == art)
        return tr("Art");
    if (c == rolle)
        return tr("Rolle");
    if (c == kontakt)
        return tr("Kontakt");
    if (c == beteiligterId)
        return tr("Beteiligter");
    if (c == koordinationId)
        return tr("Umsetzungskoordination");
    if (c == efaModell)
        return tr("EfA-Modell");
    if (c == phase)
        return tr("Phase");
    if (c == start)
        return tr("Beginn");
    if (c == ende)
        return tr("Ende");
    if (c == budgetCent)
        return tr("Budget");
    if (c == stand)
        return tr("Stand");
    if (c == datum)
        return tr("Datum");
    if (c == landId)
        return tr("Land");
    if (c == titel)
        return tr("Titel");
    if (c == geplant)
        return tr("geplant");
    if (c == ist)
        return tr("erreicht");
    if (c == abnahmeDurch)
        return tr("Abnahme durch");
    if (c == abnahmeAm)
        return tr("Abnahme am");
    if (c == jahr)
        return tr("Jahr");
    if (c == quartal)
        return tr("Quartal");
    if (c == planCent)
        return tr("geplanter Abfluss");
    if (c == istCent)
        return tr("tatsächlicher Abfluss");
    if (c == personentage)
        return tr("Personentage");
    if (c == anbieter)
        return tr("Anbieter");
    if (c == url)
        return tr("Adresse");
    if (c == reifegrad)
        return tr("Reifegrad");
    if (c == gewicht)
        return tr("Gewicht");
    if (c == wert)
        return tr("Wert");
    if (c == beschreibung)
        return tr("Beschreibung");
    if (c == massnahme)
        return tr("Maßnahme");
    if (c == einstufung)
        return tr("Einstufung");
    if (c == text)
        return tr("Text");
    if (c == haengtAbVon)
        return tr("hängt ab von");
    if (c == ozgId)
        return tr("OZG-ID");
    if (c == schluessel)
        return tr("Leistungsschlüssel");
    if (c == bezeichnung)
        return tr("Bezeichnung");
    if (c == typ)
        return tr("Typ");
    if (c == rechtsgrundlage)
        return tr("Rechtsgrundlage");
    if (c == kuerzel)
        return tr("Kürzel");
    if (c == sortOrder)
        return tr("Reihenfolge");
    if (c == schwelleHoechste)
        return tr("Schwelle höchste Priorität");
    if (c == schwelleHohe)
        return tr("Schwelle hohe Priorität");
    if (c == schwelleMittlere)
        return tr("Schwelle mittlere Priorität");
    if (c == wellenKapazitaet)
        return tr("Kapazität je Welle");
    if (c == wellenKapazitaetArt)
        return tr("Kapazität gemessen in");
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
        return tr("leer");
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
            return code == u"2" ? tr("Modell 2.0") : tr("Modell 1.x");
        if (c == wellenKapazitaetArt)
            return code == u"personentage" ? tr("Personentage") : tr("Leistungen");
        return code;
    }
    if (c == reifegradIst || c == reifegradZiel || c == reifegrad)
        return labels::reifegrad(v.toInt());
    if (column.type == Type::Date)
        return dateText(QDate::fromString(code, Qt::ISODate));
    if (c == budgetCent || c == planCent || c == istCent)
        return QLocale().toCurrencyString(double(v.toLongLong()) / 100.0, u"€"_qs);
    if (column.type == Type::Bool)
        return v.toInt() ? tr("ja") : tr("nein");
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
