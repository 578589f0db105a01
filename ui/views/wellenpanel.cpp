#include "wellenpanel.h"

#include "analysis/prioritisation.h"
#include "textfit.h"

#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <cmath>

namespace tfp::ui {

using namespace analysis;

namespace {

QString named(const QHash<int, QString> &names, int ozgId)
{
    return WellenPanel::tr("„%1“ (%2)").arg(names.value(ozgId)).arg(ozgId);
}

QString quoted(const QHash<int, QString> &names, int ozgId)
{
    return WellenPanel::tr("„%1“").arg(names.value(ozgId));
}

QString load(double belegt, const Prioritisation &p)
{
    const QLocale l;
    const bool pt = p.themenfeld.kapazitaetArt == KapazitaetArt::Personentage;
    const QString amount = pt ? l.toString(belegt, 'f', belegt == std::floor(belegt) ? 0 : 1)
                              : QString::number(int(std::lround(belegt)));
    if (!p.wellen.capacity)
        return pt ? WellenPanel::tr("%1 Personentage").arg(amount)
                  : (amount == u"1" ? WellenPanel::tr("1 Leistung")
                                    : WellenPanel::tr("%1 Leistungen").arg(amount));
    const QString cap = l.toString(*p.wellen.capacity, 'f', 0);
    return pt ? WellenPanel::tr("%1 von %2 Personentagen").arg(amount, cap)
              : WellenPanel::tr("%1 von %2 Leistungen").arg(amount, cap);
}

} // namespace

QList<Hinweis> wellenHinweise(const Prioritisation &p)
{
    // The names of the few Leistungen the sentences name, not of the whole ranking.
    QHash<int, QString> names;
    for (const QList<int> &zyklus : p.wellen.zyklen)
        for (int o : zyklus)
            names.insert(o, {});
    for (const Konflikt &k : p.wellen.konflikte) {
        names.insert(k.ozgId, {});
        names.insert(k.haengtAbVon, {});
    }
    for (int o : p.ohneAufwand.mid(0, 3))
        names.insert(o, {});
    if (!names.isEmpty())
        for (const RankedLeistung &l : p.leistungen)
            if (const auto it = names.find(l.ozgId); it != names.end())
                *it = l.name;
    QList<Hinweis> out;
    for (const QList<int> &zyklus : p.wellen.zyklen) {
        if (zyklus.size() == 1) {
            out.append({WellenPanel::tr("%1 hängt von sich selbst ab; bitte die Abhängigkeit prüfen.")
                            .arg(named(names, zyklus.first())),
                        zyklus.first()});
            continue;
        }
        QStringList members;
        for (int o : zyklus)
            members << named(names, o);
        const QString last = members.takeLast();
        out.append({WellenPanel::tr("Zirkuläre Abhängigkeit: %1 und %2 hängen im Kreis voneinander ab; sie "
                                    "werden zusammen in Welle %3 geplant.")
                        .arg(members.join(u", "_qs), last)
                        .arg(p.wellen.wave.value(zyklus.first())),
                    zyklus.first()});
    }
    for (const Konflikt &k : p.wellen.konflikte) {
        if (k.art == KonfliktArt::Rang)
            out.append(
                {WellenPanel::tr("%1 hängt von %2 ab, steht aber im Rang vor ihr (Rang %3 vor Rang %4): "
                                 "%5 wird deshalb früher geplant, in Welle %6.")
                     .arg(named(names, k.ozgId), named(names, k.haengtAbVon))
                     .arg(k.rank)
                     .arg(k.rankVon)
                     .arg(quoted(names, k.haengtAbVon))
                     .arg(k.welleVon),
                 k.ozgId});
        else
            out.append({WellenPanel::tr("%1 ist auf Welle %2 festgelegt, hängt aber von %3 ab, die erst in "
                                        "Welle %4 kommt: %5 rückt deshalb in Welle %6.")
                            .arg(named(names, k.ozgId))
                            .arg(k.welleFix.value_or(0))
                            .arg(named(names, k.haengtAbVon))
                            .arg(k.welleVon)
                            .arg(quoted(names, k.ozgId))
                            .arg(k.welle),
                        k.ozgId});
    }
    for (const ExterneAbhaengigkeit &d : p.externeAbhaengigkeiten)
        out.append(
            {WellenPanel::tr("„%1“ (%2) hängt von „%3“ (%4) ab; eine der beiden liegt im Themenfeld "
                             "„%5“. Die Wellenplanung ordnet nur innerhalb eines Themenfelds: stimmen Sie "
                             "den Zeitpunkt mit dem anderen Themenfeld ab.")
                 .arg(d.name)
                 .arg(d.ozgId)
                 .arg(d.nameVon)
                 .arg(d.haengtAbVon)
                 .arg(d.themenfeld),
             d.ozgId});
    for (const Welle &w : p.wellen.wellen)
        if (w.ueberbucht)
            out.append({WellenPanel::tr("Welle %1 ist überbucht (%2): festgelegte Leistungen oder "
                                        "Voraussetzungen, die früher kommen müssen, gehen der Kapazität vor.")
                            .arg(w.nummer)
                            .arg(load(w.belegt, p)),
                        0});
    if (!p.ohneAufwand.isEmpty()) {
        QStringList some;
        for (int o : p.ohneAufwand.mid(0, 3))
            some << named(names, o);
        if (p.ohneAufwand.size() > 3)
            some << WellenPanel::tr("…");
        out.append(
            {(p.ohneAufwand.size() == 1
                  ? WellenPanel::tr("Eine Leistung ohne Aufwandsschätzung (%1) zählt mit dem Mittelwert der "
                                    "bekannten Schätzungen.")
                  : WellenPanel::tr("%1 Leistungen ohne Aufwandsschätzung (%2) zählen mit dem Mittelwert der "
                                    "bekannten Schätzungen.")
                        .arg(p.ohneAufwand.size()))
                 .arg(some.join(u", "_qs)),
             p.ohneAufwand.first()});
    }
    return out;
}

WellenPanel::WellenPanel(QWidget *parent) : QWidget(parent)
{
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_tree = new QTreeWidget(this);
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Welle / Leistung"), tr("Belegung / Rang")});
    m_tree->setUniformRowHeights(true);
    m_tree->setAccessibleName(tr("Wellenplan"));
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    elidedTips(m_tree);
    m_tree->setToolTip(tr("Die Leistungen je Welle nach Rang. Eine Leistung, von der eine andere abhängt, "
                          "kommt nie später als diese. Doppelklick zeigt die Leistung im Detail-Editor."));
    auto *treeLabel = new QLabel(tr("&Wellenplan:"), this);
    treeLabel->setBuddy(m_tree);
    m_hinweise = new QListWidget(this);
    m_hinweise->setWordWrap(true);
    m_hinweise->setAccessibleName(tr("Zyklen und Konflikte"));
    m_hinweise->setToolTip(tr("Zirkuläre Abhängigkeiten, Abhängigkeiten gegen die Rangfolge, Festlegungen, "
                              "die nicht halten, und überbuchte Wellen."));
    auto *hinweisLabel = new QLabel(tr("Z&yklen und Konflikte:"), this);
    hinweisLabel->setBuddy(m_hinweise);

    auto *left = new QVBoxLayout;
    left->addWidget(treeLabel);
    left->addWidget(m_tree);
    auto *right = new QVBoxLayout;
    right->addWidget(hinweisLabel);
    right->addWidget(m_hinweise);
    right->addWidget(m_summary);
    // Beside the ranking: the wave plan above its conflicts.
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(left, 3);
    layout->addLayout(right, 2);

    connect(m_tree, &QTreeWidget::itemExpanded, this, &WellenPanel::fill);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (const int ozg = item->data(0, Qt::UserRole).toInt())
            Q_EMIT leistungActivated(ozg);
    });
    connect(m_hinweise, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        if (const int ozg = item->data(Qt::UserRole).toInt())
            Q_EMIT leistungActivated(ozg);
    });
}

