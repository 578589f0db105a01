#include "zeitplanview.h"

#include "dateedit.h"
#include "document.h"
#include "edit/fieldtext.h"
#include "error.h"
#include "exchange/changelog.h"
#include "palettecolors.h"
#include "refreshwhenshown.h"
#include "roles.h"
#include "storage/changeset.h"
#include "textfit.h"
#include "widgets.h"
#include "zeitplangantt.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QSet>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace tfp::ui {

using namespace schema;

namespace {

QString tage(qint64 n)
{
    return n == 1 ? ZeitplanModel::tr("1 Tag") : ZeitplanModel::tr("%1 Tagen").arg(n);
}

QDate dateIn(const QVariant &v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

// Shows the rows whose stand is among the chosen ones (all when none are chosen).
class StandFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setStaende(QList<ZeitplanModel::Stand> staende)
    {
        m_staende = std::move(staende);
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &) const override
    {
        if (m_staende.isEmpty())
            return true;
        const auto *m = static_cast<const ZeitplanModel *>(sourceModel());
        return m_staende.contains(m->standAt(row));
    }

private:
    QList<ZeitplanModel::Stand> m_staende;
};

} // namespace

ZeitplanModel::ZeitplanModel(Document &doc, QObject *parent)
    : EntityTableModel(doc, Table::Meilenstein,
                       {col::projektId.toString(), col::phase.toString(), col::titel.toString(),
                        col::geplant.toString(), col::ist.toString(), col::abnahmeDurch.toString(),
                        col::abnahmeAm.toString()},
                       col::projektId.toString(), parent),
      m_heute(QDate::currentDate())
{
    setSortColumn(col::geplant.toString());
    setReadOnlyColumns({col::projektId.toString()});
}

void ZeitplanModel::setHeute(const QDate &heute)
{
    m_heute = heute;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, standColumn()), index(rowCount() - 1, standColumn()));
}

ZeitplanModel::Stand ZeitplanModel::standAt(int row) const
{
    const QVariantMap r = rowAt(row);
    const QDate geplant = dateIn(r.value(col::geplant.toString()));
    const QDate ist = dateIn(r.value(col::ist.toString()));
    if (ist.isValid())
        return geplant.isValid() && ist > geplant ? Stand::Verzoegert : Stand::Erreicht;
    if (!geplant.isValid())
        return Stand::OhneTermin;
    return geplant < m_heute ? Stand::Ueberfaellig : Stand::Offen;
}

int ZeitplanModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : EntityTableModel::columnCount() + 1;
}

QVariant ZeitplanModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.column() != standColumn())
        return EntityTableModel::data(index, role);
    const Stand s = standAt(index.row());
    const QVariantMap r = rowAt(index.row());
    const QDate geplant = dateIn(r.value(col::geplant.toString()));
    const QDate ist = dateIn(r.value(col::ist.toString()));
    switch (role) {
    case Qt::DisplayRole:
        switch (s) {
        case Stand::OhneTermin:
            return tr("ohne Termin");
        case Stand::Offen:
            return tr("offen, in %1").arg(tage(m_heute.daysTo(geplant)));
        case Stand::Ueberfaellig:
            return tr("überfällig seit %1").arg(tage(geplant.daysTo(m_heute)));
        case Stand::Erreicht:
            return tr("erreicht");
        case Stand::Verzoegert:
            return geplant.daysTo(ist) == 1 ? tr("1 Tag später erreicht")
                                            : tr("%1 Tage später erreicht").arg(geplant.daysTo(ist));
        }
        return {};
    case Qt::ForegroundRole:
        if (s == Stand::Ueberfaellig)
            return readableOnBase(QColor(0xa0, 0x1c, 0x1c));
        if (s == Stand::Verzoegert)
            return readableOnBase(QColor(0x8a, 0x4b, 0x00));
        return {};
    case SortRole:
    case StandRole:
        return int(s);
    case KeyRole:
        return keyAt(index.row());
    default:
        return {};
    }
}

QVariant ZeitplanModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o == Qt::Horizontal && section == standColumn()) {
        if (role == Qt::DisplayRole)
            return tr("Stand");
        if (role == Qt::ToolTipRole)
            return tr("Überfällig: der geplante Termin ist vorbei und kein Datum „erreicht“ eingetragen. "
                      "Verzögert: erreicht, aber nach dem geplanten Termin.");
        return {};
    }
    return EntityTableModel::headerData(section, o, role);
}

