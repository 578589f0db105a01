#include "projekteview.h"

#include "dateedit.h"
#include "document.h"
#include "domain/labels.h"
#include "edit/edits.h"
#include "edit/fieldtext.h"
#include "fielddelegate.h"
#include "fieldform.h"
#include "meilensteinpicker.h"
#include "models/entitytablemodel.h"
#include "models/projektmodels.h"
#include "palettecolors.h"
#include "storage/catalog.h"
#include "textfit.h"
#include "widgets.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace tfp::ui {

using namespace schema;

ProjekteView::ProjekteView(Document &doc, QWidget *parent) : QWidget(parent), m_doc(doc)
{
    using namespace col;
    m_projektModel = new EntityTableModel(doc, Table::Projekt,
                                          {name.toString(), koordinationId.toString(), efaModell.toString(),
                                           phase.toString(), budgetCent.toString()},
                                          themenfeldId.toString(), this);
    m_projektModel->setSortColumn(name.toString());
    m_projekte = makeFieldTable(doc, m_projektModel, this);
    m_projekte->setAccessibleName(tr("Umsetzungsprojekte"));
    m_empty = new QLabel(this);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setMargin(16);
    m_new = new QPushButton(tr("&Neues Projekt…"), this);
    m_new->setToolTip(tr("Legt ein Umsetzungsprojekt mit den Standard-Meilensteinen an; die im Reiter "
                         "„Leistungen“ markierten OZG-Leistungen werden zugeordnet."));
    m_delete = new QPushButton(tr("Projekt lö&schen"), this);
    auto *listStack = new QStackedWidget(this);
    listStack->addWidget(m_projekte);
    listStack->addWidget(m_empty);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(listStack);
    leftLayout->addLayout(buttonRow({m_new, m_delete}));

    // Master data
    m_form =
        new FieldForm(doc, Table::Projekt,
                      {name.toString(), koordinationId.toString(), efaModell.toString(), phase.toString(),
                       start.toString(), ende.toString(), budgetCent.toString(), notes.toString()},
                      this);
    m_warning = new QLabel(this);
    m_warning->setWordWrap(true);
    setSignalText(m_warning, Signal::Warning);
    auto *master = new QWidget(this);
    auto *masterLayout = new QVBoxLayout(master);
    masterLayout->addWidget(m_warning);
    masterLayout->addWidget(m_form);
    masterLayout->addStretch();

    // Leistungen
    m_leistungModel = new ProjektLeistungenModel(doc, this);
    m_leistungList = new QListView(this);
    m_leistungList->setModel(m_leistungModel);
    m_leistungList->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_leistungList->setAcceptDrops(true);
    m_leistungList->setDropIndicatorShown(true);
    m_leistungList->setDragDropMode(QAbstractItemView::DropOnly);
    m_leistungList->setTextElideMode(Qt::ElideRight);
    m_assign = new QPushButton(tr("&Markierte Leistungen zuordnen"), this);
    m_assign->setToolTip(tr("Ordnet die im Reiter „Leistungen“ markierten OZG-Leistungen diesem Projekt zu. "
                            "Leistungen lassen sich auch aus dem Baum hierher ziehen."));
    m_unassign = new QPushButton(tr("Aus dem Projekt &entfernen"), this);
    auto *leistungen = new QWidget(this);
    auto *lLayout = new QVBoxLayout(leistungen);
    auto *dropHint = new QLabel(
        tr("OZG-Leistungen aus dem Baum hierher ziehen (beim Ziehen kurz über dem Reiter „Projekte“ "
           "halten) oder markieren und zuordnen."),
        this);
    dropHint->setWordWrap(true);
    lLayout->addWidget(dropHint);
    lLayout->addWidget(m_leistungList);
    lLayout->addLayout(buttonRow({m_assign, m_unassign}));

    // Milestones
    m_meilensteinModel = new EntityTableModel(doc, Table::Meilenstein,
                                              {phase.toString(), titel.toString(), geplant.toString(),
                                               ist.toString(), abnahmeDurch.toString(), abnahmeAm.toString()},
                                              projektId.toString(), this);
    m_meilensteinModel->setSortColumn(sortOrder.toString());
    m_meilensteine = makeFieldTable(doc, m_meilensteinModel, this);
    m_addMeilenstein = new QPushButton(tr("&Meilenstein hinzufügen…"), this);
    m_removeMeilenstein = new QPushButton(tr("Meilenstein l&öschen"), this);
    // The milestones the current one depends on (finish-to-start, in any project and Themenfeld).
    m_depsModel = new EntityTableModel(doc, Table::MeilensteinAbhaengigkeit,
                                       {haengtAbVon.toString(), abstandTage.toString(), notes.toString()},
                                       meilensteinId.toString(), this);
    m_depsModel->setReadOnlyColumns({haengtAbVon.toString()});
    m_depsView = makeFieldTable(doc, m_depsModel, this);
    m_depsView->setAccessibleName(tr("Hängt ab von"));
    m_addDep = new QPushButton(tr("&Hinzufügen…"), this);
    m_addDep->setToolTip(
        tr("Der Meilenstein darf erst nach einem anderen liegen, auch eines anderen Projekts "
           "oder Themenfelds (z. B. Roll-out nach der Inbetriebnahme einer Basiskomponente)."));
    m_removeDep = new QPushButton(tr("Entfe&rnen"), this);
    m_depBox = new QGroupBox(tr("Hängt ab von"), this);
    auto *depLayout = new QVBoxLayout(m_depBox);
    depLayout->addWidget(m_depsView);
    depLayout->addLayout(buttonRow({m_addDep, m_removeDep}));
    auto *msTop = new QWidget(this);
    auto *msLayout = new QVBoxLayout(msTop);
    msLayout->setContentsMargins(0, 0, 0, 0);
    msLayout->addWidget(m_meilensteine);
    msLayout->addLayout(buttonRow({m_addMeilenstein, m_removeMeilenstein}));
    // On a small screen the user trades the milestones' rows against the dependencies' rows.
    auto *ms = new QSplitter(Qt::Vertical, this);
    ms->setChildrenCollapsible(false);
    ms->addWidget(msTop);
    ms->addWidget(m_depBox);
    ms->setStretchFactor(0, 2);
    ms->setStretchFactor(1, 1);

    // Nachnutzung
    m_nachnutzungModel = new NachnutzungModel(doc, this);
    m_nachnutzung = makeFieldTable(doc, m_nachnutzungModel, this);
    m_nachnutzung->setEditTriggers(QAbstractItemView::AllEditTriggers);
    auto *nn = new QWidget(this);
    auto *nnLayout = new QVBoxLayout(nn);
    auto *nnHint = new QLabel(
        tr("Einer für Alle: welches Land den Dienst nachnutzt (Roll-in) und wie weit es ist."), this);
    nnHint->setWordWrap(true);
    nnLayout->addWidget(nnHint);
    nnLayout->addWidget(m_nachnutzung);

    // Zahlungsplan
    m_zahlungModel = new EntityTableModel(doc, Table::Zahlung,
                                          {jahr.toString(), quartal.toString(), planCent.toString(),
                                           istCent.toString(), personentage.toString()},
                                          projektId.toString(), this);
    m_zahlungModel->setSortColumn(jahr.toString());
    m_zahlungModel->setReadOnlyColumns({jahr.toString(), quartal.toString()});
    m_zahlungen = makeFieldTable(doc, m_zahlungModel, this);
    // A sheet: arrows move from cell to cell and typing starts the edit, as in a spreadsheet.
    m_zahlungen->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_zahlungen->setEditTriggers(m_zahlungen->editTriggers() | QAbstractItemView::AnyKeyPressed);
    m_zahlungen->setAccessibleName(tr("Zahlungsplan"));
    m_addZahlung = new QPushButton(tr("&Quartal hinzufügen…"), this);
    m_addQuartale = new QPushButton(tr("&Alle Quartale der Laufzeit anlegen"), this);
    m_removeZahlung = new QPushButton(tr("Quartal l&öschen"), this);
    m_zahlungSumme = new QLabel(this);
    m_zahlungSumme->setWordWrap(true);
    m_zahlungWarnung = new QLabel(this);
    m_zahlungWarnung->setWordWrap(true);
    m_zahlungWarnung->setMargin(6);
    m_zahlungWarnung->setStyleSheet(
        u"background: #fff4ce; color: #3d2e00; border: 1px solid #e0c060; font-weight: bold;"_qs);
    m_zahlungWarnung->hide();
    auto *zp = new QWidget(this);
    auto *zpLayout = new QVBoxLayout(zp);
    zpLayout->addWidget(m_zahlungen);
    zpLayout->addWidget(m_zahlungSumme);
    zpLayout->addWidget(m_zahlungWarnung);
    zpLayout->addLayout(buttonRow({m_addZahlung, m_addQuartale, m_removeZahlung}));

    m_detail = new QTabWidget(this);
    fitTabs(m_detail);
    m_detail->addTab(master, tr("Stammdaten"));
    m_detail->addTab(leistungen, tr("OZG-Leistungen"));
    m_detail->addTab(ms, tr("Meilensteine"));
    m_detail->addTab(nn, tr("Nachnutzung"));
    m_detail->addTab(zp, tr("Zahlungsplan"));

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(left);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 2);
    // The detail tabs (the Nachnutzung matrix of 16 Länder) would otherwise squeeze the list to one row.
    m_projekte->setMinimumHeight(m_projekte->fontMetrics().height() * 8);
    split->setSizes({240, 480});
    (new QVBoxLayout(this))->addWidget(split);

    connect(m_projekte->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &cur) {
                showProjekt(cur.isValid() ? m_projektModel->keyAt(cur.row()) : 0);
            });
    connect(m_projektModel, &QAbstractItemModel::modelReset, this, [this, listStack] {
        listStack->setCurrentWidget(m_projektModel->rowCount() ? static_cast<QWidget *>(m_projekte)
                                                               : m_empty);
        showProjekt(0);
    });
    connect(m_projektModel, &QAbstractItemModel::rowsInserted, this,
            [this, listStack] { listStack->setCurrentWidget(m_projekte); });
    connect(m_projektModel, &QAbstractItemModel::rowsRemoved, this, [this, listStack] {
        if (!m_projektModel->rowCount())
            listStack->setCurrentWidget(m_empty);
        if (m_projektModel->rowOfKey(m_projektId) < 0)
            showProjekt(0);
    });
    connect(m_new, &QPushButton::clicked, this, &ProjekteView::newProjektDialog);
    connect(m_delete, &QPushButton::clicked, this, [this] { deleteCurrentProjekt(true); });
    connect(m_assign, &QPushButton::clicked, this, &ProjekteView::assignSelected);
    connect(m_unassign, &QPushButton::clicked, this, &ProjekteView::removeLeistungen);
    connect(m_leistungList, &QListView::doubleClicked, this,
            [this](const QModelIndex &i) { Q_EMIT leistungActivated(m_leistungModel->ozgIdAt(i.row())); });
    connect(m_addMeilenstein, &QPushButton::clicked, this, &ProjekteView::addMeilenstein);
    connect(m_removeMeilenstein, &QPushButton::clicked, this, [this] {
        const QModelIndex cur = m_meilensteine->currentIndex();
        if (cur.isValid())
            m_doc.run([&] {
                return edit::remove(m_doc.catalog(), Table::Meilenstein,
                                    m_meilensteinModel->keyAt(cur.row()));
            });
    });
    connect(m_meilensteine->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ProjekteView::showDependencies);
    connect(m_meilensteinModel, &QAbstractItemModel::modelReset, this, &ProjekteView::showDependencies);
    connect(m_meilensteinModel, &QAbstractItemModel::rowsRemoved, this, &ProjekteView::showDependencies);
    connect(m_addDep, &QPushButton::clicked, this, &ProjekteView::addDependency);
    connect(m_removeDep, &QPushButton::clicked, this, [this] {
        const QModelIndex cur = m_depsView->currentIndex();
        if (cur.isValid())
            m_doc.run([&] {
                return edit::remove(m_doc.catalog(), Table::MeilensteinAbhaengigkeit,
                                    m_depsModel->keyAt(cur.row()));
            });
    });
    connect(m_addZahlung, &QPushButton::clicked, this, &ProjekteView::addZahlung);
    connect(m_addQuartale, &QPushButton::clicked, this, [this] {
        const qint64 id = m_projektId;
        m_doc.run([&] { return edit::addZahlungsQuartale(m_doc.catalog(), id); });
    });
    connect(m_removeZahlung, &QPushButton::clicked, this, [this] {
        const QModelIndex cur = m_zahlungen->currentIndex();
        if (cur.isValid())
            m_doc.run([&] {
                return edit::remove(m_doc.catalog(), Table::Zahlung, m_zahlungModel->keyAt(cur.row()));
            });
    });
    connect(&doc, &Document::changed, this, [this] {
        updateState();
        updateSummary();
    });
    connect(&doc, &Document::readOnlyChanged, this, &ProjekteView::updateState);
    setThemenfeld(0);
}

