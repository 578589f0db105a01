#include "leistungenview.h"

#include "document.h"
#include "domain/labels.h"
#include "fielddelegate.h"
#include "models/leistungfilter.h"
#include "models/leistungmodel.h"
#include "roles.h"
#include "textfit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace tfp::ui {

LeistungenView::LeistungenView(Document &doc, QWidget *parent) : QWidget(parent), m_doc(doc)
{
    m_model = new LeistungModel(doc, this);
    m_filter = new LeistungFilter(m_model, this);

    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Suchen: Name, OZG-ID oder LeiKa-Schlüssel"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Leistungen durchsuchen"));
    m_status = new QComboBox(this);
    m_status->addItem(tr("Alle Status"));
    for (int s = 0; s < 4; ++s)
        m_status->addItem(labels::status(static_cast<Status>(s)), s);
    m_status->setToolTip(tr("Nur Leistungen mit diesem Status zeigen"));
    m_reifegrad = new QComboBox(this);
    m_reifegrad->addItem(tr("Alle Reifegrade"));
    m_reifegrad->addItem(tr("Reifegrad nicht erhoben"), -1);
    for (int r = 0; r <= 4; ++r) {
        m_reifegrad->addItem(tr("Reifegrad ist %1").arg(labels::reifegrad(r)), r);
        m_reifegrad->setItemData(m_reifegrad->count() - 1, labels::reifegradDescription(r), Qt::ToolTipRole);
    }
    m_scope = new QComboBox(this);
    m_scope->addItem(tr("alle Leistungen"));
    m_scope->addItem(tr("nur Föderal"));
    m_scope->setToolTip(tr(
        "Föderal: Leistungen, die Länder oder Kommunen vollziehen (ohne reine Typ-1-Leistungen des Bundes)"));
    m_ohneProjekt = new QCheckBox(tr("in kei&nem Projekt"), this);
    m_ohneProjekt->setToolTip(tr("Nur Leistungen zeigen, die noch keinem Umsetzungsprojekt zugeordnet sind"));

    // The search on a row of its own, so that its field keeps room for what it says at 1366 pixels with
    // the docks open; the filters below it.
    auto *searchRow = new QHBoxLayout;
    auto *searchLabel = new QLabel(tr("&Suche:"), this);
    searchLabel->setBuddy(m_search);
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search, 1);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_status);
    bar->addWidget(m_reifegrad);
    bar->addWidget(m_scope);
    bar->addWidget(m_ohneProjekt);
    bar->addStretch(1);

    m_tree = new QTreeView(this);
    m_tree->setModel(m_filter);
    // The model already lists Lagen by name and Leistungen by OZG-ID; sorting starts when a header is
    // clicked.
    m_tree->header()->setSortIndicator(-1, Qt::AscendingOrder);
    m_tree->setSortingEnabled(true);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setDragEnabled(true);
    m_tree->setDragDropMode(QAbstractItemView::DragOnly);
    m_tree->setTextElideMode(Qt::ElideRight);
    m_tree->setItemDelegate(new FieldDelegate(doc, m_tree));
    m_tree->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::SelectedClicked);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(LeistungModel::Name, QHeaderView::Stretch);
    fitColumns(m_tree, {LeistungModel::Name});
    m_tree->header()->setMinimumSectionSize(40);
    m_tree->setAccessibleName(tr("Lagen und OZG-Leistungen"));

    m_empty = new QLabel(this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMargin(24);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_tree);
    m_stack->addWidget(m_empty);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(searchRow);
    layout->addLayout(bar);
    layout->addWidget(m_stack);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &t) {
        m_filter->setText(t);
        if (!t.isEmpty())
            expandMatches();
        updateEmptyState();
    });
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant v = m_status->currentData();
        m_filter->setStatus(v.isValid() ? std::optional<int>(v.toInt()) : std::nullopt);
        expandMatches();
        updateEmptyState();
    });
    connect(m_reifegrad, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant v = m_reifegrad->currentData();
        m_filter->setReifegrad(v.isValid() ? std::optional<int>(v.toInt()) : std::nullopt);
        expandMatches();
        updateEmptyState();
    });
    connect(m_scope, &QComboBox::currentIndexChanged, this, [this](int i) {
        m_filter->setScope(i == 1 ? LeistungFilter::Scope::Foederal : LeistungFilter::Scope::Alle);
        updateEmptyState();
    });
    connect(m_ohneProjekt, &QCheckBox::toggled, this, [this](bool on) {
        m_filter->setOhneProjekt(on);
        expandMatches();
        updateEmptyState();
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &cur) {
                Q_EMIT leistungSelected(m_model->ozgIdAt(m_filter->mapToSource(cur)));
            });
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, &LeistungenView::rememberTree);
    connect(m_model, &QAbstractItemModel::modelReset, this, &LeistungenView::restoreTree);
    connect(m_model, &QAbstractItemModel::modelReset, this, &LeistungenView::updateEmptyState);
    // A tree built in the background arrives after setThemenfeld() returned: opened as it would have been.
    connect(m_model, &LeistungModel::built, this, [this] {
        if (std::exchange(m_expandWhenBuilt, false))
            expandMatches();
    });
    updateEmptyState();
}