Qt::ItemFlags ZeitplanModel::flags(const QModelIndex &index) const
{
    if (index.isValid() && index.column() == standColumn())
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    return EntityTableModel::flags(index);
}

ZeitplanView::ZeitplanView(Document &doc, QWidget *parent) : QWidget(parent), m_doc(doc)
{
    m_model = new ZeitplanModel(doc, this);
    auto *filter = new StandFilter(this);
    m_filter = filter;
    m_filter->setSourceModel(m_model);
    m_filter->setSortRole(SortRole);
    m_table = makeFieldTable(doc, m_filter, this);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // the model's own order: by planned date
    // Where a milestone stands belongs next to its dates, before the Abnahme.
    m_table->horizontalHeader()->moveSection(m_model->standColumn(), 5);
    m_table->setToolTip(tr("Doppelklick auf ein Datum ändert es; Doppelklick auf das Projekt öffnet es."));

    m_stand = new QComboBox(this);
    m_stand->addItem(tr("alle Meilensteine"));
    m_stand->addItem(tr("überfällige und verzögerte"));
    m_stand->addItem(tr("offene (noch nicht erreicht)"));
    m_stand->addItem(tr("ohne Termin"));
    auto *standLabel = new QLabel(tr("Z&eigen:"), this);
    standLabel->setBuddy(m_stand);
    m_summary = new QLabel(this);
    m_summaryRefresh = new RefreshWhenShown(this, [this] { updateSummary(); });
    m_empty = new QLabel(this);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    auto *top = new QHBoxLayout;
    top->addWidget(standLabel);
    top->addWidget(m_stand);
    top->addSpacing(16);
    top->addWidget(m_summary, 1);

    // The Gantt to plan in, with its zoom and range, above the table of the same milestones.
    m_gantt = new ZeitplanGantt(doc, this);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_gantt);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_zoom = new QComboBox(this);
    m_zoom->addItems({tr("Monat"), tr("Quartal"), tr("Jahr"), tr("Gesamt")});
    m_zoom->setCurrentIndex(int(ZeitplanGantt::Zoom::Gesamt));
    auto *zoomLabel = new QLabel(tr("Zoo&m:"), this);
    zoomLabel->setBuddy(m_zoom);
    m_von = new DateEdit(this);
    m_von->setAllowEmpty(false);
    auto *vonLabel = new QLabel(tr("&Von:"), this);
    vonLabel->setBuddy(m_von);
    auto button = [this](const QString &text, const QString &tip) {
        auto *b = new QToolButton(this);
        b->setText(text);
        b->setToolTip(tip);
        b->setAccessibleName(tip);
        return b;
    };
    QToolButton *frueher = button(tr("◀"), tr("Früher: den Zeitraum um die Hälfte zurück"));
    QToolButton *heute = button(tr("Heute"), tr("Den Zeitraum um heute zeigen"));
    QToolButton *spaeter = button(tr("▶"), tr("Später: den Zeitraum um die Hälfte vor"));
    m_auffaellig = new QCheckBox(tr("&Nur Auffälliges"), this);
    m_auffaellig->setToolTip(
        tr("Nur Projekte mit überfälligen, verspätet erreichten oder widersprüchlichen "
           "Terminen (verletzte Abhängigkeit, außerhalb der Laufzeit, Phasen in falscher "
           "Reihenfolge)"));
    connect(m_auffaellig, &QCheckBox::toggled, this, [this](bool on) { m_gantt->setNurAuffaellige(on); });
    // What has moved since a Steuerungskreis: a named Stand's dates as ghosts under today's plan.
    m_vergleich = new QComboBox(this);
    m_vergleich->setToolTip(
        tr("Zeigt die geplanten Termine dieses Stands als Schatten unter dem heutigen Plan; "
           "der Tooltip eines Meilensteins nennt die Verschiebung."));
    auto *vergleichLabel = new QLabel(tr("Vergleich mit &Stand:"), this);
    vergleichLabel->setBuddy(m_vergleich);
    fillStaende();
    connect(m_vergleich, &QComboBox::activated, this, [this] {
        const QString name = m_vergleich->currentData().toString();
        try {
            m_gantt->setBaseline(name.isEmpty() ? analysis::Baseline{}
                                                : standBaseline(m_doc.catalog(), name));
            m_meldung->setVisible(false);
        } catch (const Error &e) {
            m_meldung->setText(e.message());
            m_meldung->setVisible(true);
        }
    });
    m_meldung = new QLabel(this);
    m_meldung->setWordWrap(true);
    m_meldung->setVisible(false);
    {
        QPalette pal = m_meldung->palette();
        pal.setColor(QPalette::WindowText, readableOnBase(QColor(0xa0, 0x1c, 0x1c)));
        m_meldung->setPalette(pal);
    }
    auto *ganttBar = new QHBoxLayout;
    ganttBar->addWidget(zoomLabel);
    ganttBar->addWidget(m_zoom);
    ganttBar->addSpacing(12);
    ganttBar->addWidget(vonLabel);
    ganttBar->addWidget(m_von);
    ganttBar->addWidget(frueher);
    ganttBar->addWidget(heute);
    ganttBar->addWidget(spaeter);
    ganttBar->addSpacing(12);
    ganttBar->addWidget(m_auffaellig);
    ganttBar->addSpacing(12);
    ganttBar->addWidget(vergleichLabel);
    ganttBar->addWidget(m_vergleich);
    ganttBar->addStretch(1);
    auto *ganttPanel = new QWidget(this);
    auto *ganttLayout = new QVBoxLayout(ganttPanel);
    ganttLayout->setContentsMargins(0, 0, 0, 0);
    ganttLayout->addLayout(ganttBar);
    ganttLayout->addWidget(m_meldung);
    ganttLayout->addWidget(scroll, 1);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->addWidget(ganttPanel);
    m_splitter->addWidget(m_table);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_empty);

    connect(m_zoom, &QComboBox::activated, this, [this](int i) { m_gantt->setZoom(ZeitplanGantt::Zoom(i)); });
    connect(m_von, &QLineEdit::editingFinished, this, [this] {
        if (const auto d = m_von->date())
            m_gantt->setVon(*d);
    });
    connect(frueher, &QToolButton::clicked, this, [this] { m_gantt->blaettern(-1); });
    connect(spaeter, &QToolButton::clicked, this, [this] { m_gantt->blaettern(1); });
    connect(heute, &QToolButton::clicked, this, [this] {
        const qint64 breite = m_gantt->von().daysTo(m_gantt->bis());
        m_gantt->setVon(m_model->heute().addDays(-breite / 3));
    });
    connect(m_gantt, &ZeitplanGantt::rangeChanged, this, [this] {
        m_zoom->setCurrentIndex(int(m_gantt->zoom()));
        if (!m_von->hasFocus())
            m_von->setDate(m_gantt->von());
    });
    connect(m_gantt, &ZeitplanGantt::meldungChanged, this, [this](const QString &text) {
        m_meldung->setText(text);
        m_meldung->setVisible(!text.isEmpty());
    });
    connect(m_gantt, &ZeitplanGantt::currentMeilensteinChanged, this, &ZeitplanView::showInTable);

    connect(m_stand, &QComboBox::currentIndexChanged, this, [filter](int i) {
        using S = ZeitplanModel::Stand;
        static const QList<QList<S>> choices = {{},
                                                {S::Ueberfaellig, S::Verzoegert},
                                                {S::Offen, S::Ueberfaellig, S::OhneTermin},
                                                {S::OhneTermin}};
        filter->setStaende(choices.value(i));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &cur) {
                const qint64 key = cur.data(KeyRole).toLongLong();
                // The user's choice in the table; a row that became current because the rows were sorted
                // anew after a move in the Gantt leaves the Gantt's choice alone.
                if (m_table->hasFocus())
                    m_gantt->setCurrentMeilenstein(key);
                for (const Meilenstein &m : m_doc.plan().meilensteine)
                    if (m.id == key)
                        Q_EMIT meilensteinSelected(m.projektId, m.ozgId.value_or(0));
            });
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &i) {
        if (i.column() == 0)
            Q_EMIT projektActivated(m_filter->index(i.row(), 0).data(Qt::EditRole).toLongLong());
    });
    connect(&doc, &Document::changed, this, [this](const ChangeSet &cs) {
        // A project created, deleted or moved changes which milestones belong here.
        const bool projekte = std::any_of(cs.changes.cbegin(), cs.changes.cend(), [](const Change &c) {
            return c.table == Table::Projekt &&
                   (c.kind != Change::Kind::Update || c.column == col::themenfeldId);
        });
        if (projekte)
            updateOwners();
        else
            m_summaryRefresh->request();
        if (std::any_of(cs.changes.cbegin(), cs.changes.cend(),
                        [](const Change &c) { return c.table == Table::Stand; }))
            fillStaende();
        // A move re-sorts the table: its current row follows the Gantt's milestone.
        if (m_gantt->currentMeilenstein() != 0 && !m_table->hasFocus())
            showInTable(m_gantt->currentMeilenstein());
    });
    connect(&doc, &Document::reloaded, this, &ZeitplanView::updateOwners);
    setThemenfeld(0);
}

