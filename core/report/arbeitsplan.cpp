// The Arbeitsplan's frame: section codes, the shared context of the parts, the cover, the overview and the
// prioritisation. The other parts are in arbeitsplanprojekte.cpp, arbeitsplanluecken.cpp and
// arbeitsplananhang.cpp.
#include "arbeitsplan.h"

#include "arbeitsplanteile.h"
#include "tr.h"

#include "domain/labels.h"
#include "edit/fieldtext.h"
#include "error.h"

#include <QLocale>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace tfp::report {

QList<Section> allSections()
{
    return {Section::Deckblatt, Section::Ueberblick, Section::Priorisierung,
            Section::Projekte,  Section::Zeitplan,   Section::Meilensteine,
            Section::Abdeckung, Section::Risiken,    Section::Anhang};
}

QString sectionCode(Section a)
{
    static const QStringList codes{u"deckblatt"_qs, u"ueberblick"_qs, u"priorisierung"_qs,
                                   u"projekte"_qs,  u"zeitplan"_qs,   u"meilensteine"_qs,
                                   u"abdeckung"_qs, u"risiken"_qs,    u"anhang"_qs};
    return codes.value(int(a));
}

QString sectionTitle(Section a)
{
    switch (a) {
    case Section::Deckblatt:
        return Tr::tr("Deckblatt");
    case Section::Ueberblick:
        return Tr::tr("Überblick");
    case Section::Priorisierung:
        return Tr::tr("Priorisierung");
    case Section::Projekte:
        return Tr::tr("Umsetzungsprojekte");
    case Section::Zeitplan:
        return Tr::tr("Wellenplanung und Zeitplan");
    case Section::Meilensteine:
        return Tr::tr("Meilensteine");
    case Section::Abdeckung:
        return Tr::tr("Abdeckung und Lücken");
    case Section::Risiken:
        return Tr::tr("Risiken und Abhängigkeiten");
    case Section::Anhang:
        return Tr::tr("Anhang: Steckbriefe der OZG-Leistungen");
    }
    return {};
}

QList<Section> sectionsFrom(const QString &codes)
{
    QList<bool> chosen(allSections().size(), false);
    QStringList valid;
    for (Section a : allSections())
        valid.append(sectionCode(a));
    for (const QString &raw : codes.split(u',')) {
        const QString code = raw.trimmed().toLower();
        if (code.isEmpty())
            continue;
        const qsizetype i = valid.indexOf(code);
        if (i < 0)
            throw Error(Tr::tr("unbekannter Abschnitt „%1“; erwartet wird eine Liste aus %2.")
                            .arg(raw.trimmed(), valid.join(u", ")));
        chosen[i] = true;
    }
    QList<Section> out;
    for (qsizetype i = 0; i < chosen.size(); ++i)
        if (chosen[i])
            out.append(allSections()[i]);
    if (out.isEmpty())
        throw Error(
            Tr::tr("keine Abschnitte gewählt; erwartet wird eine Liste aus %1.").arg(valid.join(u", ")));
    return out;
}

namespace {
// Most file systems take 255 bytes per name (ext4, XFS, Btrfs; NTFS 255 UTF-16 units, never fewer).
constexpr qsizetype kMaxNameBytes = 255;
// Room for the " (id)" that arbeitsplanFileNames adds to a repeated name.
constexpr qsizetype kRepeatRoom = 24;

// The longest start of text whose UTF-8 takes at most maxBytes, never ending inside a character.
QString cutToUtf8(const QString &text, qsizetype maxBytes)
{
    qsizetype bytes = 0;
    qsizetype i = 0;
    while (i < text.size()) {
        const bool pair = text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate();
        const char32_t code = pair ? QChar::surrogateToUcs4(text[i], text[i + 1]) : text[i].unicode();
        const qsizetype n = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
        if (bytes + n > maxBytes)
            break;
        bytes += n;
        i += pair ? 2 : 1;
    }
    return text.left(i);
}
} // namespace

QString arbeitsplanFileName(const Themenfeld &t)
{
    QString name = t.name;
    name.replace(u'&', Tr::tr("und"));
    QString safe;
    for (const QChar c : name)
        safe += c.isLetterOrNumber() || c == u' ' || c == u'-' || c == u'_' || c == u'.' ? c : u'-';
    safe = safe.simplified();
    while (safe.startsWith(u'.') || safe.startsWith(u'-'))
        safe.remove(0, 1);
    if (safe.isEmpty())
        safe = QString::number(t.id);
    const QString pattern = Tr::tr("Arbeitsplan %1.pdf");
    const qsizetype frame = pattern.arg(QString()).toUtf8().size();
    return pattern.arg(cutToUtf8(safe, kMaxNameBytes - kRepeatRoom - frame).trimmed());
}

