#include "guiapp.h"

#include "tr.h"

#include "translator.h"
#include "views/settingsdialog.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QIcon>
#include <cstdio>

namespace tfp::gui {

namespace {
void print(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}
} // namespace

void setApplicationIdentity()
{
    QCoreApplication::setApplicationName(u"Themenfeldplaner"_qs);
    QCoreApplication::setOrganizationName(u"Themenfeldplaner"_qs);
    QCoreApplication::setApplicationVersion(QStringLiteral(TFP_VERSION));
}

void setDesktopIdentity()
{
    QGuiApplication::setApplicationDisplayName(u"Themenfeldplaner"_qs);
    QGuiApplication::setDesktopFileName(kDesktopFileName.toString());
    QGuiApplication::setWindowIcon(
        QIcon::fromTheme(kDesktopFileName.toString(), QIcon(u":/icons/themenfeldplaner.svg"_qs)));
}

GuiCommandLine parseCommandLine(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(Tr::tr(
        "Themenfeldplaner: die OZG-Umsetzung eines Themenfelds planen. Öffnet den angegebenen Katalog oder "
        "das Workshop-Paket, sonst den zuletzt geöffneten Katalog, sonst den eigenen Standardkatalog (beim "
        "ersten Start aus dem eingebetteten OZG-Katalog angelegt). Die Befehlszeile heißt „tfp“."));
    const QCommandLineOption help = p.addHelpOption();
    const QCommandLineOption version = p.addVersionOption();
    const QString file = Tr::tr("DATEI");
    p.addPositionalArgument(file, Tr::tr("Ein Katalog (*.tfplan) oder ein Workshop-Paket (*.tfreview)."),
                            u"[%1]"_qs.arg(file));
    GuiCommandLine cmd;
    // Help and version first: they answer even a command line that holds something else wrong.
    const bool parsed = p.parse(args);
    if (p.isSet(help) || p.isSet(u"help-all"_qs)) {
        print(stdout, p.helpText());
        cmd.exitCode = 0;
    } else if (p.isSet(version)) {
        print(stdout,
              u"%1 %2\n"_qs.arg(QCoreApplication::applicationName(), QCoreApplication::applicationVersion()));
        cmd.exitCode = 0;
    } else if (!parsed) {
        print(stderr,
              u"%1: %2\n"_qs.arg(QCoreApplication::applicationFilePath().section(u'/', -1), p.errorText()));
        cmd.exitCode = 2;
    } else if (p.positionalArguments().size() > 1) {
        print(stderr, Tr::tr("%1: nur eine Datei kann geöffnet werden, nicht %2.\n")
                          .arg(QCoreApplication::applicationFilePath().section(u'/', -1))
                          .arg(p.positionalArguments().size()));
        cmd.exitCode = 2;
    } else
        cmd.path = p.positionalArguments().value(0);
    return cmd;
}

std::optional<int> answerWithoutDisplay(int argc, char **argv)
{
    bool info = false;
    for (int i = 1; i < argc && qstrcmp(argv[i], "--") != 0; ++i)
        for (const char *o : {"-h", "-?", "--help", "--help-all", "-v", "--version"})
            info = info || qstrcmp(argv[i], o) == 0;
    if (!info)
        return std::nullopt;
    QCoreApplication app(argc, argv);
    setApplicationIdentity();
    tfp::ui::installUiLanguage(tfp::ui::SettingsDialog::language());
    return parseCommandLine(QCoreApplication::arguments()).exitCode;
}

} // namespace tfp::gui
