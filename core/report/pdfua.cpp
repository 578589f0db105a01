// The finishing step of the tagged PDF (pdftagged.h) with qpdf: what cairo 1.16 cannot write. The elements
// tagged "Private" leave the structure tree and their marked content becomes /Artifact, so that the running
// header and footer, rules, fills and repeated table headers are not read out. The file claims PDF/UA-1 and
// PDF/A-2a: cairo paints in DeviceRGB, which the sRGB output intent defines; the document information and
// the XMP metadata are written here from the same values, as PDF/A wants them equal.
#include "pdftagged.h"

#include "tr.h"

#include "error.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

#include <qpdf/Buffer.hh>
#include <qpdf/Pl_Flate.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <cstdlib>
#include <set>
#include <stdexcept>
#include <vector>

namespace tfp::report::tagged {

namespace {

using Handle = QPDFObjectHandle;

Handle text(const QString &s)
{
    return Handle::newUnicodeString(s.toStdString());
}

// Rewrites cairo's "/Private << /MCID n >> BDC" lines into "/Artifact BMC". cairo writes each marked-content
// operator on a line of its own; text is always inside a string and never holds a line break (plainText), so
// a match at a line's start is an operator, never a user's text.
void artifacts(QPDFPageObjectHelper &page)
{
    static const QRegularExpression privateBegin(u"^/Private << /MCID \\d+ >> BDC$"_qs,
                                                 QRegularExpression::MultilineOption);
    for (Handle stream : page.getPageContents()) {
        const std::shared_ptr<Buffer> data = stream.getStreamData(qpdf_dl_generalized);
        QString text = QString::fromLatin1(reinterpret_cast<const char *>(data->getBuffer()),
                                           qsizetype(data->getSize()));
        if (!text.contains(u"/Private"_qs))
            continue;
        text.replace(privateBegin, u"/Artifact BMC"_qs);
        stream.replaceStreamData(text.toLatin1().toStdString(), Handle::newNull(), Handle::newNull());
    }
}

// A date as the document information writes it: D:YYYYMMDDHHmmSS with the offset from UTC.
QString pdfDate(const QDateTime &t)
{
    const int offset = t.offsetFromUtc() / 60;
    return u"D:%1%2%3'%4'"_qs.arg(t.toString(u"yyyyMMddHHmmss"_qs), offset < 0 ? u"-"_qs : u"+"_qs)
        .arg(std::abs(offset) / 60, 2, 10, QChar(u'0'))
        .arg(std::abs(offset) % 60, 2, 10, QChar(u'0'));
}

// The XMP metadata: title, author, language, dates and tools as in the document information, the claims of
// PDF/A-2a (pdfaid) and PDF/UA-1 (pdfuaid, which PDF/A-2 knows only through the extension schema given here).
std::string xmpMetadata(const Finish &f)
{
    // With its offset from UTC, as the document information says it (Qt omits it for local time).
    const QString date = f.created.toOffsetFromUtc(f.created.offsetFromUtc()).toString(Qt::ISODate);
    const QString creator = f.author.isEmpty()
                                ? QString()
                                : u"<dc:creator><rdf:Seq><rdf:li>%1</rdf:li></rdf:Seq></dc:creator>"_qs.arg(
                                      f.author.toHtmlEscaped());
    const QString xmp =
        u"<?xpacket begin='\uFEFF' id='W5M0MpCehiHzreSzNTczkc9d'?>\n"
        u"<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF "
        u"xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>"
        u"<rdf:Description rdf:about='' xmlns:dc='http://purl.org/dc/elements/1.1/' "
        u"xmlns:xmp='http://ns.adobe.com/xap/1.0/' xmlns:pdf='http://ns.adobe.com/pdf/1.3/' "
        u"xmlns:pdfaid='http://www.aiim.org/pdfa/ns/id/' xmlns:pdfuaid='http://www.aiim.org/pdfua/ns/id/' "
        u"xmlns:pdfaExtension='http://www.aiim.org/pdfa/ns/extension/' "
        u"xmlns:pdfaSchema='http://www.aiim.org/pdfa/ns/schema#' "
        u"xmlns:pdfaProperty='http://www.aiim.org/pdfa/ns/property#'>"
        u"<dc:format>application/pdf</dc:format>"
        u"<dc:title><rdf:Alt><rdf:li xml:lang='x-default'>%1</rdf:li></rdf:Alt></dc:title>%2"
        u"<dc:language><rdf:Bag><rdf:li>%3</rdf:li></rdf:Bag></dc:language>"
        u"<xmp:CreateDate>%4</xmp:CreateDate><xmp:ModifyDate>%4</xmp:ModifyDate>"
        u"<xmp:MetadataDate>%4</xmp:MetadataDate><xmp:CreatorTool>Themenfeldplaner</xmp:CreatorTool>"
        u"<pdf:Producer>%5</pdf:Producer>"
        u"<pdfaid:part>2</pdfaid:part><pdfaid:conformance>A</pdfaid:conformance>"
        u"<pdfuaid:part>1</pdfuaid:part>"
        u"<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType='Resource'>"
        u"<pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>"
        u"<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>"
        u"<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>"
        u"<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType='Resource'>"
        u"<pdfaProperty:name>part</pdfaProperty:name><pdfaProperty:valueType>Integer</pdfaProperty:valueType>"
        u"<pdfaProperty:category>internal</pdfaProperty:category>"
        u"<pdfaProperty:description>Part of ISO 14289 the file conforms to</pdfaProperty:description>"
        u"</rdf:li></rdf:Seq></pdfaSchema:property></rdf:li></rdf:Bag></pdfaExtension:schemas>"
        u"</rdf:Description></rdf:RDF></x:xmpmeta>\n<?xpacket end='w'?>"_qs.arg(
            f.title.toHtmlEscaped(), creator, f.language.toHtmlEscaped(), date, f.producer.toHtmlEscaped());
    return xmp.toStdString();
}

// The document information from the same values as the XMP.
void documentInfo(QPDF &q, const Finish &f)
{
    Handle info = Handle::newDictionary();
    info.replaceKey("/Title", text(f.title));
    if (!f.author.isEmpty())
        info.replaceKey("/Author", text(f.author));
    info.replaceKey("/Creator", text(u"Themenfeldplaner"_qs));
    info.replaceKey("/Producer", text(f.producer));
    info.replaceKey("/CreationDate", Handle::newString(pdfDate(f.created).toStdString()));
    info.replaceKey("/ModDate", Handle::newString(pdfDate(f.created).toStdString()));
    q.getTrailer().replaceKey("/Info", q.makeIndirectObject(info));
}

// The output intent that gives cairo's DeviceRGB its meaning: sRGB, with the ICC profile of Debian's
// icc-profiles-free (sRGB.icc, lcms, "no copyright, use freely") compiled in.
Handle outputIntent(QPDF &q)
{
    QFile icc(u":/tfp/report/sRGB.icc"_qs);
    if (!icc.open(QIODevice::ReadOnly))
        throw std::runtime_error("the sRGB profile is not compiled in");
    Handle profile = Handle::newStream(&q, icc.readAll().toStdString());
    profile.getDict().replaceKey("/N", Handle::newInteger(3));
    Handle intent = Handle::parse("<< /Type /OutputIntent /S /GTS_PDFA1 /OutputConditionIdentifier "
                                  "(sRGB IEC61966-2.1) /Info (sRGB IEC61966-2.1) /RegistryName "
                                  "(http://www.color.org) >>");
    intent.replaceKey("/DestOutputProfile", profile);
    return q.makeIndirectObject(intent);
}

// PDF/A wants the CID-to-glyph map of cairo's TrueType subsets said, not left to the default: Identity,
// which is what the default means (cairo numbers the subset's glyphs as their CIDs).
void fonts(Handle resources)
{
    Handle fontDict = resources.isDictionary() ? resources.getKey("/Font") : Handle::newNull();
    if (!fontDict.isDictionary())
        return;
    for (const auto &entry : fontDict.getDictAsMap()) {
        Handle font = entry.second;
        Handle descendants = font.getKey("/DescendantFonts");
        for (int i = 0; descendants.isArray() && i < descendants.getArrayNItems(); ++i) {
            Handle cid = descendants.getArrayItem(i);
            if (cid.getKey("/Subtype").isNameAndEquals("/CIDFontType2") && !cid.hasKey("/CIDToGIDMap"))
                cid.replaceKey("/CIDToGIDMap", Handle::newName("/Identity"));
        }
    }
}

class Tree
{
public:
    Tree(const Finish &f) : m_f(f) {}

