#include "federfuehrungview.h"

#include "document.h"
#include "domain/labels.h"
#include "edit/edits.h"
#include "edit/fieldtext.h"
#include "fielddelegate.h"
#include "models/entitytablemodel.h"
#include "storage/catalog.h"
#include "widgets.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace tfp::ui {

using namespace schema;

FederfuehrungView::FederfuehrungView(Document &doc, QWidget *parent) : QWidget(parent), m_doc(doc)
{
    m_model =
        new EntityTableModel(doc, Table::Federfuehrung,
                             {col::beteiligterId.toString(), col::rolle.toString(), col::kontakt.toString()},
                             col::themenfeldId.toString(), this);
    m_model->setSortColumn(col::sortOrder.toString());
    m_model->setReadOnlyColumns({col::beteiligterId.toString()});
    m_view = makeFieldTable(doc, m_model, this);
    m_view->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_add = new QPushButton(tr("Beteiligten auf&nehmen…"), this);
    m_remove = new QPushButton(tr("Aus der Federführung ent&fernen"), this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_hint);
    layout->addWidget(m_view);
    layout->addLayout(buttonRow({m_add, m_remove}));
    connect(m_add, &QPushButton::clicked, this, &FederfuehrungView::addBeteiligter);
    connect(m_remove, &QPushButton::clicked, this, &FederfuehrungView::removeSelected);
    connect(&doc, &Document::readOnlyChanged, this, &FederfuehrungView::updateState);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_model, signal, this, &FederfuehrungView::updateState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &FederfuehrungView::updateState);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &FederfuehrungView::updateState);
    updateState();
}

void FederfuehrungView::setThemenfeld(int themenfeldId)
{
    m_themenfeldId = themenfeldId;
    m_model->setOwner(themenfeldId ? QVariant(themenfeldId) : QVariant());
    updateState();
}

void FederfuehrungView::updateState()
{
    m_hint->setText(
        m_themenfeldId && m_model->rowCount() == 0
            ? tr("Noch niemand in der Federführung. Nehmen Sie das federführende Ressort und die "
                 "federführenden und umsetzenden Länder auf.")
            : tr("FF = federführend (Ressort: Inhalte, Abnahme, Budget; Land: Bau und Bereitstellung), "
                 "U = umsetzend (baut im Auftrag), MA = mitarbeitend. Doppelklick auf Rolle oder "
                 "Kontakt ändert sie."));
    const bool editable = m_themenfeldId && !m_doc.isReadOnly();
    m_add->setEnabled(editable);
    m_remove->setEnabled(editable && m_view->selectionModel()->hasSelection());
}

void FederfuehrungView::addBeteiligter()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Beteiligten aufnehmen"));
    auto *who = new QComboBox(&dialog);
    for (const Beteiligter &b : m_doc.plan().beteiligte)
        who->addItem(u"%1 – %2 (%3)"_qs.arg(b.kuerzel, b.name, labels::beteiligterArt(b.art)), b.id);
    auto *role = new QComboBox(&dialog);
    for (const auto &[code, label] : edit::choices(Table::Federfuehrung, col::rolle))
        role->addItem(label, code);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("&Beteiligter:"), who);
    form->addRow(tr("&Rolle:"), role);
    if (!execFormDialog(dialog, form))
        return;
    m_doc.run([&] {
        return edit::addFederfuehrung(m_doc.catalog(), m_themenfeldId, who->currentData().toInt(),
                                      role->currentData().toString());
    });
}

void FederfuehrungView::removeSelected()
{
    const QModelIndex cur = m_view->currentIndex();
    if (!cur.isValid())
        return;
    m_doc.run([&] { return edit::remove(m_doc.catalog(), Table::Federfuehrung, m_model->keyAt(cur.row())); });
}

} // namespace tfp::ui
