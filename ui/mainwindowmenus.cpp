// The main window's menus and its file actions: new, open, recent, save a copy, import and export, workshop
// packages, changes since, and the About dialog. The window's layout and selection live in mainwindow.cpp.
#include "mainwindow.h"

#include "document.h"
#include "error.h"
#include "exchange/defaultcatalog.h"
#include "exchange/reviewpackage.h"
#include "models/entitytablemodel.h"
#include "models/leistungfilter.h"
#include "models/leistungmodel.h"
#include "printing.h"
#include "storage/catalog.h"
#include "storage/server.h"
#include "translator.h"
#include "views/changesdialog.h"
#include "views/coverageview.h"
#include "views/exportdialog.h"
#include "views/gehezudialog.h"
#include "views/helpwindow.h"
#include "views/historypanel.h"
#include "views/importdialog.h"
#include "views/leistungeditor.h"
#include "views/leistungenview.h"
#include "views/onlinediensteview.h"
#include "views/pdfexportdialog.h"
#include "views/prioritisationview.h"
#include "views/programmview.h"
#include "views/projekteview.h"
#include "views/reviewmergedialog.h"
#include "views/settingsdialog.h"
#include "views/themenfeldview.h"
#include "views/zeitplanview.h"
#include "views/zugangdialog.h"
#include "widgets.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace tfp::ui {

namespace {
constexpr int kMaxRecent = 8;
} // namespace

bool MainWindow::createReviewPackage(const QString &path)
{
    if (!m_themenfeldId) {
        showProblem(tr("Workshop-Paket erstellen"), tr("Wählen Sie zuerst links ein Themenfeld."));
        return false;
    }
    try {
        const ReviewPackageInfo info = tfp::createReviewPackage(m_doc->catalog(), m_themenfeldId, path);
        statusBar()->showMessage(tr("Workshop-Paket für „%1“ gespeichert: %2")
                                     .arg(info.themenfeld, QDir::toNativeSeparators(path)),
                                 8000);
        return true;
    } catch (const Error &e) {
        showProblem(tr("Workshop-Paket erstellen"), e.message());
        return false;
    }
}

void MainWindow::createReviewPackageDialog()
{
    if (!m_themenfeldId) {
        showProblem(tr("Workshop-Paket erstellen"), tr("Wählen Sie zuerst links ein Themenfeld."));
        return;
    }
    const Themenfeld *t = m_doc->plan().themenfeld(m_themenfeldId);
    const QString suggested =
        QDir(startFolder(*m_doc))
            .filePath(QString(t ? t->name : QString()).replace(u'/', u'-') + kReviewSuffix.toString());
    const QString path = QFileDialog::getSaveFileName(this, tr("Workshop-Paket erstellen"), suggested,
                                                      tr("Workshop-Pakete (*.tfreview)"));
    if (path.isEmpty())
        return;
    createReviewPackage(path.endsWith(kReviewSuffix) ? path : path + kReviewSuffix.toString());
}

ReviewMergeDialog *MainWindow::startReviewMerge(const QString &path)
{
    auto *dialog = new ReviewMergeDialog(*m_doc, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->load(path);
    connect(dialog, &QDialog::accepted, this, [this] {
        statusBar()->showMessage(tr("Workshop-Ergebnis übernommen; „Rückgängig“ nimmt es als Ganzes zurück."),
                                 8000);
    });
    // The dialog works on this document: it goes when another catalog is opened.
    connect(m_doc.get(), &QObject::destroyed, dialog, &QWidget::close);
    dialog->open();
    return dialog;
}

ChangesDialog *MainWindow::showChanges()
{
    auto *dialog = new ChangesDialog(*m_doc, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_themenfeldId)
        dialog->setThemenfeld(m_themenfeldId);
    connect(m_doc.get(), &QObject::destroyed, dialog, &QWidget::close);
    dialog->open();
    return dialog;
}

ImportDialog *MainWindow::startImport(const QString &path)
{
    auto *dialog = new ImportDialog(*m_doc, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!path.isEmpty())
        dialog->setFile(path);
    connect(dialog, &QDialog::accepted, this, [this] {
        statusBar()->showMessage(tr("Import übernommen; „Rückgängig“ nimmt ihn als Ganzes zurück."), 8000);
    });
    connect(m_doc.get(), &QObject::destroyed, dialog, &QWidget::close);
    dialog->open();
    return dialog;
}

ExportDialog *MainWindow::startExport()
{
    auto *dialog = new ExportDialog(*m_doc, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_themenfeldId)
        dialog->setThemenfeld(m_themenfeldId);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        statusBar()->showMessage(tr("Exportiert: %1").arg(QDir::toNativeSeparators(dialog->path())), 8000);
    });
    connect(m_doc.get(), &QObject::destroyed, dialog, &QWidget::close);
    dialog->open();
    return dialog;
}