    // Walks the elements below e in reading order; removes Private children from e's /K.
    void walk(Handle e)
    {
        Handle k = e.getKey("/K");
        if (k.isDictionary()) {
            k = Handle::newArray({k});
            e.replaceKey("/K", k);
        }
        if (!k.isArray())
            return;
        std::vector<Handle> kept;
        for (int i = 0; i < k.getArrayNItems(); ++i) {
            Handle c = k.getArrayItem(i);
            if (!c.isDictionary() || !c.hasKey("/S")) {
                kept.push_back(c);
                continue;
            }
            const std::string s = c.getKey("/S").getName();
            if (s == "/Private") {
                m_removed.insert(c.getObjGen());
                continue;
            }
            element(c, s);
            walk(c);
            kept.push_back(c);
        }
        e.replaceKey("/K", Handle::newArray(kept));
    }
    const std::set<QPDFObjGen> &removed() const { return m_removed; }

private:
    void element(Handle c, const std::string &s)
    {
        if (s == "/Figure" && m_figure < m_f.figureAlt.size() && !m_f.figureAlt[m_figure].isEmpty())
            c.replaceKey("/Alt", text(m_f.figureAlt[m_figure]));
        if (s == "/Figure")
            ++m_figure;
        if (s == "/TH")
            c.replaceKey("/A", Handle::parse("<< /O /Table /Scope /Column >>"));
        if (s == "/Link") {
            const QString t = m_f.linkText.value(m_link++);
            Handle k = c.getKey("/K");
            for (int i = 0; k.isArray() && i < k.getArrayNItems(); ++i) {
                Handle r = k.getArrayItem(i);
                if (r.isDictionary() && r.getKey("/Type").isNameAndEquals("/OBJR"))
                    r.getKey("/Obj").replaceKey("/Contents", text(t));
            }
            c.replaceKey("/Alt", text(t));
        }
    }

