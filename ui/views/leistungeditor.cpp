#include "leistungeditor.h"

#include "document.h"
#include "domain/labels.h"
#include "edit/edits.h"
#include "fielddelegate.h"
#include "fieldform.h"
#include "models/entitytablemodel.h"
#include "storage/catalog.h"
#include "widgets.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>

namespace tfp::ui {

using namespace schema;

LeistungEditor::LeistungEditor(Document &doc, QWidget *parent) : QWidget(parent), m_doc(doc)
{
    m_title = new QLabel(this);
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.25);
    f.setBold(true);
    m_title->setFont(f);
    m_subtitle = new QLabel(this);
    m_subtitle->setWordWrap(true);
    m_subtitle->setTextFormat(Qt::PlainText);

    // Until a Leistung is chosen only the title says what the pane is for: the field form, the LeiKa and the
    // dependencies (about a hundred widgets) are made when one is chosen, or a turn after the window shows a
    // large catalog (MainWindow's view builder), not in the same turn as the window's first paint.
    m_content = new QWidget(this);
    m_layout = new QVBoxLayout(m_content);
    m_layout->addWidget(m_title);
    m_layout->addWidget(m_subtitle);
    m_layout->addStretch();
    m_layout->setContentsMargins(8, 8, 8, 8);
    m_scroll = new QScrollArea(this);
    m_scroll->setWidget(m_content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    (new QVBoxLayout(this))->addWidget(m_scroll);
    this->layout()->setContentsMargins(0, 0, 0, 0);
    connect(&doc, &Document::changed, this, &LeistungEditor::updateHeader);
    setLeistung(0);
}

void LeistungEditor::ensureBuilt()
{
    if (m_form)
        return;
    Document &doc = m_doc;
    using namespace col;
    m_form =
        new FieldForm(doc, Table::Leistung,
                      {name.toString(), status.toString(), reifegradIst.toString(), reifegradZiel.toString(),
                       reifegradModell.toString(), flaechendeckung.toString(), goLive.toString(),
                       flaechendeckendAm.toString(), nachfrage.toString(), aufwandPt.toString(),
                       welleFix.toString(), rechtsaenderung.toString(), notes.toString()},
                      m_content);

    m_leika = new EntityTableModel(
        doc, Table::Leika,
        {schluessel.toString(), bezeichnung.toString(), typ.toString(), rechtsgrundlage.toString()},
        ozgId.toString(), this);
    m_leika->setReadOnlyColumns(
        {schluessel.toString(), bezeichnung.toString(), typ.toString(), rechtsgrundlage.toString()});
    auto *leikaView = new QTableView(m_content);
    leikaView->setModel(m_leika);
    leikaView->verticalHeader()->hide();
    leikaView->horizontalHeader()->setStretchLastSection(true);
    leikaView->setWordWrap(false);
    leikaView->setTextElideMode(Qt::ElideRight);
    leikaView->setMinimumHeight(120);
    leikaView->setColumnWidth(0, 130);
    leikaView->setColumnWidth(1, 220);
    leikaView->setColumnWidth(2, 50);
    auto *leikaBox = new QGroupBox(tr("LeiKa-Leistungen"), m_content);
    (new QVBoxLayout(leikaBox))->addWidget(leikaView);

    m_deps = new EntityTableModel(doc, Table::Abhaengigkeit, {haengtAbVon.toString(), notes.toString()},
                                  ozgId.toString(), this);
    m_deps->setReadOnlyColumns({haengtAbVon.toString()});
    m_depsView = makeFieldTable(doc, m_deps, m_content);
    m_depsView->setMinimumHeight(90);
    m_addDep = new QPushButton(tr("Abh&ängigkeit hinzufügen…"), m_content);
    m_addDep->setToolTip(
        tr("Diese Leistung setzt eine andere voraus (z. B. Geburtsanzeige vor Elterngeld)."));
    m_removeDep = new QPushButton(tr("Entfernen"), m_content);
    auto *depBox = new QGroupBox(tr("Hängt ab von"), m_content);
    auto *depLayout = new QVBoxLayout(depBox);
    depLayout->addWidget(m_depsView);
    auto *depButtons = new QHBoxLayout;
    depButtons->addWidget(m_addDep);
    depButtons->addWidget(m_removeDep);
    depButtons->addStretch();
    depLayout->addLayout(depButtons);

    // Between the subtitle and the stretch.
    m_layout->insertWidget(2, m_form);
    m_layout->insertWidget(3, leikaBox);
    m_layout->insertWidget(4, depBox);
    // Without a horizontal scroll bar the dock must be as wide as the form needs, or its fields are cut off
    // at the right edge.
    m_scroll->setMinimumWidth(m_content->minimumSizeHint().width() +
                              m_scroll->verticalScrollBar()->sizeHint().width());

    connect(m_addDep, &QPushButton::clicked, this, [this] {
        if (!m_ozgId)
            return;
        QStringList items;
        QList<int> ids;
        for (const Leistung &l : m_doc.plan().leistungen) {
            if (l.ozgId == m_ozgId)
                continue;
            items << u"%1 %2"_qs.arg(l.ozgId).arg(l.name);
            ids << l.ozgId;
        }
        bool ok = false;
        const QString chosen = QInputDialog::getItem(
            this, tr("Abhängigkeit hinzufügen"),
            tr("„%1“ hängt ab von:").arg(m_doc.plan().leistung(m_ozgId)->name), items, 0, true, &ok);
        const int i = int(items.indexOf(chosen));
        if (ok && i >= 0)
            m_doc.run([&] { return edit::addAbhaengigkeit(m_doc.catalog(), m_ozgId, ids[i]); });
    });
    connect(m_removeDep, &QPushButton::clicked, this, [this] {
        const QModelIndex cur = m_depsView->currentIndex();
        if (cur.isValid())
            m_doc.run([&] {
                return edit::remove(m_doc.catalog(), Table::Abhaengigkeit, m_deps->keyAt(cur.row()));
            });
    });
    connect(m_depsView, &QTableView::doubleClicked, this, [this](const QModelIndex &i) {
        Q_EMIT leistungActivated(m_deps->rowAt(i.row()).value(col::haengtAbVon.toString()).toInt());
    });
    setLeistung(m_ozgId);
}

void LeistungEditor::setLeistung(int ozgId)
{
    m_ozgId = m_doc.plan().leistung(ozgId) ? ozgId : 0;
    if (m_ozgId)
        ensureBuilt();
    if (!m_form)
        return updateHeader();
    m_form->setKey(m_ozgId ? std::optional<qint64>(m_ozgId) : std::nullopt);
    m_leika->setOwner(m_ozgId ? QVariant(m_ozgId) : QVariant());
    m_deps->setOwner(m_ozgId ? QVariant(m_ozgId) : QVariant());
    m_addDep->setEnabled(m_ozgId && !m_doc.isReadOnly());
    m_removeDep->setEnabled(m_ozgId && !m_doc.isReadOnly());
    updateHeader();
}

void LeistungEditor::updateHeader()
{
    const PlanSnapshot &p = m_doc.plan();
    const Leistung *l = p.leistung(m_ozgId);
    if (!l) {
        m_title->setText(tr("Keine OZG-Leistung gewählt"));
        m_subtitle->setText(tr("Wählen Sie links im Baum eine OZG-Leistung, um sie hier zu bearbeiten."));
        return;
    }
    m_title->setText(u"%1 %2"_qs.arg(l->ozgId).arg(l->name));
    const Lage *lage = p.lage(l->lageId);
    const Themenfeld *tf = lage ? p.themenfeld(lage->themenfeldId) : nullptr;
    m_subtitle->setText(
        tr("%1 › %2 · Programm %3")
            .arg(tf ? tf->name : QString(), lage ? lage->name : QString(), labels::programm(l->programm)));
}

} // namespace tfp::ui