void MainWindow::updateImportAction(bool readOnly)
{
    // A workshop package reviews one Themenfeld; tables from outside belong into the catalog itself.
    bool package = false;
    try {
        package = reviewPackageInfo(m_doc->catalog()).has_value();
    } catch (const Error &) {
        package = true; // a damaged package is no place to import into either
    }
    if (auto *a = findChild<QAction *>(u"ImportAction"_qs)) {
        a->setEnabled(!readOnly && !package);
        a->setToolTip(package
                          ? tr("In ein Workshop-Paket wird nicht importiert; importieren Sie in den "
                               "Katalog.")
                          : tr("Übernimmt Leistungen, Projekte, Meilensteine oder den Dashboard-Export aus "
                               "CSV oder Excel, mit Vorschau."));
    }
}

ZugangDialog *MainWindow::showZugaenge()
{
    auto *dialog = new ZugangDialog(m_doc->catalog().path(), m_doc->plan(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void MainWindow::reviewMergeDialog()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Workshop-Ergebnis übernehmen"), startFolder(*m_doc), tr("Workshop-Pakete (*.tfreview)"));
    if (!path.isEmpty())
        startReviewMerge(path);
}
void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&Datei"));
    QAction *newAction = file->addAction(tr("&Neuer Katalog…"), this, &MainWindow::newCatalog);
    newAction->setShortcut(QKeySequence::New);
    newAction->setToolTip(tr("Legt einen neuen Katalog aus dem eingebetteten OZG-Katalog an."));
    file->addAction(tr("Ö&ffnen…"), this, &MainWindow::openCatalogDialog)->setShortcut(QKeySequence::Open);
    file->addAction(tr("Mit &Programmkatalog verbinden…"), this, &MainWindow::connectToServerDialog)
        ->setToolTip(tr("Öffnet den gemeinsamen Programmkatalog auf einem PostgreSQL-Server."));
    m_zugangAction = file->addAction(tr("Zu&gänge zum Programmkatalog…"), this, [this] { showZugaenge(); });
    m_zugangAction->setToolTip(
        tr("Welche Anmeldung am Server für welchen Beteiligten oder als Programmleitung "
           "schreibt; nur bei einem Katalog auf einem PostgreSQL-Server."));
    m_zugangAction->setEnabled(false); // until a server catalog is open (updateReadOnlyBanner)
    m_recentMenu = file->addMenu(tr("&Zuletzt geöffnet"));
    file->addAction(tr("&Kopie speichern unter…"), this, &MainWindow::saveCopy)
        ->setShortcut(QKeySequence::SaveAs);
    file->addAction(tr("&Arbeitsplan exportieren…"), this,
                    [this] { PdfExportDialog(*m_doc, m_themenfeldId, this).exec(); });
    file->addAction(tr("Arbeitsplan &drucken…"), this,
                    [this] {
                        if (!m_themenfeldId)
                            return showProblem(tr("Arbeitsplan drucken"),
                                               tr("Wählen Sie zuerst links ein Themenfeld."));
                        try {
                            printPreview(arbeitsplanDocument(*m_doc, m_themenfeldId), this);
                        } catch (const Error &e) {
                            showProblem(tr("Arbeitsplan drucken"), e.message());
                        }
                    })
        ->setShortcut(QKeySequence::Print);
    file->addAction(tr("&Tabelle drucken…"), this,
                    [this] {
                        QString title = m_tabs->tabText(m_tabs->currentIndex()).remove(u'&');
                        const QAbstractItemView *view = tableInFront(m_tabs->currentWidget());
                        if (!view)
                            return showProblem(tr("Tabelle drucken"),
                                               tr("Die Registerkarte „%1“ zeigt keine Tabelle.").arg(title));
                        if (const Themenfeld *t = m_doc->plan().themenfeld(m_themenfeldId))
                            title = tr("%1 – %2").arg(title, t->name);
                        printPreview(tableDocument(*view, title, reportAuthor(m_doc->catalog().author())),
                                     this);
                    })
        ->setToolTip(tr("Druckt die Tabelle der vorderen Registerkarte, so wie sie gezeigt wird."));
    file->addSeparator();
    QAction *importAction = file->addAction(tr("&Importieren…"), this, [this] { startImport(); });
    importAction->setObjectName(u"ImportAction"_qs);
    file->addAction(tr("E&xportieren…"), this, [this] { startExport(); })
        ->setToolTip(tr("Schreibt Tabellen als CSV oder Excel-Arbeitsmappe, Meilensteine als Kalender."));
    file->addSeparator();
    file->addAction(tr("&Workshop-Paket erstellen…"), this, &MainWindow::createReviewPackageDialog)
        ->setToolTip(tr("Schreibt das gewählte Themenfeld als Workshop-Paket (*.tfreview) zur Prüfung ohne "
                        "den Katalog."));
    QAction *merge =
        file->addAction(tr("Workshop-&Ergebnis übernehmen…"), this, &MainWindow::reviewMergeDialog);
    merge->setProperty("tfpEdits", true);
    file->addSeparator();
    file->addAction(tr("&Beenden"), this, &QWidget::close)->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Bearbeiten"));
    m_undo = edit->addAction(tr("&Rückgängig"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = edit->addAction(tr("&Wiederholen"));
    // Strg+Y as well as Strg+Umschalt+Z, whatever the platform's own binding is (the help names both).
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    for (const QKeySequence &k :
         {QKeySequence(Qt::CTRL | Qt::Key_Y), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)})
        if (!redoKeys.contains(k))
            redoKeys << k;
    m_redo->setShortcuts(redoKeys);
    edit->addSeparator();
    QAction *newLeistung = edit->addAction(tr("Neue &OZG-Leistung…"), this, &MainWindow::newLeistung);
    newLeistung->setProperty("tfpEdits", true);
    QAction *removeLeistung = edit->addAction(tr("OZG-Leistung &entfernen…"), this,
                                              [this] { deleteLeistung(m_editor->leistung()); });
    removeLeistung->setProperty("tfpEdits", true);
    removeLeistung->setToolTip(tr("Entfernt die im Detailbereich gezeigte OZG-Leistung aus dem Katalog."));
    QAction *newProjekt = edit->addAction(tr("Neues &Projekt…"), this, &MainWindow::newProjekt);
    newProjekt->setShortcut(QKeySequence(tr("Ctrl+Shift+P")));
    newProjekt->setProperty("tfpEdits", true);
    edit->addSeparator();
    QAction *find = edit->addAction(tr("&Suchen"), this, &MainWindow::focusSearch);
    find->setShortcut(QKeySequence::Find);
    QAction *geheZu = edit->addAction(tr("&Gehe zu…"), this, [this] { showGoTo(); });
    geheZu->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    geheZu->setToolTip(
        tr("Findet eine Leistung, ein Projekt, einen Meilenstein, ein Risiko oder einen Kommentar "
           "nach Name oder ID und öffnet ihn dort, wo er steht."));
    edit->addSeparator();
    edit->addAction(tr("&Einstellungen…"), this, &MainWindow::showSettings)
        ->setShortcut(QKeySequence::Preferences);

    m_viewMenu = menuBar()->addMenu(tr("&Ansicht"));
    const QStringList dockTexts = {tr("&Themenfelder"), tr("&Details"), tr("&Kommentare und Änderungen")};
    const QStringList dockNames = {u"ThemenfelderDock"_qs, u"DetailsDock"_qs, u"HistoryDock"_qs};
    for (int i = 0; i < dockNames.size(); ++i) {
        QAction *toggle = findChild<QDockWidget *>(dockNames[i])->toggleViewAction();
        toggle->setText(dockTexts[i]);
        m_viewMenu->addAction(toggle);
    }
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(tr("Änderungen &seit…"), this, [this] { showChanges(); })
        ->setToolTip(tr("Was sich seit einem Zeitpunkt oder einem gespeicherten Stand geändert hat."));
    m_viewMenu->addSeparator();
    QAction *nextPane = m_viewMenu->addAction(tr("&Nächster Bereich"), this, [this] { focusNextPane(1); });
    nextPane->setShortcut(QKeySequence(Qt::Key_F6));
    nextPane->setToolTip(tr("Springt zwischen Themenfeldliste, Arbeitsbereich, Details und Kommentaren."));
    QAction *previousPane =
        m_viewMenu->addAction(tr("&Vorheriger Bereich"), this, [this] { focusNextPane(-1); });
    previousPane->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F6));
    // Every tab by Ctrl+1 … Ctrl+9, also those the tab bar has scrolled out of sight; named in
    // updateTabActions.
    m_viewMenu->addSeparator();
    for (int i = 0; i < 9; ++i) {
        QAction *tab = m_viewMenu->addAction(QString(), this, [this, i] {
            if (m_tabs->isEnabled() && tabs()->count() > i) // tabs() builds those not built yet
                m_tabs->setCurrentIndex(i);
        });
        tab->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        tab->setVisible(false);
        m_tabActions << tab;
    }

    QMenu *help = menuBar()->addMenu(tr("&Hilfe"));
    QAction *guide = help->addAction(tr("&Benutzerhandbuch"), this, [this] { showHelp(); });
    guide->setShortcut(QKeySequence::HelpContents);
    guide->setToolTip(tr("Öffnet das Benutzerhandbuch beim Kapitel der gezeigten Registerkarte."));
    help->addSeparator();
    help->addAction(tr("Ü&ber Themenfeldplaner…"), this, &MainWindow::showAbout);
    help->addAction(tr("Über &Qt…"), qApp, &QApplication::aboutQt);
}
QWidget *MainWindow::searchFieldOf(QWidget *tab) const
{
    if (!tab)
        return nullptr;
    if (tab == m_leistungen)
        return m_leistungen->searchField();
    if (tab == m_prioritisation)
        return m_prioritisation->searchField();
    if (tab == m_zeitplan)
        return m_zeitplan->standFilter();
    return nullptr;
}