QHash<int, QString> arbeitsplanFileNames(const QList<Themenfeld> &themenfelder)
{
    QHash<int, QString> out;
    QSet<QString> used;
    for (const Themenfeld &t : themenfelder) {
        QString name = arbeitsplanFileName(t);
        if (used.contains(name.toLower()))
            name = name.chopped(4) + u" (%1).pdf"_qs.arg(t.id);
        used.insert(name.toLower());
        out.insert(t.id, name);
    }
    return out;
}

Kontext::Kontext(const PlanSnapshot &p, const Themenfeld &t, const ArbeitsplanOptions &options)
    : plan(p), tf(t), o(options)
{
    for (const Leistung &l : plan.leistungen)
        if (plan.themenfeldOf(l) == tf.id)
            leistungen.append(&l);
    std::sort(leistungen.begin(), leistungen.end(),
              [](const Leistung *a, const Leistung *b) { return a->ozgId < b->ozgId; });
    for (const Projekt &pr : plan.projekte) {
        if (pr.themenfeldId != tf.id)
            continue;
        projekte.append(&pr);
        for (int ozg : pr.leistungen)
            projekteVon[ozg].append(&pr);
    }
    gantt = analysis::ganttRows(plan, tf.id, o.stand);
    analysis::applyBaseline(gantt, o.baseline);
    QHash<qint64, qsizetype> reihenfolge; // the Gantt's order: by start, then name
    for (qsizetype i = 0; i < gantt.size(); ++i)
        reihenfolge.insert(gantt[i].projektId, i);
    std::stable_sort(projekte.begin(), projekte.end(), [&](const Projekt *a, const Projekt *b) {
        return reihenfolge.value(a->id) < reihenfolge.value(b->id);
    });
    analysis::PrioritisationOptions po;
    po.sensitivity = false; // the document shows ranks, not their spread
    prio = analysis::prioritise(plan, tf.id, po);
    for (const auto &r : prio.leistungen)
        rang.insert(r.ozgId, &r);
    alle = analysis::coverage(plan, {analysis::Scope::Alle, tf.id, o.stand});
    foederal = analysis::coverage(plan, {analysis::Scope::Foederal, tf.id, o.stand});
}

void Kontext::abschnitt(PdfDocument &d, Section a)
{
    d.heading(1, u"%1 %2"_qs.arg(++kapitel).arg(sectionTitle(a)));
}

void Kontext::diagramm(PdfDocument &d, ChartKind kind, double hoehe) const
{
    ChartOptions co;
    co.themenfeldId = tf.id;
    co.today = o.stand;
    co.from = o.from;
    co.to = o.to;
    // The model is built now and kept by value: the document is painted after the plan may be gone.
    const ChartModel model = chartModel(kind, plan, co);
    if (!model.emptyText.isEmpty()) {
        d.paragraph(model.title + u": "_qs + model.emptyText, Style::Small);
        return;
    }
    d.figure(
        hoehe, [model, co](QPainter &p, const QRectF &r) { paintChart(p, r, model, co); },
        diagrammText(model));
}

QString Kontext::datum(const QDate &d) const
{
    return d.isValid() ? edit::dateText(d) : u"–"_qs;
}

QString Kontext::zahl(double v, int decimals) const
{
    return QLocale().toString(v, 'f', decimals);
}

QString Kontext::anteil(int count, int total) const
{
    return u"%1 (%2 %)"_qs.arg(count).arg(zahl(analysis::anteil(count, total), 1));
}

QString Kontext::euro(std::optional<qint64> cent) const
{
    return cent ? zahl(double(*cent) / 100.0) + u" €"_qs : u"–"_qs;
}

QString Kontext::kuerzel(std::optional<int> id) const
{
    const Beteiligter *b = id ? plan.beteiligter(*id) : nullptr;
    return b ? b->kuerzel : u"–"_qs;
}

QString Kontext::leistungName(int ozgId) const
{
    const Leistung *l = plan.leistung(ozgId);
    return l ? l->name : QString();
}

