#include "zeitplanview.h"

#include "document.h"
#include "edit/fieldtext.h"
#include "palettecolors.h"
#include "refreshwhenshown.h"
#include "roles.h"
#include "storage/changeset.h"
#include "textfit.h"
#include "widgets.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
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
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table);
    layout->addWidget(m_empty);

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
    });
    connect(&doc, &Document::reloaded, this, &ZeitplanView::updateOwners);
    setThemenfeld(0);
}

void ZeitplanView::setThemenfeld(int themenfeldId)
{
    m_themenfeldId = themenfeldId;
    updateOwners();
}

void ZeitplanView::updateOwners()
{
    QVariantList owners;
    for (const Projekt &p : m_doc.plan().projekte)
        if (m_themenfeldId && p.themenfeldId == m_themenfeldId)
            owners << p.id;
    m_model->setOwners(owners);
    updateSummary();
}

void ZeitplanView::updateSummary()
{
    m_summaryRefresh->markCurrent();
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
    m_table->setVisible(!empty);
    m_empty->setVisible(empty);
    m_summary->setVisible(!empty);
    m_empty->setText(m_themenfeldId
                         ? tr("Noch keine Meilensteine geplant.\n\nEin neues Umsetzungsprojekt bekommt die "
                              "Standard-Meilensteine seiner Phasen; legen Sie im Reiter „Projekte“ ein "
                              "Projekt an und tragen Sie hier die Termine ein.")
                         : tr("Wählen Sie links ein Themenfeld, um seinen Zeitplan zu sehen."));
}

} // namespace tfp::ui
