// The main window: its tabs and docks, the views made one per turn, the Themenfeld and Leistung they follow,
// and its settings. Opening the catalog and its banners live in mainwindowcatalog.cpp, the menus in
// mainwindowmenus.cpp.
#include "mainwindow.h"

#include "backgroundpriority.h"
#include "catalogopen.h"
#include "document.h"
#include "edit/changetext.h"
#include "edit/edits.h"
#include "edit/fieldtext.h"
#include "error.h"
#include "exchange/defaultcatalog.h"
#include "exchange/reviewpackage.h"
#include "itemviewactions.h"
#include "models/themenfeldmodel.h"
#include "roles.h"
#include "storage/catalog.h"
#include "tabdragswitch.h"
#include "textfit.h"
#include "views/changesdialog.h"
#include "views/coverageview.h"
#include "views/dashboardview.h"
#include "views/historypanel.h"
#include "views/leistungeditor.h"
#include "views/leistungenview.h"
#include "views/onlinediensteview.h"
#include "views/prioritisationview.h"
#include "views/programmview.h"
#include "views/projekteview.h"
#include "views/reviewmergedialog.h"
#include "views/settingsdialog.h"
#include "views/themenfeldview.h"
#include "views/zeitplanview.h"
#include "widgets.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSpinBox>
#include <QStatusBar>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QThread>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace tfp::ui {

namespace {

// Two lines per Themenfeld: its name, and its Federführung smaller and grey below.
class ThemenfeldDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize s = QStyledItemDelegate::sizeHint(option, index);
        s.setHeight(option.fontMetrics.height() * 2 + 10);
        // As wide as the list: paint() elides name and Federführung (the tooltip gives both), rather than
        // the list scrolling sideways and cutting them at its edge.
        s.setWidth(0);
        return s;
    }
    void paint(QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QString name = opt.text;
        opt.text.clear();
        opt.widget->style()->drawControl(QStyle::CE_ItemViewItem, &opt, p, opt.widget);
        const QRect r = opt.rect.adjusted(6, 4, -6, -4);
        const bool selected = opt.state & QStyle::State_Selected;
        p->save();
        QFont bold = opt.font;
        bold.setBold(true);
        p->setFont(bold);
        p->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
        const QFontMetrics fm(bold);
        p->drawText(r.left(), r.top() + fm.ascent(), fm.elidedText(name, Qt::ElideRight, r.width()));
        QFont small = opt.font;
        small.setPointSizeF(small.pointSizeF() * 0.9);
        p->setFont(small);
        const QFontMetrics sm(small);
        QColor c = opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
        if (!selected)
            c.setAlpha(150);
        p->setPen(c);
        p->drawText(r.left(), r.top() + fm.height() + sm.ascent() + 1,
                    sm.elidedText(index.data(ThemenfeldModel::FederfuehrungRole).toString(), Qt::ElideRight,
                                  r.width()));
        p->restore();
    }
};

} // namespace

