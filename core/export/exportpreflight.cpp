#include "export/exportpreflight.h"

namespace copydesk {

namespace {

QString shortText(const QString &text)
{
    const QString simple = text.simplified();
    return simple.size() <= 24 ? simple : simple.left(23) + QChar(0x2026);
}

} // namespace

QList<ExportPreflight::Problem> ExportPreflight::check(const Article &article)
{
    QList<Problem> problems;
    using Kind = Problem::Kind;
    if (article.title.simplified().isEmpty())
        problems.append({Kind::EmptyTitle, -1, tr("The article has no title.")});
    if (article.source.simplified().isEmpty())
        problems.append({Kind::MissingSource, -1, tr("The source (来源) is missing.")});
    int photo = 0;
    for (int i = 0; i < article.blocks.size(); ++i) {
        const Block &block = article.blocks.at(i);
        if (block.type != Block::Type::Image)
            continue;
        ++photo;
        const QString caption = shortText(block.caption);
        const QString name = caption.isEmpty() ? tr("Photo %1").arg(photo)
                                               : tr("Photo %1 (“%2”)").arg(photo).arg(caption);
        if (block.isPlaceholder()) {
            problems.append({Kind::PlaceholderWithoutPhoto, i,
                             tr("%1 is a placeholder: the photo is still to come.").arg(name)});
            continue;
        }
        if (caption.isEmpty())
            problems.append({Kind::PhotoWithoutCaption, i, tr("%1 has no caption.").arg(name)});
        if (block.credit.simplified().isEmpty())
            problems.append({Kind::PhotoWithoutCredit, i, tr("%1 has no credit (photographer).").arg(name)});
    }
    return problems;
}

} // namespace copydesk