void MainWindow::focusSearch()
{
    // The search of the tab in front; a tab without one searches the Leistungen.
    QWidget *field = searchFieldOf(m_tabs->currentWidget());
    if (!field) {
        m_tabs->setCurrentWidget(m_leistungen);
        field = m_leistungen->searchField();
    }
    field->setFocus(Qt::ShortcutFocusReason);
    if (auto *line = qobject_cast<QLineEdit *>(field))
        line->selectAll();
}

GeheZuDialog *MainWindow::showGoTo()
{
    auto *dialog = new GeheZuDialog(*m_doc, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &GeheZuDialog::chosen, this, [this](schema::Table t, qint64 key) { goTo(int(t), key); });
    connect(m_doc.get(), &QObject::destroyed, dialog, &QWidget::close);
    dialog->open();
    return dialog;
}

void MainWindow::goTo(int table, qint64 key)
{
    using schema::Table;
    const PlanSnapshot &plan = m_doc->plan();
    auto openThemenfeld = [this](int themenfeldId) {
        if (themenfeldId != m_themenfeldId)
            selectThemenfeld(themenfeldId);
    };
    switch (Table(table)) {
    case Table::Leistung: {
        const Leistung *l = plan.leistung(int(key));
        const Lage *lage = l ? plan.lage(l->lageId) : nullptr;
        if (!lage)
            return;
        openThemenfeld(lage->themenfeldId);
        m_tabs->setCurrentWidget(m_leistungen);
        // A search or scope that hides it gives way.
        if (!m_leistungen->filter()
                 ->mapFromSource(m_leistungen->model()->indexOfLeistung(int(key)))
                 .isValid())
            m_leistungen->searchField()->clear();
        m_leistungen->selectLeistung(int(key));
        m_leistungen->tree()->setFocus();
        showDetails(int(key));
        return;
    }
    case Table::Projekt:
        showProjekt(key);
        m_history->setEntity(Table::Projekt, key);
        return;
    case Table::Meilenstein:
        for (const Meilenstein &m : plan.meilensteine)
            if (m.id == key) {
                showProjekt(m.projektId);
                m_projekte->selectMeilenstein(key);
            }
        return;
    case Table::Risiko:
        for (const Risiko &r : plan.risiken)
            if (r.id == key) {
                openThemenfeld(r.themenfeldId);
                ensureViews();
                m_tabs->setCurrentWidget(m_themenfeld);
                QTableView *risks = m_themenfeld->risikoTable();
                const int row = m_themenfeld->risikoModel()->rowOfKey(key);
                if (row >= 0) {
                    risks->setCurrentIndex(m_themenfeld->risikoModel()->index(row, 0));
                    risks->scrollTo(risks->currentIndex());
                    risks->setFocus();
                }
            }
        return;
    case Table::Kommentar: {
        // A comment is shown with what it is about, in the comments panel.
        const auto row = m_doc->catalog().row(Table::Kommentar, key);
        if (!row)
            return;
        const QString entity = row->value(schema::col::entityTable.toString()).toString();
        const qint64 entityKey = row->value(schema::col::entityKey.toString()).toLongLong();
        for (const Table t : {Table::Leistung, Table::Projekt})
            if (entity == schema::table(t).name)
                goTo(int(t), entityKey);
        if (auto *dock = findChild<QDockWidget *>(u"HistoryDock"_qs))
            dock->show();
        const QString text = row->value(schema::col::text.toString()).toString();
        QTreeWidget *comments = m_history->comments();
        for (int i = 0; i < comments->topLevelItemCount(); ++i)
            if (comments->topLevelItem(i)->text(0) == text)
                comments->setCurrentItem(comments->topLevelItem(i));
        return;
    }
    default:
        return;
    }
}