MainWindow::MainWindow(std::unique_ptr<Catalog> catalog, QWidget *parent) : QMainWindow(parent)
{
    setObjectName(u"MainWindow"_qs);
    new ItemViewActions(this, [this] { return m_doc.get(); });
    // The yellow read-only notice, with "Sperre aufheben…" when another computer holds the write lock.
    m_bannerRow = new QWidget(this);
    m_bannerRow->setObjectName(u"ReadOnlyBanner"_qs);
    m_bannerRow->setAttribute(Qt::WA_StyledBackground);
    m_bannerRow->setStyleSheet(u"#ReadOnlyBanner { background: #fff4ce; border-bottom: 1px solid #e0c060; } "
                               "#ReadOnlyBanner QLabel { color: #3d2e00; }"_qs);
    m_banner = new QLabel(m_bannerRow);
    m_banner->setWordWrap(true);
    m_banner->setMargin(6);
    m_unlock = new QPushButton(tr("Sperre aufheben…"), m_bannerRow);
    m_unlock->hide();
    connect(m_unlock, &QPushButton::clicked, this, &MainWindow::breakForeignLock);
    auto *bannerLayout = new QHBoxLayout(m_bannerRow);
    bannerLayout->setContentsMargins(0, 0, 6, 0);
    bannerLayout->addWidget(m_banner, 1);
    bannerLayout->addWidget(m_unlock);
    m_bannerRow->hide();
    m_reviewBanner = new QLabel(this);
    m_reviewBanner->setObjectName(u"ReviewBanner"_qs);
    m_reviewBanner->setWordWrap(true);
    m_reviewBanner->setMargin(6);
    m_reviewBanner->setTextFormat(Qt::RichText);
    m_reviewBanner->setStyleSheet(
        u"background: #dcebfa; color: #0b2e4f; border-bottom: 1px solid #8db4dc;"_qs);
    m_reviewBanner->hide();
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    // Each tab named in full: where the bar has no room for all, its scroll buttons and Ctrl+1 … Ctrl+9 reach
    // the rest ("Leistu…", "Proj…" at 1366 pixels in German said too little).
    m_tabs->setElideMode(Qt::ElideNone);
    m_tabs->setUsesScrollButtons(true);
    switchTabsWhileDragging(m_tabs);
    m_central = new QWidget(this);
    auto *layout = new QVBoxLayout(m_central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_reviewBanner);
    layout->addWidget(m_bannerRow);
    layout->addWidget(m_tabs);
    setCentralWidget(m_central);
    m_themenfelder = new QListView(this);
    m_themenfelder->setItemDelegate(new ThemenfeldDelegate(m_themenfelder));
    m_themenfelder->setAccessibleName(tr("Themenfelder"));
    m_themenfelder->setObjectName(u"ThemenfeldList"_qs);
    buildDocks();
    buildMenus();
    statusBar(); // made now, so that it is shown with the window (a catalog still opening says so there)
    restoreSettings();
    m_viewBuilder = new QTimer(this);
    m_viewBuilder->setSingleShot(true);
    connect(m_viewBuilder, &QTimer::timeout, this, [this] {
        // The first turn after a document came makes nothing: the window paints it first. Otherwise the first
        // view would be made before that paint, and input would wait for both.
        if (!std::exchange(m_viewBuilderPainted, true))
            return m_viewBuilder->start();
        if (m_viewsBuilt < kViewSteps)
            buildView(m_viewsBuilt++);
        if (m_viewsBuilt < kViewSteps)
            m_viewBuilder->start();
    });
    if (!catalog)
        return; // openInBackground() brings one
    setDocument(std::move(catalog));
    ensureViews(); // opened before the window: nothing to wait for
    restoreViewSettings();
    showReady();
}

void MainWindow::buildDocks()
{
    auto *left = new QDockWidget(tr("Themenfelder"), this);
    left->setObjectName(u"ThemenfelderDock"_qs);
    left->setWidget(m_themenfelder);
    left->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::LeftDockWidgetArea, left);
    auto *right = new QDockWidget(tr("Details"), this);
    right->setObjectName(u"DetailsDock"_qs);
    addDockWidget(Qt::RightDockWidgetArea, right);
    auto *bottom = new QDockWidget(tr("Kommentare und Änderungen"), this);
    bottom->setObjectName(u"HistoryDock"_qs);
    addDockWidget(Qt::BottomDockWidgetArea, bottom);
    resizeDocks({left, right}, {250, 380}, Qt::Horizontal);
    resizeDocks({bottom}, {170}, Qt::Vertical);
}

void MainWindow::setDocument(std::unique_ptr<Catalog> catalog)
{
    setDocument(std::make_unique<Document>(std::move(catalog)));
}

