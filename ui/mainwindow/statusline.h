#pragma once

#include <QWidget>

class QLabel;

namespace copydesk {

struct Article;

// The status bar's standing part: 字数, photos, photos missing captions, and whether all is saved.
class StatusLine : public QWidget
{
    Q_OBJECT

public:
    explicit StatusLine(QWidget *parent = nullptr);

    // Counts of the article shown (none for no article); words as Article::wordCount() counts.
    void showCounts(const Article &article, int words);
    void showSaving();
    void showSaved(const QDateTime &updated);
    void showNotSaved();
    void showAllSaved();

private:
    void showWarning(bool warning);

    QLabel *m_words;
    QLabel *m_photos;
    QLabel *m_captions;
    QLabel *m_save;
    bool m_warning = false;
};

} // namespace copydesk
