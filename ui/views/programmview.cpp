#include "programmview.h"

#include "document.h"
#include "roles.h"

#include <QHeaderView>
#include <QLabel>
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
    auto *hint = new QLabel(tr("Alle Themenfelder des Programms. Doppelklick öffnet ein Themenfeld."), this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_view);
    connect(&doc, &Document::changed, this, &ProgrammView::rebuild);
    connect(&doc, &Document::reloaded, this, &ProgrammView::rebuild);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &i) {
        const int id = m_model->index(i.row(), 0).data(KeyRole).toInt();
        if (id)
            Q_EMIT themenfeldActivated(id);
    });
    rebuild();
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
    m_view->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_view->horizontalHeader()->setMinimumSectionSize(60);
    for (int c = 1; c < m_model->columnCount(); ++c) {
        m_view->horizontalHeader()->setSectionResizeMode(c, QHeaderView::Interactive);
        m_view->setColumnWidth(c, 88);
        m_model->horizontalHeaderItem(c)->setToolTip(m_model->horizontalHeaderItem(c)->text());
    }
    m_view->horizontalHeader()->setDefaultAlignment(Qt::Alignment(Qt::AlignCenter | Qt::TextWordWrap));
    m_view->horizontalHeader()->setMinimumHeight(m_view->fontMetrics().height() * 2 + 8);
    m_view->resizeRowsToContents();
}

} // namespace tfp::ui
