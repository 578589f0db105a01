#include "sourcelanguage.h"

#include <QCoreApplication>
#include <QTranslator>

namespace tfp::labels {

namespace {

thread_local bool t_sourceLanguage = false;

const char *const kSwitchName = "tfp-source-language";

// Answers only inside a SourceLanguage scope, with the source text; outside it leaves every text to the
// translators installed before it.
class Switch final : public QTranslator
{
public:
    using QTranslator::QTranslator;
    QString translate(const char *, const char *sourceText, const char *, int) const override
    {
        return t_sourceLanguage && sourceText ? QString::fromUtf8(sourceText) : QString();
    }
    bool isEmpty() const override { return false; }
};

} // namespace

SourceLanguage::SourceLanguage() : m_outer(t_sourceLanguage)
{
    t_sourceLanguage = true;
}

SourceLanguage::~SourceLanguage()
{
    t_sourceLanguage = m_outer;
}

void installSourceLanguageSwitch()
{
    QCoreApplication *app = QCoreApplication::instance();
    if (!app)
        return;
    const QString name = QString::fromLatin1(kSwitchName);
    if (QTranslator *old = app->findChild<Switch *>(name, Qt::FindDirectChildrenOnly)) {
        // Again after the translators installed since: Qt asks the one installed last first.
        QCoreApplication::removeTranslator(old);
        QCoreApplication::installTranslator(old);
        return;
    }
    auto *s = new Switch(app);
    s->setObjectName(name);
    QCoreApplication::installTranslator(s);
}

} // namespace tfp::labels
