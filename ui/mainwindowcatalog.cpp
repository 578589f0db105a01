// The main window's catalog as it comes and goes: opened and loaded in the background with the window usable
// meanwhile, its pages checked in the background afterwards, and the banners of a read-only, locked or
// workshop catalog. The window's layout and selection live in mainwindow.cpp, its menus in
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

void MainWindow::showReady()
{
    // Only a window that can write says that it saves.
    statusBar()->showMessage(m_doc->isReadOnly()
                                 ? tr("Bereit. Nur lesen: Änderungen sind in diesem Fenster nicht möglich.")
                                 : tr("Bereit. Jede Änderung wird sofort gespeichert."),
                             5000);
}

namespace {

// What an open in the background hands to the window. The catalog was handed over to the window's thread
// before the worker ended, so that it may be closed wherever the last reference goes.
struct BackgroundOpen
{
    std::unique_ptr<Catalog> catalog;
    PlanSnapshot plan;
    std::exception_ptr error;
};

} // namespace

void MainWindow::openInBackground(const QString &path)
{
    showLoading(path);
    auto result = std::make_shared<BackgroundOpen>();
    QPointer<MainWindow> self = this;
    QThread *ui = thread();
    QThread *worker = QThread::create([result, path, self, ui] {
        try {
            auto catalog = Catalog::open(path, Catalog::Access::ReadWrite, Catalog::Verify::HeaderOnly);
            QMetaObject::invokeMethod(self.data(), [self, path] {
                if (self && self->m_loadingPage)
                    self->statusBar()->showMessage(tr("Katalog „%1“ wird geladen …").arg(catalogTitle(path)));
            });
            result->plan = catalog->loadPlan(PlanDetail::Summary);
            catalog->handOver(ui);
            result->catalog = std::move(catalog);
        } catch (...) {
            result->error = std::current_exception();
        }
    });
    connect(worker, &QThread::finished, this, [this, result, path] {
        endLoading();
        if (result->catalog) {
            const bool first = !m_doc;
            setDocument(std::make_unique<Document>(std::move(result->catalog), std::move(result->plan)));
            if (first)
                restoreViewSettings();
            showReady();
            Q_EMIT catalogOpened();
            return;
        }
        const QString repaired = answerOpenFailure(this, path, result->error);
        if (!repaired.isEmpty())
            return openInBackground(repaired);
        Q_EMIT openFailed();
    });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    m_verifiers.removeAll(nullptr);
    m_verifiers.append(worker);
    worker->start();
}

void MainWindow::showLoading(const QString &path)
{
    const QString name = catalogTitle(path);
    // Nothing that needs a catalog can be chosen meanwhile; leaving the program can.
    for (QAction *a : findChildren<QAction *>()) {
        if (a->isEnabled() && !a->menu() && a->shortcut() != QKeySequence(QKeySequence::Quit)) {
            a->setEnabled(false);
            m_heldActions.append(a);
        }
    }
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        dock->setEnabled(false);
    m_tabs->setEnabled(false);
    auto *page = new QLabel(tr("Der Katalog „%1“ wird geöffnet und geprüft …").arg(name));
    page->setObjectName(u"LoadingPage"_qs);
    page->setAlignment(Qt::AlignCenter);
    page->setWordWrap(true);
    m_loadingPage = page;
    if (m_doc) {
        m_loadingPage->setParent(m_central);
        m_loadingPage->hide(); // the views stay in sight, disabled
    } else {
        m_tabs->addTab(page, tr("Wird geladen …"));
    }
    m_loadProgress = new QProgressBar(this);
    m_loadProgress->setObjectName(u"LoadProgress"_qs);
    m_loadProgress->setRange(0, 0); // how long the checks take is not known beforehand
    m_loadProgress->setMaximumWidth(200);
    m_loadProgress->setAccessibleName(tr("Katalog wird geladen"));
    statusBar()->addPermanentWidget(m_loadProgress);
    m_loadProgress->show();
    statusBar()->showMessage(tr("Katalog „%1“ wird geöffnet und geprüft …").arg(name));
}

void MainWindow::endLoading()
{
    delete m_loadingPage;
    m_loadingPage = nullptr;
    delete m_loadProgress;
    m_loadProgress = nullptr;
    statusBar()->clearMessage();
    for (const QPointer<QAction> &a : std::as_const(m_heldActions))
        if (a)
            a->setEnabled(true);
    m_heldActions.clear();
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        dock->setEnabled(true);
    m_tabs->setEnabled(true);
}

MainWindow::~MainWindow()
{
    // A page check still reading must not outlive the window (nor the process's Qt SQL registry).
    for (const QPointer<QThread> &t : std::as_const(m_verifiers)) {
        if (t) {
            t->wait();
            delete t.data(); // its deleteLater may never run once the event loop is gone
        }
    }
    // The views and their models read the document's snapshot: they go while it is still there. Left to
    // ~QWidget, a window still shown would lay out its trees once more while hiding them, after m_doc is
    // gone. The document's signals (the undo stack's, emitted while it is torn down) no longer reach the
    // window.
    if (m_doc) {
        QObject::disconnect(m_doc.get(), nullptr, this, nullptr);
        QObject::disconnect(m_doc->undoStack(), nullptr, this, nullptr);
        QObject::disconnect(&m_doc->catalog(), nullptr, this, nullptr);
    }
    hide();
    qDeleteAll(findChildren<QWidget *>(Qt::FindDirectChildrenOnly));
}