void MainWindow::setDocument(std::unique_ptr<Document> doc)
{
    // Views hold a reference to the document: they are rebuilt with it.
    m_viewBuilder->stop();
    m_tabs->clear();
    delete m_leistungen;
    // The other tabs' views may not be made yet (see buildView): null until they are.
    const auto drop = [](auto *&view) {
        delete view;
        view = nullptr;
    };
    drop(m_projekte);
    drop(m_zeitplan);
    drop(m_prioritisation);
    drop(m_coverage);
    drop(m_dashboard);
    drop(m_themenfeld);
    drop(m_dienste);
    drop(m_programm);
    m_viewsBuilt = 0;
    delete m_editor;
    delete m_history;
    delete m_themenfeldModel;
    m_doc = std::move(doc);
    // The journal's author: the name from Bearbeiten › Einstellungen…, else the OS user.
    m_doc->catalog().setAuthor(SettingsDialog::author());
    updateReviewBanner(); // a package opens on its Themenfeld

    m_themenfeldModel = new ThemenfeldModel(*m_doc, this);
    m_themenfelder->setModel(m_themenfeldModel);
    m_leistungen = new LeistungenView(*m_doc, this);
    m_editor = new LeistungEditor(*m_doc, this);
    m_history = new HistoryPanel(*m_doc, this);
    addViewTab(m_leistungen, tr("&Leistungen"));
    findChild<QDockWidget *>(u"DetailsDock"_qs)->setWidget(m_editor);
    findChild<QDockWidget *>(u"HistoryDock"_qs)->setWidget(m_history);

    connect(m_themenfelder->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &cur) { selectThemenfeld(m_themenfeldModel->themenfeldAt(cur.row())); });
    connect(m_leistungen, &LeistungenView::leistungSelected, this, &MainWindow::showDetails);
    connect(m_editor, &LeistungEditor::leistungActivated, this, [this](int ozg) {
        m_tabs->setCurrentWidget(m_leistungen);
        m_leistungen->selectLeistung(ozg);
        m_editor->setLeistung(ozg);
    });
    connect(m_doc.get(), &Document::failed, this, [this](const QString &message) {
        statusBar()->showMessage(message, 10000);
        // Window-modal but not blocking: the user reads why, the event loop (and any running import) goes on.
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Änderung nicht möglich"), message,
                                    QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    connect(m_doc.get(), &Document::readOnlyChanged, this, &MainWindow::updateReadOnlyBanner);
    connect(m_doc.get(), &Document::reloaded, this, [this] {
        updateReadOnlyBanner();
        statusBar()->showMessage(tr("Der Katalog wurde von einem anderen Programm geändert und neu geladen."),
                                 8000);
    });
    connect(m_doc.get(), &Document::changed, this, [this](const ChangeSet &cs) {
        statusBar()->showMessage(tr("Gespeichert: %1").arg(edit::descriptionText(cs.description)), 4000);
        updateTitle(); // the Themenfeld may have been renamed
    });

    // Undo and redo follow the document's own stack.
    QUndoStack *stack = m_doc->undoStack();
    m_undo->disconnect();
    m_redo->disconnect();
    connect(m_undo, &QAction::triggered, stack, &QUndoStack::undo);
    connect(m_redo, &QAction::triggered, stack, &QUndoStack::redo);
    auto sync = [this, stack] {
        m_undo->setEnabled(stack->canUndo() && !m_doc->isReadOnly());
        m_redo->setEnabled(stack->canRedo() && !m_doc->isReadOnly());
        m_undo->setText(stack->canUndo() ? tr("&Rückgängig: %1").arg(stack->undoText()) : tr("&Rückgängig"));
        m_redo->setText(stack->canRedo() ? tr("&Wiederholen: %1").arg(stack->redoText())
                                         : tr("&Wiederholen"));
    };
    connect(stack, &QUndoStack::indexChanged, this, sync);
    connect(stack, &QUndoStack::cleanChanged, this, sync);
    connect(m_doc.get(), &Document::readOnlyChanged, this, sync);
    sync();

    selectThemenfeld(m_themenfeldId && m_doc->plan().themenfeld(m_themenfeldId) ? m_themenfeldId : 0);
    // The other tabs follow one per turn of the event loop (a large catalog's hand-over would otherwise
    // block input for all of them at once); whoever asks for one of them gets all of them at once.
    m_viewBuilderPainted = false;
    m_viewBuilder->start();
    m_themenfelder->setCurrentIndex(
        m_themenfeldModel->index(std::max(0, m_themenfeldModel->rowOf(m_themenfeldId))));
    updateReadOnlyBanner();
    updateTitle();
    addRecent(m_doc->catalog().path());
    verifyInBackground();
}

void MainWindow::addViewTab(QWidget *view, const QString &text)
{
    view->setObjectName(QString::fromLatin1(view->metaObject()->className()).section(u"::"_qs, -1));
    m_tabs->addTab(view, text);
    updateTabActions();
}

void MainWindow::showDetails(int ozgId)
{
    m_editor->setLeistung(ozgId);
    m_history->setEntity(schema::Table::Leistung, ozgId);
}

void MainWindow::buildView(int step)
{
    // Made with the Themenfeld before it is wired: making it does not move the details or the comments.
    const auto make = [this](auto *&view, const QString &text) {
        view = new std::remove_reference_t<decltype(*view)>(*m_doc, this);
        if constexpr (requires { view->setThemenfeld(0); })
            view->setThemenfeld(m_themenfeldId);
        addViewTab(view, text);
    };
    // The details and the comments follow the selection in every tab.
    const auto showSelected = [this](int ozg) {
        if (ozg)
            showDetails(ozg);
    };
    switch (step) {
    case 0:
        // Not a tab: the details' fields, which wait for a Leistung to be chosen, so that the window's first
        // paint does not wait for them.
        m_editor->ensureBuilt();
        return;
    case 1:
        make(m_projekte, tr("&Projekte"));
        m_projekte->setSelectionSource([this] { return m_leistungen->selectedLeistungen(); });
        connect(m_projekte, &ProjekteView::projektSelected, this,
                [this](qint64 id) { m_history->setEntity(schema::Table::Projekt, id); });
        connect(m_projekte, &ProjekteView::leistungActivated, this, &MainWindow::showDetails);
        break;
    case 2:
        make(m_zeitplan, tr("&Zeitplan"));
        connect(m_zeitplan, &ZeitplanView::projektActivated, this, &MainWindow::showProjekt);
        connect(m_zeitplan, &ZeitplanView::meilensteinSelected, this, [this](qint64 projekt, int ozg) {
            if (ozg)
                return showDetails(ozg);
            m_history->setEntity(schema::Table::Projekt, projekt);
        });
        break;
    case 3:
        make(m_prioritisation, tr("P&riorisierung"));
        connect(m_prioritisation, &PrioritisationView::leistungActivated, this, &MainWindow::showDetails);
        connect(m_prioritisation, &PrioritisationView::leistungSelected, this, showSelected);
        break;
    case 4:
        make(m_coverage, tr("Abde&ckung"));
        connect(m_coverage, &CoverageView::leistungSelected, this, showSelected);
        connect(m_coverage, &CoverageView::leistungActivated, this, &MainWindow::showDetails);
        connect(m_coverage, &CoverageView::projektActivated, this, &MainWindow::showProjekt);
        connect(m_coverage, &CoverageView::onlinedienstActivated, this, [this](qint64 id) {
            ensureViews();
            m_tabs->setCurrentWidget(m_dienste);
            m_dienste->selectDienst(id);
        });
        connect(m_coverage, &CoverageView::themenfeldActivated, this, [this](int id) {
            m_themenfelder->setCurrentIndex(m_themenfeldModel->index(m_themenfeldModel->rowOf(id)));
        });
        break;
    case 5:
        make(m_dashboard, tr("&Übersicht"));
        connect(m_dashboard, &DashboardView::projektActivated, this, &MainWindow::showProjekt);
        // A Leistung clicked in a chart opens like one opened in the editor: on the Leistungen tab.
        connect(m_dashboard, &DashboardView::leistungActivated, m_editor, &LeistungEditor::leistungActivated);
        break;
    case 6:
        make(m_themenfeld, tr("&Themenfeld"));
        m_tabs->setTabToolTip(m_tabs->indexOf(m_themenfeld),
                              tr("Name und Notizen, Federführung, Lagen und Risiken des Themenfelds"));
        updateTabActions(); // its name and key before the description
        break;
    case 7:
        make(m_dienste, tr("&Onlinedienste"));
        break;
    case 8:
        make(m_programm, tr("&Gesamtprogramm"));
        connect(m_programm, &ProgrammView::themenfeldActivated, this, [this](int id) {
            m_themenfelder->setCurrentIndex(m_themenfeldModel->index(m_themenfeldModel->rowOf(id)));
            m_tabs->setCurrentWidget(m_leistungen);
        });
        break;
    }
    enableThemenfeldTabs(); // a tab just made is not in front
}

void MainWindow::ensureViews()
{
    if (!m_doc)
        return;
    m_viewBuilder->stop();
    while (m_viewsBuilt < kViewSteps)
        buildView(m_viewsBuilt++);
}

void MainWindow::selectThemenfeld(int themenfeldId)
{
    m_themenfeldId = themenfeldId;
    const QModelIndex inList = m_themenfeldModel->index(std::max(0, m_themenfeldModel->rowOf(themenfeldId)));
    if (m_themenfelder->currentIndex() != inList)
        m_themenfelder->setCurrentIndex(inList); // comes back here once, with the same Themenfeld
    m_leistungen->setThemenfeld(themenfeldId);
    // A view not made yet gets the Themenfeld when it is made (buildView).
    const auto follow = [themenfeldId](auto *view) {
        if (view)
            view->setThemenfeld(themenfeldId);
    };
    follow(m_projekte);
    follow(m_themenfeld);
    follow(m_zeitplan);
    follow(m_dienste);
    follow(m_coverage);
    follow(m_prioritisation);
    follow(m_dashboard);
    if (enableThemenfeldTabs()) {
        ensureViews();
        m_tabs->setCurrentWidget(m_programm);
    }
    updateTitle();
}

bool MainWindow::enableThemenfeldTabs()
{
    // Tabs about one Themenfeld wait for one to be chosen (the Zeitplan shows the whole programme's Gantt).
    bool onDisabled = false;
    for (QWidget *w : {static_cast<QWidget *>(m_projekte), static_cast<QWidget *>(m_prioritisation),
                       static_cast<QWidget *>(m_themenfeld)}) {
        if (!w)
            continue;
        m_tabs->setTabEnabled(m_tabs->indexOf(w), m_themenfeldId != 0);
        onDisabled = onDisabled || (m_themenfeldId == 0 && m_tabs->currentWidget() == w);
    }
    return onDisabled;
}

void MainWindow::updateTitle()
{
    if (!m_doc)
        return;
    const Themenfeld *t = m_doc->plan().themenfeld(m_themenfeldId);
    setWindowTitle(tr("%1 – %2 – Themenfeldplaner")
                       .arg(t ? t->name : tr("Gesamtprogramm"), catalogTitle(m_doc->catalog().path())));
}

void MainWindow::showProblem(const QString &title, const QString &message)
{
    statusBar()->showMessage(message, 10000);
    // Like refused changes: the user reads why, the event loop goes on (and tests never wait on it).
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::focusNextPane(int direction)
{
    // The panes in reading order; the one holding the focus passes it to the next visible one.
    QList<QWidget *> panes = {m_themenfelder, m_tabs->currentWidget(),
                              findChild<QDockWidget *>(u"DetailsDock"_qs),
                              findChild<QDockWidget *>(u"HistoryDock"_qs)};
    panes.removeIf([](QWidget *w) { return !w || !w->isVisible(); });
    if (panes.isEmpty())
        return;
    QWidget *focus = QApplication::focusWidget();
    qsizetype current = -1;
    for (qsizetype i = 0; i < panes.size(); ++i)
        if (focus && (focus == panes[i] || panes[i]->isAncestorOf(focus)))
            current = i;
    for (qsizetype step = 1; step <= panes.size(); ++step) {
        QWidget *pane = panes[((current + direction * step) % panes.size() + panes.size()) % panes.size()];
        QWidget *target = (pane->focusPolicy() & Qt::TabFocus) ? pane : nullptr;
        for (QWidget *child : pane->findChildren<QWidget *>()) {
            if (target)
                break;
            if ((child->focusPolicy() & Qt::TabFocus) && child->isVisible() && child->isEnabled())
                target = child;
        }
        if (target) {
            target->setFocus(Qt::ShortcutFocusReason);
            return;
        }
    }
}

void MainWindow::newLeistung()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Neue OZG-Leistung"));
    auto *id = new QSpinBox(&dialog);
    id->setRange(1, 999999);
    int maxId = 0;
    for (const Leistung &l : m_doc->plan().leistungen)
        maxId = std::max(maxId, l.ozgId);
    id->setValue(maxId + 1);
    id->setGroupSeparatorShown(false);
    auto *name = new QLineEdit(&dialog);
    auto *lage = new QComboBox(&dialog);
    for (const Lage &l : m_doc->plan().lagen)
        if (!m_themenfeldId || l.themenfeldId == m_themenfeldId)
            lage->addItem(l.name, l.id);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("&OZG-ID:"), id);
    form->addRow(tr("&Name:"), name);
    form->addRow(tr("&Lage:"), lage);
    while (execFormDialog(dialog, form)) {
        // execFormDialog adds the buttons each time: keep one row of them.
        form->removeRow(form->rowCount() - 1);
        if (m_doc->run([&] {
                return edit::createLeistung(m_doc->catalog(), id->value(), lage->currentData().toInt(),
                                            name->text());
            })) {
            m_tabs->setCurrentWidget(m_leistungen);
            m_leistungen->selectLeistung(id->value());
            return;
        }
    }
}