void WellenPanel::reset()
{
    m_fresh = true;
    m_waves.clear();
    m_hinweisTexts.clear();
    m_tree->clear();
    m_hinweise->clear();
}

void WellenPanel::setResult(const Prioritisation &p)
{
    QHash<int, const RankedLeistung *> byId;
    byId.reserve(p.leistungen.size());
    for (const RankedLeistung &l : p.leistungen)
        byId.insert(l.ozgId, &l);
    QList<Wave> waves;
    waves.reserve(p.wellen.wellen.size());
    for (const Welle &w : p.wellen.wellen) {
        Wave wave{w.nummer,
                  w.ueberbucht ? tr("%1 – überbucht").arg(load(w.belegt, p)) : load(w.belegt, p),
                  w.ueberbucht,
                  {}};
        wave.entries.reserve(w.leistungen.size());
        for (int o : w.leistungen)
            if (const RankedLeistung *l = byId.value(o))
                wave.entries.append({o, l->rank, l->score.has_value(), l->welleFix.has_value(), l->name});
        waves.append(std::move(wave));
    }

    const QList<Hinweis> hinweise = wellenHinweise(p);
    QStringList texts;
    for (const Hinweis &h : hinweise)
        texts << h.text;
    if (texts != m_hinweisTexts || m_hinweise->count() == 0) {
        m_hinweisTexts = texts;
        m_hinweise->clear();
        for (const Hinweis &h : hinweise) {
            auto *item = new QListWidgetItem(h.text, m_hinweise);
            item->setData(Qt::UserRole, h.ozgId);
            item->setToolTip(h.text);
        }
        if (hinweise.isEmpty()) {
            auto *item = new QListWidgetItem(tr("Keine Zyklen und keine Konflikte."), m_hinweise);
            item->setFlags(Qt::ItemIsEnabled);
        }
    }
    const int n = int(p.leistungen.size());
    m_summary->setText(p.wellen.capacity
                           ? tr("%1 Wellen für %2 Leistungen.").arg(p.wellen.wellen.size()).arg(n)
                           : tr("Ohne Kapazität je Welle kommt jede Leistung in die früheste Welle, die ihre "
                                "Abhängigkeiten und Festlegungen erlauben."));

    const QList<Wave> before = std::exchange(m_waves, std::move(waves));
    if (m_fresh) {
        // A fresh Themenfeld opens every wave when they fit on a few screens.
        m_fresh = false;
        m_tree->clear();
        QList<QTreeWidgetItem *> top;
        for (int i = 0; i < m_waves.size(); ++i) {
            auto *item = new QTreeWidgetItem;
            showWave(item, i);
            top.append(item);
        }
        m_tree->addTopLevelItems(top);
        if (n <= 150)
            for (QTreeWidgetItem *item : std::as_const(top))
                item->setExpanded(true); // fills it (itemExpanded)
        return;
    }
    // A re-rank: the waves stay where they are with what the user opened; only what moved changes. A new
    // wave comes closed, one that is gone goes.
    while (m_tree->topLevelItemCount() > m_waves.size())
        delete m_tree->takeTopLevelItem(m_tree->topLevelItemCount() - 1);
    for (int i = 0; i < m_waves.size(); ++i) {
        QTreeWidgetItem *item = m_tree->topLevelItem(i);
        if (!item) {
            item = new QTreeWidgetItem;
            showWave(item, i);
            m_tree->addTopLevelItem(item);
            continue;
        }
        if (!m_waves[i].sameLook(before[i]))
            showWave(item, i);
        if (m_waves[i].entries != before[i].entries)
            updateEntries(item, before[i].entries);
    }
}

