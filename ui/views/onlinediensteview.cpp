#include "onlinediensteview.h"

#include "document.h"
#include "domain/labels.h"
#include "edit/changetext.h"
#include "edit/edits.h"
#include "fielddelegate.h"
#include "fieldform.h"
#include "models/entitytablemodel.h"
#include "storage/catalog.h"
#include "widgets.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace tfp::ui {

using namespace schema;

OnlinediensteView::OnlinediensteView(Document &doc, QWidget *parent) : QWidget(parent), m_doc(doc)
{
    using namespace col;
    m_dienste =
        new EntityTableModel(doc, Table::Onlinedienst, {name.toString(), anbieter.toString()}, {}, this);
    m_dienste->setSortColumn(name.toString());
    m_dienstView = makeFieldTable(doc, m_dienste, this);
    m_empty =
        new QLabel(tr("Noch kein Onlinedienst erfasst. Legen Sie mit „Neuer Onlinedienst…“ einen an und "
                      "ordnen Sie ihm die LeiKa-Leistungen zu, die er abdeckt."),
                   this);
    m_empty->setWordWrap(true);
    m_new = new QPushButton(tr("&Neuer Onlinedienst…"), this);
    m_delete = new QPushButton(tr("Onlinedienst lö&schen"), this);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_empty);
    leftLayout->addWidget(m_dienstView);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_delete);
    buttons->addStretch();
    leftLayout->addLayout(buttons);

    m_form = new FieldForm(doc, Table::Onlinedienst,
                           {name.toString(), anbieter.toString(), url.toString(), notes.toString()}, this);
    m_leika = new EntityTableModel(doc, Table::OnlinedienstLeika, {leikaId.toString(), reifegrad.toString()},
                                   dienstId.toString(), this);
    m_leika->setReadOnlyColumns({leikaId.toString()});
    m_leikaView = makeFieldTable(doc, m_leika, this);
    m_cover = new QPushButton(tr("OZG-Leistung abd&ecken…"), this);
    m_cover->setToolTip(tr("Ordnet alle LeiKa-Leistungen einer OZG-Leistung mit dem erreichten Reifegrad zu. "
                           "Der Reifegrad der OZG-Leistung ist das Minimum über ihre LeiKa-Leistungen."));
    m_uncover = new QPushButton(tr("Abdeckung ent&fernen"), this);
    auto *coverBox = new QGroupBox(tr("Abgedeckte LeiKa-Leistungen und erreichter Reifegrad"), this);
    auto *coverLayout = new QVBoxLayout(coverBox);
    coverLayout->addWidget(m_leikaView);
    auto *coverButtons = new QHBoxLayout;
    coverButtons->addWidget(m_cover);
    coverButtons->addWidget(m_uncover);
    coverButtons->addStretch();
    coverLayout->addLayout(coverButtons);
    m_laender = new QListWidget(this);
    m_laender->setToolTip(tr("Haken: der Onlinedienst ist in diesem Land verfügbar."));
    auto *landBox = new QGroupBox(tr("Verfügbar in"), this);
    (new QVBoxLayout(landBox))->addWidget(m_laender);

    auto *right = new QWidget(this);
    m_detail = right;
    auto *rightLayout = new QHBoxLayout(right);
    auto *rightMain = new QVBoxLayout;
    rightMain->addWidget(m_form);
    rightMain->addWidget(coverBox, 1);
    rightLayout->addLayout(rightMain, 3);
    rightLayout->addWidget(landBox, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(1, 2);
    (new QVBoxLayout(this))->addWidget(split);

    connect(m_dienstView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &cur) { showDienst(cur.isValid() ? m_dienste->keyAt(cur.row()) : 0); });
    connect(m_new, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name =
            QInputDialog::getText(this, tr("Neuer Onlinedienst"), tr("Name des Onlinedienstes:"),
                                  QLineEdit::Normal, QString(), &ok);
        qint64 created = 0;
        if (ok && m_doc.run([&] {
                ChangeSet cs = edit::createOnlinedienst(m_doc.catalog(), name, QString());
                created = cs.changes.value(0).key;
                return cs;
            }))
            selectDienst(created);
    });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (m_dienstId && confirmRemoval(this, m_doc, int(Table::Onlinedienst), m_dienstId))
            m_doc.run([&] { return edit::remove(m_doc.catalog(), Table::Onlinedienst, m_dienstId); });
    });
    connect(m_cover, &QPushButton::clicked, this, [this] {
        QDialog dialog(this);
        dialog.setWindowTitle(tr("OZG-Leistung abdecken"));
        auto *leistung = new QComboBox(&dialog);
        leistung->setEditable(true);
        leistung->setInsertPolicy(QComboBox::NoInsert);
        for (const Leistung &l : m_doc.plan().leistungen)
            if (!m_themenfeldId || m_doc.plan().themenfeldOf(l) == m_themenfeldId)
                leistung->addItem(u"%1 %2"_qs.arg(l.ozgId).arg(l.name), l.ozgId);
        auto *level = new QComboBox(&dialog);
        for (int r = 0; r <= 4; ++r)
            level->addItem(labels::reifegrad(r), r);
        level->setCurrentIndex(3);
        auto *form = new QFormLayout(&dialog);
        form->addRow(tr("&OZG-Leistung:"), leistung);
        form->addRow(tr("erreichter &Reifegrad:"), level);
        if (execFormDialog(dialog, form))
            coverLeistung(leistung->currentData().toInt(), level->currentData().toInt());
    });
    connect(m_uncover, &QPushButton::clicked, this, [this] {
        const QModelIndex cur = m_leikaView->currentIndex();
        if (cur.isValid())
            m_doc.run([&] {
                return edit::remove(m_doc.catalog(), Table::OnlinedienstLeika, m_leika->keyAt(cur.row()));
            });
    });
    connect(m_laender, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (m_loading || !m_dienstId)
            return;
        const bool on = item->checkState() == Qt::Checked;
        if (!m_doc.run([&] {
                return edit::setDienstLand(m_doc.catalog(), m_dienstId, item->data(Qt::UserRole).toInt(), on);
            }))
            reloadLaender();
    });
    connect(&doc, &Document::changed, this, [this](const ChangeSet &cs) {
        for (const Change &c : cs.changes)
            if (c.table == Table::OnlinedienstLand) {
                reloadLaender();
                break;
            }
        updateState();
    });
    connect(&doc, &Document::readOnlyChanged, this, &OnlinediensteView::updateState);
    showDienst(0);
}

