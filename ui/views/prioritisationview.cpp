#include "prioritisationview.h"

#include "document.h"
#include "edit/edits.h"
#include "fieldform.h"
#include "frozencolumns.h"
#include "models/kriterienmodel.h"
#include "models/prioritisationmodel.h"
#include "palettecolors.h"
#include "prioritisationdelegates.h"
#include "roles.h"
#include "stimmendialog.h"
#include "storage/catalog.h"
#include "textfit.h"
#include "wellenpanel.h"
#include "widgets.h"

#include <QApplication>
#include <QDialog>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tfp::ui {

using namespace schema;

namespace {

// Criterion names are long ("politische und gesellschaftliche Relevanz"): their column headers wrap onto up
// to three short lines instead of being cut off.
QString wrapped(const QString &name)
{
    constexpr int kLine = 16;
    QStringList words;
    QString word;
    for (const QChar ch : name) {
        if (ch == u' ') {
            words << word;
            word.clear();
            continue;
        }
        word += ch;
        if (ch == u'/') {
            words << word;
            word.clear();
        }
    }
    words << word;
    QStringList lines{QString()};
    for (const QString &w : std::as_const(words)) {
        if (w.isEmpty())
            continue;
        QString &line = lines.last();
        const bool glue = line.isEmpty() || line.endsWith(u'/');
        if (!line.isEmpty() && line.size() + w.size() + 1 > kLine && lines.size() < 3)
            lines << w;
        else
            line += (glue ? QString() : u" "_qs) + w;
    }
    return lines.join(u'\n');
}

class RankingProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    QVariant headerData(int section, Qt::Orientation o, int role) const override
    {
        const QVariant v = QSortFilterProxyModel::headerData(section, o, role);
        const auto *m = static_cast<const PrioritisationModel *>(sourceModel());
        if (o == Qt::Horizontal && role == Qt::DisplayRole &&
            m->kindOf(section) == PrioritisationModel::Kriterium)
            return wrapped(v.toString());
        return v;
    }
};

const QStringList &schwellenColumns()
{
    static const QStringList columns{col::schwelleHoechste.toString(), col::schwelleHohe.toString(),
                                     col::schwelleMittlere.toString(), col::wellenKapazitaet.toString(),
                                     col::wellenKapazitaetArt.toString()};
    return columns;
}
} // namespace

