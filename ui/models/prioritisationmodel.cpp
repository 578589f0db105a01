#include "prioritisationmodel.h"

#include "palettecolors.h"
#include "prioritisationlabels.h"

#include "document.h"
#include "edit/edits.h"
#include "error.h"
#include "roles.h"
#include "storage/catalog.h"
#include "storage/schema.h"

#include <QColor>
#include <QFont>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace tfp::ui {

using namespace analysis;
using namespace schema;

namespace {

constexpr int kFixedBefore = 3; // Rang, OZG-ID, Name
constexpr int kFixedAfter = 7;  // Score … Unsicher

bool sameRow(const RankedLeistung &a, const RankedLeistung &b)
{
    return a.ozgId == b.ozgId && a.name == b.name && a.score == b.score &&
           a.missingScores == b.missingScores && a.rank == b.rank && a.kategorie == b.kategorie &&
           a.format == b.format && a.welle == b.welle && a.welleFix == b.welleFix && a.rankMin == b.rankMin &&
           a.rankMax == b.rankMax && a.unsicher == b.unsicher;
}

// Only these tables feed the prioritisation of a Themenfeld.
bool affectsRanking(const ChangeSet &changes)
{
    for (const Change &c : changes.changes) {
        switch (c.table) {
        case Table::Themenfeld:
        case Table::Lage:
        case Table::Leistung:
        case Table::Leika:
        case Table::Abhaengigkeit:
        case Table::Onlinedienst:
        case Table::OnlinedienstLeika:
        case Table::Kriterium:
        case Table::Bewertung:
            return true;
        default:
            break;
        }
    }
    return false;
}

QString percent(double share)
{
    return QLocale().toString(share * 100.0, 'f', 1) + u"\u00a0%"_qs;
}

} // namespace

PrioritisationModel::PrioritisationModel(Document &doc, QObject *parent)
    : QAbstractTableModel(parent), m_doc(doc)
{
    m_worker.setMaxThreadCount(1);
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(0);
    connect(&m_debounce, &QTimer::timeout, this, &PrioritisationModel::recompute);
    connect(&doc, &Document::changed, this, [this](const ChangeSet &cs) {
        if (m_themenfeldId && affectsRanking(cs))
            scheduleRecompute();
    });
    connect(&doc, &Document::reloaded, this, [this] {
        if (m_themenfeldId)
            scheduleRecompute();
    });
}

void PrioritisationModel::setThemenfeld(int themenfeldId)
{
    if (themenfeldId != m_themenfeldId)
        m_preview.clear();
    m_themenfeldId = themenfeldId;
    recompute();
}

void PrioritisationModel::previewWeight(qint64 kriteriumId, double gewicht)
{
    // Back at the stored weight: nothing is being tried out any more.
    for (const tfp::Kriterium &k : m_doc.plan().kriterien)
        if (k.id == kriteriumId && k.gewicht == gewicht)
            return clearPreview(kriteriumId);
    const auto it = m_preview.constFind(kriteriumId);
    if (it != m_preview.cend() && *it == gewicht)
        return;
    m_preview.insert(kriteriumId, gewicht);
    scheduleRecompute();
}

void PrioritisationModel::clearPreview(qint64 kriteriumId)
{
    if (m_preview.remove(kriteriumId))
        scheduleRecompute();
}

void PrioritisationModel::scheduleRecompute()
{
    m_debounce.start();
}

int PrioritisationModel::scoreCount(qint64 kriteriumId) const
{
    return m_scoreCountOf.value(kriteriumId);
}

