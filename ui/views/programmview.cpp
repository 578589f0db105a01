#include "programmview.h"

#include "document.h"
#include "edit/edits.h"
#include "edit/fieldtext.h"
#include "models/entitytablemodel.h"
#include "refreshwhenshown.h"
#include "roles.h"
#include "textfit.h"
#include "widgets.h"

#include <QComboBox>
#include <QDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace tfp::ui {

ProgrammView::ProgrammView(Document &doc, QWidget *parent) : QWidget(parent), m_doc(doc)
{
    m_model = new QStandardItemModel(this);
    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    fitColumns(m_view, {0}); // the Themenfeld's name takes what the numbers leave
    auto *hint = new QLabel(tr("Alle Themenfelder des Programms. Doppelklick öffnet ein Themenfeld."), this);
    m_beteiligte = new EntityTableModel(
        doc, schema::Table::Beteiligter,
        {schema::col::kuerzel.toString(), schema::col::name.toString(), schema::col::art.toString()}, {},
        this);
    m_beteiligte->setSortColumn(schema::col::kuerzel.toString());
    QTableView *beteiligte = makeFieldTable(doc, m_beteiligte, this);
    beteiligte->setToolTip(tr("Doppelklick ändert Kürzel, Name oder Art."));
    m_addBeteiligter = new QPushButton(tr("Beteiligten anl&egen…"), this);
    connect(m_addBeteiligter, &QPushButton::clicked, this, &ProgrammView::addBeteiligterDialog);
    connect(&doc, &Document::readOnlyChanged, this, [this](bool ro) { m_addBeteiligter->setEnabled(!ro); });
    m_addBeteiligter->setEnabled(!doc.isReadOnly());
    auto *box = new QGroupBox(tr("Beteiligte"), this);
    auto *boxLayout = new QVBoxLayout(box);
    boxLayout->addWidget(beteiligte);
    boxLayout->addLayout(buttonRow({m_addBeteiligter}));
    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(hint);
    topLayout->addWidget(m_view);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(box);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);
    m_counts = new RefreshWhenShown(this, [this] { rebuild(); });
    connect(&doc, &Document::changed, m_counts, &RefreshWhenShown::request);
    connect(&doc, &Document::reloaded, m_counts, &RefreshWhenShown::request);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &i) {
        const int id = m_model->index(i.row(), 0).data(KeyRole).toInt();
        if (id)
            Q_EMIT themenfeldActivated(id);
    });
    m_counts->request(); // made hidden: counted when first shown
}

void ProgrammView::rebuild()
{
    const PlanSnapshot &p = m_doc.plan();
    struct Counts
    {
        int leistungen = 0, foederal = 0, projekte = 0, online = 0, umsetzung = 0, planung = 0, ohne = 0,
            konform = 0;
    };
    QHash<int, Counts> counts;
    for (const Leistung &l : p.leistungen) {
        Counts &c = counts[p.themenfeldOf(l)];
        ++c.leistungen;
        c.foederal += l.programm != Programm::Bund;
        c.online += l.status == Status::Online;
        c.umsetzung += l.status == Status::InUmsetzung;
        c.planung += l.status == Status::InPlanung;
        c.ohne += l.status == Status::Ohne;
        c.konform += l.reifegradIst.value_or(0) >= 3;
    }
    for (const Projekt &pr : p.projekte)
        ++counts[pr.themenfeldId].projekte;
    m_model->clear();
    m_model->setHorizontalHeaderLabels({tr("Themenfeld"), tr("OZG-Leistungen"), tr("davon Föderal"),
                                        tr("Projekte"), tr("online"), tr("in Umsetzung"), tr("in Planung"),
                                        tr("ohne Status"), tr("OZG-konform (≥ 3)")});
    Counts total;
    auto row = [](const QString &name, const Counts &c, int id) {
        QList<QStandardItem *> items;
        auto *n = new QStandardItem(name);
        n->setData(id, KeyRole);
        items << n;
        for (int v :
             {c.leistungen, c.foederal, c.projekte, c.online, c.umsetzung, c.planung, c.ohne, c.konform}) {
            auto *it = new QStandardItem;
            it->setData(v, Qt::DisplayRole);
            it->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            items << it;
        }
        return items;
    };
    for (const Themenfeld &t : p.themenfelder) {
        const Counts c = counts.value(t.id);
        m_model->appendRow(row(t.name, c, t.id));
        total.leistungen += c.leistungen;
        total.foederal += c.foederal;
        total.projekte += c.projekte;
        total.online += c.online;
        total.umsetzung += c.umsetzung;
        total.planung += c.planung;
        total.ohne += c.ohne;
        total.konform += c.konform;
    }
    auto totalRow = row(tr("Gesamtprogramm"), total, 0);
    for (auto *it : totalRow) {
        QFont f = it->font();
        f.setBold(true);
        it->setFont(f);
    }
    m_model->appendRow(totalRow);
    for (int c = 1; c < m_model->columnCount(); ++c)
        m_model->horizontalHeaderItem(c)->setToolTip(m_model->horizontalHeaderItem(c)->text());
    m_view->horizontalHeader()->setDefaultAlignment(Qt::Alignment(Qt::AlignCenter | Qt::TextWordWrap));
    m_view->horizontalHeader()->setMinimumHeight(m_view->fontMetrics().height() * 2 + 8);
    m_view->resizeRowsToContents();
}

bool ProgrammView::addBeteiligter(const QString &kuerzel, const QString &name, const QString &artCode)
{
    return m_doc.run([&] { return edit::addBeteiligter(m_doc.catalog(), kuerzel, name, artCode); });
}

void ProgrammView::addBeteiligterDialog()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Beteiligten anlegen"));
    auto *kuerzel = new QLineEdit(&dialog);
    auto *name = new QLineEdit(&dialog);
    auto *art = new QComboBox(&dialog);
    for (const auto &[code, label] : edit::choices(schema::Table::Beteiligter, schema::col::art))
        art->addItem(label, code);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("&Kürzel:"), kuerzel);
    form->addRow(tr("&Name:"), name);
    form->addRow(tr("&Art:"), art);
    if (execFormDialog(dialog, form))
        addBeteiligter(kuerzel->text(), name->text(), art->currentData().toString());
}

} // namespace tfp::ui
