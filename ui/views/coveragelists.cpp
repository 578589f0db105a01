// The lists of the Abdeckung tab (CoverageView, continued): gaps, milestones, Nachnutzung and Onlinedienste
// below the Kennzahlen, their tab titles with counts, and what each says when it has no entries.
#include "coverageentries.h"
#include "coverageview.h"
#include "document.h"
#include "edit/fieldtext.h"
#include "elidingheaderview.h"
#include "models/coveragelistmodel.h"
#include "models/dienstcoveragemodel.h"
#include "models/nachnutzungmatrixmodel.h"
#include "roles.h"
#include "textfit.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace tfp::ui {

QLabel *CoverageView::leerLabel(QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setAlignment(Qt::AlignCenter);
    l->setWordWrap(true);
    l->setMargin(16);
    l->setTextFormat(Qt::PlainText);
    return l;
}

// Rows as high as their text needs: the default leaves room for editors these tables do not have.
void CoverageView::compactRows(QTableView *v)
{
    v->verticalHeader()->setMinimumSectionSize(v->fontMetrics().height() + 4);
    v->verticalHeader()->setDefaultSectionSize(v->fontMetrics().height() + 8);
}

// Width of a column made for texts like the sample, with the cell's margins.
int CoverageView::breite(const QWidget *w, const QString &muster)
{
    return w->fontMetrics().horizontalAdvance(muster) + w->fontMetrics().height();
}

QTableView *CoverageView::makeListTable(CoverageListModel *model)
{
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(model);
    proxy->setSortRole(SortRole);
    proxy->setSortLocaleAware(true);
    auto *v = new QTableView(this);
    v->setModel(proxy);
    v->setEditTriggers(QAbstractItemView::NoEditTriggers);
    v->setSelectionBehavior(QAbstractItemView::SelectRows);
    v->setSelectionMode(QAbstractItemView::ExtendedSelection); // to copy or act on several
    v->setWordWrap(false);
    v->setTextElideMode(Qt::ElideRight);
    v->verticalHeader()->hide();
    compactRows(v);
    // The analysis already orders each list (OZG-ID, most days first): sorting starts on a header click.
    v->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    v->setSortingEnabled(true);
    v->horizontalHeader()->setStretchLastSection(false);
    // Names share the width; codes, numbers and dates get what they need (or their title, with the sort
    // indicator).
    for (int c = 0; c < model->columnCount(); ++c) {
        const CoverageListModel::Column &s = model->columns()[c];
        if (s.sample.isEmpty())
            v->horizontalHeader()->setSectionResizeMode(c, QHeaderView::Stretch);
        else
            v->setColumnWidth(c, std::max(breite(this, s.title + u"▲▲"_qs), breite(this, s.sample)));
    }
    elidedTips(v);
    return v;
}

CoverageView::Seite CoverageView::addSeite(Liste l, QAbstractItemView *view)
{
    Seite s;
    s.view = view;
    s.leer = leerLabel(this);
    s.stack = new QStackedWidget(this);
    s.stack->addWidget(view);
    s.stack->addWidget(s.leer);
    m_listen->insertTab(l, s.stack, QString());
    connect(view, &QAbstractItemView::activated, this, &CoverageView::activate);
    if (view->selectionModel())
        connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
                [this](const QModelIndex &cur) {
                    if (const int ozg = cur.data(OzgIdRole).toInt())
                        Q_EMIT leistungSelected(ozg);
                });
    return s;
}