void deckblatt(PdfDocument &d, Kontext &k)
{
    d.space(mm(45));
    d.paragraph(Tr::tr("Arbeitsplan"), Style::Title);
    d.paragraph(Tr::tr("Themenfeld %1").arg(k.tf.name), Style::Subtitle);
    d.paragraph(Tr::tr("Stand: %1").arg(k.datum(k.o.stand)), Style::Subtitle);
    d.space(mm(15));
    d.heading(2, Tr::tr("Federführung"), false);
    QList<const Federfuehrung *> ff;
    for (const Federfuehrung &f : k.plan.federfuehrung)
        if (f.themenfeldId == k.tf.id)
            ff.append(&f);
    std::stable_sort(ff.begin(), ff.end(),
                     [](const auto *a, const auto *b) { return a->sortOrder < b->sortOrder; });
    QList<QStringList> rows;
    for (const Federfuehrung *f : ff) {
        const Beteiligter *b = k.plan.beteiligter(f->beteiligterId);
        rows.append({b ? b->kuerzel : QString(), b ? b->name : QString(),
                     b ? labels::beteiligterArt(b->art) : QString(), labels::rolle(f->rolle), f->kontakt});
    }
    if (rows.isEmpty())
        d.paragraph(Tr::tr("Für dieses Themenfeld ist keine Federführung erfasst."));
    else
        d.table({{Tr::tr("Kürzel"), 1, Qt::AlignLeft, true},
                 {Tr::tr("Beteiligter"), 3},
                 {Tr::tr("Art"), 1.5},
                 {Tr::tr("Rolle"), 1.6},
                 {Tr::tr("Kontakt"), 3}},
                rows);
    d.paragraph(
        Tr::tr("Rollen: federführend (FF), umsetzend (U), mitarbeitend (MA). Das federführende Ressort "
               "verantwortet Inhalt, Abnahme der Meilensteine und Budget; das federführende Land baut die "
               "Onlinedienste und stellt sie bereit."),
        Style::Small);
    if (!k.o.author.isEmpty())
        d.paragraph(Tr::tr("Erstellt von %1").arg(k.o.author), Style::Small);
}

