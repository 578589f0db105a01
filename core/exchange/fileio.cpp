#include "fileio.h"

#include "tr.h"

#include "error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <algorithm>
#include <cerrno>
#include <cstring>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#else
#include <QSaveFile>
#endif

namespace tfp::fileio {

namespace {

Error writeError(const QString &path, const QString &cause)
{
    return Error(exchange::Tr::tr(
                     "Die Datei „%1“ kann nicht geschrieben werden: %2. Eine vorhandene Datei dieses Namens "
                     "ist unverändert.")
                     .arg(QDir::toNativeSeparators(path), cause));
}

#ifdef Q_OS_UNIX
// Closes the descriptor and removes the unfinished file unless it was renamed into place.
struct PartialFile
{
    int fd = -1;
    QByteArray name;
    bool done = false;
    ~PartialFile()
    {
        if (fd >= 0)
            ::close(fd);
        if (!done && !name.isEmpty())
            ::unlink(name.constData());
    }
};
#endif

} // namespace

QString systemErrorText(int error)
{
    switch (error) {
    case ENOSPC:
        return exchange::Tr::tr("der Datenträger ist voll (kein Speicherplatz mehr frei)");
#ifdef EDQUOT
    case EDQUOT:
        return exchange::Tr::tr("das Speicherkontingent (Quota) auf dem Datenträger ist erschöpft");
#endif
    case EFBIG:
        return exchange::Tr::tr("die Datei wäre größer, als der Datenträger erlaubt");
    case EROFS:
        return exchange::Tr::tr("der Datenträger ist schreibgeschützt");
    case EACCES:
    case EPERM:
        return exchange::Tr::tr("keine Berechtigung, in diesem Ordner zu schreiben");
    case ENOENT:
    case ENOTDIR:
        return exchange::Tr::tr("den Ordner gibt es nicht");
    case EISDIR:
        return exchange::Tr::tr("unter diesem Namen gibt es einen Ordner");
    case ENAMETOOLONG:
        return exchange::Tr::tr("der Dateiname ist zu lang");
    case EIO:
        return exchange::Tr::tr("Ein-/Ausgabefehler des Datenträgers");
    default:
        return QString::fromLocal8Bit(std::strerror(error));
    }
}

QByteArray readBounded(const QString &path, qint64 maxBytes, const QString &shown)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw Error(exchange::Tr::tr("„%1“ kann nicht gelesen werden: %2").arg(shown, f.errorString()));
    const auto tooLarge = [&] {
        return Error(
            exchange::Tr::tr("„%1“ ist zu groß: eingelesen werden höchstens %2 MB; die Datei enthält mehr.")
                .arg(shown)
                .arg(maxBytes / (1024 * 1024)));
    };
    // A regular file says its size; a device or a pipe is read until it ends or passes the bound.
    if (!f.isSequential() && f.size() > maxBytes)
        throw tooLarge();
    QByteArray bytes;
    bytes.reserve(qsizetype(std::min<qint64>(f.isSequential() ? 0 : f.size(), maxBytes)));
    QByteArray chunk(qsizetype(64 * 1024), Qt::Uninitialized);
    while (true) {
        const qint64 n = f.read(chunk.data(), chunk.size());
        if (n < 0)
            throw Error(exchange::Tr::tr("„%1“ kann nicht gelesen werden: %2").arg(shown, f.errorString()));
        if (n == 0)
            break;
        if (bytes.size() + n > maxBytes)
            throw tooLarge();
        bytes.append(chunk.constData(), qsizetype(n));
    }
    return bytes;
}

void writeAtomically(const QString &path, const QByteArray &bytes)
{
    QString target = path;
    if (const QFileInfo info(path); info.isSymLink())
        target = info.symLinkTarget(); // replace the file the link points at, keep the link
    if (QFileInfo(target).isDir())
        throw writeError(path, systemErrorText(EISDIR));
#ifdef Q_OS_UNIX
    const QByteArray finalName = QFile::encodeName(target);
    const QFileInfo targetInfo(target);
    PartialFile partial;
    for (int attempt = 0; partial.fd < 0; ++attempt) {
        partial.name =
            QFile::encodeName(targetInfo.absolutePath() + u"/."_qs + targetInfo.fileName() + u".tfp-"_qs +
                              QString::number(QRandomGenerator::global()->generate(), 36));
        partial.fd = ::open(partial.name.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (partial.fd < 0) {
            const int e = errno;
            partial.name.clear();
            if (e != EEXIST || attempt > 20)
                throw writeError(path, systemErrorText(e));
        }
    }
    // The new file keeps the permissions of the one it replaces.
    if (struct stat old; ::stat(finalName.constData(), &old) == 0)
        (void)::fchmod(partial.fd, old.st_mode & 07777);
    const char *data = bytes.constData();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t n = ::write(partial.fd, data, size_t(left));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            throw writeError(path, systemErrorText(n < 0 ? errno : ENOSPC));
        data += n;
        left -= n;
    }
    // A file system may accept a write and fail only when it puts the data on the disk: fsync reports that.
    while (::fsync(partial.fd) != 0)
        if (errno != EINTR)
            throw writeError(path, systemErrorText(errno));
    struct stat written;
    if (::fstat(partial.fd, &written) != 0)
        throw writeError(path, systemErrorText(errno));
    if (written.st_size != bytes.size())
        throw writeError(path, exchange::Tr::tr("es wurden nur %1 von %2 Bytes geschrieben")
                                   .arg(qint64(written.st_size))
                                   .arg(bytes.size()));
    const int fd = std::exchange(partial.fd, -1);
    if (::close(fd) != 0)
        throw writeError(path, systemErrorText(errno));
    // rename(2) replaces the old file in one step: there is never a moment without a complete one.
    if (::rename(partial.name.constData(), finalName.constData()) != 0)
        throw writeError(path, systemErrorText(errno));
    partial.done = true;
    // The rename itself reaches the disk with the folder.
    if (const int dir =
            ::open(QFile::encodeName(targetInfo.absolutePath()).constData(), O_RDONLY | O_CLOEXEC);
        dir >= 0) {
        (void)::fsync(dir);
        ::close(dir);
    }
#else
    QSaveFile f(target);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.flush() ||
        f.size() != bytes.size()) {
        const QString why = f.errorString();
        f.cancelWriting();
        throw writeError(path, why);
    }
    if (!f.commit())
        throw writeError(path, f.errorString());
#endif
}

} // namespace tfp::fileio
