#include "import/framemetadata.h"

namespace copydesk {

bool FrameMetadata::takeFrameLine(const QString &line)
{
    QString url;
    QList<CopyRules::MetaField> fields;
    if (CopyRules::isDisclaimer(line, &url)) {
        setUrl(url);
        return true;
    }
    if (CopyRules::parseMeta(line, &fields)) {
        apply(fields);
        return true;
    }
    return CopyRules::isFurniture(line) || CopyRules::isOriginalTitle(line) || CopyRules::isRule(line);
}

bool FrameMetadata::isFrameLine(const QString &line)
{
    FrameMetadata scratch;
    return scratch.takeFrameLine(line);
}

void FrameMetadata::apply(const QList<CopyRules::MetaField> &fields)
{
    for (const CopyRules::MetaField &field : fields) {
        if (field.value.isEmpty())
            continue;
        switch (field.kind) {
        case CopyRules::MetaKind::Source:
            if (m_source.isEmpty())
                m_source = field.value;
            break;
        case CopyRules::MetaKind::Editor:
            if (!m_editors.contains(field.value))
                m_editors.append(field.value);
            break;
        case CopyRules::MetaKind::Byline:
            if (!m_bylines.contains(field.value))
                m_bylines.append(field.value);
            break;
        case CopyRules::MetaKind::Staff:
        case CopyRules::MetaKind::Ignored: break;
        }
    }
}

void FrameMetadata::setUrl(const QString &url)
{
    if (m_canonicalUrl.isEmpty() && !url.isEmpty())
        m_canonicalUrl = url;
}

void FrameMetadata::applyTo(Article *article, const QString &lead) const
{
    article->source = m_source;
    article->canonicalUrl = m_canonicalUrl;
    article->editor = m_editors.join(u' ');
    article->byline = m_bylines.join(u' ');
    if (article->byline.isEmpty())
        article->byline = CopyRules::bylineFromLead(lead);
}

} // namespace copydesk
