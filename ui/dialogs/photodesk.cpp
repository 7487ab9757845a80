#include "dialogs/photodesk.h"

#include "document/documentformat.h"
#include "editor/articleeditor.h"
#include "editor/bodyedit.h"
#include "jobs/thumbnailprovider.h"

#include <QDataStream>
#include <QDialogButtonBox>
#include <QDropEvent>
#include <QMimeData>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>
#include <QTableWidget>
#include <QTextBlock>
#include <QTimer>
#include <QVBoxLayout>

namespace copydesk {

PhotoDesk::PhotoDesk(ArticleEditor *editor, ThumbnailProvider *thumbnails, QWidget *parent)
    : QDialog(parent), m_editor(editor), m_thumbnails(thumbnails)
{
    setObjectName(QStringLiteral("photoDesk"));
    setWindowTitle(tr("Photo Desk"));
    auto *hint = new QLabel(tr("Type captions, credits and alt text straight into the table; "
                               "Tab goes to the next field. Drag a photo, or use Alt+Up and Alt+Down, to move it."),
                            this);
    hint->setWordWrap(true);
    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QStringLiteral("photoDeskTable"));
    m_table->setAccessibleName(tr("Photos of the article"));
    m_table->setHorizontalHeaderLabels({tr("Photo"), tr("Caption"), tr("Credit"), tr("Alt text"), tr("Check")});
    m_table->setIconSize(QSize(120, 90));
    m_table->verticalHeader()->setDefaultSectionSize(96);
    m_table->verticalHeader()->hide(); // the Photo column numbers the rows
    m_table->horizontalHeader()->setSectionResizeMode(Caption, QHeaderView::Stretch);
    m_table->setColumnWidth(Picture, 150);
    m_table->setColumnWidth(Credit, 140);
    m_table->setColumnWidth(Alt, 160);
    m_table->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_table->setTabKeyNavigation(true);
    hint->setBuddy(m_table);
    // Rows are dragged to reorder; the drop is handled here (eventFilter), never by the table,
    // which would move cells instead of photos.
    m_table->setDragEnabled(true);
    m_table->setDragDropMode(QAbstractItemView::DragDrop);
    m_table->viewport()->setAcceptDrops(true);
    m_table->viewport()->installEventFilter(this);
    connect(m_table, &QTableWidget::itemChanged, this, &PhotoDesk::cellEdited);
    connect(m_thumbnails, &ThumbnailProvider::made, this, &PhotoDesk::scheduleRefresh);

    auto *up = new QPushButton(tr("Move &Up"), this);
    up->setObjectName(QStringLiteral("photoDeskUp"));
    up->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    auto *down = new QPushButton(tr("Move &Down"), this);
    down->setObjectName(QStringLiteral("photoDeskDown"));
    down->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    connect(up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveCurrent(1); });
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(up);
    buttons->addWidget(down);
    buttons->addStretch(1);
    buttons->addWidget(close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    resize(900, 640);

    m_moveButtons = {up, down};
    connect(m_editor->body()->document(), &QTextDocument::contentsChanged, this, &PhotoDesk::scheduleRefresh);
    connect(m_editor, &ArticleEditor::readOnlyChanged, this, &PhotoDesk::setReadOnly);
    setReadOnly(m_editor->isReadOnly());
    refresh();
}

void PhotoDesk::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly; // a cell still open is not written when it closes (cellEdited)
    m_table->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers : QAbstractItemView::AllEditTriggers);
    m_table->setDragEnabled(!readOnly);
    for (QWidget *button : std::as_const(m_moveButtons))
        button->setEnabled(!readOnly);
}

void PhotoDesk::scheduleRefresh()
{
    if (m_loading || m_refreshQueued)
        return;
    m_refreshQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_refreshQueued = false;
        refresh();
    });
}