QWidget *CoverageView::buildListen()
{
    m_listen = new QTabWidget(this);
    fitTabs(m_listen);
    auto liste = [this](Liste l, QList<CoverageListModel::Column> spalten, const QString &hinweis) {
        m_listModels[l] = new CoverageListModel(std::move(spalten), this);
        m_listModels[l]->setLinkHint(hinweis);
        m_seiten[l] = addSeite(l, makeListTable(m_listModels[l]));
    };
    const QString leistungOeffnen = tr("Doppelklick oder Eingabetaste öffnet die Leistung.");
    const QString projektOeffnen = tr("Doppelklick oder Eingabetaste öffnet das Projekt.");
    liste(OhneProjekt, coverage::leistungColumns(), leistungOeffnen);
    liste(OhneOnlinedienst, coverage::leistungColumns(), leistungOeffnen);
    liste(LagenOhneAktivitaet, coverage::lageColumns(), {});
    liste(ProjekteOhneMeilensteine, coverage::projektColumns(), projektOeffnen);
    liste(Ueberfaellig, coverage::meilensteinColumns(false), projektOeffnen);
    liste(Verzoegert, coverage::meilensteinColumns(true), projektOeffnen);
    liste(Terminkonflikte, coverage::terminColumns(), projektOeffnen);

    auto *matrix = new QTableView(this);
    matrix->setHorizontalHeader(new ElidingHeaderView(Qt::Horizontal, matrix));
    matrix->setModel(m_matrix);
    compactRows(matrix);
    matrix->setEditTriggers(QAbstractItemView::NoEditTriggers);
    matrix->setSelectionMode(QAbstractItemView::SingleSelection);
    matrix->setWordWrap(false);
    matrix->setTextElideMode(Qt::ElideRight);
    elidedTips(matrix);
    matrix->verticalHeader()->hide();
    matrix->horizontalHeader()->setDefaultSectionSize(breite(this, u"Geburt digital – Eltern"_qs));
    matrix->setColumnWidth(NachnutzungMatrixModel::Land, breite(this, u"MV – Mecklenburg-Vorpommern"_qs));
    matrix->setColumnWidth(NachnutzungMatrixModel::Nachnutzung, breite(this, u"16 (100,0 %)"_qs));
    matrix->setAccessibleName(tr("Nachnutzung: Länder und Projekte"));
    m_seiten[Nachnutzung] = addSeite(Nachnutzung, matrix);
    connect(matrix->horizontalHeader(), &QHeaderView::sectionDoubleClicked, this, [this](int section) {
        if (const qint64 id = m_matrix->headerData(section, Qt::Horizontal, ProjektIdRole).toLongLong())
            Q_EMIT projektActivated(id);
    });

    m_dienstTree = new QTreeView(this);
    m_dienstTree->setModel(m_dienste);
    m_dienstTree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_dienstTree->setUniformRowHeights(true);
    m_dienstTree->setTextElideMode(Qt::ElideRight);
    m_dienstTree->setExpandsOnDoubleClick(false); // double-click opens, the arrow expands
    m_dienstTree->header()->setStretchLastSection(false);
    m_dienstTree->header()->setSectionResizeMode(DienstCoverageModel::Name, QHeaderView::Stretch);
    m_dienstTree->setColumnWidth(DienstCoverageModel::Reifegrad, breite(this, u"2 – Formular-Assistent"_qs));
    m_dienstTree->setColumnWidth(DienstCoverageModel::Lage, breite(this, u"Freie Hansestadt Bremen"_qs));
    m_seiten[Onlinedienste] = addSeite(Onlinedienste, m_dienstTree);

    const QStringList tips{
        tr("OZG-Leistungen im gewählten Umfang, die keinem Umsetzungsprojekt (irgendeines Themenfelds) "
           "zugeordnet sind"),
        tr("OZG-Leistungen, die kein erfasster Onlinedienst abdeckt"),
        tr("Lagen, in denen keine OZG-Leistung einen Status hat und keine einem Projekt zugeordnet ist"),
        tr("Umsetzungsprojekte ohne einen einzigen Meilenstein"),
        tr("Meilensteine, die vor dem Stichtag geplant und noch nicht erreicht sind"),
        tr("Meilensteine, die später als geplant erreicht wurden"),
        tr("Meilensteine, deren Termin einer Abhängigkeit, der Projektlaufzeit oder der Folge der Phasen "
           "widerspricht oder die nach dem Stichtag als erreicht eingetragen sind"),
        tr("Welches Land welches Projekt nachnutzt (Einer für Alle)"),
        tr("Onlinedienste und die OZG-Leistungen, die sie abdecken, mit dem erreichten Reifegrad"),
    };
    for (int l = 0; l < ListeCount; ++l)
        m_listen->setTabToolTip(l, tips[l]);

    connect(m_listen, &QTabWidget::currentChanged, this, [this](int l) {
        if (m_timer.isActive())
            recompute(); // the plan changed since the report: its lists would not match it
        else
            fillListe(Liste(l));
    });

    auto *label = new QLabel(tr("Lücken, &Verzug und Nachnutzung"), this);
    label->setBuddy(m_listen);
    auto *hint =
        new QLabel(tr("Doppelklick oder Eingabetaste auf eine Leistung oder ein Projekt öffnet es."), this);
    hint->setEnabled(false); // greyed: a hint, not content
    auto *head = new QHBoxLayout;
    head->addWidget(label);
    head->addStretch();
    head->addWidget(hint);
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(head);
    layout->addWidget(m_listen, 1);
    return box;
}

