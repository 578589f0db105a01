#include "importdialog.h"

#include "document.h"
#include "error.h"
#include "exchange/fileio.h"
#include "exchange/importreport.h"
#include "models/importpreviewmodel.h"
#include "palettecolors.h"
#include "storage/catalog.h"
#include "widgets.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace tfp::ui {

using exchange::ImportKind;
using Action = exchange::ImportRow::Action;

namespace {

constexpr Action kActions[] = {Action::Add, Action::Update, Action::Unchanged, Action::Rejected,
                               Action::Unmatched};
constexpr ImportKind kKinds[] = {ImportKind::Leistungen, ImportKind::Projekte, ImportKind::Meilensteine,
                                 ImportKind::Dashboard, ImportKind::Zeitplan};
constexpr int kMaxColumnWidth = 380;
constexpr int kMaxWrappedRows = 500;

// The sheet a workbook most likely holds a kind in: the one our own export gives that name.
QString sheetFor(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Leistungen:
        return QCoreApplication::translate("tfp::exchange", "Leistungen");
    case ImportKind::Projekte:
        return QCoreApplication::translate("tfp::exchange", "Projekte");
    case ImportKind::Meilensteine:
        return QCoreApplication::translate("tfp::exchange", "Meilensteine");
    case ImportKind::Dashboard:
    case ImportKind::Zeitplan:
        break;
    }
    return {};
}

QString tabText(Action a, int n)
{
    const QString count = QLocale().toString(n); // 501.410, as planners read large numbers
    switch (a) {
    case Action::Add:
        return ImportDialog::tr("Neu (%1)").arg(count);
    case Action::Update:
        return ImportDialog::tr("Geändert (%1)").arg(count);
    case Action::Unchanged:
        return ImportDialog::tr("Unverändert (%1)").arg(count);
    case Action::Rejected:
        return ImportDialog::tr("Abgelehnt (%1)").arg(count);
    case Action::Unmatched:
        return ImportDialog::tr("Nicht zugeordnet (%1)").arg(count);
    }
    return {};
}

} // namespace