void MainWindow::newCatalog()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Neuer Katalog"), startFolder(*m_doc),
                                                      tr("Themenfeldplaner-Kataloge (*.tfplan)"));
    if (path.isEmpty())
        return;
    const QString target = path.endsWith(u".tfplan") ? path : path + u".tfplan"_qs;
    try {
        setDocument(Catalog::create(target, populateDefaultCatalog));
    } catch (const Error &e) {
        QMessageBox::critical(this, tr("Neuer Katalog"), e.message());
    }
}

void MainWindow::openCatalogDialog()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Katalog öffnen"), startFolder(*m_doc),
        tr("Kataloge und Workshop-Pakete (*.tfplan *.tfreview);;Themenfeldplaner-Kataloge "
           "(*.tfplan);;Workshop-Pakete (*.tfreview);;Alle Dateien (*)"));
    if (!path.isEmpty())
        openInBackground(path);
}

void MainWindow::connectToServerDialog()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Mit Programmkatalog verbinden"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *label = new QLabel(tr("&Adresse des Programmkatalogs:"));
    auto *address = new QLineEdit(QSettings().value(u"lastServer"_qs).toString());
    address->setObjectName(u"ServerAddress"_qs);
    address->setPlaceholderText(u"postgresql://planung.example/ozg"_qs);
    address->setMinimumWidth(420);
    label->setBuddy(address);
    auto *hint = new QLabel(
        tr("Zum Beispiel postgresql://planung.example/ozg oder postgresql:///ozg?host=/run/postgresql. "
           "Ein Passwort gehört nicht in die Adresse: es kommt aus der Passwortdatei von PostgreSQL "
           "(~/.pgpass oder PGPASSFILE) oder aus Ihrer Kerberos-Anmeldung."));
    hint->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Verbinden"));
    const auto check = [&] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(server::isUrl(address->text().trimmed()));
    };
    check();
    connect(address, &QLineEdit::textChanged, &dialog, check);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(label);
    layout->addWidget(address);
    layout->addWidget(hint);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString url = address->text().trimmed();
    QSettings().setValue(u"lastServer"_qs, url);
    openInBackground(url);
}