void ZeitplanView::setThemenfeld(int themenfeldId)
{
    m_themenfeldId = themenfeldId;
    m_gantt->setThemenfeld(themenfeldId);
    updateOwners();
}

void ZeitplanView::fillStaende()
{
    const QString chosen = m_vergleich->currentData().toString();
    m_vergleich->clear();
    m_vergleich->addItem(tr("(keiner)"), QString());
    for (const QString &name : standNamen(m_doc.catalog()))
        m_vergleich->addItem(name, name);
    m_vergleich->setCurrentIndex(std::max(0, m_vergleich->findData(chosen)));
}

void ZeitplanView::showInTable(qint64 meilensteinId)
{
    for (int r = 0; r < m_filter->rowCount(); ++r) {
        if (m_filter->index(r, 0).data(KeyRole).toLongLong() != meilensteinId)
            continue;
        if (m_table->currentIndex().row() != r) {
            const int column = m_table->currentIndex().isValid() ? m_table->currentIndex().column() : 0;
            m_table->setCurrentIndex(m_filter->index(r, column));
        }
        return;
    }
}

void ZeitplanView::updateOwners()
{
    QVariantList owners;
    for (const Projekt &p : m_doc.plan().projekte)
        if (m_themenfeldId && p.themenfeldId == m_themenfeldId)
            owners << p.id;
    m_model->setOwners(owners);
    // The programme's milestones are too many for a table: it shows the Gantt alone.
    m_table->setVisible(m_themenfeldId != 0);
    m_stand->setEnabled(m_themenfeldId != 0);
    updateSummary();
}

