// The finishing step of the tagged PDF (pdftagged.h) with qpdf: what cairo 1.16 cannot write. The elements
// tagged "Private" leave the structure tree and their marked content becomes /Artifact, so that the running
// header and footer, rules, fills and repeated table headers are not read out.
#include "pdftagged.h"

#include "tr.h"

#include "error.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <qpdf/Buffer.hh>
#include <qpdf/Pl_Flate.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <set>
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
        Handle meta = Handle::newStream(&q, f.xmp.toStdString());
        meta.getDict().replaceKey("/Type", Handle::newName("/Metadata"));
        meta.getDict().replaceKey("/Subtype", Handle::newName("/XML"));
        root.replaceKey("/Metadata", meta);
        q.getTrailer().getKey("/Info").replaceKey("/Producer", text(f.producer));

        Handle structure = root.getKey("/StructTreeRoot");
        if (structure.isDictionary()) {
            Tree tree(f);
            tree.walk(structure);
            prune(structure.getKey("/ParentTree"), tree.removed());
        }
        for (QPDFPageObjectHelper &page : QPDFPageDocumentHelper(q).getAllPages()) {
            page.getObjectHandle().replaceKey("/Tabs", Handle::newName("/S"));
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