PrioritisationView::PrioritisationView(Document &doc, QWidget *parent) : QWidget(parent), m_doc(doc)
{
    m_confirm = [this](const QString &title, const QString &question) {
        return QMessageBox::question(this, title, question) == QMessageBox::Yes;
    };
    m_model = new PrioritisationModel(doc, this);
    m_proxy = new RankingProxy(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SortRole);
    m_proxy->setSortLocaleAware(true);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterRole(PrioritisationModel::SearchRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setDynamicSortFilter(true);
    m_kriterienModel = new KriterienModel(doc, m_model, this);

    // Criteria
    m_kriterien = new QTableView(this);
    m_kriterien->setModel(m_kriterienModel);
    m_kriterien->setItemDelegateForColumn(KriterienModel::Gewicht, new GewichtDelegate(m_kriterien));
    m_kriterien->verticalHeader()->hide();
    m_kriterien->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_kriterien->setSelectionMode(QAbstractItemView::SingleSelection);
    m_kriterien->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                 QAbstractItemView::SelectedClicked);
    m_kriterien->horizontalHeader()->setSectionResizeMode(KriterienModel::Name, QHeaderView::Stretch);
    m_kriterien->setColumnWidth(KriterienModel::Gewicht, 96);
    m_kriterien->setColumnWidth(KriterienModel::Anteil, 64);
    m_kriterien->setColumnWidth(KriterienModel::Bewertet, 84);
    m_kriterien->setWordWrap(false);
    m_kriterien->verticalHeader()->setDefaultSectionSize(QDoubleSpinBox().sizeHint().height());
    m_kriterien->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_kriterien->setAccessibleName(tr("Kriterien und Gewichte"));
    m_kriterien->setToolTip(tr("Die Kriterien, nach denen die Leistungen dieses Themenfelds bewertet werden "
                               "(OZG-Leitfaden: OZG-Priorität, Nachfrage, Komplexität, Eignung, Aufwand, "
                               "Relevanz). Nur das Verhältnis der Gewichte zählt."));
    m_gleich = new QLabel(tr("Alle Gewichte sind 0: die Kriterien zählen gleich (gleichgewichtet)."), this);
    m_gleich->setWordWrap(true);
    setSignalText(m_gleich, Signal::Warning);
    m_add = new QPushButton(tr("&Kriterium hinzufügen…"), this);
    m_remove = new QPushButton(tr("Kriterium &entfernen"), this);
    m_remove->setToolTip(tr("Entfernt das markierte Kriterium mit seinen Bewertungen (fragt vorher, wenn es "
                            "Bewertungen hat); „Rückgängig“ stellt alles wieder her."));
    auto *kriterienBox = new QGroupBox(tr("Kriter&ien"), this);
    auto *kLayout = new QVBoxLayout(kriterienBox);
    kLayout->addWidget(m_kriterien);
    kLayout->addWidget(m_gleich);
    auto *kButtons = new QHBoxLayout;
    kButtons->addWidget(m_add);
    kButtons->addWidget(m_remove);
    kButtons->addStretch();
    kLayout->addLayout(kButtons);

    // Thresholds and capacity
    m_form = new FieldForm(doc, Table::Themenfeld, schwellenColumns(), this);
    m_form->editor(col::schwelleHoechste.toString())
        ->setToolTip(tr("Ab diesem Score: höchste Priorität (Digitalisierungslabor)."));
    m_form->editor(col::schwelleHohe.toString())->setToolTip(tr("Ab diesem Score: hohe Priorität."));
    m_form->editor(col::schwelleMittlere.toString())
        ->setToolTip(tr("Ab diesem Score: mittlere Priorität (Werkbank); darunter niedrige "
                        "(Direkt-Digitalisierung)."));
    m_form->editor(col::wellenKapazitaet.toString())
        ->setToolTip(
            tr("Wie viel eine Umsetzungswelle aufnimmt; „–“: ohne Grenze, jede Leistung kommt in die "
               "früheste Welle, die ihre Abhängigkeiten erlauben."));
    auto *schwellenBox = new QGroupBox(tr("Schwelle&n und Wellen"), this);
    auto *sLayout = new QVBoxLayout(schwellenBox);
    sLayout->addWidget(m_form);
    sLayout->addStretch();

    auto *top = new QWidget(this);
    auto *topLayout = new QHBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(kriterienBox, 3);
    topLayout->addWidget(schwellenBox, 2);

    // Ranking
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Name oder OZG-ID"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Rangfolge filtern"));
    auto *searchLabel = new QLabel(tr("&Suche:"), this);
    searchLabel->setBuddy(m_search);
    m_count = new QLabel(this);
    auto *bar = new QHBoxLayout;
    bar->addWidget(searchLabel);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_count);
    m_stimmen = new QPushButton(tr("Sti&mmen erfassen…"), this);
    m_stimmen->setToolTip(
        tr("Erfasst die Stimmen (0–5) einer Workshop-Teilnehmerin oder eines Teilnehmers zu "
           "den Kriterien der markierten Leistung und zeigt die bisher erfassten."));
    connect(m_stimmen, &QPushButton::clicked, this, [this] { openStimmenDialog(); });
    bar->addWidget(m_stimmen);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_hint->setMargin(6);
    m_hint->setStyleSheet(u"background: #e8f0f8; color: #10243a; border: 1px solid #a6cbe3;"_qs);
    m_hint->installEventFilter(this); // its height follows its width, see updateHintHeight()
    auto *table = new FrozenTableView(this);
    m_table = makeFieldTable(doc, m_proxy, this, table);
    m_table->setItemDelegate(new BewertungDelegate(m_table));
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    // Criteria columns come and go with the criteria: they fit their (wrapped) names whenever they change.
    fitColumns(m_table, {ColumnFit::NoColumn});
    m_table->horizontalHeader()->setMinimumSectionSize(28);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->sortByColumn(PrioritisationModel::Rang, Qt::AscendingOrder);
    m_table->setAccessibleName(tr("Rangfolge der OZG-Leistungen"));
    m_table->installEventFilter(this);
    // Rang, OZG-ID and name stay in view while the criteria scroll sideways.
    table->freeze(PrioritisationModel::Name + 1);
    auto *ranking = new QWidget(this);
    auto *rLayout = new QVBoxLayout(ranking);
    rLayout->setContentsMargins(0, 0, 0, 0);
    rLayout->addLayout(bar);
    rLayout->addWidget(m_hint);
    rLayout->addWidget(m_table);

    m_wellen = new WellenPanel(this);

    // The ranking gets the height (twenty rows and more at 1600 × 1000), the wave plan sits beside it.
    auto *rankingSplit = new QSplitter(Qt::Horizontal, this);
    rankingSplit->addWidget(ranking);
    rankingSplit->addWidget(m_wellen);
    rankingSplit->setStretchFactor(0, 3);
    rankingSplit->setStretchFactor(1, 1);
    rankingSplit->setChildrenCollapsible(false);
    rankingSplit->setSizes({700, 260});
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(rankingSplit);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);
    split->setSizes({190, 600});

    m_empty = new QLabel(this);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setMargin(24);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(split);
    m_stack->addWidget(m_empty);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);

    // Keyboard: criteria, their buttons, thresholds, search, ranking, waves, conflicts.
    QList<QWidget *> order{m_kriterien, m_add, m_remove};
    for (const QString &c : schwellenColumns())
        order << m_form->editor(c);
    order << m_search << m_table << m_wellen->tree() << m_wellen->hinweise();
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order[i - 1], order[i]);

    connect(m_model, &PrioritisationModel::recomputed, this, &PrioritisationView::onRecomputed);
    connect(m_model, &PrioritisationModel::sensitivityUpdated, this, &PrioritisationView::updateState);
    connect(m_kriterienModel, &QAbstractItemModel::modelReset, this, &PrioritisationView::openWeightEditors);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        releaseOrder();
        m_proxy->setFilterFixedString(text);
    });
    // Scores typed down a column keep the rows where they are (the row under the cursor never changes under
    // the user's hands); the ranking sorts itself again once the cursor leaves the column.
    connect(m_table->itemDelegate(), &QAbstractItemDelegate::commitData, this, [this] {
        if (m_table->currentIndex().data(PrioritisationModel::ColumnKindRole).toInt() ==
            PrioritisationModel::Kriterium)
            holdOrder();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { Q_EMIT leistungSelected(currentLeistung()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (m_heldColumn >= 0 && current.column() != m_heldColumn)
                    releaseOrder();
            });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &PrioritisationView::updateState);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &PrioritisationView::updateState);
    connect(m_add, &QPushButton::clicked, this, &PrioritisationView::addKriteriumDialog);
    connect(m_remove, &QPushButton::clicked, this, &PrioritisationView::removeSelectedKriterium);
    connect(m_kriterien->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PrioritisationView::updateState);
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex &i) {
        // Double-click or Enter on what cannot be edited here opens the Leistung.
        if (!(i.flags() & Qt::ItemIsEditable))
            Q_EMIT leistungActivated(i.data(KeyRole).toInt());
    });
    connect(m_wellen, &WellenPanel::leistungActivated, this, &PrioritisationView::leistungActivated);
    connect(&doc, &Document::readOnlyChanged, this, [this] {
        openWeightEditors();
        updateState();
    });
    setThemenfeld(0);
}