void ZeitplanView::updateSummary()
{
    m_summaryRefresh->markCurrent();
    if (m_themenfeldId == 0) {
        // From the plan, not the Gantt's rows: the Gantt lays them out only once it is shown.
        QSet<int> themenfelder;
        for (const Projekt &p : m_doc.plan().projekte)
            themenfelder.insert(p.themenfeldId);
        const qsizetype projekte = m_doc.plan().projekte.size();
        m_summary->setText(tr("Gesamtprogramm: %1 Umsetzungsprojekte in %2 Themenfeldern – Stand %3")
                               .arg(projekte)
                               .arg(themenfelder.size())
                               .arg(edit::dateText(m_model->heute())));
        const bool empty = projekte == 0;
        m_splitter->setVisible(!empty);
        m_empty->setVisible(empty);
        m_summary->setVisible(!empty);
        m_empty->setText(tr("Noch keine Umsetzungsprojekte im Programm.\n\nLegen Sie zu einem Themenfeld im "
                            "Reiter „Projekte“ ein Projekt an; sein Zeitplan erscheint hier."));
        return;
    }
    int ueberfaellig = 0, verzoegert = 0, erreicht = 0;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        switch (m_model->standAt(r)) {
        case ZeitplanModel::Stand::Ueberfaellig:
            ++ueberfaellig;
            break;
        case ZeitplanModel::Stand::Verzoegert:
            ++verzoegert;
            ++erreicht;
            break;
        case ZeitplanModel::Stand::Erreicht:
            ++erreicht;
            break;
        default:
            break;
        }
    }
    m_summary->setText(tr("%1 Meilensteine, davon %2 erreicht (%3 verzögert), %4 überfällig – Stand %5")
                           .arg(m_model->rowCount())
                           .arg(erreicht)
                           .arg(verzoegert)
                           .arg(ueberfaellig)
                           .arg(edit::dateText(m_model->heute())));
    const bool empty = m_model->rowCount() == 0;
    m_splitter->setVisible(!empty);
    m_empty->setVisible(empty);
    m_summary->setVisible(!empty);
    m_empty->setText(tr("Noch keine Meilensteine geplant.\n\nEin neues Umsetzungsprojekt bekommt die "
                        "Standard-Meilensteine seiner Phasen; legen Sie im Reiter „Projekte“ ein "
                        "Projekt an und tragen Sie hier die Termine ein."));
}

} // namespace tfp::ui
