// Datei › Arbeitsplan exportieren: choose the Themenfeld (or all 14), the sections, the Gantt's date
// range and a named Stand to compare the schedule with, see the pages before saving, save as PDF or as
// editable ODT with a progress dialog that can be cancelled. The choice is remembered.
#pragma once

#include "report/arbeitsplan.h"

#include <QDialog>
#include <QTimer>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QListWidget;
class QProgressDialog;
class QRadioButton;
class QScrollArea;

namespace tfp::ui {

class Document;

class PdfExportDialog : public QDialog
{
    Q_OBJECT
public:
    // themenfeldId: the one selected in the main window (0: none, the first is offered).
    PdfExportDialog(Document &doc, int themenfeldId, QWidget *parent = nullptr);
    ~PdfExportDialog() override;

    // Writes the chosen Arbeitsplan to path, or with "alle 14" one file per Themenfeld into the folder path.
    // Returns false when cancelled or refused; the reason is in statusText(). No message box.
    bool exportTo(const QString &path);
    QString statusText() const;

    report::ArbeitsplanOptions options() const; // for the Themenfeld chosen (the first one with "alle 14")
    bool alle() const;
    void setThemenfeld(int themenfeldId); // 0: alle 14
    QCheckBox *abschnittBox(report::Section a) const;
    QGroupBox *zeitraumBox() const { return m_zeitraum; }
    QDateEdit *vonEdit() const { return m_von; }
    QDateEdit *bisEdit() const { return m_bis; }
    // "Vergleich mit Stand": (keiner), then the catalog's named Stände, the newest first.
    QComboBox *vergleichBox() const { return m_vergleich; }
    QRadioButton *pdfButton() const { return m_pdf; }
    QRadioButton *odtButton() const { return m_odt; } // the same sections as an editable OpenDocument text
    QString suffix() const;                           // ".pdf" or ".odt", as chosen
    QListWidget *seitenListe() const { return m_seiten; }
    QProgressDialog *fortschritt() const { return m_progress; } // while exporting all 14
    // Lays the preview out now instead of after the short pause that follows a change.
    void refreshPreview();
    int previewPages() const;

private:
    void schedulePreview();
    void renderThumbnails();
    void showPage(int page);
    void saveDialog();
    void chooseBaseline();
    void rememberChoice() const;
    void restoreChoice();
    bool writeOne(const report::ArbeitsplanOptions &o, const QString &path);

    Document &m_doc;
    PlanSnapshot m_plan; // with scores and LeiKa-Leistungen, read once when the dialog opens
    QComboBox *m_themenfeld = nullptr;
    QList<QCheckBox *> m_sections;
    QGroupBox *m_zeitraum = nullptr;
    QDateEdit *m_von = nullptr;
    QDateEdit *m_bis = nullptr;
    QComboBox *m_vergleich = nullptr;
    analysis::Baseline m_baseline; // of the Stand chosen in m_vergleich, computed when it is chosen
    QRadioButton *m_pdf = nullptr;
    QRadioButton *m_odt = nullptr;
    QListWidget *m_seiten = nullptr;
    QLabel *m_seite = nullptr;
    QScrollArea *m_seiteScroll = nullptr;
    QLabel *m_status = nullptr;
    QProgressDialog *m_progress = nullptr;
    QTimer m_previewTimer;
    QTimer m_thumbTimer;
    std::optional<report::PdfDocument> m_preview;
    int m_nextThumb = 0;
};

} // namespace tfp::ui
