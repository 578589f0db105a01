// Bearbeiten › Einstellungen…: the UI language (takes effect at the next start, or at once through "Jetzt neu
// starten") and the author name that the journal and the PDF metadata record. Also the one place that knows
// the QSettings keys of both.
#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
class QLabel;
class QPushButton;

namespace tfp::ui {

class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    // "de" or "en" from QSettings "ui/language"; German when unset or unknown.
    static QString language();
    // The author name from QSettings "user/author"; the OS user name when unset or empty.
    static QString author();
    // The account's full name (the GECOS field on Unix), else the login name: what the author is prefilled
    // with.
    static QString accountName();
    // On the first start (no author stored and never asked): asks once for the author's name, prefilled with
    // accountName(), and stores it. True when it asked.
    static bool askAuthorOnce(QWidget *parent);

    QComboBox *languageBox() const { return m_language; }
    QLineEdit *authorEdit() const { return m_author; }
    QLabel *restartNote() const { return m_restartNote; }
    // "Jetzt neu starten", offered while another language is chosen: stores the settings and closes the
    // dialog with restartChosen() true; whoever opened it restarts the program.
    QPushButton *restartButton() const { return m_restart; }
    bool restartChosen() const { return m_restartChosen; }

    // Writes the settings (only a changed language, so an unset one keeps following the default).
    void accept() override;

private:
    void updateRestartNote();

    QComboBox *m_language = nullptr;
    QLineEdit *m_author = nullptr;
    QLabel *m_restartNote = nullptr;
    QPushButton *m_restart = nullptr;
    bool m_restartChosen = false;
    QString m_startLanguage;
};

} // namespace tfp::ui
