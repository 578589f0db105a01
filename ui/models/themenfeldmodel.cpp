#include "themenfeldmodel.h"

#include "document.h"
#include "domain/labels.h"
#include "roles.h"

namespace tfp::ui {

using namespace schema;

ThemenfeldModel::ThemenfeldModel(Document &doc, QObject *parent) : QAbstractListModel(parent), m_doc(doc)
{
    connect(&doc, &Document::changed, this, &ThemenfeldModel::onChanged);
    connect(&doc, &Document::reloaded, this, [this] {
        beginResetModel();
        rebuild();
        endResetModel();
    });
    rebuild();
}

void ThemenfeldModel::rebuild()
{
    QList<Themenfeld> tfs = m_doc.plan().themenfelder;
    std::stable_sort(tfs.begin(), tfs.end(), [](const Themenfeld &a, const Themenfeld &b) {
        return a.sortOrder != b.sortOrder ? a.sortOrder < b.sortOrder : a.name < b.name;
    });
    m_ids = {0};
    for (const auto &t : tfs)
        m_ids.append(t.id);
}

void ThemenfeldModel::onChanged(const ChangeSet &changes)
{
    for (const Change &c : changes.changes) {
        if (c.table == Table::Themenfeld && (c.kind != Change::Kind::Update || c.column == col::sortOrder)) {
            beginResetModel();
            rebuild();
            endResetModel();
            return;
        }
    }
    for (const Change &c : changes.changes) {
        if (c.table == Table::Themenfeld || c.table == Table::Federfuehrung ||
            c.table == Table::Beteiligter) {
            Q_EMIT dataChanged(index(0), index(rowCount() - 1));
            return;
        }
    }
}

int ThemenfeldModel::themenfeldAt(int row) const
{
    return m_ids.value(row);
}
int ThemenfeldModel::rowOf(int themenfeldId) const
{
    return int(m_ids.indexOf(themenfeldId));
}

QString ThemenfeldModel::federfuehrungLine(int themenfeldId) const
{
    const PlanSnapshot &p = m_doc.plan();
    QList<Federfuehrung> ff;
    for (const auto &f : p.federfuehrung)
        if (f.themenfeldId == themenfeldId)
            ff.append(f);
    std::stable_sort(ff.begin(), ff.end(),
                     [](const auto &a, const auto &b) { return a.sortOrder < b.sortOrder; });
    QStringList ressorts, others;
    static const char *const roles[] = {"FF", "U", "MA"};
    for (const auto &f : ff) {
        const Beteiligter *b = p.beteiligter(f.beteiligterId);
        if (!b)
            continue;
        if (b->art == BeteiligterArt::Ressort && f.rolle == Rolle::FF)
            ressorts << b->kuerzel;
        else
            others << b->kuerzel + u' ' + QString::fromLatin1(roles[int(f.rolle)]);
    }
    if (ressorts.isEmpty() && others.isEmpty())
        return tr("keine Federführung eingetragen");
    return ressorts.join(u", ") + u" · "_qs + others.join(u", ");
}

int ThemenfeldModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

QVariant ThemenfeldModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const int id = m_ids.value(index.row());
    const PlanSnapshot &p = m_doc.plan();
    if (role == KeyRole)
        return id;
    if (id == 0) {
        if (role == Qt::DisplayRole)
            return tr("Gesamtprogramm");
        if (role == FederfuehrungRole) {
            const qsizetype n = m_ids.size() - 1; // a workshop package holds one
            return n == 0   ? tr("noch kein Themenfeld")
                   : n == 1 ? tr("ein Themenfeld")
                            : tr("alle %1 Themenfelder").arg(n);
        }
        if (role == Qt::ToolTipRole)
            return tr("Übersicht über alle Themenfelder des Programms");
        return {};
    }
    const Themenfeld *t = p.themenfeld(id);
    if (!t)
        return {};
    if (role == Qt::DisplayRole)
        return t->name;
    if (role == FederfuehrungRole)
        return federfuehrungLine(id);
    if (role == Qt::ToolTipRole)
        return tr("%1\nFederführung: %2").arg(t->name, federfuehrungLine(id));
    return {};
}

} // namespace tfp::ui