void PrioritisationView::holdOrder()
{
    if (!m_proxy->dynamicSortFilter())
        return;
    m_heldColumn = m_table->currentIndex().column();
    m_proxy->setDynamicSortFilter(false);
}

void PrioritisationView::releaseOrder()
{
    if (m_proxy->dynamicSortFilter())
        return;
    m_heldColumn = -1;
    m_proxy->setDynamicSortFilter(true); // sorts again, the current cell moving with its Leistung
    m_table->scrollTo(m_table->currentIndex());
}

void PrioritisationView::setThemenfeld(int themenfeldId)
{
    releaseOrder();
    m_themenfeldId = themenfeldId;
    m_form->setKey(themenfeldId ? std::optional<qint64>(themenfeldId) : std::nullopt);
    m_wellen->reset();
    m_model->setThemenfeld(themenfeldId);
}

void PrioritisationView::openWeightEditors()
{
    for (int r = 0; r < m_kriterienModel->rowCount(); ++r) {
        const QModelIndex i = m_kriterienModel->index(r, KriterienModel::Gewicht);
        m_kriterien->closePersistentEditor(i);
        m_kriterien->openPersistentEditor(i);
        // The view selects an editor's text when it opens it, which reads as "being edited" on every row.
        if (auto *edit =
                m_kriterien->indexWidget(i) ? m_kriterien->indexWidget(i)->findChild<QLineEdit *>() : nullptr)
            edit->deselect();
    }
}

void PrioritisationView::onRecomputed()
{
    const analysis::Prioritisation &p = m_model->result();
    if (m_model->hasThemenfeld()) {
        m_wellen->setResult(p);
    }
    updateState();
}

