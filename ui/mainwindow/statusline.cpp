#include "mainwindow/statusline.h"

#include "model/article.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>

namespace copydesk {

StatusLine::StatusLine(QWidget *parent)
    : QWidget(parent), m_words(new QLabel(this)), m_photos(new QLabel(this)), m_captions(new QLabel(this)),
      m_save(new QLabel(this))
{
    m_words->setObjectName(QStringLiteral("wordCountLabel"));
    m_photos->setObjectName(QStringLiteral("photoCountLabel"));
    m_captions->setObjectName(QStringLiteral("missingCaptionsLabel"));
    m_save->setObjectName(QStringLiteral("saveStateLabel"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    for (QLabel *label : {m_words, m_photos, m_captions, m_save})
        layout->addWidget(label);
}

void StatusLine::showCounts(const Article &article, int words)
{
    const bool any = article.id != 0;
    // Characters as Word counts them (字 in Chinese): CJK characters plus Latin words.
    m_words->setText(any ? tr("%n character(s)", nullptr, words) : QString());
    // Real photos; placeholders waiting for theirs are counted apart.
    int placeholders = 0;
    for (const Block &block : article.blocks)
        placeholders += block.isPlaceholder() ? 1 : 0;
    const QString photos = tr("%n photo(s)", nullptr, article.imageCount() - placeholders);
    m_photos->setText(!any ? QString()
                      : placeholders ? tr("%1, %2").arg(photos, tr("%n placeholder(s)", nullptr, placeholders))
                                     : photos);
    const int missing = article.imagesMissingCaption();
    m_captions->setText(missing ? tr("%n without caption", nullptr, missing) : QString());
    m_captions->setVisible(missing > 0);
}

void StatusLine::showSaving()
{
    m_save->setText(tr("Saving…"));
}

void StatusLine::showSaved(const QDateTime &updated)
{
    m_save->setText(tr("Saved %1").arg(updated.toLocalTime().time().toString(QStringLiteral("HH:mm:ss"))));
    showWarning(false);
}

void StatusLine::showNotSaved()
{
    m_save->setText(tr("Not saved"));
    showWarning(true);
}

void StatusLine::showAllSaved()
{
    m_save->setText(tr("All changes saved"));
    showWarning(false);
}

// A style sheet set again, even the same one, polishes the label anew: only when it changes.
void StatusLine::showWarning(bool warning)
{
    if (warning == m_warning)
        return;
    m_warning = warning;
    m_save->setStyleSheet(warning ? QStringLiteral("QLabel { color: #b91c1c; font-weight: bold; }") : QString());
}

} // namespace copydesk
