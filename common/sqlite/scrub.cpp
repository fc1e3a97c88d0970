#include "sqlite/scrub.h"

#include <QSqlQuery>

#include <algorithm>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace pilothouse::sqlite {

bool setSecureDelete(QSqlDatabase db, bool on)
{
    QSqlQuery query(db);
    bool previous = false;
    if (query.exec(u"PRAGMA secure_delete"_s) && query.next())
        previous = query.value(0).toInt() != 0;
    query.finish();
    query.exec(on ? u"PRAGMA secure_delete = ON"_s : u"PRAGMA secure_delete = OFF"_s);
    query.finish();
    return previous;
}

Checkpoint checkpointTruncate(QSqlDatabase db, int waitMs)
{
    QSqlQuery query(db);
    int busyTimeout = -1;
    if (query.exec(u"PRAGMA busy_timeout"_s) && query.next())
        busyTimeout = query.value(0).toInt();
    query.finish();
    query.exec(u"PRAGMA busy_timeout = %1"_s.arg(std::max(0, waitMs)));
    query.finish();
    const Checkpoint result = [&] {
        // One row: busy (1 when a reader or writer kept it from finishing), frames in the WAL, frames
        // copied. TRUNCATE only truncates once every frame is copied and no reader uses the WAL.
        if (!query.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s) || !query.next())
            return Checkpoint::Failed;
        const bool busy = query.value(0).toInt() != 0;
        const int frames = query.value(1).toInt();
        query.finish();
        if (frames < 0) // -1: not in WAL mode
            return Checkpoint::Failed;
        return busy ? Checkpoint::Busy : Checkpoint::Done;
    }();
    query.finish();
    if (busyTimeout >= 0)
        query.exec(u"PRAGMA busy_timeout = %1"_s.arg(busyTimeout));
    return result;
}

} // namespace pilothouse::sqlite

namespace pilothouse::sqlite {

TruncatingCheckpoint::TruncatingCheckpoint(QObject *parent)
    : QObject(parent)
    , m_timer(this) // a child, so it follows moveToThread() with its owner
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &TruncatingCheckpoint::attempt);
}

void TruncatingCheckpoint::start(const QString &connectionName, int tries, int intervalMs)
{
    m_connection = connectionName;
    m_left = std::max(1, tries);
    m_timer.setInterval(intervalMs);
    m_timer.stop();
    attempt();
}

void TruncatingCheckpoint::attempt()
{
    if (m_left <= 0)
        return;
    --m_left;
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (db.isOpen() && checkpointTruncate(db) == Checkpoint::Done) {
        m_left = 0;
        Q_EMIT finished(true);
        return;
    }
    if (m_left > 0 && db.isOpen()) {
        m_timer.start();
        return;
    }
    m_left = 0;
    Q_EMIT finished(false);
}

} // namespace pilothouse::sqlite