void ProjekteView::setThemenfeld(int themenfeldId)
{
    m_themenfeldId = themenfeldId;
    m_projektModel->setOwner(themenfeldId ? QVariant(themenfeldId) : QVariant());
    m_empty->setText(themenfeldId
                         ? tr("Dieses Themenfeld hat noch kein Umsetzungsprojekt.\n\n"
                              "Markieren Sie im Reiter „Leistungen“ die OZG-Leistungen, die zusammen "
                              "umgesetzt werden, und legen Sie mit „Neues Projekt…“ ein Projekt an.")
                         : tr("Wählen Sie links ein Themenfeld, um seine Umsetzungsprojekte zu sehen."));
    showProjekt(0);
}

void ProjekteView::selectProjekt(qint64 projektId)
{
    const int row = m_projektModel->rowOfKey(projektId);
    if (row >= 0)
        m_projekte->setCurrentIndex(m_projektModel->index(row, 0));
}

void ProjekteView::selectMeilenstein(qint64 meilensteinId)
{
    const int row = m_meilensteinModel->rowOfKey(meilensteinId);
    if (row < 0)
        return;
    m_meilensteine->setCurrentIndex(m_meilensteinModel->index(row, 0));
    m_meilensteine->scrollTo(m_meilensteine->currentIndex());
    m_meilensteine->setFocus();
}