void PrioritisationView::updateState()
{
    const analysis::Prioritisation &p = m_model->result();
    const bool writable = !m_doc.isReadOnly();
    const Themenfeld *tf = m_doc.plan().themenfeld(m_themenfeldId);
    if (!m_themenfeldId || !tf) {
        m_empty->setText(tr("Wählen Sie links ein Themenfeld, um seine OZG-Leistungen zu priorisieren."));
        m_stack->setCurrentWidget(m_empty);
    } else if (!m_model->error().isEmpty()) {
        m_empty->setText(tr("Die Priorisierung lässt sich nicht berechnen: %1").arg(m_model->error()));
        m_stack->setCurrentWidget(m_empty);
    } else if (p.leistungen.isEmpty()) {
        m_empty->setText(
            tr("Das Themenfeld „%1“ hat noch keine OZG-Leistungen, die sich priorisieren "
               "ließen.\n\nLegen Sie über „Bearbeiten › Neue OZG-Leistung…“ Leistungen in seinen "
               "Lagen an; dann bewerten Sie sie hier nach den Kriterien des Themenfelds.")
                .arg(tf->name));
        m_stack->setCurrentWidget(m_empty);
    } else {
        m_stack->setCurrentIndex(0);
    }

    // The banner always stands (with the way to score once there are scores), so that the table under the
    // mouse does not jump when the first score makes the "no scores yet" text go.
    const QStringList texts = hintTexts();
    m_hint->setText(p.kriterien.isEmpty() ? texts[0] : m_model->scoreCount() == 0 ? texts[1] : texts[2]);
    m_gleich->setVisible(p.gleichgewichtet);

    int scored = 0, unsicher = 0;
    for (const analysis::RankedLeistung &l : p.leistungen) {
        scored += l.score.has_value();
        unsicher += l.unsicher;
    }
    const QString shown = m_proxy->rowCount() == m_model->rowCount()
                              ? tr("%1 Leistungen").arg(m_model->rowCount())
                              : tr("%1 von %2 Leistungen").arg(m_proxy->rowCount()).arg(m_model->rowCount());
    m_count->setText(tr("%1, %2 mit Score, %3 unsicher").arg(shown).arg(scored).arg(unsicher));

    m_add->setEnabled(writable && m_model->hasThemenfeld());
    m_remove->setEnabled(writable && m_model->hasThemenfeld() &&
                         m_kriterien->selectionModel()->hasSelection());
}

QStringList PrioritisationView::hintTexts()
{
    return {tr("Noch keine Kriterien: legen Sie mit „Kriterium hinzufügen…“ fest, wonach die Leistungen "
               "bewertet werden, etwa OZG-Priorität oder Nachfrage."),
            tr("Noch keine Bewertungen: tragen Sie in der Tabelle Werte 0–5 je Kriterium ein. Doppelklick "
               "auf eine Zelle oder eine Ziffer tippen; Entf entfernt eine Bewertung wieder (sie fehlt "
               "dann und zählt nicht als 0)."),
            tr("Eine Ziffer 0–5 bewertet die markierte Zelle und geht zur nächsten Leistung; Entf entfernt "
               "eine Bewertung. Die Rangfolge ordnet sich neu, sobald Sie die Spalte verlassen.")};
}

void PrioritisationView::updateHintHeight()
{
    // As tall as the longest of its texts at this width: a new text never moves the table below it.
    const QRect inner = m_hint->contentsRect().adjusted(m_hint->margin(), 0, -m_hint->margin(), 0);
    int text = 0;
    for (const QString &t : hintTexts())
        text = std::max(
            text, m_hint->fontMetrics()
                      .boundingRect(QRect(0, 0, std::max(inner.width(), 80), 100000), Qt::TextWordWrap, t)
                      .height());
    const int height = text + 2 * m_hint->margin() + (m_hint->height() - m_hint->contentsRect().height());
    if (m_hint->minimumHeight() != height)
        m_hint->setMinimumHeight(height);
}

bool PrioritisationView::addKriterium(const QString &name, double gewicht)
{
    qint64 created = 0;
    const bool ok = m_doc.run([&] {
        ChangeSet cs = edit::addKriterium(m_doc.catalog(), m_themenfeldId, name, gewicht);
        created = cs.changes.value(0).key;
        return cs;
    });
    if (ok) {
        m_model->recompute();
        const int row = m_kriterienModel->rowOf(created);
        if (row >= 0)
            m_kriterien->setCurrentIndex(m_kriterienModel->index(row, KriterienModel::Name));
    }
    return ok;
}