void WellenPanel::showWave(QTreeWidgetItem *item, int index) const
{
    const Wave &wave = m_waves[index];
    QFont bold = m_tree->font();
    bold.setBold(true);
    item->setText(0, tr("Welle %1").arg(wave.nummer));
    item->setText(1, wave.detail);
    item->setData(0, Qt::UserRole, 0);
    item->setData(0, Qt::UserRole + 1, wave.nummer);
    item->setData(0, Qt::UserRole + 2, index); // its place in m_waves
    item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    item->setFont(0, bold);
    item->setChildIndicatorPolicy(QTreeWidgetItem::ShowIndicator);
    for (int c = 0; c < 2; ++c) {
        item->setData(c, Qt::BackgroundRole,
                      wave.ueberbucht ? QVariant(QColor(0xfb, 0xe3, 0xd6)) : QVariant());
        item->setData(c, Qt::ForegroundRole,
                      wave.ueberbucht ? QVariant(QColor(0x7a, 0x2e, 0x00)) : QVariant());
    }
    item->setData(1, Qt::FontRole, wave.ueberbucht ? QVariant(bold) : QVariant());
    item->setToolTip(1, wave.ueberbucht ? tr("Mehr belegt als die Kapazität erlaubt: festgelegte Leistungen "
                                             "oder Voraussetzungen, die früher kommen müssen.")
                                        : QString());
}

void WellenPanel::showEntry(QTreeWidgetItem *item, const Entry &entry) const
{
    QFont bold = m_tree->font();
    bold.setBold(true);
    const QString text = u"%1 %2"_qs.arg(entry.ozgId).arg(entry.name);
    const QString rang =
        entry.scored ? tr("Rang %1").arg(entry.rank) : tr("Rang %1, ohne Score").arg(entry.rank);
    item->setText(0, text);
    item->setText(1, entry.fest ? tr("fest, %1").arg(rang) : rang);
    item->setData(0, Qt::UserRole, entry.ozgId);
    item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    item->setToolTip(0, text);
    for (int c = 0; c < 2; ++c)
        item->setData(c, Qt::FontRole, entry.fest ? QVariant(bold) : QVariant());
    item->setToolTip(1, entry.fest ? tr("Von Hand auf diese Welle festgelegt") : QString());
}

void WellenPanel::updateEntries(QTreeWidgetItem *item, const QList<Entry> &before)
{
    if (!item->childCount())
        return; // never opened: fill() makes its lines when it is
    const QList<Entry> &now = m_waves[item->data(0, Qt::UserRole + 2).toInt()].entries;
    if (!item->isExpanded() || now.size() != item->childCount() || before.size() != now.size()) {
        // Lines came or went: a closed wave drops its lines until it is opened again, an open one is
        // filled anew (it holds one wave's Leistungen, not the plan's).
        qDeleteAll(item->takeChildren());
        if (item->isExpanded())
            fill(item);
        return;
    }
    for (int c = 0; c < now.size(); ++c)
        if (now[c] != before[c])
            showEntry(item->child(c), now[c]);
}

void WellenPanel::fill(QTreeWidgetItem *wave)
{
    // A large Themenfeld has thousands of Leistungen per plan: only an open wave holds items for its own.
    if (wave->parent() || wave->childCount())
        return;
    const int index = wave->data(0, Qt::UserRole + 2).toInt();
    if (index < 0 || index >= m_waves.size())
        return;
    QList<QTreeWidgetItem *> children;
    children.reserve(m_waves[index].entries.size());
    for (const Entry &entry : m_waves[index].entries) {
        auto *item = new QTreeWidgetItem;
        showEntry(item, entry);
        children.append(item);
    }
    wave->addChildren(children);
}

} // namespace tfp::ui
