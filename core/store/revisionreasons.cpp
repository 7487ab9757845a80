#include "store/revisionreasons.h"

#include "model/article.h"
#include "store/store.h"

#include <QFileInfo>

namespace copydesk {

QString RevisionReasons::imported(const QString &path)
{
    return QString::fromUtf8(Store::ImportedReason) + QStringLiteral(": ") + QFileInfo(path).fileName();
}

QString RevisionReasons::displayName(const QString &reason)
{
    const QString importPrefix = QString::fromUtf8(Store::ImportedReason) + QStringLiteral(": ");
    if (reason.startsWith(importPrefix))
        return Store::tr("Imported from %1").arg(reason.mid(importPrefix.size()));
    const QString convertedPrefix = QString::fromUtf8(Store::ConvertedReason) + QStringLiteral(": ");
    if (reason.startsWith(convertedPrefix))
        return Store::tr("Converted (%1)").arg(reason.mid(convertedPrefix.size()));
    const QString statusPrefix = QString::fromUtf8(Store::StatusChangeReason) + QStringLiteral(": ");
    if (reason.startsWith(statusPrefix)) {
        Article::Status status;
        if (Article::statusFromName(reason.mid(statusPrefix.size()), &status))
            return Store::tr("Status changed to %1").arg(Article::statusDisplayName(status));
    }
    static const struct {
        const char *reason;
        const char *name;
    } names[] = {
        {Store::BeforeDeleteReason, QT_TRANSLATE_NOOP("Store", "Before deletion")},
        {Store::CheckpointReason, QT_TRANSLATE_NOOP("Store", "Autosave checkpoint")},
        {Store::SavedReason, QT_TRANSLATE_NOOP("Store", "Saved")},
        {Store::ExportedReason, QT_TRANSLATE_NOOP("Store", "Exported")},
        {Store::BeforeRestoreReason, QT_TRANSLATE_NOOP("Store", "Before restoring an earlier version")},
        {Store::BeforeImportReason, QT_TRANSLATE_NOOP("Store", "Before import")},
        {Store::CreatedReason, QT_TRANSLATE_NOOP("Store", "Created")},
        {Store::ChangedElsewhereReason, QT_TRANSLATE_NOOP("Store", "Changed elsewhere (kept when both sides edited)")},
        {Store::BeforeProofingReason, QT_TRANSLATE_NOOP("Store", "Before proofing fixes")},
        {Store::ProofedReason, QT_TRANSLATE_NOOP("Store", "Proofing fixes")},
        {Store::BeforeConversionReason, QT_TRANSLATE_NOOP("Store", "Before conversion")},
    };
    for (const auto &entry : names) {
        if (reason == QLatin1String(entry.reason))
            return Store::tr(entry.name);
    }
    return reason;
}

} // namespace copydesk