void MainWindow::deleteLeistung(int ozgId)
{
    if (!ozgId) {
        QMessageBox::information(this, tr("OZG-Leistung entfernen"),
                                 tr("Wählen Sie zuerst im Reiter „Leistungen“ die OZG-Leistung."));
        return;
    }
    if (confirmRemoval(this, *m_doc, int(schema::Table::Leistung), ozgId))
        m_doc->run([&] { return edit::remove(m_doc->catalog(), schema::Table::Leistung, ozgId); });
}

void MainWindow::newProjekt()
{
    if (!m_themenfeldId) {
        QMessageBox::information(this, tr("Neues Projekt"), tr("Wählen Sie zuerst links ein Themenfeld."));
        return;
    }
    ensureViews();
    m_tabs->setCurrentWidget(m_projekte);
    m_projekte->newProjektDialog();
}

void MainWindow::showProjekt(qint64 projektId)
{
    const Projekt *projekt = nullptr;
    for (const Projekt &p : m_doc->plan().projekte)
        if (p.id == projektId)
            projekt = &p;
    if (!projekt)
        return;
    // The Projekte tab lists one Themenfeld's projects: open the project's own Themenfeld first (from the
    // programme, or when a list shows another Themenfeld's project).
    const int themenfeldId = projekt->themenfeldId;
    if (themenfeldId != m_themenfeldId)
        m_themenfelder->setCurrentIndex(m_themenfeldModel->index(m_themenfeldModel->rowOf(themenfeldId)));
    if (themenfeldId != m_themenfeldId)
        selectThemenfeld(themenfeldId);
    ensureViews();
    m_tabs->setCurrentWidget(m_projekte);
    m_projekte->selectProjekt(projektId);
}

