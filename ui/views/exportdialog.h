// "Exportieren": tables of the plan as CSV in the German Excel convention, as an .xlsx or .ods workbook (one
// table or the whole Arbeitsplan) or the milestones as an iCalendar file, for the whole programme, the
// selected Themenfeld or one project. It writes through the same core function as `tfp export`.
#pragma once

#include "domain/plan.h"
#include "exchange/exportfile.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace tfp::ui {

class Document;

class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ExportDialog(Document &doc, QWidget *parent = nullptr);

    // The Themenfeld selected in the window: offered as the scope, and chosen.
    void setThemenfeld(int themenfeldId);
    void setKind(exchange::ExportKind kind);
    void setFormat(exchange::ExportFormat format);
    // Chooses the scope entry for a project (Projekte and Meilensteine only); false when it is not offered.
    bool setProjekt(qint64 projektId);
    // The target file; confirmed: the user already agreed to replace it (the save dialog asks).
    void setPath(const QString &path, bool confirmed = false);

    exchange::ExportKind kind() const;
    exchange::ExportFormat format() const;
    exchange::ExportScope scope() const;
    QString path() const;
    // Writes the file and closes the dialog; false with the reason shown when it cannot be written.
    bool exportFile();
    QString error() const { return m_error; }

    QComboBox *kindBox() const { return m_kind; }
    QComboBox *formatBox() const { return m_format; }
    QComboBox *scopeBox() const { return m_scope; }
    QLineEdit *fileEdit() const { return m_file; }
    QLabel *summary() const { return m_summary; }
    QPushButton *exportButton() const { return m_export; }

private:
    void browse();
    void update();
    void fillScopes();
    QString suggestedName() const;
    int rowsToWrite() const;

    Document &m_doc;
    PlanSnapshot m_plan; // with the scores, which the Leistungen table carries
    int m_themenfeldId = 0;
    bool m_pathChosen = false; // typed or picked by the user: no longer follows kind and scope
    bool m_confirmed = false;
    QString m_error;
    QComboBox *m_kind;
    QComboBox *m_format;
    QComboBox *m_scope;
    QLineEdit *m_file;
    QLabel *m_summary;
    QPushButton *m_export;
};

} // namespace tfp::ui
