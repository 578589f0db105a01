#include "cli.h"

#include "tr.h"

#include "domain/sourcelanguage.h"
#include "error.h"
#include "exchange/fileio.h"
#include "storage/catalog.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <algorithm>
#include <cstdio>

namespace tfp::cli {

bool parse(QCommandLineParser &parser, const QStringList &args, const QString &description, int minPositional,
           int maxPositional, int &exit)
{
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    // Read by outputLanguage() before the command ran; here so that the parser accepts it and --help lists
    // it.
    parser.addOption({u"lang"_qs,
                      Tr::tr("Sprache der Ausgabe: de (Vorgabe) oder en; "
                             "ebenso die Umgebungsvariable TFP_LANG."),
                      Tr::tr("SPRACHE")});
    if (!parser.parse(args)) {
        exit = fail(parser.errorText());
        exit = Usage;
        return false;
    }
    if (parser.isSet(u"help"_qs)) {
        // Qt names the program by the path it was started with; the usage line names the command as typed.
        QString help = parser.helpText();
        const QString program = QCoreApplication::arguments().value(0);
        if (const qsizetype at = help.indexOf(program); at >= 0 && at < help.indexOf(u'\n'))
            help.replace(at, program.size(), args.value(0));
        printOut(help.toUtf8());
        exit = Ok;
        return false;
    }
    const auto n = parser.positionalArguments().size();
    if (n < minPositional || n > maxPositional) {
        fail(Tr::tr("falsche Anzahl von Argumenten; siehe „%1 --help“.").arg(args.value(0)));
        exit = Usage;
        return false;
    }
    return true;
}

QString outputLanguage(QStringList &args)
{
    QString lang;
    QString source = u"TFP_LANG"_qs;
    auto take = [&](qsizetype i) -> qsizetype { // how many arguments a --lang at i spans
        if (args[i] == u"--lang" && i + 1 < args.size()) {
            lang = args[i + 1];
            return 2;
        }
        if (args[i].startsWith(u"--lang=")) {
            lang = args[i].mid(7);
            return 1;
        }
        return 0;
    };
    while (args.size() > 1)
        if (const qsizetype n = take(1)) {
            args.remove(1, n);
            source = u"--lang"_qs;
        } else {
            break;
        }
    for (qsizetype i = 2; i < args.size() && args[i] != u"--"; ++i)
        if (take(i))
            source = u"--lang"_qs;
    if (source == u"TFP_LANG")
        lang = qEnvironmentVariable("TFP_LANG");
    if (lang.isEmpty())
        return u"de"_qs;
    if (lang != u"de" && lang != u"en") {
        fail(Tr::tr("%1 erwartet de oder en, nicht „%2“.").arg(source, lang));
        return {};
    }
    return lang;
}

void installLanguage(const QString &lang)
{
    QLocale::setDefault(lang == u"en" ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                                      : QLocale(QLocale::German, QLocale::Germany));
    QCoreApplication *app = QCoreApplication::instance();
    // German is the source language; its .qm still holds the plural forms of %n messages ("1 Stimme",
    // "18 Stimmen"), as in the GUI.
    auto *own = new QTranslator(app);
    if (own->load(u":/i18n/themenfeldplaner_%1.qm"_qs.arg(lang)))
        QCoreApplication::installTranslator(own);
    // Qt's own texts (QCommandLineParser's) are English in the source.
    if (lang != u"en") {
        auto *qt = new QTranslator(app);
        if (qt->load(u"qtbase_"_qs + lang, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
    }
    labels::installSourceLanguageSwitch(); // a received file's German words in either language
}

int fail(const QString &message)
{
    const QByteArray line = "tfp: " + message.simplified().toUtf8() + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
    return Failed;
}

void printOut(const QByteArray &utf8)
{
    std::fwrite(utf8.constData(), 1, size_t(utf8.size()), stdout);
    std::fflush(stdout);
}

void writeOut(const QString &path, const QByteArray &data)
{
    fileio::writeAtomically(path, data);
}

std::unique_ptr<Catalog> openCatalog(const QString &path, bool writable)
{
    auto c = Catalog::open(path, writable ? Catalog::Access::ReadWrite : Catalog::Access::ReadOnly);
    if (writable && c->isReadOnly())
        throw Error(c->readOnlyReason());
    return c;
}

QDate dateArgument(const QString &text)
{
    for (const QString &format : {u"yyyy-MM-dd"_qs, u"dd.MM.yyyy"_qs})
        if (const QDate d = QDate::fromString(text, format); d.isValid())
            return d;
    return {};
}

std::optional<analysis::Scope> scopeOption(const QCommandLineParser &p)
{
    const QString scope = p.value(u"scope"_qs);
    if (scope != u"alle" && scope != u"foederal") {
        fail(Tr::tr("--scope erwartet alle oder foederal, nicht „%1“.").arg(scope));
        return std::nullopt;
    }
    return scope == u"alle" ? analysis::Scope::Alle : analysis::Scope::Foederal;
}

std::optional<QDate> dateOption(const QCommandLineParser &p, const QString &name, const QDate &fallback)
{
    if (!p.isSet(name))
        return fallback;
    const QDate d = QDate::fromString(p.value(name), Qt::ISODate);
    if (!d.isValid()) {
        fail(Tr::tr("--%1 erwartet ein Datum JJJJ-MM-TT, nicht „%2“.").arg(name, p.value(name)));
        return std::nullopt;
    }
    return d;
}

const Themenfeld &themenfeldNamed(const PlanSnapshot &plan, const QString &name)
{
    if (const Themenfeld *t = plan.themenfeldByName(name))
        return *t;
    QList<Themenfeld> all = plan.themenfelder;
    std::stable_sort(all.begin(), all.end(),
                     [](const Themenfeld &a, const Themenfeld &b) { return a.sortOrder < b.sortOrder; });
    QStringList names;
    for (const Themenfeld &t : all)
        names.append(t.name);
    throw Error(Tr::tr("unbekanntes Themenfeld „%1“; gültig sind: %2").arg(name, names.join(u", ")));
}

} // namespace tfp::cli
