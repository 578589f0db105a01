#include "dashboardview.h"

#include "chartview.h"
#include "document.h"
#include "edit/fieldtext.h"
#include "error.h"
#include "refreshwhenshown.h"
#include "report/chartexport.h"
#include "widgets.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace tfp::ui {

namespace {

QString kindLabel(report::ChartKind k)
{
    switch (k) {
    case report::ChartKind::Status:
        return DashboardView::tr("Status");
    case report::ChartKind::Reifegrad:
        return DashboardView::tr("Reifegrad");
    case report::ChartKind::BurnUp:
        return DashboardView::tr("Go-live-Verlauf");
    case report::ChartKind::Gantt:
        return DashboardView::tr("Meilensteine (Gantt)");
    case report::ChartKind::Nachnutzung:
        return DashboardView::tr("Nachnutzung");
    case report::ChartKind::Budget:
        return DashboardView::tr("Budget");
    case report::ChartKind::Prioritisation:
        return DashboardView::tr("Priorisierung");
    }
    return {};
}

QDateEdit *automatischDate(QWidget *parent)
{
    // The earliest date stands for "the plan's own range": QDateEdit cannot be empty.
    auto *date = new QDateEdit(parent);
    date->setDisplayFormat(edit::dateFormat());
    date->setCalendarPopup(true);
    date->setMinimumDate(QDate(2000, 1, 1));
    date->setSpecialValueText(DashboardView::tr("automatisch"));
    date->setDate(date->minimumDate());
    return date;
}

} // namespace

DashboardView::DashboardView(Document &doc, QWidget *parent) : QWidget(parent), m_doc(doc)
{
    m_kinds = new QListWidget(this);
    for (report::ChartKind k : report::allChartKinds()) {
        auto *item = new QListWidgetItem(kindLabel(k), m_kinds);
        item->setData(Qt::UserRole, int(k));
    }
    m_kinds->setCurrentRow(0);
    int breit = 0;
    for (int i = 0; i < m_kinds->count(); ++i)
        breit = std::max(breit, fontMetrics().horizontalAdvance(m_kinds->item(i)->text()));
    m_kinds->setFixedWidth(breit + 4 * fontMetrics().averageCharWidth() + 8);
    m_kinds->setAccessibleName(tr("Diagramme"));
    auto *kindsLabel = new QLabel(tr("Diagra&mm:"), this);
    kindsLabel->setBuddy(m_kinds);

    m_scope = new QComboBox(this);
    m_scope->addItem(tr("alle Leistungen"));
    m_scope->addItem(tr("nur Föderal"));
    auto *scopeLabel = new QLabel(tr("&Umfang:"), this);
    scopeLabel->setBuddy(m_scope);
    m_von = automatischDate(this);
    m_bis = automatischDate(this);
    auto *vonLabel = new QLabel(tr("Zeitraum &von:"), this);
    vonLabel->setBuddy(m_von);
    auto *bisLabel = new QLabel(tr("b&is:"), this);
    bisLabel->setBuddy(m_bis);
    m_png = new QPushButton(tr("PNG &exportieren…"), this);
    m_svg = new QPushButton(tr("&SVG exportieren…"), this);
    m_copy = new QPushButton(tr("&Kopieren"), this);
    m_copy->setToolTip(tr("Das Diagramm als Bild in die Zwischenablage kopieren"));

    m_chart = new ChartView(this);
    m_chart->setContextMenuPolicy(Qt::CustomContextMenu);
    // A Gantt with many projects is taller than the tab: it scrolls instead of squeezing its rows.
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_chart);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    // The export buttons stand under the chart list: one row of every control would make the tab wider than
    // a 1400-pixel window leaves it beside the Themenfelder and the details.
    auto *controls = buttonRow({scopeLabel, m_scope, vonLabel, m_von, bisLabel, m_bis});
    auto *left = new QVBoxLayout;
    left->addWidget(kindsLabel);
    left->addWidget(m_kinds, 1);
    left->addWidget(m_png);
    left->addWidget(m_svg);
    left->addWidget(m_copy);
    auto *right = new QVBoxLayout;
    right->addLayout(controls);
    right->addWidget(scroll, 1);
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left);
    layout->addLayout(right, 1);

    m_refresh = new RefreshWhenShown(this, [this] { draw(); });
    m_refresh->markStale(); // drawn when first shown
    connect(m_kinds, &QListWidget::currentRowChanged, this, &DashboardView::refresh);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &DashboardView::refresh);
    connect(m_von, &QDateEdit::dateChanged, this, &DashboardView::refresh);
    connect(m_bis, &QDateEdit::dateChanged, this, &DashboardView::refresh);
    connect(m_png, &QPushButton::clicked, this, [this] { exportDialog(u"png"_qs); });
    connect(m_svg, &QPushButton::clicked, this, [this] { exportDialog(u"svg"_qs); });
    connect(m_copy, &QPushButton::clicked, this, [this] { copyToClipboard(m_exportSize); });
    connect(m_chart, &QWidget::customContextMenuRequested, this, &DashboardView::contextMenu);
    connect(m_chart, &ChartView::projektClicked, this, &DashboardView::projektActivated);
    connect(m_chart, &ChartView::leistungClicked, this, &DashboardView::leistungActivated);
    // Charts follow every change; while the tab is hidden the work waits until it is shown.
    connect(&doc, &Document::changed, this, &DashboardView::refresh);
    connect(&doc, &Document::reloaded, this, &DashboardView::refresh);
}

