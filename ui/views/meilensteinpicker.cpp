#include "meilensteinpicker.h"

#include "domain/plan.h"
#include "edit/fieldtext.h"
#include "storage/schema.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace tfp::ui {

namespace {
constexpr int KeyRole = Qt::UserRole + 1;
}

QString meilensteinText(const PlanSnapshot &plan, const Meilenstein &m)
{
    const Projekt *p = plan.projekt(m.projektId);
    return u"%1 – %2 – %3"_qs.arg(p ? p->name : QString(), m.titel,
                                  m.geplant.isValid() ? edit::dateText(m.geplant)
                                                      : MeilensteinPicker::tr("ohne Datum"));
}

MeilensteinPicker::MeilensteinPicker(const PlanSnapshot &plan, qint64 nachfolger, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Abhängigkeit hinzufügen"));
    m_model = new QStandardItemModel(this);
    QHash<qint64, QString> themenfeldOf;
    for (const Projekt &p : plan.projekte)
        if (const Themenfeld *tf = plan.themenfeld(p.themenfeldId))
            themenfeldOf.insert(p.id, tf->name);
    for (const Meilenstein &m : plan.meilensteine) {
        if (m.id == nachfolger)
            continue;
        // The Themenfeld is part of the text so that typing it narrows the list too.
        auto *item =
            new QStandardItem(u"%1 (%2)"_qs.arg(meilensteinText(plan, m), themenfeldOf.value(m.projektId)));
        item->setData(m.id, KeyRole);
        item->setEditable(false);
        m_model->appendRow(item);
    }
    m_model->sort(0);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Projekt, Meilenstein oder Themenfeld"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_list = new QListView(this);
    m_list->setModel(m_proxy);
    m_list->setUniformItemSizes(true); // thousands of rows
    m_list->setMinimumSize(560, 280);
    m_count = new QLabel(this);
    m_lag = new QSpinBox(this);
    m_lag->setRange(0, schema::kMaxAbstandTage);
    m_lag->setSuffix(tr(" Tage"));
    m_lag->setToolTip(tr("So viele Tage muss der Meilenstein mindestens nach dem gewählten liegen."));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);

    const Meilenstein *self = nullptr;
    for (const Meilenstein &m : plan.meilensteine)
        if (m.id == nachfolger)
            self = &m;
    auto *intro = new QLabel(tr("%1 hängt ab von (darf erst nach ihm liegen):")
                                 .arg(self ? meilensteinText(plan, *self) : QString()),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Suchen:"), m_search);
    form->addRow(tr("&Abstand:"), m_lag);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_count);
    layout->addWidget(buttons);

    connect(m_search, &QLineEdit::textChanged, this, &MeilensteinPicker::applySearch);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MeilensteinPicker::updateOk);
    connect(m_list, &QListView::doubleClicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    applySearch({});
}

qint64 MeilensteinPicker::chosen() const
{
    const QModelIndex cur = m_list->currentIndex();
    return cur.isValid() ? cur.data(KeyRole).toLongLong() : 0;
}

int MeilensteinPicker::lag() const
{
    return m_lag->value();
}

// Every word typed must occur, in any order and case.
void MeilensteinPicker::applySearch(const QString &text)
{
    QString pattern = u"^"_qs;
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts))
        pattern += u"(?=.*%1)"_qs.arg(QRegularExpression::escape(word));
    m_proxy->setFilterRegularExpression(
        QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption));
    if (m_proxy->rowCount() > 0)
        m_list->setCurrentIndex(m_proxy->index(0, 0));
    m_count->setText(tr("%n Meilensteine", nullptr, m_proxy->rowCount()));
    updateOk();
}

void MeilensteinPicker::updateOk()
{
    m_ok->setEnabled(m_list->currentIndex().isValid());
}

// Up and down in the search field move through the list, so that the hand stays on the keyboard.
bool MeilensteinPicker::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Up || key == Qt::Key_Down || key == Qt::Key_PageUp || key == Qt::Key_PageDown) {
            QCoreApplication::sendEvent(m_list, event);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace tfp::ui
