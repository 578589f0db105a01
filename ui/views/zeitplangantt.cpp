#include "zeitplangantt.h"

#include "analysis/schedule.h"
#include "dateedit.h"
#include "document.h"
#include "edit/fieldtext.h"
#include "refreshwhenshown.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPicture>
#include <QScrollArea>
#include <QSet>
#include <QToolTip>

#include <cmath>

namespace tfp::ui {

using report::ChartHotspot;

namespace {

constexpr double kZeile = 34; // a row's height at most: bars, diamonds and a line of labels
constexpr double kTageProMonat = 30.44;

QString verschiebungText(int tage)
{
    return ZeitplanGantt::tr("%n Tage", nullptr, tage);
}

// How many months the width shows at a zoom (Gesamt: the plan's own range).
int monateSichtbar(ZeitplanGantt::Zoom zoom)
{
    switch (zoom) {
    case ZeitplanGantt::Zoom::Monat:
        return 3;
    case ZeitplanGantt::Zoom::Quartal:
        return 12;
    case ZeitplanGantt::Zoom::Jahr:
        return 48;
    case ZeitplanGantt::Zoom::Gesamt:
        break;
    }
    return 0;
}

// The rows of projects that need attention, each heading kept when a project under it is.
QList<analysis::GanttRow> auffaellige(const PlanSnapshot &plan, const QList<analysis::GanttRow> &rows,
                                      const QDate &heute, std::optional<int> themenfeldId)
{
    QSet<qint64> projekte;
    for (const analysis::TerminHinweis &h : analysis::terminHinweise(plan, heute, themenfeldId))
        projekte.insert(h.projektId);
    QList<analysis::GanttRow> out;
    const analysis::GanttRow *heading = nullptr;
    for (const analysis::GanttRow &r : rows) {
        if (r.gruppe) {
            heading = &r;
            continue;
        }
        const bool auffaellig =
            projekte.contains(r.projektId) || std::any_of(r.meilensteine.cbegin(), r.meilensteine.cend(),
                                                          [](const analysis::GanttMeilenstein &m) {
                                                              return m.ueberfaellig ||
                                                                     (m.ist.isValid() && m.verzugTage > 0);
                                                          });
        if (!auffaellig)
            continue;
        if (heading) {
            out.append(*heading);
            heading = nullptr;
        }
        out.append(r);
    }
    return out;
}

} // namespace

ZeitplanGantt::ZeitplanGantt(Document &doc, QWidget *parent)
    : QWidget(parent), m_doc(doc), m_heute(QDate::currentDate())
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Zeitplan als Gantt-Diagramm"));
    setToolTip({}); // tooltips come from the spot under the mouse
    m_refresh = new RefreshWhenShown(this, [this] { rebuild(); });
    connect(&doc, &Document::changed, this, [this] { m_refresh->request(); });
    connect(&doc, &Document::reloaded, this, [this] { m_refresh->request(); });
}

void ZeitplanGantt::setThemenfeld(int themenfeldId)
{
    if (themenfeldId != m_themenfeldId)
        m_current = 0;
    m_themenfeldId = themenfeldId;
    m_von = {};
    m_refresh->request();
}

void ZeitplanGantt::setHeute(const QDate &heute)
{
    m_heute = heute;
    m_refresh->request();
}

ZeitplanGantt::Raster ZeitplanGantt::raster() const
{
    switch (m_zoom) {
    case Zoom::Monat:
        return Raster::Tag;
    case Zoom::Quartal:
        return Raster::Woche;
    case Zoom::Jahr:
        return Raster::Monat;
    case Zoom::Gesamt:
        break;
    }
    return von().daysTo(bis()) > 548 ? Raster::Monat : Raster::Woche;
}

void ZeitplanGantt::setBaseline(analysis::Baseline baseline)
{
    m_baseline = std::move(baseline);
    m_refresh->request();
}

void ZeitplanGantt::setNurAuffaellige(bool only)
{
    m_nurAuffaellige = only;
    m_refresh->request();
}

void ZeitplanGantt::setZoom(Zoom zoom)
{
    if (zoom == m_zoom)
        return;
    // The new range around what the user looks at: the current milestone, else today.
    const Meilenstein *m = meilenstein(m_current);
    const QDate mitte = m && m->geplant.isValid() ? m->geplant : m_heute;
    m_zoom = zoom;
    if (zoom == Zoom::Gesamt) {
        m_von = m_planVon;
    } else {
        // A third of the range before it, from the first of that month.
        const QDate a = mitte.addDays(-mitte.daysTo(mitte.addMonths(monateSichtbar(zoom))) / 3);
        m_von = QDate(a.year(), a.month(), 1);
    }
    invalidateLayout();
    Q_EMIT rangeChanged();
}