void ueberblick(PdfDocument &d, Kontext &k)
{
    k.abschnitt(d, Section::Ueberblick);
    const analysis::Kennzahlen &a = k.alle.gesamt;
    const analysis::Kennzahlen &f = k.foederal.gesamt;
    QMap<Programm, int> programme;
    for (const Leistung *l : k.leistungen)
        ++programme[l->programm];
    d.table({{Tr::tr("Kennzahl"), 3, Qt::AlignLeft, true}, {Tr::tr("Anzahl"), 1, Qt::AlignRight}},
            {{Tr::tr("OZG-Leistungen (alle)"), QString::number(a.leistungen)},
             {Tr::tr("OZG-Leistungen im Digitalisierungsprogramm Föderal"), QString::number(f.leistungen)},
             {Tr::tr("davon Mischleistungen"), QString::number(programme.value(Programm::Misch))},
             {Tr::tr("Digitalisierungsprogramm Bund (nur Typ 1)"),
              QString::number(programme.value(Programm::Bund))},
             {Tr::tr("Umsetzungsprojekte"), QString::number(k.projekte.size())},
             {Tr::tr("OZG-konform (Reifegrad ab 3)"), k.anteil(a.ozgKonform, a.leistungen)}},
            false);
    k.diagramm(d, ChartKind::Status, mm(70));
    k.diagramm(d, ChartKind::Reifegrad, mm(70));

    d.heading(2, Tr::tr("Lagen"));
    QList<QStringList> lagen;
    for (int i = 0; i < k.alle.lagen.size(); ++i) {
        const analysis::LageZahlen &z = k.alle.lagen[i];
        const Lage *lage = k.plan.lage(z.id);
        int foed = 0;
        for (const auto &lf : k.foederal.lagen)
            if (lf.id == z.id)
                foed = lf.zahlen.leistungen;
        lagen.append({z.name, lage ? labels::lageArt(lage->art) : QString(),
                      QString::number(z.zahlen.leistungen), QString::number(foed),
                      QString::number(z.zahlen.count(Status::Online)),
                      QString::number(z.zahlen.leistungen - z.zahlen.ohneProjekt.size())});
    }
    if (lagen.isEmpty())
        d.paragraph(Tr::tr("Das Themenfeld hat keine Lagen."));
    d.table({{Tr::tr("Lage"), 4},
             {Tr::tr("Art"), 1.6},
             {Tr::tr("Leistungen"), 1.2, Qt::AlignRight},
             {Tr::tr("Föderal"), 1, Qt::AlignRight},
             {Tr::tr("online"), 1, Qt::AlignRight},
             {Tr::tr("in Projekten"), 1.2, Qt::AlignRight}},
            lagen);

    d.heading(2, Tr::tr("Nach LeiKa-Typ"));
    QMap<QString, QPair<int, QSet<int>>> typen; // code → LeiKa-Leistungen, OZG-Leistungen
    QSet<int> ids;
    for (const Leistung *l : k.leistungen)
        ids.insert(l->ozgId);
    for (const LeikaLeistung &e : k.plan.leika) {
        if (!e.ozgId || !ids.contains(*e.ozgId))
            continue;
        const QString typ = e.typ.trimmed().isEmpty() ? Tr::tr("ohne Typ") : e.typ.trimmed();
        ++typen[typ].first;
        typen[typ].second.insert(*e.ozgId);
    }
    QList<QStringList> typRows;
    for (auto it = typen.cbegin(); it != typen.cend(); ++it)
        typRows.append({it.key(), QString::number(it->first), QString::number(it->second.size())});
    if (typRows.isEmpty())
        d.paragraph(Tr::tr("Den OZG-Leistungen des Themenfelds sind keine LeiKa-Leistungen zugeordnet."));
    d.table({{Tr::tr("LeiKa-Typ"), 2},
             {Tr::tr("LeiKa-Leistungen"), 1.5, Qt::AlignRight},
             {Tr::tr("OZG-Leistungen"), 1.5, Qt::AlignRight}},
            typRows);

    d.heading(2, Tr::tr("Nach Status"));
    QList<QStringList> status;
    for (const Status s : {Status::Online, Status::InUmsetzung, Status::InPlanung, Status::Ohne})
        status.append(
            {labels::status(s), k.anteil(a.count(s), a.leistungen), k.anteil(f.count(s), f.leistungen)});
    d.table({{Tr::tr("Status"), 2},
             {Tr::tr("alle"), 1.5, Qt::AlignRight},
             {Tr::tr("Föderal"), 1.5, Qt::AlignRight}},
            status);

    d.heading(2, Tr::tr("Nach Reifegrad (Modell 1.x)"));
    QList<QStringList> reife;
    for (int lvl = 0; lvl <= 4; ++lvl)
        reife.append({labels::reifegrad(lvl), QString::number(a.reifegradIst[lvl]),
                      QString::number(a.reifegradZiel[lvl])});
    reife.append(
        {Tr::tr("ohne Angabe"), QString::number(a.ohneReifegradIst), QString::number(a.ohneReifegradZiel)});
    if (a.modell2 > 0)
        reife.append(
            {Tr::tr("nach Modell 2.0 bewertet"), QString::number(a.modell2), QString::number(a.modell2)});
    d.table(
        {{Tr::tr("Reifegrad"), 2.5}, {Tr::tr("Ist"), 1, Qt::AlignRight}, {Tr::tr("Ziel"), 1, Qt::AlignRight}},
        reife);

    d.heading(2, Tr::tr("Nach Flächendeckung"));
    QList<QStringList> flaeche;
    for (int i = 0; i < 5; ++i)
        flaeche.append(
            {labels::flaechendeckung(Flaechendeckung(i)), k.anteil(a.flaechendeckung[i], a.leistungen)});
    flaeche.append({Tr::tr("mit Onlinedienst"), k.anteil(a.mitOnlinedienst, a.leistungen)});
    d.table({{Tr::tr("Flächendeckung"), 2.5}, {Tr::tr("Leistungen"), 1.5, Qt::AlignRight}}, flaeche);
}

