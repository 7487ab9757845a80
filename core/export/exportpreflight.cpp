#include "export/exportpreflight.h"

#include "proof/proofengine.h"

namespace copydesk {

namespace {

QString shortText(const QString &text)
{
    const QString simple = text.simplified();
    return simple.size() <= 24 ? simple : simple.left(23) + QChar(0x2026);
}

} // namespace

QList<ExportPreflight::Problem> ExportPreflight::check(const Article &article, const Options &options)
{
    QList<Problem> problems;
    using Kind = Problem::Kind;
    if (article.title.simplified().isEmpty())
        problems.append({Kind::EmptyTitle, -1, tr("The article has no title.")});
    if (article.source.simplified().isEmpty())
        problems.append({Kind::MissingSource, -1, tr("The source (来源) is missing.")});
    if (article.embargo.isValid() && article.embargo > options.now) {
        problems.append({Kind::Embargoed, -1,
                         tr("The article is embargoed until %1: do not publish it before then.")
                             .arg(article.embargo.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")))});
    }
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
    if (options.proofing) {
        const int findings = openProofFindings(article, options.proof);
        if (findings > 0) {
            problems.append({Kind::OpenProofFindings, -1,
                             tr("Proofing (校对) has %n open finding(s): see the Proofing panel.", nullptr, findings)});
        }
    }
    return problems;
}

QList<ExportPreflight::Problem> ExportPreflight::check(const Article &article, const Store &store)
{
    Options options;
    options.proof = ProofSetup::read(store, article.uuid);
    return check(article, options);
}

int ExportPreflight::openProofFindings(const Article &article, const ProofSetup &setup)
{
    const ProofEngine engine(setup.options);
    return int(setup.ignores.filter(article, engine.checkArticle(article)).size());
}

} // namespace copydesk
