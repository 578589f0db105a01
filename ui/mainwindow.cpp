#include "mainwindow.h"

#include "storage/catalog.h"

#include <QHeaderView>
#include <QTreeWidget>

namespace tfp::ui {

MainWindow::MainWindow(std::unique_ptr<Catalog> catalog, QWidget *parent)
    : QMainWindow(parent), m_catalog(std::move(catalog))
{
    setWindowTitle(tr("Themenfeldplaner"));
    m_tree = new QTreeWidget(this);
    m_tree->setHeaderLabels({tr("Themenfeld / Lage / OZG-Leistung"), tr("OZG-ID")});
    setCentralWidget(m_tree);
    reload();
    resize(1000, 700);
}

MainWindow::~MainWindow() = default;

void MainWindow::reload()
{
    m_tree->clear();
    const PlanSnapshot plan = m_catalog->loadPlan();
    QHash<int, QTreeWidgetItem *> tf, lage;
    for (const auto &t : plan.themenfelder)
        tf.insert(t.id, new QTreeWidgetItem(m_tree, {t.name}));
    for (const auto &l : plan.lagen)
        lage.insert(l.id, new QTreeWidgetItem(tf.value(l.themenfeldId), {l.name}));
    for (const auto &l : plan.leistungen)
        new QTreeWidgetItem(lage.value(l.lageId), {l.name, QString::number(l.ozgId)});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
}

} // namespace tfp::ui
