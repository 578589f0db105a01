#include "odfpackage.h"

#include "tr.h"

#include "error.h"
#include "zipmemory.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QIODevice>
#include <QXmlStreamWriter>

#include <minizip/zip.h>

#include <algorithm>
#include <cstring>

using namespace Qt::StringLiterals;

namespace tfp::exchange::odf {

namespace {

QByteArray manifest(const QString &mimetype, const QList<Part> &parts)
{
    QByteArray xml;
    QXmlStreamWriter w(&xml);
    w.writeStartDocument();
    const QString ns = u"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"_s;
    w.writeNamespace(ns, u"manifest"_s);
    w.writeStartElement(ns, u"manifest"_s);
    w.writeAttribute(ns, u"version"_s, u"1.2"_s);
    const auto entry = [&](const QString &path, const QString &type) {
        w.writeEmptyElement(ns, u"file-entry"_s);
        w.writeAttribute(ns, u"full-path"_s, path);
        w.writeAttribute(ns, u"media-type"_s, type);
    };
    entry(u"/"_s, mimetype);
    for (const Part &p : parts)
        entry(p.path, p.mediaType);
    w.writeEndElement();
    w.writeEndDocument();
    return xml;
}

// One entry of the zip as a device that deflates what is written to it, in chunks.
class EntryDevice : public QIODevice
{
public:
    explicit EntryDevice(zipFile zip) : m_zip(zip) { open(QIODevice::WriteOnly); }
    bool failed() const { return m_failed; }
    bool finish() { return spill(); }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override
    {
        m_buffer.append(data, size);
        if (m_buffer.size() >= kChunk && !spill())
            return -1;
        return size;
    }

private:
    static constexpr qsizetype kChunk = 256 * 1024;
    bool spill()
    {
        if (!m_buffer.isEmpty() && !m_failed)
            m_failed = zipWriteInFileInZip(m_zip, m_buffer.constData(), unsigned(m_buffer.size())) != ZIP_OK;
        m_buffer.clear();
        return !m_failed;
    }
    zipFile m_zip;
    QByteArray m_buffer;
    bool m_failed = false;
};

class Writer
{
public:
    Writer()
    {
        // Written into memory (no temporary file that a full /tmp could break).
        zlib_filefunc64_def io = zip::memoryIo(m_memory);
        m_zip = zipOpen2_64("", APPEND_STATUS_CREATE, nullptr, &io);
        if (!m_zip)
            fail();
    }
    ~Writer()
    {
        if (m_zip)
            zipClose(m_zip, nullptr);
    }
    Writer(const Writer &) = delete;
    Writer &operator=(const Writer &) = delete;

    void add(const QString &path, const QByteArray &bytes, bool compress)
    {
        open(path, compress);
        if (zipWriteInFileInZip(m_zip, bytes.constData(), unsigned(bytes.size())) != ZIP_OK ||
            zipCloseFileInZip(m_zip) != ZIP_OK)
            fail();
    }
    void add(const QString &path, const std::function<void(QIODevice &)> &write)
    {
        open(path, true);
        EntryDevice device(m_zip);
        write(device);
        if (!device.finish() || zipCloseFileInZip(m_zip) != ZIP_OK)
            fail();
    }
    QByteArray finish()
    {
        const int rc = zipClose(m_zip, nullptr);
        m_zip = nullptr;
        if (rc != ZIP_OK)
            fail();
        return std::move(m_bytes);
    }

private:
    void open(const QString &path, bool compress)
    {
        zip_fileinfo info{};
        const QDateTime now = QDateTime::currentDateTime();
        info.tmz_date = {uInt(now.time().second()), uInt(now.time().minute()),    uInt(now.time().hour()),
                         uInt(now.date().day()),    uInt(now.date().month() - 1), uInt(now.date().year())};
        const QByteArray name = path.toUtf8();
        // No zip64 extra field: ODF readers (and the mimetype check at offset 38) expect the plain header.
        if (zipOpenNewFileInZip64(m_zip, name.constData(), &info, nullptr, 0, nullptr, 0, nullptr,
                                  compress ? Z_DEFLATED : 0, compress ? Z_DEFAULT_COMPRESSION : 0,
                                  0) != ZIP_OK)
            fail();
    }
    [[noreturn]] static void fail()
    {
        throw Error(Tr::tr("Das OpenDocument-Paket ließ sich nicht zusammenstellen "
                           "(zu wenig Arbeitsspeicher?)."));
    }
    QByteArray m_bytes;
    zip::MemoryFile m_memory{&m_bytes, 0, true};
    zipFile m_zip = nullptr;
};

} // namespace

QByteArray package(const QString &mimetype, const QList<Part> &parts)
{
    Writer w;
    w.add(u"mimetype"_s, mimetype.toUtf8(), false);
    for (const Part &p : parts)
        if (p.write)
            w.add(p.path, p.write);
        else
            w.add(p.path, p.bytes, true);
    w.add(u"META-INF/manifest.xml"_s, manifest(mimetype, parts), true);
    return w.finish();
}

} // namespace tfp::exchange::odf