void PrioritisationModel::recompute()
{
    m_debounce.stop();
    Prioritisation result;
    m_error.clear();
    if (m_themenfeldId && m_doc.plan().themenfeld(m_themenfeldId)) {
        // Preview weights of criteria that are gone would make prioritise() see stale ids; drop them.
        const PlanSnapshot &plan = m_doc.planWithScores(m_themenfeldId);
        for (auto it = m_preview.begin(); it != m_preview.end();) {
            const bool known = std::any_of(plan.kriterien.cbegin(), plan.kriterien.cend(),
                                           [&](const tfp::Kriterium &k) { return k.id == it.key(); });
            it = known ? std::next(it) : m_preview.erase(it);
        }
        PrioritisationOptions options;
        options.gewichte = m_preview;
        options.sensitivity = false; // see startSensitivity()
        try {
            result = prioritise(plan, m_themenfeldId, options);
        } catch (const Error &e) {
            m_error = e.message();
            result = {};
        }
    } else {
        m_themenfeldId = 0;
    }

    ++m_generation;
    QList<qint64> kriterien;
    for (const Gewichtung &g : std::as_const(result.kriterien))
        kriterien.append(g.kriteriumId);
    // Until the worker's ranges are in, a row keeps its last range, widened to take in its new rank.
    const auto keepRange = [](RankedLeistung &l, const RankedLeistung &old) {
        l.rankMin = std::min(old.rankMin, l.rank);
        l.rankMax = std::max(old.rankMax, l.rank);
        l.unsicher = old.unsicher;
    };
    // Rows stay in OZG-ID order. A re-rank of the same Leistungen puts each result into the row it already
    // has: no sort and no new index.
    bool sameShape = kriterien == m_kriterien && result.leistungen.size() == m_rows.size();
    QList<RankedLeistung> rows;
    if (sameShape) {
        rows.resize(m_rows.size());
        for (RankedLeistung &l : result.leistungen) {
            const auto r = m_rowOf.constFind(l.ozgId);
            if (r == m_rowOf.cend() || rows[*r].ozgId) {
                sameShape = false;
                break;
            }
            keepRange(l, m_rows[*r]);
            rows[*r] = l;
        }
    }
    QHash<int, int> rowOf;
    if (!sameShape) {
        for (RankedLeistung &l : result.leistungen)
            if (const RankedLeistung *old = leistung(l.ozgId))
                keepRange(l, *old);
        rows = result.leistungen;
        std::sort(rows.begin(), rows.end(),
                  [](const RankedLeistung &a, const RankedLeistung &b) { return a.ozgId < b.ozgId; });
        rowOf.reserve(rows.size());
        for (int r = 0; r < rows.size(); ++r)
            rowOf.insert(rows[r].ozgId, r);
    }
    const QHash<int, int> &rowIndex = sameShape ? m_rowOf : rowOf;
    QHash<qint64, int> column;
    for (int c = 0; c < kriterien.size(); ++c)
        column.insert(kriterien[c], c);
    QList<qint8> scores(rows.size() * kriterien.size(), qint8(-1));
    int scoreCount = 0;
    QHash<qint64, int> scoreCountOf;
    if (!kriterien.isEmpty()) {
        for (const Bewertung &b : m_doc.plan().bewertungen) {
            const auto c = column.constFind(b.kriteriumId);
            if (c == column.cend())
                continue;
            const auto r = rowIndex.constFind(b.ozgId);
            if (r == rowIndex.cend())
                continue;
            scores[qsizetype(*r) * kriterien.size() + *c] = qint8(std::clamp(b.wert, 0, 5));
            ++scoreCount;
            ++scoreCountOf[b.kriteriumId];
        }
    }

    if (!sameShape) {
        beginResetModel();
        m_rows = std::move(rows);
        m_rowOf = std::move(rowOf);
        m_kriterien = std::move(kriterien);
        m_scores = std::move(scores);
        m_result = std::move(result);
        m_scoreCount = scoreCount;
        m_scoreCountOf = std::move(scoreCountOf);
        endResetModel();
        Q_EMIT recomputed();
        startSensitivity();
        return;
    }

    // Same rows and columns: tell the views which rows changed, in runs.
    QList<QPair<int, int>> runs;
    const auto k = m_kriterien.size();
    for (int r = 0; r < rows.size(); ++r) {
        bool same = sameRow(rows[r], m_rows[r]);
        for (qsizetype c = 0; same && c < k; ++c)
            same = scores[r * k + c] == m_scores[r * k + c];
        if (same)
            continue;
        if (!runs.isEmpty() && runs.last().second == r - 1)
            runs.last().second = r;
        else
            runs.append({r, r});
    }
    bool headers = false;
    for (qsizetype c = 0; c < k; ++c)
        headers = headers || result.kriterien[c].name != m_result.kriterien[c].name ||
                  result.kriterien[c].normiert != m_result.kriterien[c].normiert;
    m_rows = std::move(rows);
    m_scores = std::move(scores);
    m_result = std::move(result);
    m_scoreCount = scoreCount;
    m_scoreCountOf = std::move(scoreCountOf);
    for (const auto &[first, last] : std::as_const(runs))
        Q_EMIT dataChanged(index(first, 0), index(last, columnCount() - 1));
    if (headers && k > 0)
        Q_EMIT headerDataChanged(Qt::Horizontal, kFixedBefore, kFixedBefore + int(k) - 1);
    Q_EMIT recomputed();
    startSensitivity();
}