void LeistungenView::setThemenfeld(int themenfeldId)
{
    m_switching = true;
    m_model->setThemenfeld(themenfeldId);
    m_switching = false;
    if (themenfeldId != 0 && m_model->isBuilding())
        m_expandWhenBuilt = true;
    else if (themenfeldId != 0)
        expandMatches();
    updateEmptyState();
}

void LeistungenView::selectLeistung(int ozgId)
{
    const QModelIndex idx = m_filter->mapFromSource(m_model->indexOfLeistung(ozgId));
    if (!idx.isValid())
        return;
    m_tree->expand(idx.parent());
    m_tree->setCurrentIndex(idx);
    m_tree->scrollTo(idx);
}

QList<int> LeistungenView::selectedLeistungen() const
{
    QList<int> out;
    for (const QModelIndex &i : m_tree->selectionModel()->selectedRows())
        if (const int o = m_model->ozgIdAt(m_filter->mapToSource(i)))
            out << o;
    return out;
}

void LeistungenView::rememberTree()
{
    m_remembered = {};
    if (m_switching)
        return;
    m_remembered.valid = true;
    for (int r = 0; r < m_filter->rowCount(); ++r) {
        const QModelIndex lage = m_filter->index(r, 0);
        if (m_tree->isExpanded(lage))
            m_remembered.expanded.insert(lage.data(KeyRole).toLongLong());
    }
    m_remembered.selected = selectedLeistungen();
    m_remembered.current = m_model->ozgIdAt(m_filter->mapToSource(m_tree->currentIndex()));
    m_remembered.scroll = m_tree->verticalScrollBar()->value();
}

void LeistungenView::restoreTree()
{
    if (!m_remembered.valid)
        return;
    const TreeState state = std::exchange(m_remembered, {});
    for (int r = 0; r < m_filter->rowCount(); ++r) {
        const QModelIndex lage = m_filter->index(r, 0);
        if (state.expanded.contains(lage.data(KeyRole).toLongLong()))
            m_tree->expand(lage);
    }
    QItemSelection selection;
    for (int ozg : state.selected) {
        const QModelIndex i = m_filter->mapFromSource(m_model->indexOfLeistung(ozg));
        if (i.isValid())
            selection.select(i, i);
    }
    const QModelIndex current = m_filter->mapFromSource(m_model->indexOfLeistung(state.current));
    if (current.isValid())
        m_tree->selectionModel()->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
    m_tree->selectionModel()->select(selection,
                                     QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    // The scroll range follows once the rebuilt tree is laid out.
    m_tree->verticalScrollBar()->setValue(state.scroll);
    QTimer::singleShot(
        0, m_tree, [tree = m_tree, scroll = state.scroll] { tree->verticalScrollBar()->setValue(scroll); });
}

void LeistungenView::expandMatches()
{
    // Opening thousands of Lagen at once costs seconds in a large catalog and shows nobody anything useful:
    // matches are opened when they fit on a few screens.
    constexpr int kMaxExpanded = 60;
    if (m_filter->rowCount() <= kMaxExpanded)
        m_tree->expandAll();
}

void LeistungenView::updateEmptyState()
{
    const bool empty = m_filter->rowCount() == 0;
    if (empty) {
        if (m_model->isBuilding())
            m_empty->setText(tr("Die OZG-Leistungen werden zusammengestellt …"));
        else if (m_model->rowCount() == 0)
            m_empty->setText(tr("Dieses Themenfeld hat noch keine OZG-Leistungen.\n\n"
                                "Legen Sie im Reiter „Themenfeld“ die Lagen an und danach über "
                                "„Bearbeiten › Neue OZG-Leistung…“ ihre Leistungen."));
        else
            m_empty->setText(tr("Keine OZG-Leistung passt zu Suche und Filtern.\n\n"
                                "Ändern Sie den Suchbegriff oder setzen Sie die Filter auf „alle“ zurück."));
    }
    m_stack->setCurrentWidget(empty ? static_cast<QWidget *>(m_empty) : m_tree);
}

QByteArray LeistungenView::saveState() const
{
    return m_tree->header()->saveState();
}
void LeistungenView::restoreState(const QByteArray &state)
{
    m_tree->header()->restoreState(state);
}

} // namespace tfp::ui