void priorisierung(PdfDocument &d, Kontext &k)
{
    k.abschnitt(d, Section::Priorisierung);
    const analysis::Prioritisation &p = k.prio;
    QList<QStringList> kriterien;
    for (int i = 0; i < p.kriterien.size(); ++i)
        kriterien.append({u"K%1"_qs.arg(i + 1), p.kriterien[i].name, k.zahl(p.kriterien[i].gewicht, 2),
                          k.zahl(p.kriterien[i].normiert * 100, 1) + u" %"_qs});
    if (kriterien.isEmpty())
        d.paragraph(Tr::tr("Für dieses Themenfeld sind keine Kriterien festgelegt."));
    else
        d.table({{Tr::tr("Nr."), 0.6, Qt::AlignLeft, true},
                 {Tr::tr("Kriterium"), 5},
                 {Tr::tr("Gewicht"), 1.2, Qt::AlignRight},
                 {Tr::tr("Anteil"), 1.2, Qt::AlignRight}},
                kriterien);
    if (p.gleichgewichtet)
        d.paragraph(Tr::tr("Alle Gewichte sind 0: jedes Kriterium zählt gleich."), Style::Small);
    d.paragraph(
        Tr::tr("Kategorien: höchste Priorität ab Score %1, hohe ab %2, mittlere ab %3, sonst niedrige. "
               "Der Score (0–5) ist das gewichtete Mittel über die vorhandenen Bewertungen; eine fehlende "
               "Bewertung zählt nicht als 0.")
            .arg(k.zahl(p.themenfeld.schwelleHoechste, 1), k.zahl(p.themenfeld.schwelleHohe, 1),
                 k.zahl(p.themenfeld.schwelleMittlere, 1)),
        Style::Small);

    QHash<QPair<qint64, int>, int> values;
    for (const Bewertung &b : k.plan.bewertungen)
        values.insert({b.kriteriumId, b.ozgId}, b.wert);
    // The ranking is printed across landscape pages, so that names, categories and formats fit on a line
    // next to a column per criterion. Shares in millimetres of the 261 mm wide page.
    QList<Column> spalten{
        {Tr::tr("Rang"), 11, Qt::AlignRight}, {Tr::tr("OZG-ID"), 14}, {Tr::tr("Leistung"), 86}};
    for (int i = 0; i < p.kriterien.size(); ++i)
        spalten.append({u"K%1"_qs.arg(i + 1), 8, Qt::AlignRight});
    spalten += {{Tr::tr("Score"), 12, Qt::AlignRight},
                {Tr::tr("Kategorie"), 27},
                {Tr::tr("Format"), 40},
                {Tr::tr("Welle"), 12, Qt::AlignRight}};
    QList<QStringList> rows;
    for (const auto &r : p.leistungen) {
        QStringList row{QString::number(r.rank), QString::number(r.ozgId), r.name};
        for (const auto &g : p.kriterien) {
            const auto it = values.constFind({g.kriteriumId, r.ozgId});
            row.append(it == values.cend() ? u"–"_qs : QString::number(*it));
        }
        row += {r.score ? k.zahl(*r.score, 2) : u"–"_qs,
                r.kategorie ? analysis::kategorieLabel(*r.kategorie) : Tr::tr("nicht bewertet"),
                r.format ? analysis::formatLabel(*r.format) : u"–"_qs, QString::number(r.welle)};
        rows.append(row);
    }
    k.diagramm(d, ChartKind::Prioritisation, mm(80));
    if (rows.isEmpty()) {
        d.heading(2, Tr::tr("Rangfolge"));
        d.paragraph(Tr::tr("Das Themenfeld hat keine OZG-Leistungen zu priorisieren."));
        return;
    }
    d.pageBreak(QPageLayout::Landscape);
    d.heading(2, Tr::tr("Rangfolge"));
    d.table(spalten, rows, true, true);
    d.pageBreak(QPageLayout::Portrait);
}

PdfDocument arbeitsplan(const PlanSnapshot &plan, const ArbeitsplanOptions &o)
{
    const Themenfeld *tf = plan.themenfeld(o.themenfeldId);
    if (!tf)
        throw Error(Tr::tr("Das Themenfeld %1 gibt es im Katalog nicht.").arg(o.themenfeldId));
    if (!o.stand.isValid())
        throw Error(Tr::tr("Für den Arbeitsplan fehlt ein gültiges Datum (Stand)."));
    if (o.from.isValid() && o.to.isValid() && o.from > o.to)
        throw Error(Tr::tr("Der Zeitraum beginnt am %1, nach seinem Ende am %2.")
                        .arg(edit::dateText(o.from), edit::dateText(o.to)));
    if (o.sections.isEmpty())
        throw Error(Tr::tr("Für den Arbeitsplan ist kein Abschnitt gewählt."));
    Kontext k(plan, *tf, o);
    DocumentInfo info;
    info.title = Tr::tr("Arbeitsplan %1").arg(tf->name);
    info.author = o.author;
    info.created = QDateTime::currentDateTime();
    info.headerLeft = info.title;
    info.headerRight = Tr::tr("Stand %1").arg(k.datum(o.stand));
    info.coverPage = o.sections.contains(Section::Deckblatt);
    PdfDocument d(info);
    if (info.coverPage)
        deckblatt(d, k);
    d.tableOfContents(Tr::tr("Inhalt"));
    using Teil = void (*)(PdfDocument &, Kontext &);
    const QList<std::pair<Section, Teil>> teile{{Section::Ueberblick, ueberblick},
                                                {Section::Priorisierung, priorisierung},
                                                {Section::Projekte, projekte},
                                                {Section::Zeitplan, zeitplan},
                                                {Section::Meilensteine, meilensteine},
                                                {Section::Meilensteine, terminkonflikte},
                                                {Section::Abdeckung, abdeckung},
                                                {Section::Risiken, risiken},
                                                {Section::Anhang, anhang}};
    for (const auto &[a, teil] : teile)
        if (o.sections.contains(a))
            teil(d, k);
    return d;
}

} // namespace tfp::report
