#include "pdfexportdialog.h"

#include "document.h"
#include "edit/fieldtext.h"
#include "error.h"
#include "exchange/changelog.h"
#include "printing.h"
#include "report/odtdocument.h"
#include "storage/catalog.h"
#include "widgets.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QVBoxLayout>

#include <algorithm>

namespace tfp::ui {

namespace {

constexpr int kThumbWidth = 150;
constexpr int kPageWidth = 560;

// The checkboxes' labels, with a mnemonic each (Alt+letter), in document order.
QString abschnittLabel(report::Section a)
{
    switch (a) {
    case report::Section::Deckblatt:
        return PdfExportDialog::tr("&Deckblatt mit Federführung");
    case report::Section::Ueberblick:
        return PdfExportDialog::tr("Ü&berblick");
    case report::Section::Priorisierung:
        return PdfExportDialog::tr("&Priorisierung");
    case report::Section::Projekte:
        return PdfExportDialog::tr("&Umsetzungsprojekte");
    case report::Section::Zeitplan:
        return PdfExportDialog::tr("&Wellenplanung und Zeitplan");
    case report::Section::Meilensteine:
        return PdfExportDialog::tr("&Meilensteine");
    case report::Section::Abdeckung:
        return PdfExportDialog::tr("Abdec&kung und Lücken");
    case report::Section::Risiken:
        return PdfExportDialog::tr("&Risiken und Abhängigkeiten");
    case report::Section::Anhang:
        return PdfExportDialog::tr("Steckbriefe (&Anhang)");
    }
    return {};
}

} // namespace

PdfExportDialog::PdfExportDialog(Document &doc, int themenfeldId, QWidget *parent)
    : QDialog(parent), m_doc(doc), m_plan(doc.catalog().loadPlan(PlanDetail::Full))
{
    setWindowTitle(tr("Arbeitsplan exportieren"));
    auto *optionen = new QWidget;
    auto *form = new QVBoxLayout(optionen);
    form->setContentsMargins(0, 0, 0, 0);
    auto *tfForm = new QFormLayout;
    m_themenfeld = new QComboBox;
    QList<Themenfeld> tfs = m_plan.themenfelder;
    std::stable_sort(tfs.begin(), tfs.end(),
                     [](const Themenfeld &a, const Themenfeld &b) { return a.sortOrder < b.sortOrder; });
    for (const Themenfeld &t : tfs)
        m_themenfeld->addItem(t.name, t.id);
    m_themenfeld->addItem(tr("Alle %1 Themenfelder (je eine Datei)").arg(tfs.size()), 0);
    auto *tfLabel = new QLabel(tr("&Themenfeld:"));
    tfLabel->setBuddy(m_themenfeld);
    tfForm->addRow(tfLabel, m_themenfeld);
    // What has moved since a Steuerungskreis: the Stände named with `tfp stand`, the newest first.
    m_vergleich = new QComboBox;
    m_vergleich->addItem(tr("(keiner)"), QString());
    for (const QString &name : standNamen(m_doc.catalog()))
        m_vergleich->addItem(name, name);
    m_vergleich->setToolTip(tr("Zeigt im Zeitplan und in der Meilensteintabelle die Termine dieses Stands "
                               "und wie weit sie sich seither verschoben haben."));
    auto *vergleichLabel = new QLabel(tr("Ver&gleich mit Stand:"));
    vergleichLabel->setBuddy(m_vergleich);
    tfForm->addRow(vergleichLabel, m_vergleich);
    connect(m_vergleich, &QComboBox::currentIndexChanged, this, &PdfExportDialog::chooseBaseline);
    form->addLayout(tfForm);

    auto *abschnitte = new QGroupBox(tr("Abschnitte"));
    auto *al = new QVBoxLayout(abschnitte);
    for (report::Section a : report::allSections()) {
        auto *box = new QCheckBox(abschnittLabel(a));
        box->setChecked(true);
        al->addWidget(box);
        m_sections.append(box);
        connect(box, &QCheckBox::toggled, this, &PdfExportDialog::schedulePreview);
    }
    form->addWidget(abschnitte);

    m_zeitraum = new QGroupBox(tr("&Zeitraum des Zeitplans wählen"));
    m_zeitraum->setCheckable(true);
    m_zeitraum->setChecked(false);
    m_zeitraum->setToolTip(tr("Ohne Auswahl zeigt der Zeitplan alle Termine der Projekte."));
    auto *zl = new QFormLayout(m_zeitraum);
    m_von = new QDateEdit(QDate(QDate::currentDate().year(), 1, 1));
    m_bis = new QDateEdit(QDate(QDate::currentDate().year() + 2, 12, 31));
    for (QDateEdit *e : {m_von, m_bis}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(edit::dateFormat());
        connect(e, &QDateEdit::dateChanged, this, &PdfExportDialog::schedulePreview);
    }
    zl->addRow(tr("&von:"), m_von);
    zl->addRow(tr("b&is:"), m_bis);
    connect(m_zeitraum, &QGroupBox::toggled, this, &PdfExportDialog::schedulePreview);
    form->addWidget(m_zeitraum);
    // The PDF is the signed-off version; the ODT holds the same sections for editing before it is sent.
    auto *format = new QGroupBox(tr("Format"));
    auto *fl = new QVBoxLayout(format);
    m_pdf = new QRadioButton(tr("PD&F (zum Versenden)"));
    m_odt = new QRadioButton(tr("&ODT (bearbeitbar)"));
    m_odt->setToolTip(
        tr("Ein OpenDocument-Text mit denselben Abschnitten, zum Bearbeiten in LibreOffice oder "
           "einem anderen Textprogramm."));
    m_pdf->setChecked(true);
    fl->addWidget(m_pdf);
    fl->addWidget(m_odt);
    form->addWidget(format);
    m_status = new QLabel;
    m_status->setWordWrap(true);
    form->addWidget(m_status);
    form->addStretch();

    m_seiten = new QListWidget;
    m_seiten->setViewMode(QListView::IconMode);
    m_seiten->setIconSize(QSize(kThumbWidth, kThumbWidth * 297 / 210));
    m_seiten->setResizeMode(QListView::Adjust);
    m_seiten->setMovement(QListView::Static);
    m_seiten->setAccessibleName(tr("Seiten der Vorschau"));
    m_seite = new QLabel;
    m_seite->setAlignment(Qt::AlignCenter);
    auto *scroll = m_seiteScroll = new QScrollArea;
    scroll->setWidget(m_seite);
    scroll->setWidgetResizable(true);
    scroll->setMinimumWidth(kPageWidth / 2);
    connect(m_seiten, &QListWidget::currentRowChanged, this, &PdfExportDialog::showPage);

    auto *split = new QSplitter;
    split->addWidget(optionen);
    split->addWidget(m_seiten);
    split->addWidget(scroll);
    split->setStretchFactor(1, 1);
    split->setStretchFactor(2, 2);
    // The large page gets the most room; the thumbnails would otherwise take it by their size hint.
    split->setSizes({340, 300, 560});

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Speichern…"));
    buttons->button(QDialogButtonBox::Close)->setText(tr("S&chließen"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PdfExportDialog::saveDialog);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);
    resize(1200, 760);

    m_previewTimer.setSingleShot(true);
    m_previewTimer.setInterval(300);
    connect(&m_previewTimer, &QTimer::timeout, this, &PdfExportDialog::refreshPreview);
    m_thumbTimer.setInterval(0);
    connect(&m_thumbTimer, &QTimer::timeout, this, &PdfExportDialog::renderThumbnails);
    restoreChoice();
    setThemenfeld(themenfeldId ? themenfeldId : m_themenfeld->itemData(0).toInt());
    connect(m_themenfeld, &QComboBox::currentIndexChanged, this, &PdfExportDialog::schedulePreview);
    refreshPreview();
}

PdfExportDialog::~PdfExportDialog() = default;

QString PdfExportDialog::suffix() const
{
    return m_odt->isChecked() ? u".odt"_qs : u".pdf"_qs;
}

bool PdfExportDialog::alle() const
{
    return m_themenfeld->currentData().toInt() == 0;
}

void PdfExportDialog::setThemenfeld(int themenfeldId)
{
    const int i = m_themenfeld->findData(themenfeldId);
    m_themenfeld->setCurrentIndex(i >= 0 ? i : 0);
}

QCheckBox *PdfExportDialog::abschnittBox(report::Section a) const
{
    return m_sections.value(int(a));
}

QString PdfExportDialog::statusText() const
{
    return m_status->text();
}

report::ArbeitsplanOptions PdfExportDialog::options() const
{
    report::ArbeitsplanOptions o;
    o.themenfeldId = alle() ? m_themenfeld->itemData(0).toInt() : m_themenfeld->currentData().toInt();
    o.sections.clear();
    for (qsizetype i = 0; i < m_sections.size(); ++i)
        if (m_sections[i]->isChecked())
            o.sections.append(report::allSections()[i]);
    o.stand = QDate::currentDate();
    if (m_zeitraum->isChecked()) {
        o.from = m_von->date();
        o.to = m_bis->date();
    }
    // The author as set in the settings, else the catalog's (the login name).
    o.author = reportAuthor(m_doc.catalog().author());
    o.baseline = m_baseline;
    return o;
}

void PdfExportDialog::chooseBaseline()
{
    const QString name = m_vergleich->currentData().toString();
    m_baseline = {};
    try {
        if (!name.isEmpty())
            m_baseline = standBaseline(m_doc.catalog(), name);
    } catch (const Error &e) {
        m_status->setText(e.message());
        return;
    }
    schedulePreview();
}

void PdfExportDialog::schedulePreview()
{
    m_previewTimer.start();
}

void PdfExportDialog::refreshPreview()
{
    m_previewTimer.stop();
    m_thumbTimer.stop();
    m_seiten->clear();
    m_seite->clear();
    m_preview.reset();
    try {
        m_preview.emplace(report::arbeitsplan(m_plan, options()));
    } catch (const Error &e) {
        m_status->setText(e.message());
        return;
    }
    const int pages = m_preview->pageCount();
    m_status->setText(alle() ? tr("Vorschau: %1, %2 Seiten (das erste von %3 Themenfeldern).")
                                   .arg(m_themenfeld->itemText(0))
                                   .arg(pages)
                                   .arg(m_themenfeld->count() - 1)
                             : tr("Vorschau: %1 Seiten.").arg(pages));
    // Placeholders first, so that the list has its final size; the images follow a few at a time.
    QPixmap blank(m_seiten->iconSize());
    blank.fill(Qt::white);
    for (int i = 0; i < pages; ++i)
        m_seiten->addItem(new QListWidgetItem(QIcon(blank), tr("Seite %1").arg(i + 1)));
    m_nextThumb = 0;
    m_thumbTimer.start();
    m_seiten->setCurrentRow(0);
}

int PdfExportDialog::previewPages() const
{
    return m_preview ? m_preview->pageCount() : 0;
}

void PdfExportDialog::renderThumbnails()
{
    if (!m_preview) {
        m_thumbTimer.stop();
        return;
    }
    for (int n = 0; n < 4 && m_nextThumb < m_preview->pageCount(); ++n, ++m_nextThumb) {
        const QImage img = m_preview->pageImage(m_nextThumb, kThumbWidth);
        if (QListWidgetItem *item = m_seiten->item(m_nextThumb))
            item->setIcon(QIcon(QPixmap::fromImage(img)));
    }
    if (m_nextThumb >= m_preview->pageCount())
        m_thumbTimer.stop();
}

void PdfExportDialog::showPage(int page)
{
    if (!m_preview || page < 0 || page >= m_preview->pageCount())
        return;
    // As wide as the pane shows it (a landscape page too), never smaller than the thumbnails.
    const int width = std::max(kThumbWidth * 2, m_seiteScroll->viewport()->width() - 16);
    m_seite->setPixmap(QPixmap::fromImage(m_preview->pageImage(page, std::min(width, kPageWidth * 2))));
}

bool PdfExportDialog::writeOne(const report::ArbeitsplanOptions &o, const QString &path)
{
    const report::PdfDocument doc = report::arbeitsplan(m_plan, o);
    if (m_odt->isChecked()) {
        report::writeOdt(doc, path);
        return true;
    }
    return doc.writePdf(path, [this](int, int) {
        if (!m_progress)
            return true;
        QCoreApplication::processEvents(); // lets the cancel button be pressed
        return !m_progress->wasCanceled();
    });
}

bool PdfExportDialog::exportTo(const QString &path)
{
    report::ArbeitsplanOptions o = options();
    try {
        if (!alle()) {
            writeOne(o, path);
            m_status->setText(tr("Gespeichert: %1").arg(QDir::toNativeSeparators(path)));
            rememberChoice();
            return true;
        }
        if (!QDir().mkpath(path)) {
            m_status->setText(
                tr("Der Ordner „%1“ kann nicht angelegt werden.").arg(QDir::toNativeSeparators(path)));
            return false;
        }
        const int n = m_themenfeld->count() - 1;
        QHash<int, QString> names = report::arbeitsplanFileNames(m_plan.themenfelder);
        for (QString &name : names)
            name = name.chopped(4) + suffix(); // "….pdf"
        QProgressDialog progress(tr("Arbeitspläne werden geschrieben …"), tr("Abbrechen"), 0, n, this);
        progress.setWindowTitle(tr("Arbeitsplan exportieren"));
        progress.setWindowModality(Qt::WindowModal);
        progress.setMinimumDuration(0);
        m_progress = &progress;
        const auto done = qScopeGuard([this] { m_progress = nullptr; });
        for (int i = 0; i < n; ++i) {
            const Themenfeld *t = m_plan.themenfeld(m_themenfeld->itemData(i).toInt());
            progress.setLabelText(tr("Arbeitsplan %1 (%2 von %3) …").arg(t->name).arg(i + 1).arg(n));
            progress.setValue(i);
            o.themenfeldId = t->id;
            // A cancelled file is not written at all; those finished before it are complete.
            if (progress.wasCanceled() || !writeOne(o, QDir(path).filePath(names.value(t->id)))) {
                m_status->setText(tr("Abgebrochen: %1 von %2 Arbeitsplänen gespeichert.").arg(i).arg(n));
                return false;
            }
        }
        progress.setValue(n);
        m_status->setText(tr("%1 Arbeitspläne gespeichert in %2").arg(n).arg(QDir::toNativeSeparators(path)));
        rememberChoice();
        return true;
    } catch (const Error &e) {
        m_status->setText(e.message());
        return false;
    }
}

void PdfExportDialog::saveDialog()
{
    QSettings settings;
    const QString dir = startFolder(m_doc, u"pdf/dir"_qs);
    QString path;
    if (alle()) {
        path = QFileDialog::getExistingDirectory(this, tr("Ordner für die Arbeitspläne"), dir);
    } else {
        const Themenfeld *t = m_plan.themenfeld(m_themenfeld->currentData().toInt());
        const QString name = report::arbeitsplanFileName(*t).chopped(4) + suffix();
        path = QFileDialog::getSaveFileName(this, tr("Arbeitsplan speichern"), QDir(dir).filePath(name),
                                            m_odt->isChecked() ? tr("OpenDocument-Texte (*.odt)")
                                                               : tr("PDF-Dokumente (*.pdf)"));
        if (!path.isEmpty() && !path.endsWith(suffix(), Qt::CaseInsensitive))
            path += suffix();
    }
    if (path.isEmpty())
        return;
    settings.setValue(u"pdf/dir"_qs, alle() ? path : QFileInfo(path).absolutePath());
    if (exportTo(path))
        accept();
    else if (!m_status->text().startsWith(tr("Abgebrochen")))
        QMessageBox::warning(this, windowTitle(), m_status->text());
}

void PdfExportDialog::rememberChoice() const
{
    QSettings settings;
    QStringList codes;
    for (report::Section a : options().sections)
        codes.append(report::sectionCode(a));
    settings.setValue(u"pdf/sections"_qs, codes);
    settings.setValue(u"pdf/from"_qs,
                      m_zeitraum->isChecked() ? m_von->date().toString(Qt::ISODate) : QString());
    settings.setValue(u"pdf/to"_qs,
                      m_zeitraum->isChecked() ? m_bis->date().toString(Qt::ISODate) : QString());
    settings.setValue(u"pdf/format"_qs, m_odt->isChecked() ? u"odt"_qs : u"pdf"_qs);
}

void PdfExportDialog::restoreChoice()
{
    const QSettings settings;
    if (settings.contains(u"pdf/sections"_qs)) {
        const QStringList codes = settings.value(u"pdf/sections"_qs).toStringList();
        for (qsizetype i = 0; i < m_sections.size(); ++i)
            m_sections[i]->setChecked(codes.contains(report::sectionCode(report::allSections()[i])));
    }
    if (settings.value(u"pdf/format"_qs).toString() == u"odt"_qs)
        m_odt->setChecked(true);
    const QDate von = QDate::fromString(settings.value(u"pdf/from"_qs).toString(), Qt::ISODate);
    const QDate bis = QDate::fromString(settings.value(u"pdf/to"_qs).toString(), Qt::ISODate);
    if (von.isValid() && bis.isValid()) {
        m_von->setDate(von);
        m_bis->setDate(bis);
        m_zeitraum->setChecked(true);
    }
}

} // namespace tfp::ui
