#include "coverageview.h"

#include "dateedit.h"
#include "document.h"
#include "edit/fieldtext.h"
#include "elidingheaderview.h"
#include "models/coveragelistmodel.h"
#include "models/dienstcoveragemodel.h"
#include "models/kennzahlenmodel.h"
#include "models/nachnutzungmatrixmodel.h"
#include "refreshwhenshown.h"
#include "roles.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace tfp::ui {

namespace {

// Changes often come in bursts (an edit per keystroke, undo pressed repeatedly): figure once they settle.
constexpr int kDebounceMs = 40;

QString ohneMnemonic(QString text)
{
    return text.replace(u'&', u"&&"_qs);
}

} // namespace

CoverageView::CoverageView(Document &doc, QWidget *parent)
    : QWidget(parent), m_doc(doc), m_kennzahlen(new KennzahlenModel(this)),
      m_matrix(new NachnutzungMatrixModel(this)), m_dienste(new DienstCoverageModel(this))
{
    m_scope = new QComboBox(this);
    m_scope->addItem(tr("alle"));
    m_scope->setItemData(0, tr("Alle OZG-Leistungen, auch die reinen Typ-1-Leistungen des Bundes"),
                         Qt::ToolTipRole);
    m_scope->addItem(tr("Föderal"));
    m_scope->setItemData(1,
                         tr("Nur Leistungen, die Länder oder Kommunen vollziehen (Programm Föderal und "
                            "Mischleistungen)"),
                         Qt::ToolTipRole);
    m_scope->setToolTip(tr("Welche OZG-Leistungen zählen. Projekte, Meilensteine und Nachnutzung gehören "
                           "zum Themenfeld und hängen nicht vom Umfang ab."));
    auto *scopeLabel = new QLabel(tr("&Umfang:"), this);
    scopeLabel->setBuddy(m_scope);

    m_heute = new DateEdit(this);
    m_heute->setAllowEmpty(false);
    m_heute->setDate(m_stichtag);
    m_heute->setToolTip(tr("Stichtag: Meilensteine, die vor diesem Tag geplant und noch nicht erreicht "
                           "sind, gelten als überfällig."));
    auto *heuteLabel = new QLabel(tr("&Stichtag:"), this);
    heuteLabel->setBuddy(m_heute);
    m_heuteButton = new QToolButton(this);
    m_heuteButton->setText(tr("Heute"));
    m_heuteButton->setToolTip(tr("Stichtag auf das heutige Datum setzen"));
    m_heuteButton->setFocusPolicy(Qt::TabFocus);

    auto *controls = new QHBoxLayout;
    controls->addWidget(scopeLabel);
    controls->addWidget(m_scope);
    controls->addSpacing(16);
    controls->addWidget(heuteLabel);
    controls->addWidget(m_heute);
    controls->addWidget(m_heuteButton);
    controls->addStretch();

    m_split = new QSplitter(Qt::Vertical, this);
    m_split->addWidget(buildKennzahlen());
    m_split->addWidget(buildListen());
    m_split->setStretchFactor(0, 1);
    m_split->setStretchFactor(1, 1);
    m_split->setChildrenCollapsible(false);
    connect(m_split, &QSplitter::splitterMoved, this, [this] { m_splitVomNutzer = true; });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_split, 1);

    setTabOrder(m_scope, m_heute);
    setTabOrder(m_heute, m_heuteButton);
    setTabOrder(m_heuteButton, m_table);
    setTabOrder(m_table, m_listen);
    // The lists follow the tab bar in the order they were made. Chaining them explicitly with setTabOrder
    // from the tab widget breaks the focus chain in Qt 6.4 (the lists drop out of it).

    m_refresh = new RefreshWhenShown(this, [this] { recompute(); });
    m_timer.setSingleShot(true);
    m_timer.setInterval(kDebounceMs);
    connect(&m_timer, &QTimer::timeout, m_refresh, &RefreshWhenShown::request);
    connect(&doc, &Document::changed, this, &CoverageView::schedule);
    connect(&doc, &Document::reloaded, this, &CoverageView::schedule);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &CoverageView::refresh);
    // Only a finished date counts: a half-typed or mistyped one neither recomputes nor changes the Stichtag.
    connect(m_heute, &DateEdit::editingFinished, this, [this] {
        if (const auto d = m_heute->date())
            setHeute(*d);
    });
    connect(m_heuteButton, &QToolButton::clicked, this, [this] { setHeute(QDate::currentDate()); });
    m_heuteButton->setEnabled(false);
    setThemenfeld(0);
}