void ProjekteView::showProjekt(qint64 projektId)
{
    m_projektId = projektId;
    const QVariant owner = projektId ? QVariant(projektId) : QVariant();
    m_form->setKey(projektId ? std::optional<qint64>(projektId) : std::nullopt);
    m_leistungModel->setProjekt(projektId);
    m_meilensteinModel->setOwner(owner);
    m_nachnutzungModel->setProjekt(projektId);
    m_zahlungModel->setOwner(owner);
    updateState();
    updateSummary();
    Q_EMIT projektSelected(projektId);
}

void ProjekteView::updateState()
{
    const bool writable = !m_doc.isReadOnly();
    const bool has = m_projektId != 0;
    m_new->setEnabled(writable && m_themenfeldId);
    m_delete->setEnabled(writable && has);
    m_detail->setVisible(has);
    m_assign->setEnabled(writable && has);
    m_unassign->setEnabled(writable && has);
    m_addMeilenstein->setEnabled(writable && has);
    m_removeMeilenstein->setEnabled(writable && has);
    m_addZahlung->setEnabled(writable && has);
    const int missing = has ? edit::fehlendeZahlungsQuartale(m_doc.catalog(), m_projektId) : 0;
    m_addQuartale->setEnabled(writable && missing > 0);
    const Projekt *p = m_doc.plan().projekt(m_projektId);
    m_addQuartale->setToolTip(
        p && p->start.isValid() && p->ende.isValid()
            ? (missing ? tr("Legt die %n fehlenden Quartale von Beginn bis Ende des Projekts an (%1 – %2), "
                            "in einem Schritt.",
                            nullptr, missing)
                             .arg(edit::dateText(p->start), edit::dateText(p->ende))
                       : tr("Alle Quartale der Laufzeit sind angelegt."))
            : tr("Tragen Sie in den Stammdaten zuerst Beginn und Ende des Projekts ein."));
    m_removeZahlung->setEnabled(writable && has);
    showDependencies();
    if (has && m_leistungModel->rowCount() == 0) {
        m_warning->setText(tr("Diesem Projekt ist noch keine OZG-Leistung zugeordnet. Ordnen Sie im Reiter "
                              "„OZG-Leistungen“ mindestens eine zu."));
        m_warning->show();
    } else {
        m_warning->hide();
    }
}