QAbstractItemView *CoverageView::listView(Liste l) const
{
    return m_seiten[l].view;
}

CoverageListModel *CoverageView::listModel(Liste l)
{
    fillListe(l);
    return m_listModels[l];
}

NachnutzungMatrixModel *CoverageView::nachnutzungModel()
{
    fillListe(Nachnutzung);
    return m_matrix;
}

DienstCoverageModel *CoverageView::dienstModel()
{
    fillListe(Onlinedienste);
    return m_dienste;
}

QString CoverageView::leerText(Liste l) const
{
    return m_seiten[l].stack->currentWidget() == m_seiten[l].leer ? m_seiten[l].leer->text() : QString();
}

void CoverageView::fillListe(Liste l)
{
    // A list of the whole programme can hold tens of thousands of entries: only the one on screen is built
    // with each new report; the others when their tab is opened.
    if (l < 0 || l >= ListeCount || m_gefuellt[l])
        return;
    m_gefuellt[l] = true;
    const PlanSnapshot &plan = m_doc.plan();
    switch (l) {
    case OhneProjekt:
        m_listModels[l]->setEntries(coverage::leistungEntries(plan, m_report.gesamt.ohneProjekt));
        break;
    case OhneOnlinedienst:
        m_listModels[l]->setEntries(coverage::leistungEntries(plan, m_report.gesamt.ohneOnlinedienst));
        break;
    case LagenOhneAktivitaet:
        m_listModels[l]->setEntries(coverage::lageEntries(plan, m_report));
        break;
    case ProjekteOhneMeilensteine:
        m_listModels[l]->setEntries(coverage::projektEntries(plan, m_report));
        break;
    case Ueberfaellig:
        m_listModels[l]->setEntries(coverage::meilensteinEntries(plan, m_report.ueberfaellig, false));
        break;
    case Verzoegert:
        m_listModels[l]->setEntries(coverage::meilensteinEntries(plan, m_report.verzoegert, true));
        break;
    case Terminkonflikte:
        m_listModels[l]->setEntries(coverage::terminEntries(plan, m_report.terminkonflikte));
        break;
    case Nachnutzung:
        m_matrix->setMatrix(coverage::nachnutzungLaender(plan, m_report),
                            coverage::nachnutzungProjekte(plan, m_report));
        break;
    case Onlinedienste:
        m_dienste->setDienste(coverage::dienste(plan, m_report));
        if (m_dienste->rowCount() <= 20)
            m_dienstTree->expandAll();
        break;
    case ListeCount:
        break;
    }
}

