// Bearbeiten › Einstellungen…: language and author name, stored in QSettings.
#include "settingsdialog.h"

#include "translator.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace tfp::ui {

namespace {
const QString kLanguageKey = u"ui/language"_qs;
const QString kAuthorKey = u"user/author"_qs;
const QString kAuthorAskedKey = u"user/authorAsked"_qs;

QString osUserName()
{
    return qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
}
} // namespace

QString SettingsDialog::language()
{
    const QString lang = QSettings().value(kLanguageKey).toString();
    return uiLanguages().contains(lang) ? lang : u"de"_qs;
}

QString SettingsDialog::author()
{
    const QString name = QSettings().value(kAuthorKey).toString().trimmed();
    return name.isEmpty() ? osUserName() : name;
}

QString SettingsDialog::accountName()
{
#ifdef Q_OS_UNIX
    if (const passwd *pw = getpwuid(getuid()); pw && pw->pw_gecos) {
        // "Maria Meyer,Raum 4,…": the full name is the first field.
        const QString full = QString::fromLocal8Bit(pw->pw_gecos).section(u',', 0, 0).trimmed();
        if (!full.isEmpty())
            return full;
    }
#endif
    return osUserName();
}

bool SettingsDialog::askAuthorOnce(QWidget *parent)
{
    QSettings s;
    if (s.contains(kAuthorKey) || s.value(kAuthorAskedKey).toBool())
        return false;
    QDialog dialog(parent);
    dialog.setObjectName(u"AuthorDialog"_qs);
    dialog.setWindowTitle(tr("Willkommen"));
    auto *text = new QLabel(tr("Unter welchem Namen sollen Ihre Änderungen im Änderungsprotokoll und in den "
                               "Metadaten der Arbeitspläne stehen? Sie können ihn später unter „Bearbeiten › "
                               "Einstellungen…“ ändern."),
                            &dialog);
    text->setWordWrap(true);
    auto *name = new QLineEdit(accountName(), &dialog);
    name->selectAll();
    auto *form = new QFormLayout;
    form->addRow(tr("&Name als Autor:"), name);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(text);
    layout->addLayout(form);
    layout->addWidget(buttons);
    dialog.resize(460, dialog.sizeHint().height());
    // Asked once, whatever the answer: cancelling keeps the login name as before.
    s.setValue(kAuthorAskedKey, true);
    if (dialog.exec() == QDialog::Accepted && !name->text().trimmed().isEmpty())
        s.setValue(kAuthorKey, name->text().trimmed());
    return true;
}

SettingsDialog::SettingsDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Einstellungen"));
    m_startLanguage = language();

    m_language = new QComboBox(this);
    // Each language is named in itself, so that a user who cannot read the current one still finds theirs.
    m_language->addItem(u"Deutsch"_qs, u"de"_qs);
    m_language->addItem(u"English"_qs, u"en"_qs);
    m_language->setCurrentIndex(m_language->findData(m_startLanguage));
    m_restartNote = new QLabel(this);
    m_restartNote->setWordWrap(true);

    m_author = new QLineEdit(this);
    m_author->setText(QSettings().value(kAuthorKey).toString());
    m_author->setPlaceholderText(osUserName());
    m_author->setToolTip(tr("Steht im Änderungsprotokoll bei jeder Ihrer Änderungen und in den Metadaten "
                            "exportierter PDF-Dateien. Leer: der Anmeldename (%1).")
                             .arg(osUserName()));

    auto *form = new QFormLayout;
    form->addRow(tr("&Sprache:"), m_language);
    form->addRow(QString(), m_restartNote);
    form->addRow(tr("&Name als Autor:"), m_author);
    auto *authorNote = new QLabel(tr("Gilt für jeden Katalog, den Sie öffnen, ab sofort."), this);
    authorNote->setWordWrap(true);
    form->addRow(QString(), authorNote);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_restart = buttons->addButton(tr("Jetzt neu starten"), QDialogButtonBox::ActionRole);
    m_restart->setObjectName(u"RestartNow"_qs);
    connect(m_restart, &QPushButton::clicked, this, [this] {
        m_restartChosen = true;
        accept();
    });
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(buttons);

    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateRestartNote);
    updateRestartNote();
    setMinimumWidth(460);
}

void SettingsDialog::updateRestartNote()
{
    const bool changed = m_language->currentData().toString() != m_startLanguage;
    m_restartNote->setText(changed ? tr("Die Sprache wechselt beim nächsten Start des Programms; „Jetzt neu "
                                        "starten“ startet es gleich neu, mit demselben Katalog.")
                                   : tr("Eine andere Sprache gilt ab dem nächsten Start des Programms."));
    m_restart->setVisible(changed);
    m_restartNote->setStyleSheet(changed ? u"font-weight: bold;"_qs : QString());
}

void SettingsDialog::accept()
{
    QSettings s;
    const QString lang = m_language->currentData().toString();
    if (lang != m_startLanguage || s.contains(kLanguageKey))
        s.setValue(kLanguageKey, lang);
    const QString name = m_author->text().trimmed();
    if (name.isEmpty())
        s.remove(kAuthorKey);
    else
        s.setValue(kAuthorKey, name);
    QDialog::accept();
}

} // namespace tfp::ui
