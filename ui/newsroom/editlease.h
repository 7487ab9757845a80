#pragma once

#include "newsroom/syncworker.h"

#include <QObject>

class QWidget;

namespace copydesk {

class ArticleEditor;
class NewsroomLink;
class NoticeBar;

// The open article's edit lease in the window: while someone else holds it the editor and the
// details are read-only under a notice "王五 is editing this article" (their changes still
// arrive as they are pulled), with Take Over for the roles the server allows it.
class EditLease : public QObject
{
    Q_OBJECT

public:
    EditLease(NewsroomLink *link, ArticleEditor *editor, QWidget *details, NoticeBar *notice,
              QObject *parent = nullptr);

    // The window shows another article (empty uuid: none).
    void articleOpened(const QString &uuid);
    bool isReadOnly() const { return m_readOnly; }

signals:
    void readOnlyChanged();

private:
    void leaseChanged(const QString &uuid, SyncWorker::Lease lease, const QString &holder, const QString &error);
    void setReadOnly(bool readOnly);

    NewsroomLink *m_link;
    ArticleEditor *m_editor;
    QWidget *m_details;
    NoticeBar *m_notice;
    QString m_uuid;
    bool m_readOnly = false;
};

} // namespace copydesk