void ZeitplanGantt::setVon(const QDate &von)
{
    if (!von.isValid() || von == m_von)
        return;
    if (m_zoom == Zoom::Gesamt)
        m_zoom = Zoom::Jahr; // a range of one's own: the whole plan is no longer what is shown
    m_von = von;
    invalidateLayout();
    Q_EMIT rangeChanged();
}

QDate ZeitplanGantt::bis() const
{
    return m_zoom == Zoom::Gesamt ? m_planBis : m_von.addMonths(monateSichtbar(m_zoom));
}

void ZeitplanGantt::blaettern(int direction)
{
    const qint64 halb = std::max<qint64>(7, von().daysTo(bis()) / 2);
    if (m_zoom == Zoom::Gesamt)
        m_zoom = Zoom::Jahr;
    m_von = m_von.addDays(direction * halb);
    invalidateLayout();
    Q_EMIT rangeChanged();
}

void ZeitplanGantt::rebuild()
{
    m_refresh->markCurrent();
    // Without a Themenfeld: the whole programme, its projects under their Themenfeld's heading.
    m_rows = m_themenfeldId ? analysis::ganttRows(m_doc.plan(), m_themenfeldId, m_heute)
                            : analysis::ganttRowsProgramm(m_doc.plan(), m_heute);
    analysis::applyBaseline(m_rows, m_baseline);
    if (m_nurAuffaellige)
        m_rows = auffaellige(m_doc.plan(), m_rows, m_heute,
                             m_themenfeldId ? std::optional(m_themenfeldId) : std::nullopt);
    const auto [a, b] = analysis::ganttRange(m_rows);
    // The whole plan with a little room on either side (a month, so that the first and last diamond and
    // their labels are not at the edge).
    m_planVon = a.isValid() ? QDate(a.year(), a.month(), 1).addMonths(-1) : m_heute.addMonths(-3);
    m_planBis = b.isValid() ? QDate(b.year(), b.month(), 1).addMonths(2) : m_heute.addMonths(9);
    if (m_zoom == Zoom::Gesamt || !m_von.isValid())
        m_von = m_planVon;
    if (!meilenstein(m_current))
        m_current = 0;
    setMinimumHeight(minimumSizeHint().height());
    updateGeometry();
    invalidateLayout();
    Q_EMIT rangeChanged();
}

void ZeitplanGantt::invalidateLayout()
{
    m_layoutValid = false;
    update();
}

double ZeitplanGantt::referenceWidth() const
{
    return std::max(report::ChartOptions{}.referenceWidth, double(width()));
}

QSize ZeitplanGantt::sizeHint() const
{
    return {900, minimumSizeHint().height()};
}

QSize ZeitplanGantt::minimumSizeHint() const
{
    // The axis, each row at its full height, the legend below.
    return {480, int(report::ganttHeight(int(m_rows.size())) + m_rows.size() * (kZeile - 22))};
}

const report::GanttGeometry &ZeitplanGantt::geometry() const
{
    hotspots();
    return m_geometry;
}

const QList<ChartHotspot> &ZeitplanGantt::hotspots() const
{
    // Only the part in sight is laid out: a programme has ten thousand rows, of which a screen shows twenty.
    const QRect sichtbar = visibleRegion().boundingRect();
    if (!m_layoutValid || sichtbar != m_hotspotsFor) {
        QPicture picture;
        QPainter p(&picture);
        if (!sichtbar.isEmpty())
            p.setClipRect(sichtbar);
        m_hotspotsFor = sichtbar;
        m_hotspots.clear();
        report::paintGantt(p, QRectF(rect()), m_rows, m_von, bis(), m_heute, referenceWidth(), &m_hotspots,
                           m_baseline.name, &m_geometry, kZeile);
        m_layoutValid = true;
    }
    return m_hotspots;
}

const ChartHotspot *ZeitplanGantt::hotspotAt(const QPointF &pos, bool forDrag) const
{
    const QList<ChartHotspot> &all = hotspots();
    // A milestone wins over the bar it sits on, and its diamond is easier to catch a little larger.
    for (auto it = all.crbegin(); it != all.crend(); ++it)
        if (it->part == ChartHotspot::Part::Meilenstein && it->rect.adjusted(-3, -3, 3, 3).contains(pos))
            return &*it;
    for (auto it = all.crbegin(); it != all.crend(); ++it) {
        if (!it->rect.contains(pos))
            continue;
        // A phase bar is dragged by its end, where its milestone is.
        if (forDrag && it->part == ChartHotspot::Part::Phase && pos.x() < it->rect.right() - 6)
            continue;
        return &*it;
    }
    return nullptr;
}