ImportDialog::ImportDialog(Document &doc, QWidget *parent) : QDialog(parent), m_doc(doc)
{
    setWindowTitle(tr("Importieren"));
    m_file = new QLineEdit(this);
    m_file->setPlaceholderText(tr("CSV-, Excel- (.xlsx) oder OpenDocument-Datei (.ods)"));
    connect(m_file, &QLineEdit::editingFinished, this, [this] {
        if (m_file->text() != m_path)
            setFile(m_file->text());
    });
    auto *browseButton = new QPushButton(tr("Du&rchsuchen…"), this);
    connect(browseButton, &QPushButton::clicked, this, &ImportDialog::browse);
    m_kind = new QComboBox(this);
    for (ImportKind k : kKinds)
        m_kind->addItem(exchange::importKindLabel(k), int(k));
    connect(m_kind, &QComboBox::activated, this,
            [this] { setKind(ImportKind(m_kind->currentData().toInt())); });
    m_sheet = new QComboBox(this);
    m_sheet->setMinimumContentsLength(24);
    connect(m_sheet, &QComboBox::activated, this, &ImportDialog::setSheet);

    auto *form = new QFormLayout;
    auto *fileLabel = new QLabel(tr("&Datei:"), this);
    fileLabel->setBuddy(m_file);
    m_reload = new QPushButton(tr("&Neu einlesen"), this);
    m_reload->setObjectName(u"ImportReload"_qs);
    m_reload->setToolTip(tr("Liest die Datei noch einmal, etwa nachdem sie in Excel korrigiert wurde."));
    connect(m_reload, &QPushButton::clicked, this, &ImportDialog::reload);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browseButton);
    fileRow->addWidget(m_reload);
    form->addRow(fileLabel, fileRow);
    auto *kindLabel = new QLabel(tr("&Inhalt:"), this);
    kindLabel->setBuddy(m_kind);
    form->addRow(kindLabel, m_kind);
    m_sheetLabel = new QLabel(tr("Tabellen&blatt:"), this);
    m_sheetLabel->setBuddy(m_sheet);
    form->addRow(m_sheetLabel, m_sheet);

    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setObjectName(u"ImportSummary"_qs);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"ImportTabs"_qs);
    for (Action a : kActions) {
        auto *model = new ImportPreviewModel(a, this);
        auto *view = new QTableView(this);
        view->setModel(model);
        view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->setWordWrap(false);
        view->setTextElideMode(Qt::ElideMiddle);
        view->verticalHeader()->hide();
        view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
        view->horizontalHeader()->setStretchLastSection(true);
        // Wrapped reasons need their height again whenever the columns settle or change (the stretched last
        // one only once the view is shown).
        connect(view->horizontalHeader(), &QHeaderView::sectionResized, view, [view] {
            if (view->wordWrap())
                QTimer::singleShot(0, view, &QTableView::resizeRowsToContents);
        });
        view->setAccessibleName(tabText(a, 0).section(u" ("_qs, 0, 0));
        m_models << model;
        m_tables << view;
        m_tabs->addTab(view, tabText(a, 0));
    }

    auto *buttons = new QDialogButtonBox(this);
    m_apply = buttons->addButton(tr("&Übernehmen"), QDialogButtonBox::AcceptRole);
    m_apply->setToolTip(
        tr("Übernimmt alle Zeilen in einem Schritt; „Rückgängig“ nimmt sie als Ganzes zurück."));
    buttons->addButton(tr("Abbrechen"), QDialogButtonBox::RejectRole);
    connect(m_apply, &QPushButton::clicked, this, [this] { apply(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);
    layout->addStretch(); // takes the room of the hidden tables
    layout->addWidget(buttons);
    resize(1040, 620);
    fill();
}

ImportDialog::~ImportDialog() = default;

void ImportDialog::keyPressEvent(QKeyEvent *event)
{
    // Enter in the file field reads the file; it must never apply the import as the dialog's default button,
    // before the user has seen the preview. A focused button still answers to Enter.
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && !qobject_cast<QPushButton *>(focusWidget())) {
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

QTableView *ImportDialog::table(Action action) const
{
    for (qsizetype i = 0; i < m_models.size(); ++i)
        if (m_models[i]->action() == action)
            return m_tables[i];
    return nullptr;
}

bool ImportDialog::setFile(const QString &path)
{
    m_path = path.trimmed();
    m_file->setText(m_path);
    m_note.clear();
    readSheets();
    replan();
    fill();
    return m_error.isEmpty();
}

void ImportDialog::setKind(ImportKind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
    // A workbook of our own export has a sheet per kind: follow the kind to it.
    if (const int sheet = m_sheet->findText(sheetFor(kind), Qt::MatchFixedString); sheet >= 0)
        m_sheet->setCurrentIndex(sheet);
    m_note.clear();
    replan();
    fill();
}

void ImportDialog::setSheet(int index)
{
    if (index < 0 || index >= m_sheet->count())
        return;
    m_sheet->setCurrentIndex(index);
    m_note.clear();
    replan();
    fill();
}

bool ImportDialog::reload()
{
    const QString sheet = m_sheet->currentText();
    readSheets();
    if (const int i = m_sheet->findText(sheet, Qt::MatchFixedString); i >= 0)
        m_sheet->setCurrentIndex(i);
    m_note.clear();
    replan();
    fill();
    return m_error.isEmpty();
}

void ImportDialog::browse()
{
    QSettings settings;
    const QString dir =
        m_path.isEmpty() ? startFolder(m_doc, u"importDir"_qs) : QFileInfo(m_path).absolutePath();
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Datei importieren"), dir,
                                     tr("Tabellen (*.csv *.xlsx *.ods *.txt);;CSV-Dateien (*.csv *.txt);;"
                                        "Excel-Arbeitsmappen (*.xlsx);;OpenDocument-Tabellen (*.ods);;"
                                        "MS-Project-XML (*.xml);;Alle Dateien (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(u"importDir"_qs, QFileInfo(path).absolutePath());
    setFile(path);
}

void ImportDialog::readSheets()
{
    m_sheets.clear();
    m_sheet->clear();
    // Only a workbook has sheets; what cannot be read (or is too large) planImport() explains.
    if (!m_path.isEmpty()) {
        try {
            const QString name = QFileInfo(m_path).fileName();
            const QByteArray bytes = fileio::readBounded(m_path, tabular::kMaxBytes, name);
            if (tabular::looksLikeZip(bytes))
                m_sheets = exchange::workbookSheets(bytes, name);
        } catch (const Error &) {
            // planImport() refuses the file with the same message
        }
    }
    m_sheet->addItems(m_sheets);
    const int preferred =
        m_sheet->findText(sheetFor(ImportKind(m_kind->currentData().toInt())), Qt::MatchFixedString);
    m_sheet->setCurrentIndex(std::max(preferred, 0));
}

void ImportDialog::replan()
{
    m_plan.reset();
    m_error.clear();
    if (m_path.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        m_plan = exchange::planImport(m_doc.catalog(), ImportKind(m_kind->currentData().toInt()), m_path,
                                      m_sheets.isEmpty() ? QString() : m_sheet->currentText());
        m_plannedRevision = m_doc.catalog().revision();
    } catch (const Error &e) {
        m_error = e.message();
    }
    QApplication::restoreOverrideCursor();
}

bool ImportDialog::canApply() const
{
    return m_plan && m_error.isEmpty() && !m_plan->refused() && !m_plan->changes.isEmpty() &&
           !m_doc.isReadOnly();
}

bool ImportDialog::apply()
{
    if (!canApply())
        return false;
    if (m_doc.catalog().revision() != m_plannedRevision) {
        replan();
        m_note = tr("Der Katalog hat sich seit der Vorschau geändert; die Vorschau ist neu berechnet. Bitte "
                    "prüfen Sie sie und übernehmen Sie dann.");
        fill();
        return false;
    }
    QString refusal;
    const auto listen =
        connect(&m_doc, &Document::failed, this, [&refusal](const QString &message) { refusal = message; });
    bool pushed = false;
    try {
        pushed = m_doc.push(exchange::importChanges(*m_plan), exchange::importSource(*m_plan));
    } catch (const Error &e) {
        refusal = e.message();
    }
    disconnect(listen);
    if (!pushed) {
        m_error = tr("Der Katalog hat den Import abgelehnt; es wurde nichts geändert. %1").arg(refusal);
        fill();
        return false;
    }
    accept();
    return true;
}

QString ImportDialog::summaryText() const
{
    // The error colour of the palette the dialog opened with, readable on the dialog's background.
    const auto red = [](const QString &s) {
        return u"<span style='color:%1'>%2</span>"_qs.arg(signalColor(Signal::Error, QPalette::Window).name(),
                                                          s.toHtmlEscaped());
    };
    QStringList lines;
    if (m_path.isEmpty() && !m_plan) {
        lines
            << tr("Wählen Sie eine CSV-, Excel- (.xlsx) oder OpenDocument-Datei (.ods) und was sie enthält. "
                  "Die Vorschau zeigt, was sich ändern würde; geändert wird erst mit „Übernehmen“.")
                   .toHtmlEscaped();
    }
    if (!m_error.isEmpty())
        lines << red(m_error) << tr("Der Katalog bleibt unverändert.").toHtmlEscaped();
    if (m_plan) {
        const exchange::ImportPlan &p = *m_plan;
        lines << u"<b>%1</b> – %2"_qs.arg(p.source.toHtmlEscaped(), p.format.toHtmlEscaped());
        lines << exchange::importSummary(p).toHtmlEscaped();
        if (p.kind == ImportKind::Dashboard)
            lines
                << tr("Dashboard: %1 Zeilen einer OZG-Leistung des Katalogs zugeordnet, %2 nicht zugeordnet.")
                       .arg(QLocale().toString(p.count(Action::Update) + p.count(Action::Unchanged)),
                            QLocale().toString(p.count(Action::Unmatched)))
                       .toHtmlEscaped();
        for (const QString &n : p.notices)
            lines << n.toHtmlEscaped();
        if (p.refused())
            lines << red(tr("Zeilen mit Fehlern: %1. So wird nichts importiert; korrigieren Sie die Datei "
                            "(siehe „Abgelehnt“) und lesen Sie sie neu ein.")
                             .arg(p.count(Action::Rejected)));
        else if (p.changes.isEmpty())
            lines << tr("Nichts zu ändern: der Katalog hat diesen Stand schon.").toHtmlEscaped();
        else
            lines << tr("„Übernehmen“ schreibt alles in einem Schritt; „Rückgängig“ nimmt es als Ganzes "
                        "zurück.")
                         .toHtmlEscaped();
    }
    if (m_doc.isReadOnly())
        lines << red(tr("Der Katalog ist nur zum Lesen geöffnet (%1); importieren geht hier nicht.")
                         .arg(m_doc.catalog().readOnlyReason()));
    if (!m_note.isEmpty())
        lines << red(m_note);
    return lines.join(u"<br>"_qs);
}

void ImportDialog::fill()
{
    const bool workbook = !m_sheets.isEmpty();
    m_sheet->setEnabled(workbook);
    m_sheetLabel->setEnabled(workbook);
    m_sheet->setToolTip(workbook ? QString()
                                 : tr("Nur Arbeitsmappen (.xlsx und .ods) haben Tabellenblätter."));
    m_summary->setText(summaryText());
    const exchange::ImportPlan *p = plan();
    for (qsizetype i = 0; i < m_models.size(); ++i) {
        const Action a = m_models[i]->action();
        m_models[i]->setPlan(p);
        m_tabs->setTabText(int(i), tabText(a, p ? p->count(a) : 0));
        // Only the dashboard has rows that match nothing in the catalog.
        m_tabs->setTabVisible(int(i), a != Action::Unmatched || (p && (p->kind == ImportKind::Dashboard ||
                                                                       p->kind == ImportKind::Zeitplan)));
        QTableView *view = m_tables[i];
        view->resizeColumnsToContents();
        for (int c = 0; c + 1 < m_models[i]->columnCount(); ++c)
            view->setColumnWidth(c, std::min(view->columnWidth(c), kMaxColumnWidth));
        // A reason is read in full; wrapping it costs a row height per line, affordable for a few hundred.
        const bool reasons = a == Action::Rejected || a == Action::Unmatched;
        const bool wrap = reasons && m_models[i]->rowCount() <= kMaxWrappedRows;
        view->setWordWrap(wrap);
        view->setTextElideMode(reasons ? Qt::ElideRight : Qt::ElideMiddle);
        if (wrap)
            view->resizeRowsToContents();
    }
    // Open where the user has to look first: what is wrong, else what changes.
    if (p)
        for (Action a : {Action::Rejected, Action::Update, Action::Add, Action::Unmatched, Action::Unchanged})
            if (p->count(a) > 0) {
                m_tabs->setCurrentWidget(table(a));
                break;
            }
    m_tabs->setVisible(p != nullptr); // without a plan the message above is all there is to read
    m_reload->setEnabled(!m_path.isEmpty());
    m_apply->setEnabled(canApply());
}

} // namespace tfp::ui