void MainWindow::saveCopy()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Kopie speichern unter"), startFolder(*m_doc),
                                                      tr("Themenfeldplaner-Kataloge (*.tfplan)"));
    if (path.isEmpty())
        return;
    const QString target = path.endsWith(u".tfplan") ? path : path + u".tfplan"_qs;
    try {
        m_doc->catalog().saveCopy(target);
        statusBar()->showMessage(tr("Kopie gespeichert: %1").arg(target), 6000);
    } catch (const Error &e) {
        QMessageBox::critical(this, tr("Kopie speichern"), e.message());
    }
}
HelpWindow *MainWindow::showHelp()
{
    // F1 opens the chapter of the tab in front; the anchors are those of resources/help/*/index.html.
    const QList<std::pair<QWidget *, QString>> chapters = {
        {m_leistungen, u"leistungen"_qs}, {m_projekte, u"projekte"_qs},
        {m_zeitplan, u"zeitplan"_qs},     {m_prioritisation, u"priorisierung"_qs},
        {m_coverage, u"abdeckung"_qs},    {m_themenfeld, u"themenfeld"_qs},
        {m_dienste, u"onlinedienste"_qs}, {m_programm, u"gesamtprogramm"_qs}};
    QString chapter;
    for (const auto &[widget, anchor] : chapters)
        if (widget && widget == m_tabs->currentWidget())
            chapter = anchor;
    if (!m_help) {
        m_help = new HelpWindow(runningUiLanguage(), this);
        m_help->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_help->showChapter(chapter);
    m_help->show();
    m_help->raise();
    m_help->activateWindow();
    return m_help;
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_doc->catalog().setAuthor(SettingsDialog::author());
    // Nothing to save first: every change is in the catalog the moment it is made.
    if (dialog.restartChosen() && close())
        Q_EMIT restartRequested(m_doc->catalog().path());
}

void MainWindow::updateTabActions()
{
    for (int i = 0; i < m_tabActions.size(); ++i) {
        m_tabActions[i]->setVisible(i < m_tabs->count());
        if (i >= m_tabs->count())
            continue;
        // Without the tab's mnemonic: the menu's entries have their own letters.
        const QString name = m_tabs->tabText(i).remove(u'&');
        m_tabActions[i]->setText(name);
        // Hovering a tab, also one cut off at the bar's end, names it and its key.
        const QString tip = m_tabs->tabToolTip(i);
        if (!tip.startsWith(name))
            m_tabs->setTabToolTip(
                i, u"%1 (%2)"_qs.arg(name, m_tabActions[i]->shortcut().toString(QKeySequence::NativeText)) +
                       (tip.isEmpty() ? QString() : u"\n"_qs + tip));
    }
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("Über Themenfeldplaner"),
        tr("<h3>Themenfeldplaner %1</h3>"
           "<p>Planung der OZG-Umsetzung je Themenfeld: Leistungen, Federführung, Umsetzungsprojekte, "
           "Nachnutzung, Meilensteine und Budget.</p>"
           "<p>Lizenz: MIT.</p>"
           "<p><b>Katalogdaten:</b> Der eingebettete OZG-Katalog (14 Themenfelder, 55 Lagen, 557 "
           "OZG-Leistungen, "
           "5.249 LeiKa-Leistungen, Stand etwa 2019/20) stammt aus der <i>KDN OZG-Datenbank</i> "
           "(github.com/kdn-nrw/OZG-Datenbank-NRW), MIT-Lizenz, Copyright © 2020 Gert Hammes. Die Inhalte "
           "beruhen auf dem öffentlichen OZG-Umsetzungskatalog von BMI/FITKO und dem Leistungskatalog "
           "(LeiKa).</p>")
            .arg(QApplication::applicationVersion()));
}

void MainWindow::addRecent(const QString &path)
{
    QSettings s;
    QStringList recent = s.value(u"recentFiles"_qs).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    s.setValue(u"recentFiles"_qs, recent);
    s.setValue(u"lastCatalog"_qs, path);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(u"recentFiles"_qs).toStringList();
    for (int i = 0; i < recent.size(); ++i) {
        QAction *a = m_recentMenu->addAction(u"&%1 %2"_qs.arg(i + 1).arg(catalogTitle(recent[i])));
        a->setToolTip(recent[i]);
        a->setStatusTip(recent[i]);
        const QString path = recent[i];
        connect(a, &QAction::triggered, this, [this, path] { openInBackground(path); });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

} // namespace tfp::ui