void MainWindow::verifyInBackground()
{
    // Reading every page of a large catalog takes a while: the window is usable meanwhile, and damage found
    // stops all further changes before they can make it worse. A server catalog's pages are the server's.
    if (m_doc->catalog().isServer())
        return;
    const QString path = m_doc->catalog().path();
    QPointer<Document> doc = m_doc.get();
    QPointer<MainWindow> self = this;
    QThread *thread = QThread::create([self, path, doc] {
        yieldToInterface();
        const QString problem = Catalog::verifyPages(path);
        if (problem.isEmpty() || !self)
            return;
        // Queued to the window's thread; Qt drops the call if the window is gone by then.
        QMetaObject::invokeMethod(self.data(), [self, doc, problem] {
            MainWindow *w = self.data();
            if (!w || !doc || doc != w->m_doc.get())
                return;
            doc->catalog().setReadOnly(problem);
            QMessageBox::critical(
                w, tr("Katalog beschädigt"),
                tr("%1\n\nDer Katalog ist nur noch zum Lesen geöffnet. Öffnen Sie eine Sicherung "
                   "oder eine mit „Kopie speichern unter“ erstellte Kopie.")
                    .arg(problem));
        });
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    m_verifiers.removeAll(nullptr);
    m_verifiers.append(thread);
    thread->start();
}

void MainWindow::updateReadOnlyBanner()
{
    const bool ro = m_doc->isReadOnly();
    m_bannerRow->setVisible(ro);
    m_banner->setText(ro ? tr("Nur lesen: %1").arg(m_doc->catalog().readOnlyReason()) : QString());
    const auto holder = ro ? m_doc->catalog().lockHolder() : std::nullopt;
    m_unlock->setVisible(holder && !holder->thisComputer);
    if (ro && statusBar()->currentMessage() == tr("Bereit. Jede Änderung wird sofort gespeichert."))
        statusBar()->clearMessage();
    for (QAction *a : findChildren<QAction *>())
        if (a->property("tfpEdits").toBool())
            a->setEnabled(!ro);
    updateImportAction(ro);
    // Logins and their access are a server's; a file has none.
    m_zugangAction->setEnabled(m_doc->catalog().isServer());
}

void MainWindow::breakForeignLock()
{
    const auto holder = m_doc->catalog().lockHolder();
    if (!holder || holder->thisComputer) {
        updateReadOnlyBanner();
        return;
    }
    QMessageBox box(
        QMessageBox::Warning, tr("Sperre aufheben"),
        tr("Den Katalog „%1“ bearbeitet laut seiner Sperre %2 auf dem Rechner „%3“ (Prozess %4), seit %5.")
            .arg(catalogTitle(m_doc->catalog().path()),
                 holder->app.isEmpty() ? tr("Themenfeldplaner") : holder->app, holder->host)
            .arg(holder->pid)
            .arg(QLocale().toString(holder->since, QLocale::ShortFormat)),
        QMessageBox::Cancel, this);
    box.setInformativeText(tr("Heben Sie die Sperre nur auf, wenn dort sicher niemand mehr mit dem Katalog "
                              "arbeitet, etwa weil der Rechner abgestürzt ist. Schreiben zwei Programme "
                              "zugleich, gehen Änderungen verloren."));
    QPushButton *confirm = box.addButton(tr("Sperre &aufheben"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != confirm)
        return;
    try {
        m_doc->catalog().breakLock(*holder);
    } catch (const Error &e) {
        QMessageBox::critical(this, tr("Sperre aufheben"), e.message());
        updateReadOnlyBanner();
        return;
    }
    m_doc->takeOverIfFree();
    updateReadOnlyBanner();
}

void MainWindow::updateReviewBanner()
{
    std::optional<ReviewPackageInfo> info;
    QString problem;
    try {
        info = reviewPackageInfo(m_doc->catalog());
    } catch (const Error &e) {
        problem = e.message();
    }
    m_reviewBanner->setVisible(info || !problem.isEmpty());
    if (!info) {
        m_reviewBanner->setText(problem.toHtmlEscaped());
        return;
    }
    if (m_doc->plan().themenfeld(info->themenfeldId))
        m_themenfeldId = info->themenfeldId;
    const QDateTime created = QDateTime::fromString(info->createdAt, Qt::ISODate).toLocalTime();
    m_reviewBanner->setText(
        tr("<b>Workshop-Paket</b> zum Themenfeld <b>„%1“</b> aus dem Katalog %2, erstellt am %3 von %4. "
           "Änderungen und Stimmen bleiben in dieser Datei; der Katalog übernimmt sie mit "
           "„Datei › Workshop-Ergebnis übernehmen…“.")
            .arg(info->themenfeld.toHtmlEscaped(), info->originCatalogId.left(8).toHtmlEscaped(),
                 edit::dateTimeText(created), info->createdBy.toHtmlEscaped()));
    m_reviewBanner->setToolTip(
        tr("Katalog-Kennung %1, Revision %2").arg(info->originCatalogId).arg(info->baseRevision));
}

} // namespace tfp::ui