void ProjekteView::updateSummary()
{
    qint64 plan = 0, ist = 0;
    double pt = 0;
    for (const Zahlung &z : m_doc.plan().zahlungen) {
        if (z.projektId != m_projektId)
            continue;
        plan += z.planCent;
        ist += z.istCent.value_or(0);
        pt += z.personentage.value_or(0);
    }
    const QLocale l;
    const auto euro = [&l](qint64 cents) { return l.toCurrencyString(cents / 100.0, u"€"_qs); };
    const Projekt *p = m_doc.plan().projekt(m_projektId);
    const std::optional<qint64> budget = p ? p->budgetCent : std::nullopt;
    m_zahlungSumme->setText(budget ? tr("Summe: geplant %1 von %2 Budget, abgeflossen %3, %4 Personentage")
                                         .arg(euro(plan), euro(*budget), euro(ist), l.toString(pt, 'f', 1))
                                   : tr("Summe: geplant %1, abgeflossen %2, %3 Personentage")
                                         .arg(euro(plan), euro(ist), l.toString(pt, 'f', 1)));
    // Planned outflows that do not add up to the budget are what the financial controlling asks about.
    if (budget && plan != *budget) {
        m_zahlungWarnung->setText(
            plan > *budget ? tr("⚠ Der Zahlungsplan (%1) liegt %2 über dem Budget des Projekts (%3).")
                                 .arg(euro(plan), euro(plan - *budget), euro(*budget))
                           : tr("⚠ Der Zahlungsplan (%1) liegt %2 unter dem Budget des Projekts (%3).")
                                 .arg(euro(plan), euro(*budget - plan), euro(*budget)));
        m_zahlungWarnung->show();
    } else {
        m_zahlungWarnung->hide();
    }
}