CoverageView::~CoverageView() = default;

QWidget *CoverageView::buildKennzahlen()
{
    m_table = new QTableView(this);
    m_table->setModel(m_kennzahlen);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->setAccessibleName(tr("Kennzahlen der Abdeckung"));
    m_table->setVerticalHeader(new ElidingHeaderView(Qt::Vertical, m_table));
    compactRows(m_table);
    QHeaderView *rows = m_table->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setMaximumWidth(breite(this, u"Unternehmensführung & -entwicklung"_qs) + 24); // and an icon
    rows->setHighlightSections(true);
    QHeaderView *columns = m_table->horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::Interactive);
    columns->setHighlightSections(false);
    columns->setMinimumSectionSize(24);
    const QFontMetrics fm = fontMetrics();
    const int pad = fm.averageCharWidth() * 2;
    const int mitAnteil = fm.horizontalAdvance(u"888 (88,8 %)"_qs) + pad;
    const int zahl = fm.horizontalAdvance(u"landesweit"_qs) + pad;
    for (int c = 0; c < KennzahlenModel::ColumnCount; ++c) {
        const bool anteil = (c >= KennzahlenModel::Online && c <= KennzahlenModel::OzgKonform) ||
                            c == KennzahlenModel::MitOnlinedienst;
        m_table->setColumnWidth(c, anteil ? mitAnteil : zahl);
    }
    m_kennzahlenLeer = leerLabel(this);
    m_kennzahlenStack = new QStackedWidget(this);
    m_kennzahlenStack->addWidget(m_table);
    m_kennzahlenStack->addWidget(m_kennzahlenLeer);
    m_kennzahlenLabel = new QLabel(this);
    m_kennzahlenLabel->setBuddy(m_table);
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_kennzahlenLabel);
    layout->addWidget(m_kennzahlenStack, 1);
    connect(m_table, &QTableView::activated, this, &CoverageView::activate);
    connect(rows, &QHeaderView::sectionDoubleClicked, this, [this](int row) {
        if (const int id = m_kennzahlen->headerData(row, Qt::Vertical, ThemenfeldIdRole).toInt())
            Q_EMIT themenfeldActivated(id);
    });
    return box;
}

void CoverageView::setThemenfeld(int themenfeldId)
{
    m_themenfeldId = themenfeldId;
    refresh();
}

void CoverageView::setScope(analysis::Scope scope)
{
    m_scope->setCurrentIndex(scope == analysis::Scope::Foederal ? 1 : 0);
}

analysis::Scope CoverageView::scope() const
{
    return m_scope->currentIndex() == 1 ? analysis::Scope::Foederal : analysis::Scope::Alle;
}

void CoverageView::setHeute(const QDate &heute)
{
    m_heute->setDate(heute);
    m_heuteButton->setEnabled(heute != QDate::currentDate());
    if (heute == m_stichtag)
        return;
    m_stichtag = heute;
    refresh();
}

QDate CoverageView::heute() const
{
    return m_stichtag;
}

bool CoverageView::isUpdatePending() const
{
    return m_refresh->isStale() || m_timer.isActive();
}

void CoverageView::schedule()
{
    if (isVisible())
        m_timer.start();
    else
        m_refresh->markStale();
}

void CoverageView::refresh()
{
    m_refresh->request();
}