void PrioritisationModel::startSensitivity()
{
    if (m_sensitivityRunning)
        return; // sensitivityDone() starts again on the latest ranking
    if (!hasThemenfeld() || m_rows.isEmpty()) {
        m_sensitivityOf = m_generation;
        return;
    }
    m_sensitivityRunning = true;
    // A copy of the plan shares its data with the document's (implicitly shared, read-only here): the
    // document's own copy detaches when the catalog changes it.
    PlanSnapshot plan = m_doc.planWithScores(m_themenfeldId);
    PrioritisationOptions options;
    options.gewichte = m_preview;
    m_worker.start(
        [this, plan = std::move(plan), themenfeld = m_themenfeldId, options, generation = m_generation] {
            QHash<int, Spanne> spannen;
            try {
                const Prioritisation p = prioritise(plan, themenfeld, options);
                spannen.reserve(p.leistungen.size());
                for (const RankedLeistung &l : p.leistungen)
                    spannen.insert(l.ozgId, {l.rankMin, l.rankMax, l.unsicher});
            } catch (const Error &) {
                // The ranking itself reported it; the ranges stay as they are.
            }
            QMetaObject::invokeMethod(
                this, [this, generation, spannen] { sensitivityDone(generation, spannen); },
                Qt::QueuedConnection);
        });
}

void PrioritisationModel::sensitivityDone(quint64 generation, const QHash<int, Spanne> &spannen)
{
    m_sensitivityRunning = false;
    if (generation != m_generation)
        return startSensitivity(); // an edit came in the meantime: only the latest ranking counts
    m_sensitivityOf = generation;
    const auto apply = [&](RankedLeistung &l) {
        const auto s = spannen.constFind(l.ozgId);
        if (s == spannen.cend() ||
            (l.rankMin == s->rankMin && l.rankMax == s->rankMax && l.unsicher == s->unsicher))
            return false;
        l.rankMin = s->rankMin;
        l.rankMax = s->rankMax;
        l.unsicher = s->unsicher;
        return true;
    };
    for (RankedLeistung &l : m_result.leistungen)
        apply(l);
    const int first = columnOf(Rangspanne), last = columnOf(Unsicher);
    int runStart = -1;
    for (int r = 0; r <= m_rows.size(); ++r) {
        const bool changed = r < m_rows.size() && apply(m_rows[r]);
        if (changed && runStart < 0)
            runStart = r;
        if (!changed && runStart >= 0) {
            Q_EMIT dataChanged(index(runStart, first), index(r - 1, last));
            runStart = -1;
        }
    }
    Q_EMIT sensitivityUpdated();
}

int PrioritisationModel::columnOf(Column c) const
{
    if (c <= Name)
        return int(c);
    if (c == Kriterium)
        return kFixedBefore;
    return kFixedBefore + int(m_kriterien.size()) + (int(c) - int(Score));
}

PrioritisationModel::Column PrioritisationModel::kindOf(int section) const
{
    if (section < kFixedBefore)
        return Column(section);
    if (section < kFixedBefore + m_kriterien.size())
        return Kriterium;
    return Column(int(Score) + section - kFixedBefore - int(m_kriterien.size()));
}

qint64 PrioritisationModel::kriteriumAt(int section) const
{
    const int k = section - kFixedBefore;
    return k >= 0 && k < m_kriterien.size() ? m_kriterien[k] : 0;
}

int PrioritisationModel::columnOfKriterium(qint64 kriteriumId) const
{
    const auto k = m_kriterien.indexOf(kriteriumId);
    return k < 0 ? -1 : kFixedBefore + int(k);
}

const RankedLeistung *PrioritisationModel::leistung(int ozgId) const
{
    const int r = rowOf(ozgId);
    return r < 0 ? nullptr : &m_rows[r];
}

std::optional<int> PrioritisationModel::scoreOf(int ozgId, qint64 kriteriumId) const
{
    const int r = rowOf(ozgId);
    const auto k = m_kriterien.indexOf(kriteriumId);
    if (r < 0 || k < 0 || score(r, int(k)) < 0)
        return std::nullopt;
    return score(r, int(k));
}

int PrioritisationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PrioritisationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : kFixedBefore + int(m_kriterien.size()) + kFixedAfter;
}

QVariant PrioritisationModel::display(const RankedLeistung &l, Column c, int row, int section) const
{
    const QLocale loc;
    switch (c) {
    case Rang:
        return l.rank;
    case OzgId:
        return QString::number(l.ozgId);
    case Name:
        return l.name;
    case Kriterium: {
        const qint8 v = score(row, section - kFixedBefore);
        return v < 0 ? tr("–") : QString::number(v);
    }
    case Score:
        return l.score ? loc.toString(*l.score, 'f', 2) : tr("–");
    case Fehlend:
        return l.missingScores;
    case Kategorie:
        return l.kategorie ? kategorieLabel(*l.kategorie) : QString();
    case Format:
        return l.format ? formatLabel(*l.format) : QString();
    case Welle:
        if (!l.welleFix)
            return QString::number(l.welle);
        return l.welle == *l.welleFix ? tr("%1 (fest)").arg(l.welle)
                                      : tr("%1 (fest: %2)").arg(l.welle).arg(*l.welleFix);
    case Rangspanne:
        return l.rankMin == l.rankMax ? QString::number(l.rank) : u"%1–%2"_qs.arg(l.rankMin).arg(l.rankMax);
    case Unsicher:
        return l.unsicher ? tr("unsicher") : QString();
    }
    return {};
}

QVariant PrioritisationModel::toolTip(const RankedLeistung &l, Column c, int row, int section) const
{
    const QLocale loc;
    switch (c) {
    case Name:
        return tr("%1 (%2)\nDoppelklick zeigt die Leistung im Detail-Editor.").arg(l.name).arg(l.ozgId);
    case Kriterium: {
        const qint8 v = score(row, section - kFixedBefore);
        const QString name = m_result.kriterien.value(section - kFixedBefore).name;
        if (v >= 0)
            return tr("„%1“: %2 von 5").arg(name).arg(v);
        return tr("„%1“: noch nicht bewertet (fehlt). Eine fehlende Bewertung zählt nicht als 0: der Score "
                  "wird über die vorhandenen Bewertungen gemittelt.")
            .arg(name);
    }
    case Score:
        if (!l.score)
            return tr("Kein Score: die Leistung hat bei keinem Kriterium mit Gewicht eine Bewertung. Sie "
                      "steht hinter allen bewerteten Leistungen und bekommt keine Kategorie.");
        if (l.missingScores)
            return tr("Gewichteter Mittelwert der %1 vorhandenen Bewertungen (0–5). Die %2 fehlenden zählen "
                      "nicht mit, auch nicht als 0; ihr Gewicht verteilt sich auf die vorhandenen.")
                .arg(int(m_kriterien.size()) - l.missingScores)
                .arg(l.missingScores);
        return tr("Gewichteter Mittelwert aller Bewertungen (0–5).");
    case Fehlend:
        return tr("%1 von %2 Kriterien ohne Bewertung").arg(l.missingScores).arg(m_kriterien.size());
    case Kategorie:
        return l.kategorie ? kategorieDescription(*l.kategorie, m_result.themenfeld)
                           : tr("Ohne Score keine Kategorie.");
    case Format:
        return l.format ? formatDescription(*l.format) : tr("Ohne Score keine Empfehlung.");
    case Welle:
        if (!l.welleFix)
            return tr("Automatisch geplant: nach Rang, Abhängigkeiten und Kapazität. Doppelklick legt die "
                      "Leistung auf eine Welle fest.");
        if (l.welle == *l.welleFix)
            return tr("Auf Welle %1 festgelegt. Doppelklick und „automatisch“ gibt sie wieder frei.")
                .arg(*l.welleFix);
        return tr("Auf Welle %1 festgelegt, aber eine Leistung, von der sie abhängt, kommt erst in Welle %2: "
                  "sie rückt deshalb in Welle %2.")
            .arg(*l.welleFix)
            .arg(l.welle);
    case Rangspanne:
    case Unsicher: {
        const int pct = int(std::lround(PrioritisationOptions().variation * 100));
        QString text = tr("Wird jedes Gewicht einzeln um ±%1 % verändert, liegt der Rang zwischen %2 und %3.")
                           .arg(pct)
                           .arg(l.rankMin)
                           .arg(l.rankMax);
        if (l.unsicher)
            text += u'\n' + tr("Unsicher: dabei wechselt auch die Kategorie. Die Einstufung hängt an der "
                               "Gewichtung; prüfen Sie die Bewertungen.");
        return text;
    }
    default:
        return {};
    }
}