void PhotoDesk::refresh()
{
    BodyEdit *body = m_editor->body();
    const int currentRow = m_table->currentRow();
    const int currentColumn = qMax(0, m_table->currentColumn());
    m_loading = true;
    m_blocks.clear();
    for (QTextBlock block = body->document()->begin(); block.isValid(); block = block.next()) {
        if (DocumentFormat::isImageBlock(block))
            m_blocks.append(block.blockNumber());
    }
    m_table->setRowCount(int(m_blocks.size()));
    // Cells are updated in place, so that a field being typed in stays open.
    const auto cell = [this](int row, int column, const QString &text, bool editable) {
        QTableWidgetItem *item = m_table->item(row, column);
        if (!item) {
            item = new QTableWidgetItem;
            if (!editable)
                item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            m_table->setItem(row, column, item);
        }
        if (item->text() != text)
            item->setText(text);
        return item;
    };
    for (int row = 0; row < m_blocks.size(); ++row) {
        const Block image = body->imageAt(m_blocks.at(row));
        QTableWidgetItem *picture = cell(row, Picture, QString::number(row + 1), false);
        QPixmap thumbnail;
        if (!image.isPlaceholder())
            thumbnail.loadFromData(m_thumbnails->thumbnail(image.media));
        picture->setIcon(thumbnail.isNull() ? QIcon()
                                            : QIcon(thumbnail.scaled(QSize(120, 90), Qt::KeepAspectRatio,
                                                                     Qt::SmoothTransformation)));
        picture->setData(Qt::AccessibleTextRole, image.caption.isEmpty() ? tr("Photo %1").arg(row + 1) : image.caption);
        cell(row, Caption, image.caption, true);
        cell(row, Credit, image.credit, true);
        cell(row, Alt, image.alt, true);
        QStringList marks;
        if (image.isPlaceholder())
            marks.append(tr("Photo to come"));
        if (image.caption.trimmed().isEmpty())
            marks.append(tr("No caption"));
        if (image.checkMetadata)
            marks.append(tr("Check metadata"));
        QTableWidgetItem *mark = cell(row, Marks, marks.join(QLatin1Char('\n')), false);
        mark->setForeground(QColor(0xb4, 0x53, 0x09));
    }
    if (currentRow >= 0 && currentRow < m_table->rowCount())
        m_table->setCurrentCell(currentRow, currentColumn);
    m_loading = false;
}

void PhotoDesk::cellEdited(QTableWidgetItem *item)
{
    if (m_loading || item->row() >= m_blocks.size())
        return;
    if (m_readOnly) {
        scheduleRefresh(); // the article's own text again
        return;
    }
    const int blockNumber = m_blocks.at(item->row());
    Block image = m_editor->body()->imageAt(blockNumber);
    switch (item->column()) {
    case Caption:
        image.caption = item->text();
        break;
    case Credit:
        image.credit = item->text();
        break;
    case Alt:
        image.alt = item->text();
        break;
    default:
        return;
    }
    m_editor->updateImage(blockNumber, image); // the desk follows through contentsChanged
}

void PhotoDesk::moveCurrent(int direction)
{
    const int row = m_table->currentRow();
    if (direction == 1 || direction == -1)
        moveRow(row, row + direction);
}

void PhotoDesk::moveRow(int from, int to)
{
    if (m_readOnly || from < 0 || to < 0 || from >= m_blocks.size() || to >= m_blocks.size() || from == to)
        return;
    // In the article the photos take each other's places; the text between them stays.
    BodyEdit *body = m_editor->body();
    QList<Block> blocks = body->blocks();
    QList<int> places; // model indices of the photos, in order
    QList<Block> photos;
    for (int i = 0; i < blocks.size(); ++i) {
        if (blocks.at(i).type == Block::Type::Image) {
            places.append(i);
            photos.append(blocks.at(i));
        }
    }
    if (from >= photos.size() || to >= photos.size())
        return;
    photos.move(from, to);
    for (int i = 0; i < places.size(); ++i)
        blocks[places.at(i)] = photos.at(i);
    const int column = qMax(0, m_table->currentColumn());
    body->replaceBlocks(blocks);
    refresh();
    m_table->setCurrentCell(to, column);
}

bool PhotoDesk::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_table->viewport())
        return QDialog::eventFilter(watched, event);
    const QString rowsType = QStringLiteral("application/x-qabstractitemmodeldatalist");
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto *drag = static_cast<QDropEvent *>(event);
        if (!drag->mimeData()->hasFormat(rowsType))
            return false;
        drag->setDropAction(Qt::CopyAction);
        drag->accept();
        return true;
    }
    case QEvent::Drop: {
        auto *drop = static_cast<QDropEvent *>(event);
        if (!drop->mimeData()->hasFormat(rowsType))
            return false;
        // The dragged row: the first cell the item model encoded (row, column, roles).
        QByteArray encoded = drop->mimeData()->data(rowsType);
        QDataStream stream(&encoded, QIODevice::ReadOnly);
        int from = -1;
        int column = -1;
        stream >> from >> column;
        int to = m_table->indexAt(drop->position().toPoint()).row();
        if (to < 0)
            to = m_table->rowCount() - 1;
        // Copy, not Move: the view would otherwise clear the dragged cells after the drop.
        drop->setDropAction(Qt::CopyAction);
        drop->accept();
        moveRow(from, to);
        return true;
    }
    default:
        return QDialog::eventFilter(watched, event);
    }
}

} // namespace copydesk