void MainWindow::restoreSettings()
{
    QSettings s;
    if (!restoreGeometry(s.value(u"window/geometry"_qs).toByteArray())) {
        // First start: the whole screen, so that nothing is squeezed; un-maximised, most of it.
        if (const QScreen *screen = QGuiApplication::primaryScreen()) {
            const QSize avail = screen->availableGeometry().size();
            resize(std::min(1400, avail.width() * 9 / 10), std::min(860, avail.height() * 9 / 10));
        } else {
            resize(1400, 860);
        }
        setWindowState(windowState() | Qt::WindowMaximized);
    }
    restoreState(s.value(u"window/state"_qs).toByteArray());
}

void MainWindow::restoreViewSettings()
{
    QSettings s;
    m_leistungen->restoreState(s.value(u"window/leistungenHeader"_qs).toByteArray());
    const int tf = s.value(u"window/themenfeld"_qs, 0).toInt();
    if (m_doc->plan().themenfeld(tf))
        m_themenfelder->setCurrentIndex(m_themenfeldModel->index(m_themenfeldModel->rowOf(tf)));
    // Tabs are remembered by name: a new tab in a later version does not shift the user's choice.
    const QString tab = s.value(u"window/tabName"_qs).toString();
    if (!tab.isEmpty() && tab != m_leistungen->objectName())
        ensureViews(); // the tab to show is not made yet
    for (int i = 0; i < m_tabs->count(); ++i)
        if (m_tabs->widget(i)->objectName() == tab)
            m_tabs->setCurrentIndex(i);
}

void MainWindow::saveSettings()
{
    QSettings s;
    s.setValue(u"window/geometry"_qs, saveGeometry());
    s.setValue(u"window/state"_qs, saveState());
    if (!m_doc)
        return; // closed while the first catalog still opened: the views' state stays as it was
    s.setValue(u"window/leistungenHeader"_qs, m_leistungen->saveState());
    s.setValue(u"window/themenfeld"_qs, m_themenfeldId);
    s.setValue(u"window/tabName"_qs, m_tabs->currentWidget()->objectName());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    event->accept();
}

} // namespace tfp::ui