qint64 ProjekteView::currentMeilenstein() const
{
    const QModelIndex cur = m_meilensteine->currentIndex();
    return m_projektId && cur.isValid() ? m_meilensteinModel->keyAt(cur.row()) : 0;
}

void ProjekteView::showDependencies()
{
    const qint64 id = currentMeilenstein();
    if (m_depsModel->owner() != (id ? QVariant(id) : QVariant()))
        m_depsModel->setOwner(id ? QVariant(id) : QVariant());
    const Meilenstein *m = nullptr;
    for (const Meilenstein &x : m_doc.plan().meilensteine)
        if (x.id == id)
            m = &x;
    m_depBox->setEnabled(m != nullptr);
    m_depBox->setTitle(m ? tr("„%1“ hängt ab von").arg(m->titel) : tr("Hängt ab von"));
    const bool writable = !m_doc.isReadOnly();
    m_addDep->setEnabled(writable && m);
    m_removeDep->setEnabled(writable && m && m_depsModel->rowCount() > 0);
}

void ProjekteView::addDependency()
{
    const qint64 nachfolger = currentMeilenstein();
    if (!nachfolger)
        return;
    MeilensteinPicker picker(m_doc.plan(), nachfolger, this);
    if (picker.exec() != QDialog::Accepted || !picker.chosen())
        return;
    // A refusal (a cycle, a pair that exists) comes back through the Document, which shows its reason.
    m_doc.run([&] {
        return edit::addMeilensteinAbhaengigkeit(m_doc.catalog(), nachfolger, picker.chosen(), picker.lag());
    });
}

bool ProjekteView::createProjekt(const QString &name)
{
    const QList<int> selected = m_selection ? m_selection() : QList<int>();
    qint64 created = 0;
    const bool ok = m_doc.run([&] {
        ChangeSet cs = edit::createProjekt(m_doc.catalog(), m_themenfeldId, name, selected);
        created = cs.changes.value(0).key;
        return cs;
    });
    if (ok) {
        selectProjekt(created);
        if (selected.isEmpty())
            m_detail->setCurrentIndex(1);
    }
    return ok;
}

