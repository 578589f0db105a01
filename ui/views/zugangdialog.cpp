#include "zugangdialog.h"

#include "domain/plan.h"
#include "error.h"
#include "palettecolors.h"
#include "storage/server.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace tfp::ui {

namespace {

// The server is asked while the dialog waits: a short look-up, shown by the wait cursor.
class WaitCursor
{
public:
    WaitCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~WaitCursor() { QApplication::restoreOverrideCursor(); }
    WaitCursor(const WaitCursor &) = delete;
    WaitCursor &operator=(const WaitCursor &) = delete;
};

} // namespace

ZugangDialog::ZugangDialog(const QString &url, const PlanSnapshot &plan, QWidget *parent)
    : QDialog(parent), m_url(url)
{
    setWindowTitle(tr("Zugänge zum Programmkatalog"));
    auto *intro =
        new QLabel(tr("Welche Anmeldung am Server für welchen Beteiligten schreibt (was dessen "
                      "Federführung und, für ein Land, dessen Nachnutzung erlaubt) oder als "
                      "Programmleitung alles. Ändern dürfen das nur der Eigentümer des Katalogs und "
                      "die Programmleitung; der Server prüft es."),
                   this);
    intro->setWordWrap(true);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(u"ZugaengeListe"_qs);
    m_list->setHeaderLabels({tr("Anmeldung"), tr("Zugang")});
    m_list->setRootIsDecorated(false);
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(0, Qt::AscendingOrder);
    m_list->setAccessibleName(tr("Anmeldungen mit Zugang"));
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    m_empty = new QLabel(this);
    m_empty->setObjectName(u"ZugaengeLeer"_qs);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);

    m_login = new QLineEdit(this);
    m_login->setObjectName(u"ZugangAnmeldung"_qs);
    m_login->setPlaceholderText(tr("Name der Anmeldung am Server"));
    m_access = new QComboBox(this);
    m_access->setObjectName(u"ZugangArt"_qs);
    m_access->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_access->addItem(tr("Programmleitung"), server::kProgrammeAccess);
    QList<const Beteiligter *> beteiligte;
    for (const Beteiligter &b : plan.beteiligte)
        beteiligte << &b;
    std::sort(beteiligte.begin(), beteiligte.end(),
              [](const Beteiligter *a, const Beteiligter *b) { return a->kuerzel < b->kuerzel; });
    for (const Beteiligter *b : std::as_const(beteiligte)) {
        m_names.insert(b->kuerzel, b->name);
        m_access->addItem(accessText(b->kuerzel, false), b->kuerzel);
    }
    auto *form = new QFormLayout;
    form->addRow(tr("&Anmeldung:"), m_login);
    form->addRow(tr("&Zugang:"), m_access);

    m_give = new QPushButton(tr("Zugang &geben"), this);
    m_give->setObjectName(u"ZugangGeben"_qs);
    m_give->setToolTip(tr("Gibt der Anmeldung den gewählten Zugang; hat sie schon einen, tritt er an "
                          "dessen Stelle."));
    m_give->setDefault(true);
    m_takeAway = new QPushButton(tr("Zugang &entziehen"), this);
    m_takeAway->setObjectName(u"ZugangEntziehen"_qs);
    m_takeAway->setToolTip(tr("Nimmt der in der Liste gewählten Anmeldung ihren Zugang."));
    m_takeAway->setAutoDefault(false);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_give);
    actions->addWidget(m_takeAway);
    actions->addStretch();

    m_problem = new QLabel(this);
    m_problem->setObjectName(u"ZugangMeldung"_qs);
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    setSignalText(m_problem, Signal::Error);
    m_problem->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty, 1);
    layout->addLayout(form);
    layout->addLayout(actions);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    connect(m_login, &QLineEdit::textChanged, this, &ZugangDialog::updateButtons);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &ZugangDialog::showSelected);
    connect(m_give, &QPushButton::clicked, this,
            [this] { change(m_login->text().trimmed(), m_access->currentData().toString()); });
    connect(m_takeAway, &QPushButton::clicked, this, [this] {
        if (const QList<QTreeWidgetItem *> rows = m_list->selectedItems(); !rows.isEmpty())
            change(rows.first()->text(0), server::kNoAccess);
    });
    reload();
    updateButtons();
    resize(sizeHint().expandedTo(QSize(720, 460)));
}

QString ZugangDialog::accessText(const QString &kuerzel, bool programme) const
{
    if (programme)
        return tr("Programmleitung");
    const QString name = m_names.value(kuerzel);
    return name.isEmpty() ? kuerzel : tr("%1 – %2").arg(kuerzel, name);
}

void ZugangDialog::reload()
{
    QList<server::Access> access;
    QString problem;
    {
        WaitCursor wait;
        try {
            access = server::accessList(m_url);
        } catch (const Error &e) {
            problem = e.message();
        }
    }
    m_list->clear();
    for (const server::Access &a : std::as_const(access)) {
        auto *row = new QTreeWidgetItem(m_list, {a.login, accessText(a.kuerzel, a.programme)});
        row->setData(1, Qt::UserRole, a.programme ? server::kProgrammeAccess : a.kuerzel);
    }
    m_empty->setText(!problem.isEmpty() ? problem
                                        : tr("Noch hat keine Anmeldung Zugang zu diesem Katalog. Geben Sie "
                                             "unten den Namen einer Anmeldung am Server ein und wählen Sie, "
                                             "wofür sie schreibt."));
    m_list->setVisible(!access.isEmpty());
    m_empty->setVisible(access.isEmpty());
    // Wide enough for the longest login and Beteiligter, so that none is cut off (a cell's margins: 2 × 12).
    int width = 2 * m_list->frameWidth() + m_list->verticalScrollBar()->sizeHint().width();
    for (int column = 0; column < m_list->columnCount(); ++column) {
        int widest = m_list->header()->sectionSizeHint(column);
        for (int i = 0; i < m_list->topLevelItemCount(); ++i)
            widest = std::max(
                widest, m_list->fontMetrics().horizontalAdvance(m_list->topLevelItem(i)->text(column)) + 24);
        width += widest;
    }
    m_list->setMinimumWidth(std::min(width, 1200));
    updateButtons();
}

void ZugangDialog::change(const QString &login, const QString &access)
{
    if (login.isEmpty())
        return;
    QString problem;
    {
        WaitCursor wait;
        try {
            server::grantAccess(m_url, login, access);
        } catch (const Error &e) {
            problem = e.message();
        }
    }
    // The server's refusal stays in sight under the buttons until the next change.
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    // What the server holds now, whether it took the change or not.
    reload();
    const QList<QTreeWidgetItem *> rows = m_list->findItems(login, Qt::MatchExactly, 0);
    if (!rows.isEmpty())
        m_list->setCurrentItem(rows.first());
    else if (problem.isEmpty())
        m_login->clear();
}

void ZugangDialog::showSelected()
{
    const QList<QTreeWidgetItem *> rows = m_list->selectedItems();
    if (!rows.isEmpty()) {
        m_login->setText(rows.first()->text(0));
        if (const int i = m_access->findData(rows.first()->data(1, Qt::UserRole)); i >= 0)
            m_access->setCurrentIndex(i);
    }
    updateButtons();
}

void ZugangDialog::updateButtons()
{
    m_give->setEnabled(!m_login->text().trimmed().isEmpty());
    m_takeAway->setEnabled(!m_list->selectedItems().isEmpty());
}

} // namespace tfp::ui
