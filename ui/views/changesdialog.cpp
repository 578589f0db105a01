#include "changesdialog.h"

#include "document.h"
#include "edit/changetext.h"
#include "edit/fieldtext.h"
#include "edit/workshopedits.h"
#include "error.h"
#include "exchange/fileio.h"
#include "storage/catalog.h"
#include "widgets.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace tfp::ui {

namespace {
constexpr int kSinceDate = -1; // the "since" combo's first entry: a moment instead of a Stand
}

ChangesDialog::ChangesDialog(Document &doc, QWidget *parent) : QDialog(parent), m_doc(doc)
{
    setWindowTitle(tr("Änderungen seit …"));
    m_since = new QComboBox(this);
    m_date = new QDateTimeEdit(QDateTime::currentDateTime().addDays(-7), this);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(edit::dateFormat() + u" HH:mm"_qs);
    m_themenfeld = new QComboBox(this);
    m_themenfeld->addItem(tr("alle"), 0);
    for (const Themenfeld &t : doc.plan().themenfelder)
        m_themenfeld->addItem(t.name, t.id);
    m_table = new QComboBox(this);
    m_table->addItem(tr("alle"), -1);
    for (int t = 0; t < int(schema::Table::Count); ++t)
        if (schema::Table(t) != schema::Table::Stand)
            m_table->addItem(edit::tableLabel(schema::Table(t)), t);
    m_author = new QLineEdit(this);
    m_author->setPlaceholderText(tr("alle"));
    auto *form = new QFormLayout;
    auto *sinceLabel = new QLabel(tr("&Seit:"), this);
    sinceLabel->setBuddy(m_since); // a row holding a layout gets no buddy of its own
    form->addRow(sinceLabel, buttonRow({m_since, m_date}));
    form->addRow(tr("&Themenfeld:"), m_themenfeld);
    form->addRow(tr("&Eintrag:"), m_table);
    form->addRow(tr("&Autor:"), m_author);
    m_summary = new QLabel(this);
    m_model = new QStandardItemModel(this);
    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    auto *csv = new QPushButton(tr("Als &CSV speichern…"), this);
    auto *stand = new QPushButton(tr("Stand s&peichern…"), this);
    connect(csv, &QPushButton::clicked, this, &ChangesDialog::saveCsvDialog);
    connect(stand, &QPushButton::clicked, this, &ChangesDialog::addStandDialog);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(csv, QDialogButtonBox::ActionRole);
    buttons->addButton(stand, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);

    fillStaende();
    connect(m_since, &QComboBox::currentIndexChanged, this, [this] {
        m_date->setEnabled(m_since->currentData().toLongLong() == kSinceDate);
        refresh();
    });
    connect(m_date, &QDateTimeEdit::dateTimeChanged, this, &ChangesDialog::refresh);
    connect(m_themenfeld, &QComboBox::currentIndexChanged, this, &ChangesDialog::refresh);
    connect(m_table, &QComboBox::currentIndexChanged, this, &ChangesDialog::refresh);
    connect(m_author, &QLineEdit::textChanged, this, &ChangesDialog::refresh);
    connect(&doc, &Document::changed, this, [this] {
        fillStaende();
        refresh();
    });
    refresh();
    resize(1100, 600);
}

void ChangesDialog::fillStaende()
{
    const QSignalBlocker block(m_since);
    const QString current = m_since->currentText();
    m_since->clear();
    m_since->addItem(tr("Zeitpunkt"), kSinceDate);
    m_doc.catalog().forEachRow(schema::Table::Stand, [this](const QVariantList &v) {
        // id, name, zeitpunkt, revision: the Stand's revision is what the changes come after
        m_since->addItem(v.value(1).toString(), v.value(3).toLongLong());
    });
    m_since->setCurrentIndex(std::max(0, m_since->findText(current)));
    m_date->setEnabled(m_since->currentData().toLongLong() == kSinceDate);
}

bool ChangesDialog::setStand(const QString &name)
{
    const int i = m_since->findText(name);
    if (i <= 0)
        return false;
    m_since->setCurrentIndex(i);
    return true;
}

void ChangesDialog::setSince(const QDateTime &since)
{
    m_since->setCurrentIndex(0);
    m_date->setDateTime(since);
    refresh();
}

void ChangesDialog::setThemenfeld(int themenfeldId)
{
    m_themenfeld->setCurrentIndex(std::max(0, m_themenfeld->findData(themenfeldId)));
}

void ChangesDialog::setTable(std::optional<schema::Table> table)
{
    m_table->setCurrentIndex(std::max(0, m_table->findData(table ? int(*table) : -1)));
}

void ChangesDialog::setAuthor(const QString &author)
{
    m_author->setText(author);
}

void ChangesDialog::refresh()
{
    ChangeFilter filter;
    const qint64 since = m_since->currentData().toLongLong();
    if (since == kSinceDate)
        filter.since = m_date->dateTime();
    else
        filter.afterRevision = since;
    if (const int t = m_themenfeld->currentData().toInt())
        filter.themenfeldId = t;
    if (const int t = m_table->currentData().toInt(); t >= 0)
        filter.table = schema::Table(t);
    filter.author = m_author->text().trimmed();
    m_changes = changesSince(m_doc.catalog(), filter);

    m_model->clear();
    m_model->setHorizontalHeaderLabels(
        {tr("Zeitpunkt"), tr("Autor"), tr("Themenfeld"), tr("Änderung"), tr("Quelle")});
    for (const ChangeRecord &c : std::as_const(m_changes)) {
        QList<QStandardItem *> row{new QStandardItem(edit::dateTimeText(c.zeitpunkt.toLocalTime())),
                                   new QStandardItem(edit::authorText(c.entry)),
                                   new QStandardItem(c.themenfeld), new QStandardItem(c.text),
                                   new QStandardItem(edit::descriptionText(c.entry.quelle))};
        for (QStandardItem *i : row)
            i->setToolTip(i->text());
        m_model->appendRow(row);
    }
    m_view->resizeColumnsToContents();
    m_summary->setText(tr("%n Änderung(en)", nullptr, int(m_changes.size())));
}

bool ChangesDialog::saveCsv(const QString &path)
{
    try {
        fileio::writeAtomically(path, changesCsv(m_changes));
    } catch (const Error &e) {
        reportError(m_doc, e.message());
        return false;
    }
    return true;
}

bool ChangesDialog::addStand(const QString &name)
{
    const bool ok = m_doc.run([&] { return edit::addStand(m_doc.catalog(), name); });
    if (ok)
        setStand(name.trimmed());
    return ok;
}

void ChangesDialog::saveCsvDialog()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Änderungen als CSV speichern"),
                                                      startFolder(m_doc), tr("CSV (*.csv)"));
    if (!path.isEmpty())
        saveCsv(path.endsWith(u".csv"_qs, Qt::CaseInsensitive) ? path : path + u".csv"_qs);
}

void ChangesDialog::addStandDialog()
{
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("Stand speichern"), tr("Name des Stands:"), QLineEdit::Normal,
                              tr("Stand %1").arg(edit::dateText(QDate::currentDate())), &ok);
    if (ok && !name.trimmed().isEmpty())
        addStand(name);
}

} // namespace tfp::ui
