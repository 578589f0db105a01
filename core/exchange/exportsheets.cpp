#include "exportsheets.h"

#include "tr.h"

#include "analysis/prioritisation.h"
#include "csv.h"
#include "domain/labels.h"

#include <QCoreApplication>

#include <algorithm>

namespace tfp::exchange {

namespace {

QVariant opt(const std::optional<int> &v)
{
    return v ? QVariant(*v) : QVariant();
}
QVariant opt(const std::optional<qint64> &v)
{
    return v ? QVariant(*v) : QVariant();
}
QVariant opt(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant();
}
QVariant opt(const QDate &d)
{
    return d.isValid() ? QVariant(d) : QVariant();
}

bool inScope(const PlanSnapshot &plan, const Leistung &l, const ExportScope &s)
{
    const Lage *lage = plan.lage(l.lageId);
    return !s.themenfeldId || (lage && lage->themenfeldId == s.themenfeldId);
}

bool inScope(const Projekt &p, const ExportScope &s)
{
    return (!s.themenfeldId || p.themenfeldId == s.themenfeldId) && (!s.projektId || p.id == s.projektId);
}

QString themenfeldName(const PlanSnapshot &plan, int id)
{
    const Themenfeld *t = plan.themenfeld(id);
    return t ? t->name : QString();
}

QVariant kuerzel(const PlanSnapshot &plan, const std::optional<int> &id)
{
    const Beteiligter *b = id ? plan.beteiligter(*id) : nullptr;
    return b ? QVariant(b->kuerzel) : QVariant();
}

const Projekt *projekt(const PlanSnapshot &plan, qint64 id)
{
    for (const Projekt &p : plan.projekte)
        if (p.id == id)
            return &p;
    return nullptr;
}

QList<const Beteiligter *> laender(const PlanSnapshot &plan)
{
    QList<const Beteiligter *> out;
    for (const Beteiligter &b : plan.beteiligte)
        if (b.art == BeteiligterArt::Land)
            out << &b;
    return out;
}

Sheet leistungen(const PlanSnapshot &plan, const ExportScope &scope)
{
    Sheet s{Tr::tr("Leistungen"),
            {u"ozg_id"_qs, u"themenfeld"_qs, u"lage"_qs, u"name"_qs, u"status"_qs, u"reifegrad_ist"_qs,
             u"reifegrad_ziel"_qs, u"reifegrad_modell"_qs, u"flaechendeckung"_qs, u"go_live"_qs,
             u"flaechendeckend_am"_qs, u"nachfrage"_qs, u"aufwand_pt"_qs, u"rechtsaenderung"_qs,
             u"welle_fix"_qs, u"notes"_qs},
            {},
            {9, 10},
            {}};
    // One score column per criterion name of the Themenfelder in scope (the same names recur in every one).
    QStringList kriterien;
    for (const Kriterium &k : plan.kriterien)
        if ((!scope.themenfeldId || k.themenfeldId == scope.themenfeldId) && !kriterien.contains(k.name))
            kriterien << k.name;
    for (const QString &k : kriterien)
        s.header << u"bewertung:"_qs + k;
    QHash<QPair<int, QString>, int> scores; // (OZG-ID, criterion name) → value
    for (const Bewertung &b : plan.bewertungen)
        for (const Kriterium &k : plan.kriterien)
            if (k.id == b.kriteriumId)
                scores.insert({b.ozgId, k.name}, b.wert);
    for (const Leistung &l : plan.leistungen) {
        if (!inScope(plan, l, scope))
            continue;
        const Lage *lage = plan.lage(l.lageId);
        QVariantList row{l.ozgId,
                         lage ? themenfeldName(plan, lage->themenfeldId) : QString(),
                         lage ? lage->name : QString(),
                         l.name,
                         labels::status(l.status),
                         opt(l.reifegradIst),
                         opt(l.reifegradZiel),
                         l.modell == ReifegradModell::V2 ? u"2"_qs : u"1"_qs,
                         labels::flaechendeckung(l.flaechendeckung),
                         opt(l.goLive),
                         opt(l.flaechendeckendAm),
                         opt(l.nachfrage),
                         opt(l.aufwandPt),
                         l.rechtsaenderung,
                         opt(l.welleFix),
                         l.notes};
        for (const QString &k : kriterien) {
            const auto it = scores.constFind({l.ozgId, k});
            row << (it == scores.cend() ? QVariant() : QVariant(*it));
        }
        s.rows << row;
    }
    return s;
}

Sheet projekte(const PlanSnapshot &plan, const ExportScope &scope)
{
    Sheet s{Tr::tr("Projekte"),
            {u"projekt_id"_qs, u"themenfeld"_qs, u"name"_qs, u"koordination"_qs, u"efa_modell"_qs,
             u"phase"_qs, u"start"_qs, u"ende"_qs, u"budget_euro"_qs, u"leistungen"_qs, u"notes"_qs},
            {},
            {6, 7},
            {8}};
    const auto lands = laender(plan);
    for (const Beteiligter *b : lands)
        s.header << u"nachnutzung:"_qs + b->kuerzel;
    for (const Projekt &p : plan.projekte) {
        if (!inScope(p, scope))
            continue;
        QList<int> sorted = p.leistungen;
        std::sort(sorted.begin(), sorted.end());
        QStringList ozg;
        for (int o : sorted)
            ozg << QString::number(o);
        QVariantList row{p.id,
                         themenfeldName(plan, p.themenfeldId),
                         p.name,
                         kuerzel(plan, p.koordinationId),
                         labels::efaModell(p.efa),
                         labels::phase(p.phase),
                         opt(p.start),
                         opt(p.ende),
                         p.budgetCent ? QVariant(double(*p.budgetCent) / 100.0) : QVariant(),
                         ozg.join(u' '),
                         p.notes};
        for (const Beteiligter *b : lands) {
            QVariant stand;
            for (const Nachnutzung &n : plan.nachnutzung)
                if (n.projektId == p.id && n.landId == b->id)
                    stand = labels::nachnutzungStand(n.stand);
            row << stand;
        }
        s.rows << row;
    }
    return s;
}

Sheet meilensteine(const PlanSnapshot &plan, const ExportScope &scope)
{
    Sheet s{Tr::tr("Meilensteine"),
            {u"meilenstein_id"_qs, u"projekt_id"_qs, u"themenfeld"_qs, u"projekt"_qs, u"phase"_qs,
             u"titel"_qs, u"geplant"_qs, u"ist"_qs, u"abnahme_durch"_qs, u"abnahme_am"_qs, u"ozg_id"_qs},
            {},
            {6, 7, 9},
            {}};
    QList<const Meilenstein *> ordered;
    for (const Meilenstein &m : plan.meilensteine)
        if (const Projekt *p = projekt(plan, m.projektId); p && inScope(*p, scope))
            ordered << &m;
    std::stable_sort(ordered.begin(), ordered.end(), [](const Meilenstein *a, const Meilenstein *b) {
        return std::tie(a->projektId, a->sortOrder, a->id) < std::tie(b->projektId, b->sortOrder, b->id);
    });
    for (const Meilenstein *m : ordered) {
        const Projekt *p = projekt(plan, m->projektId);
        s.rows << QVariantList{m->id,
                               p->id,
                               themenfeldName(plan, p->themenfeldId),
                               p->name,
                               labels::phase(m->phase),
                               m->titel,
                               opt(m->geplant),
                               opt(m->ist),
                               kuerzel(plan, m->abnahmeDurch),
                               opt(m->abnahmeAm),
                               opt(m->ozgId)};
    }
    return s;
}

QString csvCell(const QVariant &v)
{
    QString text;
    if (v.isNull() || !v.isValid())
        return {};
    if (v.typeId() == QMetaType::QDate)
        text = v.toDate().toString(u"dd.MM.yyyy"_qs);
    else if (v.typeId() == QMetaType::Double)
        text = QString::number(v.toDouble(), 'g', 15).replace(u'.', u',');
    else if (v.typeId() == QMetaType::QString)
        text = csv::guarded(v.toString()); // the importer takes the apostrophe off again
    else
        text = v.toString();
    if (text.contains(u';') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r') ||
        text != text.trimmed())
        return u"\"%1\""_qs.arg(QString(text).replace(u"\""_qs, u"\"\""_qs));
    return text;
}

} // namespace

Sheet exportSheet(const PlanSnapshot &plan, ImportKind kind, const ExportScope &scope)
{
    switch (kind) {
    case ImportKind::Leistungen:
        return leistungen(plan, scope);
    case ImportKind::Projekte:
        return projekte(plan, scope);
    case ImportKind::Meilensteine:
        return meilensteine(plan, scope);
    case ImportKind::Dashboard:
    case ImportKind::Zeitplan:
        break;
    }
    return {};
}

Sheet prioritisationSheet(const PlanSnapshot &plan, const ExportScope &scope)
{
    Sheet s{Tr::tr("Priorisierung"),
            {u"rang"_qs, u"ozg_id"_qs, u"themenfeld"_qs, u"name"_qs, u"score"_qs, u"fehlende_bewertungen"_qs,
             u"kategorie"_qs, u"format"_qs, u"welle"_qs},
            {},
            {},
            {}};
    for (const Themenfeld &t : plan.themenfelder) {
        if (scope.themenfeldId && t.id != scope.themenfeldId)
            continue;
        analysis::PrioritisationOptions options;
        options.sensitivity = false; // the sheet lists ranks, not their spans
        for (const analysis::RankedLeistung &r : analysis::prioritise(plan, t.id, options).leistungen)
            s.rows << QVariantList{r.rank,
                                   r.ozgId,
                                   t.name,
                                   r.name,
                                   opt(r.score),
                                   r.missingScores,
                                   r.kategorie ? analysis::kategorieLabel(*r.kategorie) : QString(),
                                   r.format ? analysis::formatLabel(*r.format) : QString(),
                                   r.welle};
    }
    return s;
}

Sheet nachnutzungSheet(const PlanSnapshot &plan, const ExportScope &scope)
{
    Sheet s{Tr::tr("Nachnutzung"),
            {u"projekt_id"_qs, u"projekt"_qs, u"themenfeld"_qs, u"land"_qs, u"stand"_qs, u"datum"_qs},
            {},
            {5},
            {}};
    for (const Nachnutzung &n : plan.nachnutzung) {
        const Projekt *p = projekt(plan, n.projektId);
        if (!p || !inScope(*p, scope))
            continue;
        s.rows << QVariantList{p->id,
                               p->name,
                               themenfeldName(plan, p->themenfeldId),
                               kuerzel(plan, n.landId),
                               labels::nachnutzungStand(n.stand),
                               opt(n.datum)};
    }
    return s;
}

QList<int> columnWidths(const Sheet &s)
{
    QList<int> width(s.header.size(), 8);
    for (int c = 0; c < s.header.size(); ++c)
        width[c] = std::max(width[c], int(s.header[c].size()) + 2);
    for (const QVariantList &row : s.rows)
        for (int c = 0; c < row.size() && c < s.header.size(); ++c) {
            const QVariant &v = row[c];
            if (v.isNull() || !v.isValid())
                continue;
            switch (v.typeId()) {
            case QMetaType::QDate:
                width[c] = std::max(width[c], 12);
                break;
            case QMetaType::Int:
            case QMetaType::LongLong:
            case QMetaType::Double:
                width[c] = std::max(width[c], int(v.toString().size()) + 2);
                break;
            default:
                width[c] = std::max(width[c], int(std::min<qsizetype>(v.toString().size(), 60)) + 2);
            }
        }
    for (int &w : width)
        w = std::min(w, 62);
    return width;
}

QByteArray csvBytes(const Sheet &sheet)
{
    QString out;
    QStringList cells;
    for (const QString &h : sheet.header)
        cells << csvCell(h);
    out += cells.join(u';') + u"\r\n"_qs;
    for (const QVariantList &row : sheet.rows) {
        cells.clear();
        for (const QVariant &v : row)
            cells << csvCell(v);
        out += cells.join(u';') + u"\r\n"_qs;
    }
    return "\xEF\xBB\xBF" + out.toUtf8();
}

} // namespace tfp::exchange