std::optional<QPointF> ZeitplanGantt::meilensteinPunkt(qint64 id) const
{
    if (id == 0)
        return std::nullopt;
    for (const ChartHotspot &h : hotspots())
        if (h.part == ChartHotspot::Part::Meilenstein && h.meilensteinId == id)
            return h.rect.center();
    return std::nullopt;
}

const Meilenstein *ZeitplanGantt::meilenstein(qint64 id) const
{
    if (id == 0)
        return nullptr;
    for (const Meilenstein &m : m_doc.plan().meilensteine)
        if (m.id == id)
            return &m;
    return nullptr;
}

void ZeitplanGantt::setCurrentMeilenstein(qint64 id)
{
    if (id == m_current)
        return;
    m_current = meilenstein(id) ? id : 0;
    if (const Meilenstein *m = meilenstein(m_current))
        setAccessibleDescription(tr("%1, geplant %2").arg(m->titel, edit::dateText(m->geplant)));
    update();
    Q_EMIT currentMeilensteinChanged(m_current);
}

QList<qint64> ZeitplanGantt::keyboardOrder() const
{
    // Row by row from the top, each row's milestones by their planned date.
    QList<qint64> out;
    for (const analysis::GanttRow &r : m_rows) {
        QList<const analysis::GanttMeilenstein *> ms;
        for (const analysis::GanttMeilenstein &m : r.meilensteine)
            if (m.geplant.isValid())
                ms.append(&m);
        std::stable_sort(ms.begin(), ms.end(), [](auto *a, auto *b) { return a->geplant < b->geplant; });
        for (auto *m : ms)
            out.append(m->id);
    }
    return out;
}

void ZeitplanGantt::ensureVisible(qint64 meilensteinId)
{
    const Meilenstein *m = meilenstein(meilensteinId);
    if (!m || !m->geplant.isValid())
        return;
    qsizetype row = -1;
    for (qsizetype i = 0; i < m_rows.size() && row < 0; ++i)
        if (m_rows[i].projektId == m->projektId)
            row = i;
    if (m->geplant < m_von || m->geplant > bis()) {
        if (m_zoom == Zoom::Gesamt)
            m_zoom = Zoom::Jahr;
        const qint64 breite = m_von.daysTo(bis());
        m_von = m->geplant.addDays(-breite / 3);
        invalidateLayout();
        Q_EMIT rangeChanged();
    }
    // Its row, which may lie outside the part in sight (and so outside the hotspots).
    const report::GanttGeometry &g = geometry();
    if (row < 0 || row >= g.rows)
        return;
    const double y = g.top + (double(row) + 0.5) * g.rowHeight;
    for (QWidget *w = parentWidget(); w; w = w->parentWidget())
        if (auto *area = qobject_cast<QScrollArea *>(w)) {
            area->ensureVisible(int(g.x(m->geplant)), int(y), 40, int(g.rowHeight * 1.5));
            break;
        }
}

void ZeitplanGantt::snap(Drag &d) const
{
    const report::GanttGeometry &g = geometry();
    const qint64 tage = g.dateAt(d.pos.x()).toJulianDay() - g.dateAt(d.start.x()).toJulianDay();
    switch (raster()) {
    case Raster::Tag:
        d.monate = 0;
        d.tage = int(tage);
        break;
    case Raster::Woche:
        d.monate = 0;
        d.tage = int(std::lround(double(tage) / 7.0)) * 7;
        break;
    case Raster::Monat:
        d.monate = int(std::lround(double(tage) / kTageProMonat));
        d.tage = 0;
        break;
    }
}

