#include "dialogs/aboutdialog.h"
#include "dialogs/cropdialog.h"
#include "dialogs/exportdialog.h"
#include "dialogs/photodesk.h"
#include "dialogs/preferencesdialog.h"
#include "dialogs/sitesettingsdialog.h"
#include "dialogs/trashdialog.h"
#include "editor/articleeditor.h"
#include "jobs/thumbnailprovider.h"
#include "mainwindow/mainwindow.h"
#include "newsroom/connectdialog.h"
#include "newsroom/newsroomdesk.h"
#include "fixtures/windowsession.h"

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QAccessible>
#include <QLabel>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace copydesk;

// Every control a screen reader reaches has a name it can say: the main window, its docks and
// every dialog are walked through QAccessible, and a label with a mnemonic has a buddy.
class TstGuiAccessibility : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QString describe(const QWidget *widget)
    {
        QStringList path;
        for (const QObject *object = widget; object; object = object->parent())
            path.prepend(QStringLiteral("%1(%2)").arg(QLatin1String(object->metaObject()->className()), object->objectName()));
        return path.join(QLatin1Char('/'));
    }

    // The controls (widgets that take the keyboard focus) under root without a spoken name, and
    // labels whose mnemonic leads nowhere.
    static QStringList unnamed(QWidget *root)
    {
        QStringList problems;
        QList<QWidget *> widgets = root->findChildren<QWidget *>();
        widgets.prepend(root);
        for (QWidget *widget : std::as_const(widgets)) {
            if (auto *label = qobject_cast<QLabel *>(widget)) {
                if (label->text().contains(QRegularExpression(QStringLiteral("&[^&\\s]"))) && !label->buddy())
                    problems << QStringLiteral("label without buddy: ") + describe(widget);
                continue;
            }
            // Popups (a combo box's list) are windows of their own, and the line edit inside a
            // spin box or an editable combo box is part of it: the owner carries the name.
            QWidget *owner = widget->parentWidget();
            if (widget->focusPolicy() == Qt::NoFocus || widget->window() != root->window()
                || qobject_cast<QAbstractSpinBox *>(owner) || qobject_cast<QComboBox *>(owner))
                continue;
            QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
            if (!accessible)
                continue;
            if (accessible->text(QAccessible::Name).trimmed().isEmpty())
                problems << describe(widget);
        }
        return problems;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("config")));
        QCoreApplication::setApplicationName(QStringLiteral("copydesk-test"));
    }

    void everyControlHasAName()
    {
        test::WindowSession session;
        QVERIFY(session.open(m_dir.filePath(QStringLiteral("a11y.sqlite3"))));
        MainWindow *window = session.window.get();
        window->newArticle();
        QVERIFY(window->currentArticleId() > 0);

        QStringList problems = unnamed(window);
        const QList<QWidget *> dialogs{
            new AboutDialog(window),
            new PreferencesDialog(window),
            new SiteSettingsDialog(&session.store, window),
            new TrashDialog(&session.store, window),
            new ExportDialog(&session.store, {window->currentArticleId()}, window),
            new CropDialog(QImage(), QSize(800, 600), QRectF(), 0, window),
            new PhotoDesk(window->editor(), window->findChild<ThumbnailProvider *>(), window),
            new ConnectDialog(window->findChild<NewsroomDesk *>()->link(), window),
        };
        for (QWidget *dialog : dialogs) {
            problems += unnamed(dialog);
            delete dialog;
        }
        for (const QString &problem : std::as_const(problems))
            qWarning("%s", qPrintable(problem));
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 controls without a name (listed above)").arg(problems.size())));
    }
};

QTEST_MAIN(TstGuiAccessibility)
#include "tst_gui_accessibility.moc"
