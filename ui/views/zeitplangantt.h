// The Zeitplan tab's Gantt, the place to plan in: the projects of a Themenfeld as core paints them (summary
// bar, phase bars, milestones, today), and the plan moved in it. A milestone or the end of a phase bar is
// dragged to a new planned date, a project's summary bar shifts its open milestones, Shift-dragging from one
// milestone to another makes the second depend on the first. The keyboard does the same: Up and Down choose
// a milestone, Left and Right move it by the snap unit, Enter types its date. Each move is one undo step
// through the edit functions; a move that would break dependencies offers to move the successors along.
#pragma once

#include "analysis/progress.h"
#include "dateedit.h"
#include "report/charts.h"

#include <QDate>
#include <QPointer>
#include <QWidget>
#include <optional>

namespace tfp::ui {

class Document;
class RefreshWhenShown;

class ZeitplanGantt : public QWidget
{
    Q_OBJECT
public:
    // How much time the width shows; the snap unit follows from it.
    enum class Zoom
    {
        Monat,   // three months, by days
        Quartal, // a year, by weeks
        Jahr,    // four years, by months
        Gesamt   // the whole plan, by weeks or (over a year and a half) by months
    };
    enum class Raster
    {
        Tag,
        Woche,
        Monat
    };

    explicit ZeitplanGantt(Document &doc, QWidget *parent = nullptr);

    void setThemenfeld(int themenfeldId);
    void setHeute(const QDate &heute);
    void setZoom(Zoom zoom);
    Zoom zoom() const { return m_zoom; }
    Raster raster() const;
    // The first day shown; the last follows from the zoom (Gesamt: the plan's range).
    void setVon(const QDate &von);
    QDate von() const { return m_von; }
    QDate bis() const;
    // Only the projects that need attention: an overdue milestone, one reached late, or a flag of the
    // schedule (a broken dependency, a date outside the term, phases out of order, a reached date in the
    // future).
    void setNurAuffaellige(bool only);
    bool nurAuffaellige() const { return m_nurAuffaellige; }
    // The Stand whose planned dates are drawn as ghosts under today's plan (an empty name: none).
    void setBaseline(analysis::Baseline baseline);
    const analysis::Baseline &baseline() const { return m_baseline; }
    // Moves the shown range by half its width (direction −1 earlier, +1 later).
    void blaettern(int direction);

    const QList<analysis::GanttRow> &rows() const { return m_rows; }
    // As painted at the widget's current size.
    const report::GanttGeometry &geometry() const;
    const QList<report::ChartHotspot> &hotspots() const;
    // The centre of the milestone's planned diamond as painted; nullopt when it is not in view.
    std::optional<QPointF> meilensteinPunkt(qint64 id) const;
    qint64 currentMeilenstein() const { return m_current; }
    void setCurrentMeilenstein(qint64 id);
    // The last refusal or advice shown where the user dropped; empty after a move that went through.
    QString meldung() const { return m_meldung; }
    // The date editor Enter opens (null when none is open).
    DateEdit *dateEditor() const { return m_editor; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void currentMeilensteinChanged(qint64 meilensteinId);
    void rangeChanged();
    void meldungChanged(const QString &meldung);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Drag
    {
        enum class Art
        {
            Keine,
            Meilenstein,
            Projekt,
            Abhaengigkeit
        };
        Art art = Art::Keine;
        qint64 id = 0; // the milestone, or the project
        QDate von;     // the milestone's planned date before the drag
        QPoint start, pos;
        int monate = 0, tage = 0; // the snapped shift so far
    };

    void rebuild();
    void invalidateLayout();
    double referenceWidth() const;
    const report::ChartHotspot *hotspotAt(const QPointF &pos, bool forDrag) const;
    const Meilenstein *meilenstein(qint64 id) const;
    // The shift the mouse made since the drag began, snapped to the unit of the zoom.
    void snap(Drag &d) const;
    QDate shifted(const QDate &d, int monate, int tage) const { return d.addMonths(monate).addDays(tage); }
    QList<qint64> keyboardOrder() const;
    void ensureVisible(qint64 meilensteinId);

    void verschiebe(qint64 id, const QDate &nach, const QPoint &wo);
    void verschiebeProjekt(qint64 projektId, int monate, int tage, const QPoint &wo);
    void verknuepfe(qint64 vorgaenger, qint64 nachfolger, const QPoint &wo);
    void zeigeMeldung(const QPoint &wo, const QString &text);
    void openDateEditor();
    void closeDateEditor(bool apply);
    void paintDrag(QPainter &p) const;

    Document &m_doc;
    int m_themenfeldId = 0;
    QDate m_heute;
    Zoom m_zoom = Zoom::Gesamt;
    bool m_nurAuffaellige = false;
    analysis::Baseline m_baseline;
    QDate m_von;
    QList<analysis::GanttRow> m_rows;
    QDate m_planVon, m_planBis; // the plan's range (Gesamt shows it)
    qint64 m_current = 0;
    QString m_meldung;
    Drag m_drag;
    QPointer<DateEdit> m_editor;
    RefreshWhenShown *m_refresh;
    mutable QList<report::ChartHotspot> m_hotspots;
    mutable report::GanttGeometry m_geometry;
    mutable bool m_layoutValid = false;
    mutable QRect m_hotspotsFor; // the part in sight they were laid out for
};

} // namespace tfp::ui