void ZeitplanGantt::paintEvent(QPaintEvent *event)
{
    QPainter p(this);
    p.fillRect(event->rect(), Qt::white); // the chart's colours are made for paper
    p.setClipRect(event->rect());
    report::paintGantt(p, QRectF(rect()), m_rows, m_von, bis(), m_heute, referenceWidth(), nullptr,
                       m_baseline.name, &m_geometry, kZeile);
    p.setClipping(false);
    p.setRenderHint(QPainter::Antialiasing);
    // The current milestone: a focus frame in the palette's highlight, thicker while the widget has focus.
    if (const auto pt = meilensteinPunkt(m_current)) {
        QPen pen(palette().color(QPalette::Highlight), hasFocus() ? 2.5 : 1.5);
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(QRectF(*pt - QPointF(9, 9), QSizeF(18, 18)), 3, 3);
    } else if (hasFocus()) {
        // Focus, and no milestone chosen yet: the part in sight framed, so that the keyboard user sees where
        // Up and Down will act.
        p.setPen(QPen(palette().color(QPalette::Highlight), 1.5, Qt::DashLine));
        p.setBrush(Qt::NoBrush);
        p.drawRect(QRectF(visibleRegion().boundingRect()).adjusted(1, 1, -1, -1));
    }
    paintDrag(p);
}

void ZeitplanGantt::paintDrag(QPainter &p) const
{
    if (m_drag.art == Drag::Art::Keine || m_drag.start == m_drag.pos)
        return;
    const report::GanttGeometry &g = geometry();
    const QColor farbe = palette().color(QPalette::Highlight);
    p.setBrush(Qt::NoBrush);
    auto ghost = [&](const QPointF &at) {
        QPainterPath path;
        path.moveTo(at + QPointF(0, -7));
        path.lineTo(at + QPointF(7, 0));
        path.lineTo(at + QPointF(0, 7));
        path.lineTo(at + QPointF(-7, 0));
        path.closeSubpath();
        p.setPen(QPen(farbe, 2));
        p.drawPath(path);
    };
    auto label = [&](const QPointF &at, const QString &text) {
        const QRectF r = p.fontMetrics().boundingRect(text).adjusted(-4, -2, 4, 2);
        QRectF box(at + QPointF(10, -r.height() - 6), r.size());
        if (box.right() > width())
            box.moveRight(at.x() - 10);
        p.setPen(Qt::NoPen);
        p.setBrush(farbe);
        p.drawRoundedRect(box, 3, 3);
        p.setPen(palette().color(QPalette::HighlightedText));
        p.drawText(box, Qt::AlignCenter, text);
    };
    if (m_drag.art == Drag::Art::Abhaengigkeit) {
        const auto from = meilensteinPunkt(m_drag.id);
        if (!from)
            return;
        p.setPen(QPen(farbe, 2));
        p.drawLine(*from, m_drag.pos);
        const ChartHotspot *h = hotspotAt(m_drag.pos, true);
        if (h && h->part == ChartHotspot::Part::Meilenstein && h->meilensteinId != m_drag.id) {
            ghost(h->rect.center());
            label(h->rect.center(), tr("hängt ab von „%1“").arg(meilenstein(m_drag.id)->titel));
        }
        return;
    }
    if (m_drag.art == Drag::Art::Meilenstein) {
        const auto from = meilensteinPunkt(m_drag.id);
        if (!from)
            return;
        const QDate nach = shifted(m_drag.von, m_drag.monate, m_drag.tage);
        const QPointF at(g.x(nach), from->y());
        p.setPen(QPen(farbe, 1, Qt::DotLine));
        p.drawLine(*from, at);
        ghost(at);
        label(at, edit::dateText(nach));
        return;
    }
    // A project: each of its open milestones where the shift takes it.
    QPointF letzte;
    for (const Meilenstein &m : m_doc.plan().meilensteine) {
        if (m.projektId != m_drag.id || !m.geplant.isValid() || m.ist.isValid())
            continue;
        if (const auto from = meilensteinPunkt(m.id)) {
            letzte = QPointF(g.x(shifted(m.geplant, m_drag.monate, m_drag.tage)), from->y());
            ghost(letzte);
        }
    }
    if (letzte.isNull())
        return;
    QString text =
        m_drag.monate != 0 ? tr("%n Monate", nullptr, m_drag.monate) : verschiebungText(m_drag.tage);
    if (m_drag.monate > 0 || m_drag.tage > 0)
        text.prepend(u'+');
    label(letzte, text);
}

void ZeitplanGantt::resizeEvent(QResizeEvent *event)
{
    m_layoutValid = false;
    QWidget::resizeEvent(event);
}

