#pragma once

#include "model/article.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QCompleter;
class QDateTimeEdit;
class QLineEdit;
class QStringListModel;

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
    void setKnownTags(const QStringList &tags);

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
    QLineEdit *m_dateline;
    QLineEdit *m_slug;
    QCheckBox *m_hasEmbargo;
    QDateTimeEdit *m_embargo;
    QStringListModel *m_tagModel;
    bool m_loading = false;
};

} // namespace copydesk
