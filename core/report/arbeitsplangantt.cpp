// The Arbeitsplan's schedule: the Gantt of the projects cut into tiles of one landscape page each, a page's
// worth of rows by a page's width of time, so that a long plan stays readable in print instead of shrinking.
#include "arbeitsplanteile.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace tfp::report::teile {

namespace {

constexpr double kZeile = mm(10);        // height of one project row
constexpr double kAchse = mm(9);         // height of the time axis
constexpr double kNamen = mm(62);        // the name column, repeated on every tile
constexpr int kMonateJeKachel = 24;      // a page's width of time: two years, about 8 mm per month
constexpr double kBeschriftung = pt(22); // the tile's caption above the figure

// One tile of the Gantt: rows painted over [von, bis] with the names on the left and today's line.
void kachel(QPainter &p, const QRectF &r, const QList<analysis::GanttZeile> &zeilen, QDate von, QDate bis,
            QDate heute)
{
    const QColor linie(0xb8, 0xbe, 0xc6), balken(0x9d, 0xb9, 0xd5), dunkel(0x1f, 0x4e, 0x79);
    const QColor rot(0xc0, 0x1c, 0x28), gruen(0x2e, 0x7d, 0x32);
    const QRectF zeit(r.left() + kNamen, r.top() + kAchse, r.width() - kNamen, r.height() - kAchse);
    const double tage = std::max<qint64>(1, von.daysTo(bis) + 1);
    auto x = [&](QDate d) { return zeit.left() + zeit.width() * double(von.daysTo(d)) / tage; };
    const QFont klein = font(Style::Small);
    QFont fett = klein;
    fett.setBold(true);
    // Month grid with the year at January and at the tile's start.
    p.setFont(klein);
    for (QDate m(von.year(), von.month(), 1); m <= bis; m = m.addMonths(1)) {
        const double mx = std::max(x(m), zeit.left());
        const double ex = std::min(x(m.addMonths(1)), zeit.right());
        p.setPen(QPen(linie, pt(m.month() == 1 ? 0.8 : 0.3)));
        p.drawLine(QPointF(mx, r.top() + kAchse / 2), QPointF(mx, zeit.top() + kZeile * zeilen.size()));
        p.setPen(Qt::black);
        if (ex - mx > pt(10))
            p.drawText(QRectF(mx, r.top() + kAchse / 2, ex - mx, kAchse / 2), Qt::AlignCenter,
                       QString::number(m.month()));
        if (m.month() == 1 || m == QDate(von.year(), von.month(), 1)) {
            p.setFont(fett);
            p.drawText(QRectF(mx + pt(2), r.top(), pt(60), kAchse / 2), Qt::AlignLeft | Qt::AlignVCenter,
                       QString::number(m.year()));
            p.setFont(klein);
        }
    }
    for (qsizetype i = 0; i < zeilen.size(); ++i) {
        const analysis::GanttZeile &z = zeilen[i];
        const QRectF zeile(r.left(), zeit.top() + kZeile * double(i), r.width(), kZeile);
        p.setPen(QPen(linie, pt(0.3)));
        p.drawLine(zeile.bottomLeft(), zeile.bottomRight());
        // The name, wrapped to two lines at most and cut with an ellipsis beyond.
        p.setPen(Qt::black);
        p.setFont(klein);
        const QRectF name(zeile.left(), zeile.top() + pt(2), kNamen - pt(6), kZeile - pt(4));
        QString text = z.name;
        const QFontMetricsF fm(klein, p.device());
        if (fm.boundingRect(name, Qt::TextWordWrap, text).height() > name.height())
            text = fm.elidedText(text, Qt::ElideRight, name.width() * 1.85);
        p.drawText(name, int(Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWrapAnywhere), text);
        p.save();
        p.setClipRect(QRectF(zeit.left(), zeile.top(), zeit.width(), zeile.height()));
        const QDate start = z.start.isValid() ? z.start : z.ende;
        const QDate ende = z.ende.isValid() ? z.ende : z.start;
        if (start.isValid() && ende.isValid() && start <= bis && ende >= von) {
            const QRectF bar(x(start), zeile.top() + kZeile * 0.34,
                             std::max(pt(1), x(ende.addDays(1)) - x(start)), kZeile * 0.32);
            p.fillRect(bar, balken);
        }
        for (const analysis::GanttMeilenstein &m : z.meilensteine) {
            const QDate d = m.ist.isValid() ? m.ist : m.geplant;
            if (!d.isValid() || d < von || d > bis)
                continue;
            const QPointF c(x(d), zeile.center().y());
            QPainterPath raute;
            const double s = kZeile * 0.22;
            raute.moveTo(c.x(), c.y() - s);
            raute.lineTo(c.x() + s, c.y());
            raute.lineTo(c.x(), c.y() + s);
            raute.lineTo(c.x() - s, c.y());
            raute.closeSubpath();
            const QColor farbe = m.ueberfaellig ? rot : m.ist.isValid() ? gruen : dunkel;
            p.setPen(QPen(farbe, pt(0.8)));
            p.setBrush(m.ist.isValid() || m.ueberfaellig ? QBrush(farbe) : QBrush(Qt::white));
            p.drawPath(raute);
        }
        p.restore();
    }
    if (heute >= von && heute <= bis) {
        p.setPen(QPen(rot, pt(1.2)));
        p.drawLine(QPointF(x(heute), r.top() + kAchse / 2),
                   QPointF(x(heute), zeit.top() + kZeile * zeilen.size()));
    }
    p.setPen(QPen(linie, pt(0.6)));
    p.setBrush(Qt::NoBrush);
    p.drawLine(QPointF(zeit.left(), r.top()), QPointF(zeit.left(), zeit.top() + kZeile * zeilen.size()));
}

} // namespace