void ZeitplanGantt::mousePressEvent(QMouseEvent *event)
{
    closeDateEditor(false);
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    const ChartHotspot *h = hotspotAt(event->position(), true);
    m_drag = {};
    if (!h || h->part == ChartHotspot::Part::None)
        return;
    m_drag.start = m_drag.pos = event->position().toPoint();
    if (h->part == ChartHotspot::Part::Laufzeit) {
        m_drag.art = Drag::Art::Projekt;
        m_drag.id = h->id;
        return;
    }
    const Meilenstein *m = meilenstein(h->meilensteinId);
    if (!m)
        return;
    setCurrentMeilenstein(m->id);
    m_drag.id = m->id;
    m_drag.von = m->geplant;
    m_drag.art = event->modifiers() & Qt::ShiftModifier ? Drag::Art::Abhaengigkeit : Drag::Art::Meilenstein;
}

void ZeitplanGantt::mouseMoveEvent(QMouseEvent *event)
{
    if (m_drag.art != Drag::Art::Keine && (event->buttons() & Qt::LeftButton)) {
        m_drag.pos = event->position().toPoint();
        snap(m_drag);
        update();
        return;
    }
    const ChartHotspot *h = hotspotAt(event->position(), true);
    const bool ziehbar = h && h->part != ChartHotspot::Part::None;
    setCursor(ziehbar ? (h->part == ChartHotspot::Part::Laufzeit ? Qt::SizeAllCursor : Qt::SizeHorCursor)
                      : Qt::ArrowCursor);
    QWidget::mouseMoveEvent(event);
}

void ZeitplanGantt::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || m_drag.art == Drag::Art::Keine)
        return QWidget::mouseReleaseEvent(event);
    Drag d = m_drag;
    d.pos = event->position().toPoint();
    snap(d);
    m_drag = {};
    update();
    const QPoint wo = d.pos;
    switch (d.art) {
    case Drag::Art::Meilenstein:
        if (d.monate != 0 || d.tage != 0)
            verschiebe(d.id, shifted(d.von, d.monate, d.tage), wo);
        break;
    case Drag::Art::Projekt:
        if (d.monate != 0 || d.tage != 0)
            verschiebeProjekt(d.id, d.monate, d.tage, wo);
        break;
    case Drag::Art::Abhaengigkeit:
        if (const ChartHotspot *h = hotspotAt(wo, true);
            h && h->part == ChartHotspot::Part::Meilenstein && h->meilensteinId != d.id)
            verknuepfe(d.id, h->meilensteinId, wo);
        break;
    case Drag::Art::Keine:
        break;
    }
}

void ZeitplanGantt::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && m_drag.art != Drag::Art::Keine) {
        m_drag = {};
        update();
        return;
    }
    const QList<qint64> order = keyboardOrder();
    const qsizetype i = order.indexOf(m_current);
    switch (event->key()) {
    case Qt::Key_Down:
    case Qt::Key_Up: {
        if (order.isEmpty())
            break;
        const qsizetype next =
            i < 0 ? 0
                  : std::clamp<qsizetype>(i + (event->key() == Qt::Key_Down ? 1 : -1), 0, order.size() - 1);
        setCurrentMeilenstein(order[next]);
        ensureVisible(m_current);
        return;
    }
    case Qt::Key_Left:
    case Qt::Key_Right:
        if (const Meilenstein *m = meilenstein(m_current); m && m->geplant.isValid()) {
            const int dir = event->key() == Qt::Key_Right ? 1 : -1;
            const QDate nach = raster() == Raster::Monat   ? m->geplant.addMonths(dir)
                               : raster() == Raster::Woche ? m->geplant.addDays(7 * dir)
                                                           : m->geplant.addDays(dir);
            const auto pt = meilensteinPunkt(m_current);
            const qint64 id = m_current;
            verschiebe(id, nach, pt ? pt->toPoint() : rect().center());
            ensureVisible(id);
            return;
        }
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_F2:
        if (meilenstein(m_current)) {
            openDateEditor();
            return;
        }
        break;
    default:
        break;
    }
    QWidget::keyPressEvent(event);
}

bool ZeitplanGantt::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        if (const ChartHotspot *h = hotspotAt(help->pos(), false)) {
            QString text = h->text;
            if (h->part == ChartHotspot::Part::Meilenstein)
                text +=
                    u"\n\n"_qs + tr("Ziehen verschiebt den geplanten Termin; mit Umschalt auf einen anderen "
                                    "Meilenstein ziehen macht diesen von ihm abhängig.");
            else if (h->part == ChartHotspot::Part::Laufzeit)
                text += u"\n\n"_qs + tr("Ziehen verschiebt alle offenen Meilensteine des Projekts.");
            QToolTip::showText(help->globalPos(), text, this, h->rect.toAlignedRect());
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QWidget::event(event);
}

} // namespace tfp::ui