QVariant PrioritisationModel::sortValue(const RankedLeistung &l, Column c, int row, int section) const
{
    switch (c) {
    case Rang:
        return l.rank;
    case OzgId:
        return l.ozgId;
    case Name:
        return l.name;
    case Kriterium:
        return int(score(row, section - kFixedBefore));
    case Score:
        return l.score.value_or(-1.0);
    case Fehlend:
        return l.missingScores;
    case Kategorie:
        return l.kategorie ? int(*l.kategorie) : 4;
    case Format:
        return l.format ? int(*l.format) : 4;
    case Welle:
        return l.welle;
    case Rangspanne:
        return l.rankMax - l.rankMin;
    case Unsicher:
        return l.unsicher ? 0 : 1; // unsure first when sorted ascending
    }
    return {};
}

QVariant PrioritisationModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const RankedLeistung &l = m_rows[index.row()];
    const Column c = kindOf(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return display(l, c, index.row(), index.column());
    case Qt::EditRole:
        if (c == Kriterium) {
            const qint8 v = score(index.row(), index.column() - kFixedBefore);
            return v < 0 ? QVariant() : QVariant(int(v));
        }
        if (c == Welle)
            return l.welleFix ? QVariant(*l.welleFix) : QVariant();
        return display(l, c, index.row(), index.column());
    case Qt::ToolTipRole:
        return toolTip(l, c, index.row(), index.column());
    case SortRole:
        return sortValue(l, c, index.row(), index.column());
    case KeyRole:
    case OzgIdRole:
        return l.ozgId;
    case RowLabelRole:
        return tr("„%1“ (%2)").arg(l.name).arg(l.ozgId);
    case SearchRole:
        return QString::number(l.ozgId) + u' ' + l.name.toLower();
    case ColumnKindRole:
        return int(c);
    case WellenRole:
        return std::min(99, int(m_result.wellen.wellen.size()) + 1);
    case Qt::TextAlignmentRole:
        if (c == Kriterium || c == Welle || c == Rangspanne || c == Fehlend)
            return int(Qt::AlignCenter);
        if (c == Rang || c == Score || c == OzgId)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::BackgroundRole:
        if (c == Kategorie && l.kategorie)
            return kategorieBackground(*l.kategorie);
        if (c == Kriterium && score(index.row(), index.column() - kFixedBefore) < 0)
            return mutedBackground();
        return {};
    case Qt::ForegroundRole:
        if (c == Kategorie && l.kategorie)
            return kategorieForeground(*l.kategorie);
        if ((c == Kriterium && score(index.row(), index.column() - kFixedBefore) < 0) ||
            (c == Score && !l.score) || (c == Fehlend && l.missingScores == 0))
            return signalColor(Signal::Muted);
        if (c == Unsicher)
            return readableOnBase(QColor(0x8a, 0x3b, 0x00));
        return {};
    case Qt::FontRole:
        if ((c == Welle && l.welleFix) || (c == Unsicher && l.unsicher)) {
            QFont f;
            f.setBold(true);
            return f;
        }
        if (c == Kriterium && score(index.row(), index.column() - kFixedBefore) < 0) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        return {};
    default:
        return {};
    }
}

