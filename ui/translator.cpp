// The UI language at start: the context-tolerant translator and the installation of the app's and Qt's
// translations with the matching locale.
#include "translator.h"

#include <QCoreApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QtEndian>

#include <cstring>

namespace tfp::ui {

namespace {

// The .qm layout (Qt's qtranslator.cpp): a 16-byte magic number, then blocks of tag, 32-bit length, data.
constexpr uchar kMagic[16] = {0x3c, 0xb8, 0x64, 0x18, 0xca, 0xef, 0x9c, 0x95,
                              0xcd, 0x21, 0x1c, 0xbf, 0x60, 0xa1, 0xbd, 0xdd};
constexpr uchar kMessagesBlock = 0x69;
enum MessageTag : uchar
{
    TagEnd = 1,
    TagSourceText16 = 2,
    TagTranslation = 3,
    TagContext16 = 4,
    TagObsolete1 = 5,
    TagSourceText = 6,
    TagContext = 7,
    TagComment = 8,
    TagObsolete2 = 9
};

bool readLength(const QByteArray &data, qsizetype &pos, quint32 &length)
{
    if (pos + 4 > data.size())
        return false;
    length = qFromBigEndian<quint32>(data.constData() + pos);
    pos += 4;
    return pos + qsizetype(length) <= data.size();
}

} // namespace

bool Translator::loadFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    // QTranslator::load(data) keeps a pointer to the bytes: they live as long as the translator.
    m_qm = f.readAll();
    if (!load(reinterpret_cast<const uchar *>(m_qm.constData()), int(m_qm.size())))
        return false;
    indexContexts(m_qm);
    return true;
}

void Translator::indexContexts(const QByteArray &qm)
{
    m_contextOf.clear();
    if (qm.size() < 16 || memcmp(qm.constData(), kMagic, 16) != 0)
        return;
    qsizetype pos = 16;
    while (pos + 5 <= qm.size()) {
        const uchar tag = uchar(qm[pos++]);
        quint32 length = 0;
        if (!readLength(qm, pos, length))
            return;
        if (tag != kMessagesBlock) {
            pos += length;
            continue;
        }
        const qsizetype end = pos + length;
        QByteArray source, comment, context;
        while (pos < end) {
            const uchar t = uchar(qm[pos++]);
            if (t == TagEnd) {
                if (!context.isNull())
                    m_contextOf.insert(source + '\0' + comment, context);
                source = comment = context = QByteArray();
                continue;
            }
            if (t == TagObsolete1)
                continue; // no payload
            quint32 n = 0;
            if (!readLength(qm, pos, n))
                return;
            const QByteArray value = qm.mid(pos, n);
            pos += n;
            if (t == TagSourceText)
                source = value;
            else if (t == TagComment)
                comment = value;
            else if (t == TagContext)
                context = value;
        }
        pos = end;
    }
}

QString Translator::translate(const char *context, const char *sourceText, const char *disambiguation,
                              int n) const
{
    const QString found = QTranslator::translate(context, sourceText, disambiguation, n);
    if (!found.isNull() || !sourceText)
        return found;
    const QByteArray key = QByteArray(sourceText) + '\0' + QByteArray(disambiguation ? disambiguation : "");
    const auto it = m_contextOf.constFind(key);
    if (it == m_contextOf.constEnd() || *it == context)
        return found;
    return QTranslator::translate(it->constData(), sourceText, disambiguation, n);
}

QString runningUiLanguage()
{
    return QLocale().language() == QLocale::English ? u"en"_qs : u"de"_qs;
}

QStringList uiLanguages()
{
    return {u"de"_qs, u"en"_qs};
}

QString installUiLanguage(const QString &language)
{
    const QString lang = uiLanguages().contains(language) ? language : u"de"_qs;
    QLocale::setDefault(lang == u"en" ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                                      : QLocale(QLocale::German, QLocale::Germany));
    auto *app = QCoreApplication::instance();
    // German is the source language; its .qm still matters for the plural forms of %n messages.
    auto *own = new Translator(app);
    if (own->loadFile(u":/i18n/themenfeldplaner_%1.qm"_qs.arg(lang)))
        QCoreApplication::installTranslator(own);
    else
        delete own;
    // Qt's own strings are English in the source: only other languages need a catalog.
    if (lang != u"en") {
        auto *qt = new QTranslator(app);
        if (qt->load(u"qtbase_"_qs + lang, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
        else
            delete qt;
    }
    return lang;
}

} // namespace tfp::ui
