#include "gehezudialog.h"

#include "document.h"
#include "edit/fieldtext.h"
#include "storage/catalog.h"

#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace tfp::ui {

using namespace schema;

namespace {
constexpr int kMaxShown = 200;
constexpr int kKeyRole = Qt::UserRole + 1;
constexpr int kTableRole = Qt::UserRole + 2;
} // namespace

GeheZuDialog::GeheZuDialog(Document &doc, QWidget *parent) : QDialog(parent), m_doc(doc)
{
    setWindowTitle(tr("Gehe zu"));
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Name oder ID einer Leistung, eines Projekts, Meilensteins, Risikos oder "
                                    "Kommentars"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Gehe zu: Suchbegriff"));
    m_search->installEventFilter(this);
    auto *label = new QLabel(tr("&Suchen:"), this);
    label->setBuddy(m_search);
    m_list = new QListWidget(this);
    m_list->setAccessibleName(tr("Treffer"));
    m_list->setUniformItemSizes(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &GeheZuDialog::openChosen);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemActivated, this, &GeheZuDialog::openChosen);
    connect(m_search, &QLineEdit::textChanged, this, &GeheZuDialog::filter);
    connect(m_search, &QLineEdit::returnPressed, this, &GeheZuDialog::openChosen);
    collect();
    filter(QString());
    resize(680, 420); // room for the name and Themenfeld of most Leistungen
}

void GeheZuDialog::collect()
{
    const PlanSnapshot &plan = m_doc.plan();
    auto themenfeldOf = [&](int id) {
        const Themenfeld *t = plan.themenfeld(id);
        return t ? t->name : QString();
    };
    QHash<qint64, const Projekt *> projekte;
    for (const Projekt &p : plan.projekte)
        projekte.insert(p.id, &p);
    for (const Leistung &l : plan.leistungen) {
        const Lage *lage = plan.lage(l.lageId);
        const QString tf = lage ? themenfeldOf(lage->themenfeldId) : QString();
        m_ziele.append({Table::Leistung, l.ozgId, tr("%1 %2 – OZG-Leistung, %3").arg(l.ozgId).arg(l.name, tf),
                        (l.name + u' ' + tf).toLower(), QString::number(l.ozgId)});
    }
    for (const Projekt &p : plan.projekte)
        m_ziele.append({Table::Projekt, p.id,
                        tr("%1 – Projekt, %2").arg(p.name, themenfeldOf(p.themenfeldId)), p.name.toLower(),
                        QString::number(p.id)});
    for (const Meilenstein &m : plan.meilensteine) {
        const Projekt *p = projekte.value(m.projektId);
        const QString projekt = p ? p->name : QString();
        const QString datum = edit::dateText(m.geplant);
        m_ziele.append({Table::Meilenstein, m.id,
                        datum.isEmpty()
                            ? tr("%1 – Meilenstein in %2").arg(m.titel, projekt)
                            : tr("%1 – Meilenstein in %2, geplant %3").arg(m.titel, projekt, datum),
                        (m.titel + u' ' + projekt).toLower(), QString::number(m.id)});
    }
    for (const Risiko &r : plan.risiken)
        m_ziele.append({Table::Risiko, r.id,
                        tr("%1 – Risiko, %2").arg(r.beschreibung, themenfeldOf(r.themenfeldId)),
                        (r.beschreibung + u' ' + r.massnahme).toLower(), QString::number(r.id)});
    // Comments are not part of the plan snapshot: read them from the catalog, in key order.
    const auto &columns = table(Table::Kommentar).columns;
    qsizetype idAt = -1, textAt = -1;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (columns[i].name == col::id)
            idAt = i;
        else if (columns[i].name == col::text)
            textAt = i;
    }
    m_doc.catalog().forEachRow(Table::Kommentar, [&](const QVariantList &row) {
        const QString text = row.value(textAt).toString().simplified();
        const qint64 id = row.value(idAt).toLongLong();
        m_ziele.append({Table::Kommentar, id, tr("„%1“ – Kommentar").arg(text.left(80)), text.toLower(),
                        QString::number(id)});
    });
}

void GeheZuDialog::filter(const QString &query)
{
    const QString q = query.trimmed().toLower();
    m_list->clear();
    int shown = 0;
    // An exact ID first, then names that contain every word typed.
    const QStringList words = q.split(u' ', Qt::SkipEmptyParts);
    for (const bool exactId : {true, false}) {
        for (const Ziel &z : std::as_const(m_ziele)) {
            if (shown >= kMaxShown)
                break;
            bool match = false;
            if (exactId) {
                match = !q.isEmpty() && z.id == q;
            } else if (!(z.id == q)) {
                match = std::all_of(words.cbegin(), words.cend(), [&](const QString &w) {
                    return z.search.contains(w) || z.id.startsWith(w);
                });
            }
            if (!match)
                continue;
            auto *item = new QListWidgetItem(z.text, m_list);
            item->setToolTip(z.text); // a long name is elided in the list
            item->setData(kKeyRole, z.key);
            item->setData(kTableRole, int(z.table));
            ++shown;
        }
    }
    if (m_list->count())
        m_list->setCurrentRow(0);
}

void GeheZuDialog::openChosen()
{
    // Enter reaches both the search field and the default button: open once.
    const QListWidgetItem *item = m_list->currentItem();
    if (!item || !isVisible())
        return;
    Q_EMIT chosen(Table(item->data(kTableRole).toInt()), item->data(kKeyRole).toLongLong());
    accept();
}

bool GeheZuDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Up and Down move through the hits while the cursor stays in the search field.
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Down || key == Qt::Key_Up) && m_list->count()) {
            const int row =
                std::clamp(m_list->currentRow() + (key == Qt::Key_Down ? 1 : -1), 0, m_list->count() - 1);
            m_list->setCurrentRow(row);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace tfp::ui