void ganttKacheln(PdfDocument &d, const QList<analysis::GanttZeile> &zeilen, QDate von, QDate bis,
                  QDate heute)
{
    const QSizeF inhalt = PdfDocument::contentSize(QPageLayout::Landscape);
    const double hoehe = inhalt.height() - kBeschriftung;
    const int zeilenJeSeite = std::max(1, int((hoehe - kAchse) / kZeile));
    QList<std::pair<QDate, QDate>> zeitraeume;
    for (QDate a = von; a <= bis;) {
        QDate e = QDate(a.year(), a.month(), 1).addMonths(kMonateJeKachel).addDays(-1);
        e = std::min(e, bis);
        zeitraeume.append({a, e});
        a = e.addDays(1);
    }
    const qsizetype blaetter = zeitraeume.size() * ((zeilen.size() + zeilenJeSeite - 1) / zeilenJeSeite);
    int blatt = 0;
    for (qsizetype erste = 0; erste < zeilen.size(); erste += zeilenJeSeite) {
        const QList<analysis::GanttZeile> teil = zeilen.mid(erste, zeilenJeSeite);
        for (const auto &[a, e] : zeitraeume) {
            d.pageBreak(QPageLayout::Landscape);
            d.paragraph(
                tr("Zeitplan, Blatt %1 von %2: Projekte %3 bis %4 von %5, %6 bis %7")
                    .arg(++blatt)
                    .arg(blaetter)
                    .arg(erste + 1)
                    .arg(erste + teil.size())
                    .arg(zeilen.size())
                    .arg(QLocale().toString(a, tr("dd.MM.yyyy")), QLocale().toString(e, tr("dd.MM.yyyy"))),
                Style::Small);
            // The painter keeps copies: the document outlives the analysis it was built from.
            d.figure(hoehe - pt(6), [teil, a = a, e = e, heute](QPainter &p, const QRectF &r) {
                kachel(p, r, teil, a, e, heute);
            });
        }
    }
}

} // namespace tfp::report::teile