void PrioritisationView::addKriteriumDialog()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Kriterium hinzufügen"));
    auto *name = new QLineEdit(&dialog);
    name->setPlaceholderText(tr("z. B. Fallzahlen"));
    auto *gewicht = new QDoubleSpinBox(&dialog);
    gewicht->setRange(0, 1000);
    gewicht->setDecimals(2);
    gewicht->setValue(1.0);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("&Name:"), name);
    form->addRow(tr("&Gewicht:"), gewicht);
    if (execFormDialog(dialog, form))
        addKriterium(name->text(), gewicht->value());
}

bool PrioritisationView::removeSelectedKriterium()
{
    const QModelIndex cur = m_kriterien->currentIndex();
    const qint64 id = cur.isValid() ? m_kriterienModel->kriteriumAt(cur.row()) : 0;
    if (!id)
        return false;
    qint64 scores = 0, votes = 0;
    for (const Dependent &d : m_doc.catalog().dependents(Table::Kriterium, id)) {
        if (d.table == Table::Bewertung)
            scores += d.count;
        else if (d.table == Table::Stimme)
            votes += d.count;
    }
    if (scores + votes > 0) {
        const QString name = cur.siblingAtColumn(KriterienModel::Name).data().toString();
        const QString question =
            votes
                ? tr("Das Kriterium „%1“ hat %2 Bewertungen und %3 Stimmen aus Workshops. Sie werden mit ihm "
                     "gelöscht; „Rückgängig“ stellt alles wieder her.\n\nKriterium löschen?")
                      .arg(name)
                      .arg(scores)
                      .arg(votes)
                : tr("Das Kriterium „%1“ hat %2 Bewertungen. Sie werden mit ihm gelöscht; „Rückgängig“ "
                     "stellt "
                     "alles wieder her.\n\nKriterium löschen?")
                      .arg(name)
                      .arg(scores);
        if (!m_confirm(tr("Kriterium entfernen"), question))
            return false;
    }
    return m_doc.run([&] { return edit::remove(m_doc.catalog(), Table::Kriterium, id); });
}

bool PrioritisationView::eventFilter(QObject *object, QEvent *event)
{
    // Scoring by keyboard: a digit 0–5 sets the score of the current criterion cell, Entf or Backspace
    // removes it (missing, not 0); the cursor moves on to the next Leistung.
    if (object == m_table && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const QModelIndex cur = m_table->currentIndex();
        // Not while a cell editor is open: keys it leaves alone would otherwise reach the table.
        const bool scoreCell =
            cur.isValid() && !m_table->indexWidget(cur) &&
            cur.data(PrioritisationModel::ColumnKindRole).toInt() == PrioritisationModel::Kriterium &&
            (cur.flags() & Qt::ItemIsEditable) &&
            !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier));
        QVariant value;
        bool handled = false;
        if (scoreCell && key->key() >= Qt::Key_0 && key->key() <= Qt::Key_5) {
            value = key->key() - Qt::Key_0;
            handled = true;
        } else if (scoreCell && (key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace)) {
            handled = true;
        }
        if (handled) {
            holdOrder();
            const QModelIndex next = cur.sibling(cur.row() + 1, cur.column());
            if (next.isValid())
                m_table->setCurrentIndex(next);
            m_proxy->setData(cur, value, Qt::EditRole);
            return true;
        }
    }
    if (object == m_hint && event->type() == QEvent::Resize)
        updateHintHeight();
    if (object == m_table && event->type() == QEvent::FocusOut) {
        // Focus gone elsewhere (not into a cell editor of the table): the ranking may sort itself again.
        const QWidget *focus = QApplication::focusWidget();
        if (!focus || (focus != m_table && !m_table->isAncestorOf(focus)))
            releaseOrder();
    }
    return QWidget::eventFilter(object, event);
}

} // namespace tfp::ui

namespace tfp::ui {

int PrioritisationView::currentLeistung() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->ozgIdAt(m_proxy->mapToSource(current).row()) : 0;
}

StimmenDialog *PrioritisationView::openStimmenDialog()
{
    const int ozgId = currentLeistung();
    if (!ozgId || !m_themenfeldId) {
        m_hint->setText(
            tr("Markieren Sie zuerst in der Rangfolge die Leistung, zu der Stimmen erfasst werden."));
        m_hint->show();
        return nullptr;
    }
    auto *dialog = new StimmenDialog(m_doc, m_themenfeldId, ozgId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

} // namespace tfp::ui
