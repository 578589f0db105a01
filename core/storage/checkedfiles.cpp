#include "checkedfiles.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDataStream>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

#include <algorithm>
#include <utility>

#ifdef Q_OS_LINUX
#include <linux/magic.h>
#include <sys/stat.h>
#include <sys/vfs.h>
#include <time.h>
#endif

namespace tfp::checkedfiles {

namespace {
constexpr int kMaxRecords = 200;

} // namespace

QString recordFile()
{
    const QString org = QCoreApplication::organizationName();
    if (org.isEmpty())
        return {};
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (base.isEmpty())
        return {};
    return base + u'/' + org + u"/gepruefte-kataloge.ini"_qs;
}

namespace {
QString keyOf(const QString &absolutePath)
{
    return QString::fromLatin1(QCryptographicHash::hash(QFileInfo(absolutePath).absoluteFilePath().toUtf8(),
                                                        QCryptographicHash::Sha256)
                                   .toHex());
}

std::unique_ptr<QSettings> openRecord()
{
    const QString path = recordFile();
    if (path.isEmpty())
        return {};
    QDir().mkpath(QFileInfo(path).absolutePath());
    auto s = std::make_unique<QSettings>(path, QSettings::IniFormat);
    return s;
}

// Whether a later change of the file is sure to change its stamp. The kernel stamps a change with the time of
// its coarse clock, a tick of some milliseconds: a second change within the tick of the last one would keep
// size and times. So this waits until the clock has passed the file's last change (at most a tick), as git
// does for its index. File systems whose times are coarser than a nanosecond (FAT, network shares) are never
// taken as settled.
bool settled(const QString &absolutePath)
{
#ifdef Q_OS_LINUX
    struct statfs fs
    {
    };
    if (::statfs(QFile::encodeName(absolutePath).constData(), &fs) != 0)
        return false;
    switch (static_cast<unsigned long>(fs.f_type)) {
    case EXT4_SUPER_MAGIC: // also ext2 and ext3
    case XFS_SUPER_MAGIC:
    case BTRFS_SUPER_MAGIC:
    case TMPFS_MAGIC:
    case OVERLAYFS_SUPER_MAGIC:
    case F2FS_SUPER_MAGIC:
        break;
    default:
        return false;
    }
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(absolutePath).constData(), &st) != 0)
        return false;
    for (int i = 0; i < 100; ++i) {
        struct timespec now
        {
        };
        clock_gettime(CLOCK_REALTIME_COARSE, &now);
        if (now.tv_sec > st.st_ctim.tv_sec ||
            (now.tv_sec == st.st_ctim.tv_sec && now.tv_nsec > st.st_ctim.tv_nsec))
            return true;
        const struct timespec pause
        {
            0, 1000000
        };
        nanosleep(&pause, nullptr);
    }
    return false;
#else
    Q_UNUSED(absolutePath);
    return false;
#endif
}

// Keeps the record small: the files used longest ago go first.
void prune(QSettings &s)
{
    const QStringList groups = s.childGroups();
    if (groups.size() <= kMaxRecords)
        return;
    QList<std::pair<qint64, QString>> used;
    for (const QString &g : groups)
        used.append({s.value(g + u"/used"_qs).toLongLong(), g});
    std::sort(used.begin(), used.end());
    for (qsizetype i = 0; i < used.size() - kMaxRecords; ++i)
        s.remove(used[i].second);
}
} // namespace

QByteArray stamp(const QString &absolutePath)
{
#ifdef Q_OS_LINUX
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(absolutePath).constData(), &st) != 0 || !S_ISREG(st.st_mode))
        return {};
    QByteArray out;
    QDataStream ds(&out, QIODevice::WriteOnly);
    ds << quint64(st.st_dev) << quint64(st.st_ino) << qint64(st.st_size) << qint64(st.st_mtim.tv_sec)
       << qint64(st.st_mtim.tv_nsec) << qint64(st.st_ctim.tv_sec) << qint64(st.st_ctim.tv_nsec);
    return out;
#else
    // Elsewhere the times this needs are not at hand: no file is ever taken as unchanged.
    Q_UNUSED(absolutePath);
    return {};
#endif
}

bool unchanged(const QString &absolutePath, const QByteArray &rules)
{
    const QByteArray now = stamp(absolutePath);
    if (now.isEmpty() || rules.isEmpty())
        return false;
    const auto s = openRecord();
    if (!s)
        return false;
    const QString key = keyOf(absolutePath);
    return s->value(key + u"/stamp"_qs).toByteArray() == now &&
           s->value(key + u"/rules"_qs).toByteArray() == rules;
}

void remember(const QString &absolutePath, const QByteArray &rules, const QByteArray &stampBefore)
{
    const QByteArray before = stampBefore.isEmpty() ? stamp(absolutePath) : stampBefore;
    if (before.isEmpty() || rules.isEmpty() || recordFile().isEmpty() || !settled(absolutePath))
        return;
    const QByteArray now = stamp(absolutePath);
    if (now != before)
        return;
    const auto s = openRecord();
    if (!s)
        return;
    const QString key = keyOf(absolutePath);
    s->setValue(key + u"/stamp"_qs, now);
    s->setValue(key + u"/rules"_qs, rules);
    s->setValue(key + u"/used"_qs, QDateTime::currentSecsSinceEpoch());
    prune(*s);
}

} // namespace tfp::checkedfiles