    const Finish &m_f;
    qsizetype m_figure = 0;
    qsizetype m_link = 0;
    std::set<QPDFObjGen> m_removed;
};

// Entries of the parent tree that point to a removed element become null.
void prune(Handle node, const std::set<QPDFObjGen> &removed)
{
    Handle nums = node.getKey("/Nums");
    for (int i = 1; nums.isArray() && i < nums.getArrayNItems(); i += 2) {
        Handle v = nums.getArrayItem(i);
        if (v.isArray()) {
            for (int j = 0; j < v.getArrayNItems(); ++j)
                if (removed.count(v.getArrayItem(j).getObjGen()))
                    v.setArrayItem(j, Handle::newNull());
        } else if (removed.count(v.getObjGen())) {
            nums.setArrayItem(i, Handle::newNull());
        }
    }
    Handle kids = node.getKey("/Kids");
    for (int i = 0; kids.isArray() && i < kids.getArrayNItems(); ++i)
        prune(kids.getArrayItem(i), removed);
}

} // namespace

QByteArray finish(const QByteArray &pdf, const Finish &f)
{
    try {
        QPDF q;
        q.processMemoryFile("arbeitsplan.pdf", pdf.constData(), size_t(pdf.size()));
        Handle root = q.getRoot();
        root.replaceKey("/Lang", text(f.language));
        root.replaceKey("/MarkInfo", Handle::parse("<< /Marked true >>"));
        root.replaceKey("/ViewerPreferences", Handle::parse("<< /DisplayDocTitle true >>"));
        Handle meta = Handle::newStream(&q, xmpMetadata(f));
        meta.getDict().replaceKey("/Type", Handle::newName("/Metadata"));
        meta.getDict().replaceKey("/Subtype", Handle::newName("/XML"));
        root.replaceKey("/Metadata", meta);
        documentInfo(q, f);
        root.replaceKey("/OutputIntents", Handle::newArray({outputIntent(q)}));

        Handle structure = root.getKey("/StructTreeRoot");
        if (structure.isDictionary()) {
            Tree tree(f);
            tree.walk(structure);
            prune(structure.getKey("/ParentTree"), tree.removed());
        }
        for (QPDFPageObjectHelper &page : QPDFPageDocumentHelper(q).getAllPages()) {
            page.getObjectHandle().replaceKey("/Tabs", Handle::newName("/S"));
            // PDF/A: every annotation (cairo's links) printed with the page.
            for (QPDFAnnotationObjectHelper &annot : page.getAnnotations())
                annot.getObjectHandle().replaceKey("/F", Handle::newInteger(4));
            fonts(page.getObjectHandle().getKey("/Resources"));
            artifacts(page);
        }
        // Fast compression: the content streams are rewritten and packed again on every export.
        Pl_Flate::setCompressionLevel(1);
        QPDFWriter w(q);
        w.setOutputMemory();
        w.setObjectStreamMode(qpdf_o_generate); // the structure elements, thousands of small objects
        w.setCompressStreams(true);
        w.setDecodeLevel(qpdf_dl_none); // cairo's compressed streams pass through as they are
        w.write();
        auto buffer = std::unique_ptr<Buffer>(w.getBuffer());
        return QByteArray(reinterpret_cast<const char *>(buffer->getBuffer()), qsizetype(buffer->getSize()));
    } catch (const std::exception &e) {
        throw Error(
            Tr::tr("das PDF kann nicht fertiggestellt werden (%1)").arg(QString::fromStdString(e.what())));
    }
}

} // namespace tfp::report::tagged