void ProjekteView::newProjektDialog()
{
    const QList<int> selected = m_selection ? m_selection() : QList<int>();
    bool ok = false;
    const QString name = QInputDialog::getText(
        this, tr("Neues Umsetzungsprojekt"),
        selected.isEmpty() ? tr("Name des Projekts (Leistungen ordnen Sie danach zu):")
                           : tr("Name des Projekts mit %1 markierten OZG-Leistungen:").arg(selected.size()),
        QLineEdit::Normal, QString(), &ok);
    if (ok)
        createProjekt(name);
}

void ProjekteView::deleteCurrentProjekt(bool askFirst)
{
    if (!m_projektId)
        return;
    if (askFirst) {
        int milestones = 0, leistungen = 0, others = 0;
        for (const Dependent &d : m_doc.catalog().dependents(Table::Projekt, m_projektId)) {
            if (d.table == Table::Meilenstein)
                milestones += int(d.count);
            else if (d.table == Table::ProjektLeistung)
                leistungen += int(d.count);
            else
                others += int(d.count);
        }
        const QString label = edit::rowLabel(m_doc.catalog(), Table::Projekt, m_projektId);
        const auto answer = QMessageBox::question(
            this, tr("Projekt löschen"),
            tr("%1 löschen?\n\nDamit werden %2 Meilensteine, %3 Zuordnungen von OZG-Leistungen und %4 "
               "weitere "
               "Einträge (Nachnutzung, Zahlungsplan) gelöscht. Die OZG-Leistungen selbst bleiben erhalten. "
               "„Rückgängig“ stellt alles wieder her.")
                .arg(label)
                .arg(milestones)
                .arg(leistungen)
                .arg(others));
        if (answer != QMessageBox::Yes)
            return;
    }
    const qint64 id = m_projektId;
    m_doc.run([&] { return edit::remove(m_doc.catalog(), Table::Projekt, id); });
}

void ProjekteView::assignSelected()
{
    const QList<int> selected = m_selection ? m_selection() : QList<int>();
    if (selected.isEmpty()) {
        QMessageBox::information(
            this, tr("Leistungen zuordnen"),
            tr("Markieren Sie zuerst im Reiter „Leistungen“ eine oder mehrere OZG-Leistungen."));
        return;
    }
    m_doc.run([&] { return edit::assignLeistungen(m_doc.catalog(), m_projektId, selected); });
}

void ProjekteView::removeLeistungen()
{
    QList<int> ids;
    for (const QModelIndex &i : m_leistungList->selectionModel()->selectedIndexes())
        ids << m_leistungModel->ozgIdAt(i.row());
    if (!ids.isEmpty())
        m_doc.run([&] { return edit::unassignLeistungen(m_doc.catalog(), m_projektId, ids); });
}

void ProjekteView::addMeilenstein()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Meilenstein hinzufügen"));
    auto *phase = new QComboBox(&dialog);
    for (const auto &[code, label] : edit::choices(Table::Meilenstein, col::phase))
        phase->addItem(label, code);
    auto *title = new QLineEdit(&dialog);
    auto *date = new DateEdit(&dialog);
    date->setDate(QDate::currentDate());
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("&Phase:"), phase);
    form->addRow(tr("&Titel:"), title);
    form->addRow(tr("&geplant am:"), date);
    bool ok = execFormDialog(dialog, form);
    // A mistyped date keeps the dialog open (the field says why) rather than adding a milestone without it.
    while (ok && !date->markProblem())
        ok = dialog.exec() == QDialog::Accepted;
    if (ok)
        m_doc.run([&] {
            return edit::addMeilenstein(m_doc.catalog(), m_projektId, phase->currentData().toString(),
                                        title->text(), date->date().value_or(QDate()));
        });
}

void ProjekteView::addZahlung()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Quartal im Zahlungsplan"));
    auto *year = new QSpinBox(&dialog);
    year->setRange(2000, 2100);
    year->setValue(QDate::currentDate().year());
    auto *quarter = new QSpinBox(&dialog);
    quarter->setRange(1, 4);
    quarter->setValue((QDate::currentDate().month() - 1) / 3 + 1);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("&Jahr:"), year);
    form->addRow(tr("&Quartal:"), quarter);
    if (execFormDialog(dialog, form))
        m_doc.run([&] {
            return edit::addZahlung(m_doc.catalog(), m_projektId, year->value(), quarter->value(), 0);
        });
}

} // namespace tfp::ui