void DashboardView::setThemenfeld(int themenfeldId)
{
    m_themenfeldId = themenfeldId;
    refresh();
}

void DashboardView::setKind(report::ChartKind kind)
{
    m_kinds->setCurrentRow(int(report::allChartKinds().indexOf(kind)));
}

report::ChartKind DashboardView::kind() const
{
    return report::allChartKinds().value(std::max(0, m_kinds->currentRow()));
}

report::ChartOptions DashboardView::options() const
{
    report::ChartOptions o;
    if (m_themenfeldId)
        o.themenfeldId = m_themenfeldId;
    o.scope = m_scope->currentIndex() == 1 ? analysis::Scope::Foederal : analysis::Scope::Alle;
    o.today = QDate::currentDate();
    if (m_von->date() != m_von->minimumDate())
        o.from = m_von->date();
    if (m_bis->date() != m_bis->minimumDate())
        o.to = m_bis->date();
    return o;
}

void DashboardView::refresh()
{
    m_refresh->request();
}

void DashboardView::draw()
{
    const report::ChartKind k = kind();
    const bool zeitraum = k == report::ChartKind::Gantt || k == report::ChartKind::BurnUp;
    m_von->setEnabled(zeitraum);
    m_bis->setEnabled(zeitraum);
    // Projects, milestones and the Zahlungsplan belong to no scope; the Leistung figures do.
    m_scope->setEnabled(k == report::ChartKind::Status || k == report::ChartKind::Reifegrad ||
                        k == report::ChartKind::BurnUp);
    // The prioritisation needs the Themenfeld's scores, which the workspace's snapshot leaves out.
    const PlanSnapshot &plan = k == report::ChartKind::Prioritisation && m_themenfeldId
                                   ? m_doc.planWithScores(m_themenfeldId)
                                   : m_doc.plan();
    report::ChartOptions o = options();
    if (o.from.isValid() && o.to.isValid() && o.to <= o.from)
        o.to = QDate(); // a range the wrong way round: the plan's own end instead
    try {
        m_chart->setChart(report::chartModel(k, plan, o), o);
    } catch (const Error &e) {
        reportError(m_doc, e.message());
    }
    ++m_updates;
}

bool DashboardView::exportTo(const QString &path, const QSize &size)
{
    try {
        report::exportChart(path, m_chart->model(), m_chart->options(), size);
        return true;
    } catch (const Error &e) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Diagramm nicht gespeichert"), e.message(),
                                    QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return false;
    }
}

void DashboardView::copyToClipboard(const QSize &size)
{
    auto *data = new QMimeData;
    data->setImageData(report::renderChartImage(m_chart->model(), m_chart->options(), size));
    data->setData(u"image/svg+xml"_qs, report::renderChartSvg(m_chart->model(), m_chart->options(), size));
    QApplication::clipboard()->setMimeData(data);
}

void DashboardView::exportDialog(const QString &format)
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Diagramm als %1 speichern").arg(format.toUpper()));
    auto *form = new QFormLayout(&dialog);
    auto *breite = new QSpinBox(&dialog);
    auto *hoehe = new QSpinBox(&dialog);
    for (QSpinBox *s : {breite, hoehe}) {
        s->setRange(report::minChartSize, report::maxChartSize);
        s->setSuffix(tr(" Pixel"));
        s->setSingleStep(40);
    }
    breite->setValue(m_exportSize.width());
    hoehe->setValue(
        std::max(m_exportSize.height(), report::suggestedChartHeight(m_chart->model(), breite->value())));
    form->addRow(tr("&Breite:"), breite);
    form->addRow(tr("&Höhe:"), hoehe);
    form->addRow(new QLabel(
        tr("Für eine A4-Seite genügen 1360 × 800 Pixel; die Schrift wächst mit der Breite."), &dialog));
    if (!execFormDialog(dialog, form))
        return;
    m_exportSize = QSize(breite->value(), hoehe->value());
    const QString filter = format == u"svg" ? tr("SVG-Grafik (*.svg)") : tr("PNG-Bild (*.png)");
    QString path = QFileDialog::getSaveFileName(
        this, dialog.windowTitle(),
        QDir(startFolder(m_doc)).filePath(report::chartKindName(kind()) + u'.' + format), filter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(u'.' + format, Qt::CaseInsensitive))
        path += u'.' + format;
    exportTo(path, m_exportSize);
}

void DashboardView::contextMenu(const QPoint &pos)
{
    QMenu menu(this);
    menu.addAction(tr("Als &PNG speichern…"), this, [this] { exportDialog(u"png"_qs); });
    menu.addAction(tr("Als &SVG speichern…"), this, [this] { exportDialog(u"svg"_qs); });
    menu.addAction(tr("&Kopieren"), this, [this] { copyToClipboard(m_exportSize); });
    menu.exec(m_chart->mapToGlobal(pos));
}

} // namespace tfp::ui