void CoverageView::updateListen()
{
    const QLocale locale;
    const bool programm = m_themenfeldId == 0;
    const bool keineLeistungen = m_report.gesamt.leistungen == 0;
    const bool keineProjekte = m_report.projekte.isEmpty();
    const QString keineImUmfang = tr("Keine OZG-Leistungen im gewählten Umfang.");
    const QString keinProjekt = tr("Noch kein Umsetzungsprojekt angelegt.");
    struct Stand
    {
        QString titel;
        int anzahl;
        QString leer;
    };
    const int laender = int(m_report.laender.size());
    const int nachnutzende =
        int(std::count_if(m_report.laender.cbegin(), m_report.laender.cend(),
                          [](const analysis::LandNachnutzung &l) { return l.projekte > 0; }));
    const Stand stand[ListeCount]{
        {tr("In keinem Projekt"), int(m_report.gesamt.ohneProjekt.size()),
         keineLeistungen ? keineImUmfang : tr("Alle Leistungen sind einem Projekt zugeordnet.")},
        {tr("Ohne Onlinedienst"), int(m_report.gesamt.ohneOnlinedienst.size()),
         keineLeistungen ? keineImUmfang : tr("Alle Leistungen werden von einem Onlinedienst abgedeckt.")},
        {tr("Lagen ohne Aktivität"), int(m_report.lagenOhneAktivitaet.size()),
         m_report.lagen.isEmpty() ? tr("Keine Lagen im gewählten Umfang.")
                                  : tr("In jeder Lage ist mindestens eine Leistung begonnen oder einem "
                                       "Projekt zugeordnet.")},
        {tr("Projekte ohne Meilensteine"), int(m_report.projekteOhneMeilensteine.size()),
         keineProjekte ? keinProjekt : tr("Alle Projekte haben Meilensteine.")},
        {tr("Meilensteine überfällig"), int(m_report.ueberfaellig.size()),
         keineProjekte
             ? keinProjekt
             : tr("Zum Stichtag %1 ist kein Meilenstein überfällig.").arg(edit::dateText(m_report.heute))},
        {tr("Meilensteine verzögert"), int(m_report.verzoegert.size()),
         keineProjekte ? keinProjekt : tr("Kein Meilenstein wurde später als geplant erreicht.")},
        {tr("Terminkonflikte"), int(m_report.terminkonflikte.size()),
         keineProjekte
             ? keinProjekt
             : tr("Keine Terminkonflikte: alle Abhängigkeiten eingehalten, alle Meilensteine in der "
                  "Projektlaufzeit und in der Reihenfolge ihrer Phasen.")},
        {tr("Nachnutzung"), nachnutzende,
         keineProjekte ? tr("Noch kein Umsetzungsprojekt angelegt: ohne Projekte gibt es keine Nachnutzung.")
                       : QString()},
        {tr("Onlinedienste"), int(m_report.onlinedienste.size()),
         keineLeistungen ? keineImUmfang
                         : tr("Kein Onlinedienst deckt eine OZG-Leistung im gewählten Umfang ab. "
                              "Onlinedienste erfassen Sie im Reiter „Onlinedienste“.")},
    };
    for (int l = 0; l < ListeCount; ++l) {
        const Stand &s = stand[l];
        const Seite &seite = m_seiten[l];
        const bool leer = l == Nachnutzung ? keineProjekte : s.anzahl == 0;
        m_listen->setTabText(l, l == Nachnutzung ? tr("%1 (%2/%3)").arg(s.titel).arg(s.anzahl).arg(laender)
                                                 : tr("%1 (%2)").arg(s.titel, locale.toString(s.anzahl)));
        seite.leer->setText(s.leer);
        seite.stack->setCurrentWidget(leer ? static_cast<QWidget *>(seite.leer) : seite.view);
        if (l < Nachnutzung) {
            auto *table = static_cast<QTableView *>(seite.view);
            const auto &spalten = m_listModels[l]->columns();
            for (int c = 0; c < spalten.size(); ++c)
                table->setColumnHidden(c, spalten[c].programmeOnly && !programm);
        }
    }
    m_listen->setTabToolTip(Nachnutzung,
                            tr("Welches Land welches Projekt nachnutzt (Einer für Alle): %1 von %2 Ländern "
                               "nutzen mindestens ein Projekt nach.")
                                .arg(nachnutzende)
                                .arg(laender));
}

} // namespace tfp::ui
