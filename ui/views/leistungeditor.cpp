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

    using namespace col;
    m_form =
        new FieldForm(doc, Table::Leistung,
                      {name.toString(), status.toString(), reifegradIst.toString(), reifegradZiel.toString(),
                       reifegradModell.toString(), flaechendeckung.toString(), goLive.toString(),
                       flaechendeckendAm.toString(), nachfrage.toString(), aufwandPt.toString(),
                       welleFix.toString(), rechtsaenderung.toString(), notes.toString()},
                      this);

    m_leika = new EntityTableModel(
        doc, Table::Leika,
        {schluessel.toString(), bezeichnung.toString(), typ.toString(), rechtsgrundlage.toString()},
        ozgId.toString(), this);
    m_leika->setReadOnlyColumns(
        {schluessel.toString(), bezeichnung.toString(), typ.toString(), rechtsgrundlage.toString()});
    auto *leikaView = new QTableView(this);
    leikaView->setModel(m_leika);
    leikaView->verticalHeader()->hide();
    leikaView->horizontalHeader()->setStretchLastSection(true);
    leikaView->setWordWrap(false);
    leikaView->setTextElideMode(Qt::ElideRight);
    leikaView->setMinimumHeight(120);
    leikaView->setColumnWidth(0, 130);
    leikaView->setColumnWidth(1, 220);
    leikaView->setColumnWidth(2, 50);
    auto *leikaBox = new QGroupBox(tr("LeiKa-Leistungen"), this);
    (new QVBoxLayout(leikaBox))->addWidget(leikaView);

    m_deps = new EntityTableModel(doc, Table::Abhaengigkeit, {haengtAbVon.toString(), notes.toString()},
                                  ozgId.toString(), this);
    m_deps->setReadOnlyColumns({haengtAbVon.toString()});
    m_depsView = makeFieldTable(doc, m_deps, this);
    m_depsView->setMinimumHeight(90);
    m_addDep = new QPushButton(tr("Abh&ängigkeit hinzufügen…"), this);
    m_addDep->setToolTip(
        tr("Diese Leistung setzt eine andere voraus (z. B. Geburtsanzeige vor Elterngeld)."));
    m_removeDep = new QPushButton(tr("Entfernen"), this);
    auto *depBox = new QGroupBox(tr("Hängt ab von"), this);
    auto *depLayout = new QVBoxLayout(depBox);
    depLayout->addWidget(m_depsView);
    auto *depButtons = new QHBoxLayout;
    depButtons->addWidget(m_addDep);
    depButtons->addWidget(m_removeDep);
    depButtons->addStretch();
    depLayout->addLayout(depButtons);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_form);
    layout->addWidget(leikaBox);
    layout->addWidget(depBox);
    layout->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    (new QVBoxLayout(this))->addWidget(scroll);
    layout->setContentsMargins(8, 8, 8, 8);
    // Without a horizontal scroll bar the dock must be as wide as the form needs, or its fields are cut off
    // at the right edge.
    scroll->setMinimumWidth(content->minimumSizeHint().width() +
                            scroll->verticalScrollBar()->sizeHint().width());
    this->layout()->setContentsMargins(0, 0, 0, 0);

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
    connect(&doc, &Document::changed, this, &LeistungEditor::updateHeader);
    setLeistung(0);
}

void LeistungEditor::setLeistung(int ozgId)
{
    m_ozgId = m_doc.plan().leistung(ozgId) ? ozgId : 0;
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
