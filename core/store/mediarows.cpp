#include "store/mediarows.h"

#include "media/sha256.h"
#include "model/timestamp.h"
#include "sqlite/database.h"
#include "sqlite/statement.h"
#include "sqlite/transaction.h"
#include "store/store.h"
#include "store/storevalues.h"

#include <QScopeGuard>

namespace copydesk {

bool MediaRows::verify(const QList<DecodedImage> &images, QString *error)
{
    for (const DecodedImage &image : images) {
        const QString actual = Sha256::hex(image.bytes);
        if (image.bytes.isEmpty() || StoreValues::normalizedSha(image.sha256) != actual) {
            if (error) {
                *error = image.bytes.isEmpty()
                    ? Store::tr("Cannot store the media “%1”: it is empty.").arg(image.fileName)
                    : Store::tr("Cannot store the media “%1”: its SHA-256 is %2, not %3.")
                          .arg(image.fileName, actual, image.sha256);
            }
            return false;
        }
    }
    return true;
}

bool MediaRows::put(const QList<DecodedImage> &images, QString *error)
{
    if (images.isEmpty())
        return true;
    if (!verify(images, error))
        return false;
    Transaction transaction(m_db);
    QString why;
    if (transaction.begin(&why)) {
        if (!putWithin(images, error))
            return false;
        if (transaction.commit(&why))
            return true;
    }
    if (error)
        *error = Store::tr("Cannot store the media “%1”: %2").arg(images.last().fileName, why);
    return false;
}

bool MediaRows::putWithin(const QList<DecodedImage> &images, QString *error)
{
    if (!verify(images, error))
        return false;
    QString why;
    for (const DecodedImage &image : images) {
        if (!write(image, &why)) {
            if (error)
                *error = Store::tr("Cannot store the media “%1”: %2").arg(image.fileName, why);
            return false;
        }
    }
    return true;
}

bool MediaRows::write(const DecodedImage &image, QString *why)
{
    const QString key = StoreValues::normalizedSha(image.sha256);
    Statement *select = m_db.cached(QStringLiteral("SELECT thumbnail IS NOT NULL FROM media WHERE sha256 = ?1"), why);
    if (!select)
        return false;
    select->bind(1, key);
    const Statement::Step step = select->step();
    const bool hasThumbnail = step == Statement::Step::Row && select->columnInt(0) != 0;
    if (step == Statement::Step::Error) {
        *why = select->errorMessage();
        select->reset();
        return false;
    }
    select->reset();
    if (step == Statement::Step::Row) {
        // Already stored: only a thumbnail it lacked is worth a write.
        if (hasThumbnail || image.thumbnail.isEmpty())
            return true;
        Statement *update = m_db.cached(QStringLiteral("UPDATE media SET thumbnail = ?1 WHERE sha256 = ?2"), why);
        if (!update)
            return false;
        update->bind(1, image.thumbnail);
        update->bind(2, key);
        return update->exec(why);
    }
    Statement *insert = m_db.cached(
        QStringLiteral("INSERT INTO media (sha256, mime, width, height, size, file_name, "
                       "created, thumbnail, bytes) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"),
        why);
    if (!insert)
        return false;
    insert->bind(1, key);
    insert->bind(2, image.mime);
    insert->bind(3, qMax(0, image.size.width()));
    insert->bind(4, qMax(0, image.size.height()));
    insert->bind(5, qint64(image.bytes.size()));
    insert->bind(6, image.fileName);
    insert->bind(7, Timestamp::format(Timestamp::now()));
    if (image.thumbnail.isEmpty())
        insert->bindNull(8);
    else
        insert->bind(8, image.thumbnail);
    insert->bind(9, image.bytes);
    return insert->exec(why);
}

bool MediaRows::has(const QString &sha256)
{
    Statement *select =
        m_db.cached(QStringLiteral("SELECT 1 FROM media WHERE sha256 = ?1"), nullptr);
    if (!select)
        return false;
    const auto reset = qScopeGuard([select] { select->reset(); });
    select->bind(1, StoreValues::normalizedSha(sha256));
    return select->step() == Statement::Step::Row;
}

bool MediaRows::info(const QString &sha256, MediaInfo *info, QString *error)
{
    Statement *select = m_db.cached(
        QStringLiteral("SELECT sha256, mime, width, height, size, file_name FROM media "
                       "WHERE sha256 = ?1"),
        error);
    if (!select)
        return false;
    const auto reset = qScopeGuard([select] { select->reset(); });
    select->bind(1, StoreValues::normalizedSha(sha256));
    switch (select->step()) {
    case Statement::Step::Row:
        info->sha256 = select->columnText(0);
        info->mime = select->columnText(1);
        info->width = select->columnInt(2);
        info->height = select->columnInt(3);
        info->size = select->columnInt64(4);
        info->fileName = select->columnText(5);
        return true;
    case Statement::Step::Done:
        if (error)
            *error = Store::tr("There is no media %1 in the store.").arg(sha256);
        return false;
    case Statement::Step::Error:
        if (error)
            *error = Store::tr("Cannot read media %1: %2").arg(sha256, select->errorMessage());
        return false;
    }
    return false;
}

QByteArray MediaRows::bytes(const QString &sha256, QString *error)
{
    Statement *select =
        m_db.cached(QStringLiteral("SELECT bytes FROM media WHERE sha256 = ?1"), error);
    if (!select)
        return {};
    const auto reset = qScopeGuard([select] { select->reset(); });
    select->bind(1, StoreValues::normalizedSha(sha256));
    switch (select->step()) {
    case Statement::Step::Row:
        return select->columnBlob(0);
    case Statement::Step::Done:
        if (error)
            *error = Store::tr("There is no media %1 in the store.").arg(sha256);
        return {};
    case Statement::Step::Error:
        if (error)
            *error = Store::tr("Cannot read media %1: %2").arg(sha256, select->errorMessage());
        return {};
    }
    return {};
}

QByteArray MediaRows::thumbnail(const QString &sha256)
{
    Statement *select =
        m_db.cached(QStringLiteral("SELECT thumbnail FROM media WHERE sha256 = ?1"), nullptr);
    if (!select)
        return {};
    const auto reset = qScopeGuard([select] { select->reset(); });
    select->bind(1, StoreValues::normalizedSha(sha256));
    if (select->step() != Statement::Step::Row || select->columnIsNull(0))
        return {};
    return select->columnBlob(0);
}

bool MediaRows::setThumbnail(const QString &sha256, const QByteArray &thumbnail, QString *why)
{
    Statement *update = m_db.cached(
        QStringLiteral("UPDATE media SET thumbnail = ?1 WHERE sha256 = ?2 AND thumbnail IS NULL"), why);
    if (!update)
        return false;
    update->bind(1, thumbnail);
    update->bind(2, StoreValues::normalizedSha(sha256));
    return update->exec(why);
}

QList<qint64> MediaRows::usedBy(const QString &sha256, QString *error)
{
    QList<qint64> result;
    Statement *select = m_db.cached(
        QStringLiteral("SELECT article_id FROM article_media WHERE sha256 = ?1 ORDER BY article_id"),
        error);
    if (!select)
        return result;
    const auto reset = qScopeGuard([select] { select->reset(); });
    select->bind(1, StoreValues::normalizedSha(sha256));
    Statement::Step step;
    while ((step = select->step()) == Statement::Step::Row)
        result.append(select->columnInt64(0));
    if (step == Statement::Step::Error) {
        if (error)
            *error = Store::tr("Cannot read media %1: %2").arg(sha256, select->errorMessage());
        result.clear();
    }
    return result;
}

} // namespace copydesk