QVariant PrioritisationModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, o, role);
    const Column c = kindOf(section);
    if (c == Kriterium) {
        const Gewichtung &g = m_result.kriterien[section - kFixedBefore];
        if (role == Qt::DisplayRole)
            return g.name;
        if (role == Qt::ToolTipRole)
            return tr("Kriterium „%1“, Anteil an der Gewichtung %2.\nWerte 0 (geringe) bis 5 (hohe Priorität "
                      "nach diesem Kriterium); „– fehlt –“: noch nicht bewertet.")
                .arg(g.name, percent(g.normiert));
        return {};
    }
    if (role == Qt::DisplayRole) {
        switch (c) {
        case Rang:
            return tr("Rang");
        case OzgId:
            return tr("OZG-ID");
        case Name:
            return tr("Leistung");
        case Score:
            return tr("Score");
        case Fehlend:
            return tr("fehlend");
        case Kategorie:
            return tr("Kategorie");
        case Format:
            return tr("Format");
        case Welle:
            return tr("Welle");
        case Rangspanne:
            return tr("Rangspanne");
        case Unsicher:
            return tr("unsicher");
        case Kriterium:
            break;
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (c) {
        case Rang:
            return tr("Rang nach Score, der höchste zuerst; bei gleichem Score entscheidet die OZG-ID. "
                      "Leistungen ohne Score stehen am Ende.");
        case Score:
            return tr("Gewichteter Mittelwert der vorhandenen Bewertungen (0–5). Eine fehlende Bewertung "
                      "zählt nicht als 0: ihr Gewicht verteilt sich auf die vorhandenen.");
        case Fehlend:
            return tr("Kriterien ohne Bewertung");
        case Kategorie:
            return tr("Aus dem Score und den Schwellen des Themenfelds: höchste, hohe, mittlere oder "
                      "niedrige Priorität.");
        case Format:
            return tr("Empfohlenes Konzeptformat: Digitalisierungslabor, Werkbank, Direkt-Digitalisierung "
                      "oder Nachnutzung einer vorhandenen Lösung.");
        case Welle:
            return tr("Geplante Umsetzungswelle; „fest“: von Hand festgelegt.");
        case Rangspanne:
            return tr("Bester und schlechtester Rang, wenn jedes Gewicht einzeln um ±20 % verändert wird.");
        case Unsicher:
            return tr("Die Kategorie wechselt, wenn ein Gewicht um ±20 % verändert wird.");
        default:
            return {};
        }
    }
    return {};
}

Qt::ItemFlags PrioritisationModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid() || m_doc.isReadOnly())
        return f;
    const Column c = kindOf(index.column());
    if (c == Kriterium || c == Welle)
        f |= Qt::ItemIsEditable;
    return f;
}

bool PrioritisationModel::numberOf(const QVariant &value, std::optional<int> *number)
{
    const bool empty = value.isNull() || (value.typeId() == QMetaType::QString && value.toString().isEmpty());
    number->reset();
    if (empty)
        return true;
    bool ok = false;
    const double d = value.toDouble(&ok);
    if (!ok || d != std::floor(d) || std::abs(d) > 1e6) {
        reportError(m_doc, tr("„%1“ ist keine ganze Zahl.").arg(value.toString()));
        return false;
    }
    *number = int(d);
    return true;
}

bool PrioritisationModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.row() >= m_rows.size() ||
        !(flags(index) & Qt::ItemIsEditable))
        return false;
    const int ozg = m_rows[index.row()].ozgId;
    std::optional<int> number;
    if (!numberOf(value, &number))
        return false;
    if (kindOf(index.column()) == Kriterium) {
        const qint64 k = kriteriumAt(index.column());
        return m_doc.run([&] { return edit::setBewertung(m_doc.catalog(), k, ozg, number); });
    }
    const QVariant fix = number ? QVariant(*number) : QVariant();
    return m_doc.run(
        [&] { return edit::setField(m_doc.catalog(), Table::Leistung, ozg, col::welleFix, fix); });
}

bool PrioritisationModel::setBlock(const QModelIndexList &cells, const QVariantList &values, int *refused)
{
    QList<edit::BewertungWert> scores;
    for (int i = 0; i < cells.size(); ++i) {
        const QModelIndex &index = cells[i];
        *refused = i;
        if (kindOf(index.column()) != Kriterium) {
            const int before = m_doc.reportCount();
            setData(index, values.value(i), Qt::EditRole);
            if (m_doc.reportCount() > before)
                return false;
            continue;
        }
        edit::BewertungWert w{kriteriumAt(index.column()), ozgIdAt(index.row()), {}};
        if (!(flags(index) & Qt::ItemIsEditable) || !w.ozgId || !numberOf(values.value(i), &w.wert))
            return false;
        // The range here, so that the message names the cell; the rest setBewertungen checks.
        if (const Checked ok =
                check(table(Table::Bewertung).column(col::wert), w.wert ? QVariant(*w.wert) : QVariant());
            w.wert && !ok.ok()) {
            reportError(m_doc, ok.error);
            return false;
        }
        scores << w;
    }
    *refused = -1;
    return scores.isEmpty() || m_doc.run([&] { return edit::setBewertungen(m_doc.catalog(), scores); });
}

} // namespace tfp::ui
