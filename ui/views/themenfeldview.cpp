#include "themenfeldview.h"

#include "document.h"
#include "edit/edits.h"
#include "edit/fieldtext.h"
#include "federfuehrungview.h"
#include "fieldform.h"
#include "models/entitytablemodel.h"
#include "storage/catalog.h"
#include "textfit.h"
#include "widgets.h"

#include <QComboBox>
#include <QDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace tfp::ui {

using namespace schema;

namespace {

QGroupBox *group(const QString &title, QWidget *content, QLayout *buttons, QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(content);
    if (buttons)
        layout->addLayout(buttons);
    return box;
}

QComboBox *choiceBox(Table t, QStringView column, QWidget *parent, const QString &preselect = {})
{
    auto *box = new QComboBox(parent);
    for (const auto &[code, label] : edit::choices(t, column))
        box->addItem(label, code);
    if (!preselect.isEmpty())
        box->setCurrentIndex(box->findData(preselect));
    return box;
}

} // namespace

ThemenfeldView::ThemenfeldView(Document &doc, QWidget *parent) : QWidget(parent), m_doc(doc)
{
    m_form = new FieldForm(doc, Table::Themenfeld, {col::name.toString(), col::notes.toString()}, this);
    m_federfuehrung = new FederfuehrungView(doc, this);

    m_lageModel = new EntityTableModel(doc, Table::Lage, {col::name.toString(), col::art.toString()},
                                       col::themenfeldId.toString(), this);
    m_lageModel->setSortColumn(col::name.toString());
    m_lagen = makeFieldTable(doc, m_lageModel, this);
    fitColumns(m_lagen, {0});
    m_lagen->setToolTip(tr("Lebenslagen (Bürgerinnen und Bürger) und Geschäftslagen (Unternehmen) gliedern "
                           "die OZG-Leistungen des Themenfelds. Doppelklick ändert Name oder Art."));
    m_addLage = new QPushButton(tr("Lage anl&egen…"), this);
    m_removeLage = new QPushButton(tr("Lage l&öschen"), this);

    m_risikoModel =
        new EntityTableModel(doc, Table::Risiko,
                             {col::einstufung.toString(), col::art.toString(), col::beschreibung.toString(),
                              col::massnahme.toString(), col::projektId.toString(), col::ozgId.toString()},
                             col::themenfeldId.toString(), this);
    m_risiken = makeFieldTable(doc, m_risikoModel, this);
    m_lageHint =
        new QLabel(tr("Noch keine Lagen. Legen Sie die Lebens- und Geschäftslagen an, nach denen die "
                      "OZG-Leistungen des Themenfelds gegliedert werden."),
                   this);
    m_lageHint->setWordWrap(true);
    m_risikoHint = new QLabel(this);
    m_risikoHint->setWordWrap(true);
    m_addRisiko = new QPushButton(tr("R&isiko erfassen…"), this);
    m_removeRisiko = new QPushButton(tr("Risiko lö&schen"), this);

    // Top: the Themenfeld and its Federführung beside its Lagen; below, across the width, the risks.
    auto *left = new QSplitter(Qt::Vertical, this);
    left->addWidget(group(tr("Themenfeld"), m_form, nullptr, left));
    left->addWidget(group(tr("Federführung"), m_federfuehrung, nullptr, left));
    left->setStretchFactor(1, 1);
    auto *top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(left);
    auto *lageContent = new QWidget(this);
    auto *lageLayout = new QVBoxLayout(lageContent);
    lageLayout->setContentsMargins(0, 0, 0, 0);
    lageLayout->addWidget(m_lageHint);
    lageLayout->addWidget(m_lagen);
    top->addWidget(group(tr("Lagen"), lageContent, buttonRow({m_addLage, m_removeLage}), top));
    auto *risikoContent = new QWidget(this);
    auto *risikoLayout = new QVBoxLayout(risikoContent);
    risikoLayout->setContentsMargins(0, 0, 0, 0);
    risikoLayout->addWidget(m_risikoHint);
    risikoLayout->addWidget(m_risiken);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(u"ThemenfeldSplitter"_qs);
    split->addWidget(top);
    split->addWidget(group(tr("Risiken"), risikoContent, buttonRow({m_addRisiko, m_removeRisiko}), split));
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(m_addLage, &QPushButton::clicked, this, &ThemenfeldView::addLageDialog);
    connect(m_removeLage, &QPushButton::clicked, this, [this] { removeSelectedLage(true); });
    connect(m_addRisiko, &QPushButton::clicked, this, &ThemenfeldView::addRisikoDialog);
    connect(m_removeRisiko, &QPushButton::clicked, this, [this] {
        const QModelIndex cur = m_risiken->currentIndex();
        if (cur.isValid())
            m_doc.run([&] {
                return edit::remove(m_doc.catalog(), Table::Risiko, m_risikoModel->keyAt(cur.row()));
            });
    });
    for (QTableView *v : {m_lagen, m_risiken})
        connect(v->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                &ThemenfeldView::updateState);
    for (EntityTableModel *m : {m_lageModel, m_risikoModel}) {
        for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
            connect(m, signal, this, &ThemenfeldView::updateState);
        connect(m, &QAbstractItemModel::modelReset, this, &ThemenfeldView::updateState);
    }
    connect(&doc, &Document::readOnlyChanged, this, &ThemenfeldView::updateState);
    setThemenfeld(0);
}

