#include "exportdialog.h"

#include "exchange/mspdi.h"

#include "document.h"
#include "error.h"
#include "palettecolors.h"
#include "storage/catalog.h"
#include "widgets.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace tfp::ui {

using exchange::ExportFormat;
using exchange::ExportKind;

namespace {

// The part of a suggested file name that says what is in it.
QString fileWord(ExportKind kind)
{
    switch (kind) {
    case ExportKind::Leistungen:
        return ExportDialog::tr("Leistungen");
    case ExportKind::Projekte:
        return ExportDialog::tr("Projekte");
    case ExportKind::Meilensteine:
        return ExportDialog::tr("Meilensteine");
    case ExportKind::Arbeitsplan:
        return ExportDialog::tr("Arbeitsplan");
    case ExportKind::Zeitplan:
        return ExportDialog::tr("Zeitplan");
    }
    return {};
}

// Whether a file's suffix is one an export writes (so that it follows a change of format).
bool exportSuffix(const QString &suffix)
{
    return std::any_of(std::begin(exchange::kExportFormats), std::end(exchange::kExportFormats),
                       [&](ExportFormat f) { return exchange::exportFormatSuffix(f) == suffix; });
}

QString formatNote(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Csv:
        return ExportDialog::tr(
            "Semikolon, UTF-8 mit BOM, Datum TT.MM.JJJJ: Excel zeigt die Umlaute richtig, "
            "und die Datei lässt sich unverändert wieder importieren.");
    case ExportFormat::Xlsx:
        return ExportDialog::tr("Kopfzeile fixiert und mit Filter, Spaltenbreiten nach Inhalt, echte Datums- "
                                "und Zahlenzellen; die Blätter lassen sich wieder importieren.");
    case ExportFormat::Ods:
        return ExportDialog::tr("Offenes Format für LibreOffice: Kopfzeile fett und fixiert, Spaltenbreiten "
                                "nach Inhalt, echte Datums- und Währungszellen; die Blätter lassen sich "
                                "wieder importieren.");
    case ExportFormat::Ics:
        return ExportDialog::tr(
            "Ganztägige Termine nach RFC 5545 für Outlook und Thunderbird; ein erreichter "
            "Meilenstein steht an seinem Ist-Datum, ein offener am geplanten.");
    case ExportFormat::Mspdi:
        return ExportDialog::tr(
            "Projekte als Sammelvorgänge, Phasen als Vorgänge, Meilensteine als Meilensteine; jeder Vorgang "
            "trägt seine Kennung (Feld Text1), so dass die in MS Project geänderte Datei wieder importiert "
            "werden kann (Import › Zeitplan aus MS Project).");
    }
    return {};
}

} // namespace