void CoverageView::recompute()
{
    m_timer.stop();
    const PlanSnapshot &plan = m_doc.plan();
    if (m_themenfeldId && !plan.themenfeld(m_themenfeldId))
        m_themenfeldId = 0; // removed meanwhile (undo of its creation): show the programme
    analysis::CoverageOptions options;
    options.scope = scope();
    if (m_themenfeldId)
        options.themenfeldId = m_themenfeldId;
    options.heute = m_stichtag;
    m_report = analysis::coverage(plan, options);

    const bool programm = m_themenfeldId == 0;
    m_kennzahlen->setReport(
        m_report, programm ? KennzahlenModel::Zeilenart::Themenfeld : KennzahlenModel::Zeilenart::Lage,
        programm ? tr("Gesamtprogramm") : tr("Themenfeld gesamt"));
    m_table->setColumnHidden(KennzahlenModel::Modell2, m_report.gesamt.modell2 == 0);
    // A large programme has five-digit counts: widen a column its figures outgrow, never narrow one.
    const QAbstractItemView *table = m_table; // sizeHintForColumn is public there
    for (int c = 0; c < KennzahlenModel::ColumnCount; ++c)
        m_table->setColumnWidth(c, std::max(m_table->columnWidth(c), table->sizeHintForColumn(c)));
    const Themenfeld *t = plan.themenfeld(m_themenfeldId);
    m_kennzahlenLabel->setText(programm ? tr("&Kennzahlen je Themenfeld: Gesamtprogramm")
                                        : tr("&Kennzahlen je Lage: %1").arg(ohneMnemonic(t->name)));
    updateKennzahlenState();

    std::fill(std::begin(m_gefuellt), std::end(m_gefuellt), false);
    updateListen();
    fillListe(Liste(m_listen->currentIndex()));
    fitKennzahlen();
    ++m_updates;
}

void CoverageView::fitKennzahlen()
{
    // Until the user moves the divider, the Kennzahlen get the height their rows need, up to three fifths;
    // the lists below take the rest.
    const int total = m_split->height() - m_split->handleWidth();
    if (m_splitVomNutzer || total <= 0)
        return;
    int needed = m_kennzahlenLabel->sizeHint().height() + 8;
    if (m_kennzahlenStack->currentWidget() == m_table)
        needed += 2 * m_table->frameWidth() + m_table->horizontalHeader()->sizeHint().height() +
                  m_table->verticalHeader()->length() + m_table->horizontalScrollBar()->sizeHint().height();
    else
        needed += m_kennzahlenLeer->heightForWidth(m_split->width()) + 32;
    const int top = std::clamp(needed, total / 4, total * 3 / 5);
    m_split->setSizes({top, total - top});
}

void CoverageView::updateKennzahlenState()
{
    const bool leer = m_report.gesamt.leistungen == 0;
    if (leer) {
        const Themenfeld *t = m_doc.plan().themenfeld(m_themenfeldId);
        const bool foederal = scope() == analysis::Scope::Foederal;
        bool irgendeine = false; // any Leistung in range, whatever the scope
        for (const Leistung &l : m_doc.plan().leistungen)
            if (!t || m_doc.plan().themenfeldOf(l) == t->id) {
                irgendeine = true;
                break;
            }
        if (foederal && irgendeine)
            m_kennzahlenLeer->setText(
                t ? tr("Im Umfang „Föderal“ hat „%1“ keine OZG-Leistungen.\n\nWählen Sie den Umfang „alle“, "
                       "um auch die Leistungen des Bundes zu sehen.")
                        .arg(t->name)
                  : tr("Im Umfang „Föderal“ hat das Programm keine OZG-Leistungen."));
        else
            m_kennzahlenLeer->setText(
                t ? tr("„%1“ hat noch keine OZG-Leistungen, es gibt also nichts abzudecken.\n\nLegen Sie "
                       "Lagen und OZG-Leistungen an oder importieren Sie einen Katalog.")
                        .arg(t->name)
                  : tr("Der Katalog hat noch keine OZG-Leistungen."));
    }
    m_kennzahlenStack->setCurrentWidget(leer ? static_cast<QWidget *>(m_kennzahlenLeer) : m_table);
}

void CoverageView::activate(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    if (const int ozg = index.data(OzgIdRole).toInt())
        Q_EMIT leistungActivated(ozg);
    else if (const qint64 projekt = index.data(ProjektIdRole).toLongLong())
        Q_EMIT projektActivated(projekt);
    else if (const qint64 dienst = index.data(DienstIdRole).toLongLong())
        Q_EMIT onlinedienstActivated(dienst);
    else if (const int tf = index.data(ThemenfeldIdRole).toInt())
        Q_EMIT themenfeldActivated(tf);
}

} // namespace tfp::ui