void ThemenfeldView::setThemenfeld(int themenfeldId)
{
    m_themenfeldId = themenfeldId;
    m_form->setKey(themenfeldId ? std::optional<qint64>(themenfeldId) : std::nullopt);
    m_federfuehrung->setThemenfeld(themenfeldId);
    const QVariant owner = themenfeldId ? QVariant(themenfeldId) : QVariant();
    m_lageModel->setOwner(owner);
    m_risikoModel->setOwner(owner);
    updateState();
}

void ThemenfeldView::updateState()
{
    const bool editable = m_themenfeldId && !m_doc.isReadOnly();
    m_addLage->setEnabled(editable);
    m_removeLage->setEnabled(editable && m_lagen->selectionModel()->hasSelection());
    m_addRisiko->setEnabled(editable);
    m_removeRisiko->setEnabled(editable && m_risiken->selectionModel()->hasSelection());
    m_lageHint->setVisible(m_themenfeldId && m_lageModel->rowCount() == 0);
    m_risikoHint->setText(
        m_risikoModel->rowCount() == 0
            ? tr("Noch keine Risiken erfasst. Halten Sie fest, was den Plan gefährdet (fehlende "
                 "Basiskomponente, "
                 "Register, Rechtsänderung, Abhängigkeit) und welche Maßnahme gegensteuert.")
            : tr("Doppelklick auf ein Feld ändert es; Projekt und OZG-Leistung sind optional."));
}

bool ThemenfeldView::addLage(const QString &name, const QString &artCode)
{
    return m_doc.run([&] { return edit::addLage(m_doc.catalog(), m_themenfeldId, name, artCode); });
}

bool ThemenfeldView::addRisiko(const QString &beschreibung, const QString &artCode,
                               const QString &einstufungCode)
{
    return m_doc.run([&] {
        return edit::addRisiko(m_doc.catalog(), m_themenfeldId, beschreibung, artCode, einstufungCode);
    });
}

void ThemenfeldView::removeSelectedLage(bool askFirst)
{
    const QModelIndex cur = m_lagen->currentIndex();
    if (!cur.isValid())
        return;
    const qint64 key = m_lageModel->keyAt(cur.row());
    qint64 leistungen = 0;
    for (const Dependent &d : m_doc.catalog().dependents(Table::Lage, key))
        if (d.table == Table::Leistung)
            leistungen += d.count;
    if (leistungen > 0) {
        if (!askFirst)
            return;
        const auto answer = QMessageBox::question(
            this, tr("Lage löschen"),
            tr("%1 enthält OZG-Leistungen (%2). Mit der Lage werden sie und alles, was an ihnen hängt "
               "(Zuordnungen zu Projekten, Bewertungen, Abhängigkeiten), gelöscht.\n\nTrotzdem löschen? "
               "„Rückgängig“ stellt alles wieder her.")
                .arg(edit::rowLabel(m_doc.catalog(), Table::Lage, key))
                .arg(leistungen),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return;
    }
    m_doc.run([&] { return edit::remove(m_doc.catalog(), Table::Lage, key); });
}

void ThemenfeldView::addLageDialog()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Lage anlegen"));
    auto *name = new QLineEdit(&dialog);
    auto *art = choiceBox(Table::Lage, col::art, &dialog, u"lebenslage"_qs);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("&Name:"), name);
    form->addRow(tr("&Art:"), art);
    if (execFormDialog(dialog, form))
        addLage(name->text(), art->currentData().toString());
}

void ThemenfeldView::addRisikoDialog()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Risiko erfassen"));
    auto *text = new QPlainTextEdit(&dialog);
    text->setTabChangesFocus(true);
    text->setMinimumWidth(420);
    text->setFixedHeight(text->fontMetrics().height() * 4 + 12);
    auto *art = choiceBox(Table::Risiko, col::art, &dialog);
    auto *stufe = choiceBox(Table::Risiko, col::einstufung, &dialog, u"mittel"_qs);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("&Beschreibung:"), text);
    form->addRow(tr("&Art:"), art);
    form->addRow(tr("&Einstufung:"), stufe);
    if (execFormDialog(dialog, form))
        addRisiko(text->toPlainText(), art->currentData().toString(), stufe->currentData().toString());
}

} // namespace tfp::ui
