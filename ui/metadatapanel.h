#pragma once

#include "article.h"

#include <QWidget>

class QComboBox;
class QLineEdit;

namespace copydesk {

// The article's newsroom fields: byline, 来源, 栏目, tags, status, 责任编辑, canonical URL.
class MetadataPanel : public QWidget
{
    Q_OBJECT

public:
    explicit MetadataPanel(QWidget *parent = nullptr);

    void setArticle(const Article &article);
    // Copies the panel's fields into the article.
    void applyTo(Article *article) const;
    void setSections(const QStringList &sections);

signals:
    void edited();

private:
    QLineEdit *m_byline;
    QLineEdit *m_source;
    QComboBox *m_section;
    QLineEdit *m_tags;
    QComboBox *m_status;
    QLineEdit *m_editor;
    QLineEdit *m_canonicalUrl;
    bool m_loading = false;
};

} // namespace copydesk