ExportDialog::ExportDialog(Document &doc, QWidget *parent)
    : QDialog(parent), m_doc(doc), m_plan(doc.catalog().loadPlan(PlanDetail::Tables))
{
    setWindowTitle(tr("Exportieren"));
    m_kind = new QComboBox(this);
    for (ExportKind k : exchange::kExportKinds)
        m_kind->addItem(exchange::exportKindLabel(k), int(k));
    m_format = new QComboBox(this);
    for (ExportFormat f : exchange::kExportFormats)
        m_format->addItem(exchange::exportFormatLabel(f), int(f));
    m_scope = new QComboBox(this);
    m_scope->setMaxVisibleItems(20);
    m_file = new QLineEdit(this);
    connect(m_file, &QLineEdit::textEdited, this, [this] {
        m_pathChosen = true;
        m_confirmed = false;
        update();
    });
    auto *browseButton = new QPushButton(tr("Du&rchsuchen…"), this);
    connect(browseButton, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_kind, &QComboBox::activated, this,
            [this] { setKind(ExportKind(m_kind->currentData().toInt())); });
    connect(m_format, &QComboBox::activated, this,
            [this] { setFormat(ExportFormat(m_format->currentData().toInt())); });
    connect(m_scope, &QComboBox::activated, this, [this] { update(); });

    auto *form = new QFormLayout;
    const auto row = [&](const QString &text, QWidget *field, QLayout *layout = nullptr) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        if (layout)
            form->addRow(label, layout);
        else
            form->addRow(label, field);
    };
    row(tr("&Inhalt:"), m_kind);
    row(tr("&Format:"), m_format);
    row(tr("&Umfang:"), m_scope);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browseButton);
    row(tr("&Datei:"), m_file, fileRow);

    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setObjectName(u"ExportSummary"_qs);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(this);
    m_export = buttons->addButton(tr("&Exportieren"), QDialogButtonBox::AcceptRole);
    buttons->addButton(tr("Abbrechen"), QDialogButtonBox::RejectRole);
    connect(m_export, &QPushButton::clicked, this, [this] { exportFile(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(720, 260);
    fillScopes();
    setFormat(ExportFormat::Xlsx);
}

void ExportDialog::setThemenfeld(int themenfeldId)
{
    m_themenfeldId = themenfeldId;
    fillScopes();
    m_scope->setCurrentIndex(std::max(0, m_scope->findData(QVariantList{themenfeldId, 0})));
    update();
}

void ExportDialog::setKind(ExportKind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
    if (!exchange::exportAllows(kind, format()))
        m_format->setCurrentIndex(
            m_format->findData(int(kind == ExportKind::Arbeitsplan ? ExportFormat::Xlsx
                                   : kind == ExportKind::Zeitplan  ? ExportFormat::Mspdi
                                                                   : ExportFormat::Csv)));
    fillScopes();
    update();
}

void ExportDialog::setFormat(ExportFormat format)
{
    if (!exchange::exportAllows(kind(), format))
        return;
    m_format->setCurrentIndex(m_format->findData(int(format)));
    update();
}

bool ExportDialog::setProjekt(qint64 projektId)
{
    for (int i = 0; i < m_scope->count(); ++i)
        if (m_scope->itemData(i).toList().value(1).toLongLong() == projektId) {
            m_scope->setCurrentIndex(i);
            update();
            return true;
        }
    return false;
}

void ExportDialog::setPath(const QString &path, bool confirmed)
{
    m_file->setText(path);
    m_pathChosen = true;
    m_confirmed = confirmed;
    update();
}

ExportKind ExportDialog::kind() const
{
    return ExportKind(m_kind->currentData().toInt());
}

ExportFormat ExportDialog::format() const
{
    return ExportFormat(m_format->currentData().toInt());
}

exchange::ExportScope ExportDialog::scope() const
{
    const QVariantList d = m_scope->currentData().toList();
    return {d.value(0).toInt(), d.value(1).toLongLong()};
}

QString ExportDialog::path() const
{
    QString p = m_file->text().trimmed();
    if (!p.isEmpty() && QFileInfo(p).suffix().isEmpty())
        p += u'.' + exchange::exportFormatSuffix(format());
    return p;
}

void ExportDialog::fillScopes()
{
    const exchange::ExportScope before = scope();
    m_scope->clear();
    m_scope->addItem(tr("Gesamtprogramm (alle Themenfelder)"), QVariantList{0, 0});
    for (const Themenfeld &t : m_plan.themenfelder)
        m_scope->addItem(tr("Themenfeld „%1“").arg(t.name), QVariantList{t.id, 0});
    if (exchange::exportByProjekt(kind())) {
        // The selected Themenfeld's projects first: those are the ones a planner exports most.
        QList<const Projekt *> projekte;
        for (const Projekt &p : m_plan.projekte)
            projekte << &p;
        std::stable_sort(projekte.begin(), projekte.end(), [this](const Projekt *a, const Projekt *b) {
            return std::make_tuple(a->themenfeldId != m_themenfeldId, a->themenfeldId, a->name) <
                   std::make_tuple(b->themenfeldId != m_themenfeldId, b->themenfeldId, b->name);
        });
        for (const Projekt *p : projekte) {
            const Themenfeld *t = m_plan.themenfeld(p->themenfeldId);
            m_scope->addItem(tr("Projekt „%1“ (%2)").arg(p->name, t ? t->name : QString()),
                             QVariantList{p->themenfeldId, p->id});
        }
    }
    int current = m_scope->findData(QVariantList{before.themenfeldId, before.projektId});
    if (current < 0)
        current = std::max(0, m_scope->findData(QVariantList{m_themenfeldId, 0}));
    m_scope->setCurrentIndex(current);
}

QString ExportDialog::suggestedName() const
{
    const exchange::ExportScope s = scope();
    QString where = tr("Gesamtprogramm");
    if (s.projektId) {
        for (const Projekt &p : m_plan.projekte)
            if (p.id == s.projektId)
                where = p.name;
    } else if (const Themenfeld *t = m_plan.themenfeld(s.themenfeldId)) {
        where = t->name;
    }
    const QString dir = startFolder(m_doc, u"exportDir"_qs);
    const QString name =
        u"%1 – %2.%3"_qs.arg(where, fileWord(kind()), exchange::exportFormatSuffix(format()));
    return QDir(dir).filePath(QString(name).replace(u'/', u'-'));
}

int ExportDialog::rowsToWrite() const
{
    if (format() == ExportFormat::Ics) {
        const exchange::ExportScope s = scope();
        int n = 0;
        for (const Meilenstein &m : m_plan.meilensteine) {
            const auto p = std::find_if(m_plan.projekte.cbegin(), m_plan.projekte.cend(),
                                        [&](const Projekt &pr) { return pr.id == m.projektId; });
            if (p != m_plan.projekte.cend() && (!s.themenfeldId || p->themenfeldId == s.themenfeldId) &&
                (!s.projektId || p->id == s.projektId) && (m.ist.isValid() || m.geplant.isValid()))
                ++n;
        }
        return n;
    }
    switch (kind()) {
    case ExportKind::Leistungen:
        return int(exchange::exportSheet(m_plan, exchange::ImportKind::Leistungen, scope()).rows.size());
    case ExportKind::Projekte:
        return int(exchange::exportSheet(m_plan, exchange::ImportKind::Projekte, scope()).rows.size());
    case ExportKind::Meilensteine:
        return int(exchange::exportSheet(m_plan, exchange::ImportKind::Meilensteine, scope()).rows.size());
    case ExportKind::Zeitplan: {
        int n = 0;
        for (const exchange::ScheduleTask &t : exchange::scheduleTasks(m_plan, scope()))
            n += t.kind == exchange::ScheduleTask::Kind::Meilenstein ? 1 : 0;
        return n;
    }
    case ExportKind::Arbeitsplan:
        break;
    }
    return -1;
}

void ExportDialog::update()
{
    // Formats the kind does not offer stay visible, but cannot be chosen.
    if (auto *model = qobject_cast<QStandardItemModel *>(m_format->model()))
        for (int i = 0; i < m_format->count(); ++i)
            model->item(i)->setEnabled(
                exchange::exportAllows(kind(), ExportFormat(m_format->itemData(i).toInt())));
    if (!m_pathChosen) {
        m_file->setText(suggestedName());
    } else if (QFileInfo fi(m_file->text());
               !fi.suffix().isEmpty() && exportSuffix(fi.suffix().toLower()) &&
               fi.suffix().toLower() != exchange::exportFormatSuffix(format())) {
        // The format changed: the file name follows, so that it opens with the right program.
        m_file->setText(
            QDir(fi.path()).filePath(fi.completeBaseName() + u'.' + exchange::exportFormatSuffix(format())));
        m_confirmed = false;
    }
    const int rows = rowsToWrite();
    QStringList lines;
    if (format() == ExportFormat::Ics)
        lines << (rows > 0 ? tr("Meilensteine mit Datum, je ein Termin: %1.").arg(rows)
                           : tr("Im gewählten Umfang hat kein Meilenstein ein Datum; es gibt nichts zu "
                                "exportieren."));
    else if (kind() == ExportKind::Arbeitsplan)
        lines << tr(
            "Eine Arbeitsmappe mit den Blättern Leistungen, Priorisierung, Projekte, Meilensteine und "
            "Nachnutzung.");
    else if (kind() == ExportKind::Zeitplan)
        lines << tr("Meilensteine im Zeitplan: %1, mit ihren Projekten und Phasen.").arg(rows);
    else
        lines << tr("Zu schreibende Zeilen: %1.").arg(rows);
    lines << formatNote(format());
    QStringList html;
    for (const QString &l : lines)
        html << l.toHtmlEscaped();
    if (!m_error.isEmpty())
        html << u"<span style='color:%1'>%2</span>"_qs.arg(
            signalColor(Signal::Error, QPalette::Window).name(), m_error.toHtmlEscaped());
    m_summary->setText(html.join(u"<br>"_qs));
    m_export->setEnabled(!path().isEmpty() && (format() != ExportFormat::Ics || rows > 0));
}

void ExportDialog::browse()
{
    const QString filter = format() == ExportFormat::Csv     ? tr("CSV-Dateien (*.csv)")
                           : format() == ExportFormat::Xlsx  ? tr("Excel-Arbeitsmappen (*.xlsx)")
                           : format() == ExportFormat::Ods   ? tr("OpenDocument-Tabellen (*.ods)")
                           : format() == ExportFormat::Mspdi ? tr("MS-Project-XML (*.xml)")
                                                             : tr("Kalender (*.ics)");
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Exportieren nach"), path(), filter);
    if (!chosen.isEmpty())
        setPath(chosen, true); // the save dialog has asked before replacing a file
}

bool ExportDialog::exportFile()
{
    m_error.clear();
    const QString target = path();
    if (target.isEmpty())
        return false;
    if (QFileInfo::exists(target) && !m_confirmed &&
        QMessageBox::question(this, tr("Exportieren"),
                              tr("„%1“ gibt es schon. Ersetzen?").arg(QDir::toNativeSeparators(target))) !=
            QMessageBox::Yes)
        return false;
    try {
        exchange::writeExport(m_plan, kind(), format(), scope(), target);
    } catch (const Error &e) {
        m_error = e.message();
        update();
        return false;
    }
    QSettings().setValue(u"exportDir"_qs, QFileInfo(target).absolutePath());
    m_file->setText(target);
    accept();
    return true;
}

} // namespace tfp::ui