void OnlinediensteView::setThemenfeld(int themenfeldId)
{
    m_themenfeldId = themenfeldId;
}

void OnlinediensteView::selectDienst(qint64 id)
{
    const int row = m_dienste->rowOfKey(id);
    if (row >= 0)
        m_dienstView->setCurrentIndex(m_dienste->index(row, 0));
}

bool OnlinediensteView::coverLeistung(int ozgId, int reifegrad)
{
    return m_doc.run([&] {
        ChangeSet all;
        for (const QVariantMap &k : m_doc.catalog().rowsWhere(Table::Leika, col::ozgId, ozgId))
            all.append(edit::setDienstLeika(m_doc.catalog(), m_dienstId,
                                            k.value(col::id.toString()).toLongLong(), reifegrad));
        using edit::Phrase;
        all.description = Phrase(Phrase::Msg::SetDienstLeika)
                              .arg(edit::rowPhrase(m_doc.catalog(), Table::Onlinedienst, m_dienstId))
                              .arg(edit::rowPhrase(m_doc.catalog(), Table::Leistung, ozgId))
                              .arg(reifegrad)
                              .stored();
        return all;
    });
}

void OnlinediensteView::showDienst(qint64 id)
{
    m_dienstId = id;
    m_form->setKey(id ? std::optional<qint64>(id) : std::nullopt);
    m_leika->setOwner(id ? QVariant(id) : QVariant());
    reloadLaender();
    updateState();
}

void OnlinediensteView::reloadLaender()
{
    m_loading = true;
    m_laender->clear();
    const Onlinedienst *d = nullptr;
    for (const Onlinedienst &o : m_doc.plan().onlinedienste)
        if (o.id == m_dienstId)
            d = &o;
    for (const Beteiligter &b : m_doc.plan().beteiligte) {
        if (b.art != BeteiligterArt::Land)
            continue;
        auto *item = new QListWidgetItem(u"%1 – %2"_qs.arg(b.kuerzel, b.name), m_laender);
        item->setData(Qt::UserRole, b.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(d && d->laender.contains(b.id) ? Qt::Checked : Qt::Unchecked);
    }
    m_loading = false;
}

void OnlinediensteView::updateState()
{
    const bool writable = !m_doc.isReadOnly();
    const bool has = m_dienstId != 0;
    m_empty->setVisible(m_dienste->rowCount() == 0);
    m_dienstView->setVisible(m_dienste->rowCount() != 0);
    m_new->setEnabled(writable);
    m_delete->setEnabled(writable && has);
    m_cover->setEnabled(writable && has);
    m_uncover->setEnabled(writable && has);
    m_laender->setEnabled(writable && has);
    m_detail->setVisible(has);
}

} // namespace tfp::ui
