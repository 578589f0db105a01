// The main window: Themenfelder on the left, one tab per way of looking at the selected Themenfeld in the
// centre, the detail editor on the right, comments and history at the bottom; menus for files and undo.
#pragma once

#include <QMainWindow>
#include <QPointer>
#include <QtGlobal>
#include <memory>

class QAction;
class QLabel;
class QListView;
class QProgressBar;
class QPushButton;
class QMenu;
class QTabWidget;
class QThread;
class QTimer;

namespace tfp {
class Catalog;
}

namespace tfp::ui {

class CoverageView;
class DashboardView;
class Document;
class HistoryPanel;
class LeistungEditor;
class LeistungenView;
class ProjekteView;
class ThemenfeldView;
class ZeitplanView;
class ProgrammView;
class OnlinediensteView;
class PrioritisationView;
class ThemenfeldModel;
class ReviewMergeDialog;
class ChangesDialog;
class HelpWindow;
class ImportDialog;
class ExportDialog;
class GeheZuDialog;
class ZugangDialog;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // With a catalog, the window shows it at once; without (nullptr), it waits for openInBackground().
    explicit MainWindow(std::unique_ptr<Catalog> catalog, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens path in a worker thread (its checks and the plan's load on the worker's own connection) while the
    // window stays usable and says in the status bar that it loads; then shows it with a fresh undo history.
    // The start, Datei › Öffnen… and the recent files all open this way. A catalog already open stays in
    // sight (its views disabled) until the new one is ready, and stays open when the new one is refused. A
    // refusal is shown, with the offer of a repaired copy for a refused content (answerOpenFailure). Emits
    // catalogOpened, or openFailed when nothing was opened.
    void openInBackground(const QString &path);
    bool isLoading() const { return m_loadingPage != nullptr; }
    QProgressBar *loadProgress() const { return m_loadProgress; }

    Document *document() const { return m_doc.get(); }
    LeistungenView *leistungenView() const { return m_leistungen; }
    LeistungEditor *leistungEditor() const { return m_editor; }
    // The other tabs' views are made after the hand-over of a catalog opened in the background, one per turn
    // of the event loop; asking for one (or for the tabs) makes all that are still missing.
    ProjekteView *projekteView() { return ensureViews(), m_projekte; }
    ThemenfeldView *themenfeldView() { return ensureViews(), m_themenfeld; }
    ZeitplanView *zeitplanView() { return ensureViews(), m_zeitplan; }
    PrioritisationView *prioritisationView() { return ensureViews(), m_prioritisation; }
    CoverageView *coverageView() { return ensureViews(), m_coverage; }
    DashboardView *dashboardView() { return ensureViews(), m_dashboard; }
    ProgrammView *programmView() { return ensureViews(), m_programm; }
    QTabWidget *tabs() { return ensureViews(), m_tabs; }
    void ensureViews();
    void selectThemenfeld(int themenfeldId);
    // Writes a workshop package (*.tfreview) of the selected Themenfeld to path; false (with a message that
    // does not block) when it is refused.
    bool createReviewPackage(const QString &path);
    // Opens the merge dialog (not modal for the event loop) for the package at path and returns it; the
    // dialog says when the package is refused.
    ReviewMergeDialog *startReviewMerge(const QString &path);
    // Above the tabs while a workshop package is open: its Themenfeld, origin catalog, date and creator.
    // "Änderungen seit…" on this catalog (not blocking).
    ChangesDialog *showChanges();
    QLabel *reviewBanner() const { return m_reviewBanner; }
    // Hilfe › Benutzerhandbuch (F1): the guide in the running UI language, at the chapter of the tab in
    // front.
    HelpWindow *showHelp();
    // Datei › Importieren… and Exportieren… (not blocking); the import dialog with the file already read when
    // a path is given.
    ImportDialog *startImport(const QString &path = {});
    ExportDialog *startExport();
    // Bearbeiten › Suchen (Strg+F): the search or filter of the tab in front (nullptr: the tab has none).
    QWidget *searchFieldOf(QWidget *tab) const;
    // Bearbeiten › Gehe zu… (Strg+K), not blocking; goTo opens a Leistung, Projekt, Meilenstein, Risiko or
    // Kommentar where it lives (its Themenfeld, its tab, selected).
    GeheZuDialog *showGoTo();
    // Datei › Zugänge zum Programmkatalog… (not blocking), on a server catalog only.
    ZugangDialog *showZugaenge();
    void goTo(int table, qint64 key);

Q_SIGNALS:
    void catalogOpened();
    void openFailed();
    // Einstellungen › "Jetzt neu starten": the window has closed; the program is to start again on this
    // catalog once this process has let go of it (app/gui/main.cpp does).
    void restartRequested(const QString &catalogPath);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void setDocument(std::unique_ptr<Catalog> catalog);
    void setDocument(std::unique_ptr<Document> doc);
    void showLoading(const QString &path);
    void endLoading();
    void showReady();
    void verifyInBackground();
    void buildMenus();
    void buildDocks();
    void focusNextPane(int direction); // F6 / Shift+F6
    void focusSearch();
    void updateReadOnlyBanner();
    void breakForeignLock();
    void updateImportAction(bool readOnly); // also off in a workshop package
    void updateReviewBanner();
    void showProblem(const QString &title, const QString &message);
    void createReviewPackageDialog();
    void reviewMergeDialog();
    void updateTitle();
    void newCatalog();
    void openCatalogDialog();
    void connectToServerDialog();
    void saveCopy();
    void newLeistung();
    void newProjekt();
    void deleteLeistung(int ozgId);     // asks first when anything depends on it
    void showProjekt(qint64 projektId); // in its Themenfeld, on the Projekte tab
    void showDetails(int ozgId);        // the Leistung in the details and the comments
    void addViewTab(QWidget *view, const QString &text);
    // Step 0 makes the details' fields; each step after it the view of one of the tabs after the Leistungen
    // (in tab order), wired to the window and showing the selected Themenfeld.
    void buildView(int step);
    static constexpr int kViewSteps = 9; // the details' fields, then eight tabs
    bool enableThemenfeldTabs();         // true when the tab in front is one of them and was disabled
    void showAbout();
    void updateTabActions(); // the Ansicht menu's entry and Ctrl+N for each tab
    void showSettings();
    void addRecent(const QString &path);
    void rebuildRecentMenu();
    void restoreSettings();     // the window's size and docks
    void restoreViewSettings(); // the views' state, the Themenfeld and tab: once the first document is there
    void saveSettings();

    std::unique_ptr<Document> m_doc;
    QWidget *m_central = nullptr;
    QWidget *m_bannerRow = nullptr;
    QLabel *m_banner = nullptr;
    QPushButton *m_unlock = nullptr;
    QLabel *m_reviewBanner = nullptr;
    QTabWidget *m_tabs = nullptr;
    QListView *m_themenfelder = nullptr;
    ThemenfeldModel *m_themenfeldModel = nullptr;
    LeistungenView *m_leistungen = nullptr;
    ProjekteView *m_projekte = nullptr;
    ThemenfeldView *m_themenfeld = nullptr;
    ZeitplanView *m_zeitplan = nullptr;
    ProgrammView *m_programm = nullptr;
    OnlinediensteView *m_dienste = nullptr;
    PrioritisationView *m_prioritisation = nullptr;
    CoverageView *m_coverage = nullptr;
    DashboardView *m_dashboard = nullptr;
    LeistungEditor *m_editor = nullptr;
    HistoryPanel *m_history = nullptr;
    int m_viewsBuilt = 0;             // of the kViewSteps views after the Leistungen
    bool m_viewBuilderPainted = true; // false until the window has painted a new document once
    QTimer *m_viewBuilder = nullptr;  // makes the next one in the next turn of the event loop
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QList<QAction *> m_tabActions;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_zugangAction = nullptr;
    int m_themenfeldId = 0;
    QPointer<HelpWindow> m_help;
    QList<QPointer<QThread>>
        m_verifiers;                  // background page checks and opens; waited for before the window goes
    QWidget *m_loadingPage = nullptr; // while a catalog opens in the background
    QProgressBar *m_loadProgress = nullptr;
    QList<QPointer<QAction>> m_heldActions; // disabled while a catalog opens, enabled again afterwards
};

} // namespace tfp::ui
