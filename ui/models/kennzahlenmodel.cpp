#include "kennzahlenmodel.h"

#include "coveragelistmodel.h"
#include "domain/labels.h"
#include "roles.h"

#include <QApplication>
#include <QColor>
#include <QFont>
#include <QLocale>
#include <QStyle>

namespace tfp::ui {

namespace {

bool mitAnteil(int column)
{
    return (column >= KennzahlenModel::Online && column <= KennzahlenModel::OzgKonform) ||
           column == KennzahlenModel::MitOnlinedienst;
}

int anzahl(const analysis::Kennzahlen &k, int column)
{
    using M = KennzahlenModel;
    switch (column) {
    case M::Leistungen:
        return k.leistungen;
    case M::Online:
        return k.count(Status::Online);
    case M::InUmsetzung:
        return k.count(Status::InUmsetzung);
    case M::InPlanung:
        return k.count(Status::InPlanung);
    case M::OhneStatus:
        return k.count(Status::Ohne);
    case M::OzgKonform:
        return k.ozgKonform;
    case M::MitLuecke:
        return k.mitLuecke;
    case M::MitOnlinedienst:
        return k.mitOnlinedienst;
    case M::ReifegradOhne:
        return k.ohneReifegradIst;
    case M::Modell2:
        return k.modell2;
    default:
        break;
    }
    if (column >= M::Reifegrad0 && column <= M::Reifegrad4)
        return k.reifegradIst[size_t(column - M::Reifegrad0)];
    if (column >= M::FlaecheKeine && column <= M::FlaecheBundesweit)
        return k.flaechendeckung[size_t(column - M::FlaecheKeine)];
    return 0;
}

QString titel(int column)
{
    using M = KennzahlenModel;
    switch (column) {
    case M::Leistungen:
        return KennzahlenModel::tr("OZG-\nLeistungen");
    case M::Online:
        return KennzahlenModel::tr("online");
    case M::InUmsetzung:
        return KennzahlenModel::tr("in\nUmsetzung");
    case M::InPlanung:
        return KennzahlenModel::tr("in\nPlanung");
    case M::OhneStatus:
        return KennzahlenModel::tr("ohne\nStatus");
    case M::OzgKonform:
        return KennzahlenModel::tr("OZG-\nkonform");
    case M::MitLuecke:
        return KennzahlenModel::tr("mit\nLücke");
    case M::MitOnlinedienst:
        return KennzahlenModel::tr("mit Online-\ndienst");
    case M::ReifegradOhne:
        return KennzahlenModel::tr("Reifegrad\nnicht\nerhoben");
    case M::Modell2:
        return KennzahlenModel::tr("Modell\n2.0");
    default:
        break;
    }
    if (column >= M::Reifegrad0 && column <= M::Reifegrad4)
        return KennzahlenModel::tr("Reifegrad\n%1").arg(column - M::Reifegrad0);
    const auto f = Flaechendeckung(column - M::FlaecheKeine);
    switch (f) {
    case Flaechendeckung::Keine:
        return KennzahlenModel::tr("Flächen-\ndeckung\nkeine");
    case Flaechendeckung::Kommune:
        return KennzahlenModel::tr("Flächen-\ndeckung\nKommune");
    case Flaechendeckung::Kreisweit:
        return KennzahlenModel::tr("Flächen-\ndeckung\nkreisweit");
    case Flaechendeckung::Landesweit:
        return KennzahlenModel::tr("Flächen-\ndeckung\nlandesweit");
    case Flaechendeckung::Bundesweit:
        return KennzahlenModel::tr("Flächen-\ndeckung\nbundesweit");
    }
    return {};
}

// The header title on one line: "Flächen-\ndeckung\nkeine" → "Flächendeckung keine", "OZG-\nkonform" →
// "OZG-konform".
QString einzeilig(QString t)
{
    for (qsizetype i = t.indexOf(u'\n'); i >= 0; i = t.indexOf(u'\n', i)) {
        if (i >= 2 && t[i - 1] == u'-' && t[i - 2].isLower())
            t.remove(i - 1, 2), --i;
        else
            t[i] = u' ';
    }
    return t;
}

QString erklaerung(int column)
{
    using M = KennzahlenModel;
    const QString anteil = KennzahlenModel::tr(" In Klammern der Anteil an den OZG-Leistungen der Zeile.");
    switch (column) {
    case M::Leistungen:
        return KennzahlenModel::tr(
            "OZG-Leistungen im gewählten Umfang: alle, oder nur Föderal (von Ländern oder Kommunen "
            "vollzogen, ohne reine Typ-1-Leistungen des Bundes).");
    case M::Online:
        return KennzahlenModel::tr(
                   "Status „online“: mindestens ein Onlinedienst hat Reifegrad 2 erreicht und ist in "
                   "mindestens einer Kommune verfügbar.") +
               anteil;
    case M::InUmsetzung:
        return KennzahlenModel::tr("Status „in Umsetzung“.") + anteil;
    case M::InPlanung:
        return KennzahlenModel::tr("Status „in Planung“.") + anteil;
    case M::OhneStatus:
        return KennzahlenModel::tr("Noch kein Status erfasst.") + anteil;
    case M::OzgKonform:
        return KennzahlenModel::tr(
                   "OZG-konform: erreichter Reifegrad (ist) mindestens 3 – Online-Leistung; ab dieser "
                   "Stufe gilt die OZG-Pflicht als erfüllt.") +
               anteil;
    case M::MitLuecke:
        return KennzahlenModel::tr(
            "Reifegrad-Lücke: der Ziel-Reifegrad liegt über dem erreichten (beide erfasst). Der "
            "Tooltip einer Zelle nennt die fehlenden Stufen.");
    case M::MitOnlinedienst:
        return KennzahlenModel::tr(
                   "Von mindestens einem erfassten Onlinedienst abgedeckt (über die LeiKa-Leistungen, die "
                   "er abdeckt).") +
               anteil;
    case M::ReifegradOhne:
        return KennzahlenModel::tr("Für diese OZG-Leistungen ist noch kein erreichter Reifegrad erfasst.");
    case M::Modell2:
        return KennzahlenModel::tr(
            "Nach dem Reifegradmodell 2.0 (Stufen 0–7) bewertet. Diese OZG-Leistungen zählen in "
            "keiner Reifegrad-, Lücken- oder OZG-konform-Spalte.");
    default:
        break;
    }
    if (column >= M::Reifegrad0 && column <= M::Reifegrad4) {
        const int level = column - M::Reifegrad0;
        return KennzahlenModel::tr("Erreichter Reifegrad %1: %2")
            .arg(labels::reifegrad(level), labels::reifegradDescription(level));
    }
    const auto f = Flaechendeckung(column - M::FlaecheKeine);
    return KennzahlenModel::tr(
               "Flächendeckung „%1“: wie weit das Onlineangebot reicht. Stufen: keine · in mindestens "
               "einer Kommune · kreisweit · landesweit · bundesweit flächendeckend.")
        .arg(labels::flaechendeckung(f));
}

} // namespace

KennzahlenModel::KennzahlenModel(QObject *parent) : QAbstractTableModel(parent) {}

void KennzahlenModel::setReport(const analysis::CoverageReport &report, Zeilenart art,
                                const QString &totalName)
{
    beginResetModel();
    m_art = art;
    m_zeilen.clear();
    if (art == Zeilenart::Lage) {
        m_zeilen.reserve(report.lagen.size() + 1);
        for (const analysis::LageZahlen &l : report.lagen)
            m_zeilen.append({l.id, l.name, l.ohneAktivitaet, l.zahlen});
    } else {
        m_zeilen.reserve(report.themenfelder.size() + 1);
        for (const analysis::ThemenfeldZahlen &t : report.themenfelder)
            m_zeilen.append({t.id, t.name, false, t.zahlen});
    }
    m_zeilen.append({0, totalName, false, report.gesamt});
    endResetModel();
}

int KennzahlenModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_zeilen.size());
}

int KennzahlenModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString KennzahlenModel::cellText(const analysis::Kennzahlen &k, int column) const
{
    const int n = anzahl(k, column);
    return mitAnteil(column) ? countWithShare(n, k.leistungen) : QLocale().toString(n);
}

QString KennzahlenModel::cellToolTip(const Zeile &z, int column) const
{
    const analysis::Kennzahlen &k = z.zahlen;
    const QString spalte = einzeilig(titel(column));
    const int n = anzahl(k, column);
    QString text;
    if (column == Leistungen)
        text = tr("%1: %2 OZG-Leistungen").arg(z.name, QLocale().toString(n));
    else
        text = tr("%1 – %2: %3 von %4 OZG-Leistungen (%5)")
                   .arg(z.name, spalte, QLocale().toString(n), QLocale().toString(k.leistungen),
                        shareText(n, k.leistungen));
    if (column == MitLuecke && k.mitLuecke)
        text += u'\n' + tr("Zusammen fehlen %1 Reifegradstufen bis zum Ziel.").arg(k.lueckeStufen);
    return text;
}

QVariant KennzahlenModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Zeile &z = m_zeilen[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return cellText(z.zahlen, index.column());
    case Qt::ToolTipRole:
        return cellToolTip(z, index.column());
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (isTotal(index.row())) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::BackgroundRole:
        if (z.ohneAktivitaet)
            return QColor(255, 193, 7, 48); // amber, light enough for dark palettes too
        return {};
    case SortRole:
        return anzahl(z.zahlen, index.column());
    case ThemenfeldIdRole:
        return m_art == Zeilenart::Themenfeld ? z.id : 0;
    default:
        return {};
    }
}

QVariant KennzahlenModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= ColumnCount)
            return {};
        switch (role) {
        case Qt::DisplayRole:
            return titel(section);
        case Qt::ToolTipRole:
            return erklaerung(section);
        case Qt::TextAlignmentRole:
            return QVariant::fromValue(Qt::AlignCenter);
        default:
            return {};
        }
    }
    if (section < 0 || section >= m_zeilen.size())
        return {};
    const Zeile &z = m_zeilen[section];
    switch (role) {
    case Qt::DisplayRole:
        return z.name;
    case Qt::ToolTipRole:
        if (z.ohneAktivitaet)
            return tr("%1\nOhne Aktivität: keine OZG-Leistung dieser Lage hat einen Status und keine ist "
                      "einem Umsetzungsprojekt zugeordnet.")
                .arg(z.name);
        if (m_art == Zeilenart::Themenfeld && z.id)
            return tr("%1\nDoppelklick öffnet das Themenfeld.").arg(z.name);
        return z.name;
    case Qt::DecorationRole:
        if (z.ohneAktivitaet)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::FontRole:
        if (isTotal(section)) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case ThemenfeldIdRole:
        return m_art == Zeilenart::Themenfeld ? z.id : 0;
    default:
        return {};
    }
}

} // namespace tfp::ui
