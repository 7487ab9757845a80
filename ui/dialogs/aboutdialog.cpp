#include "dialogs/aboutdialog.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QIcon>
#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace copydesk {

namespace {

struct Credit
{
    const char *name;
    const char *use; // translated
    const char *licence;
    const char *url;
};

constexpr Credit Credits[] = {
    {"Qt 6", QT_TRANSLATE_NOOP("AboutDialog", "application framework, Qt WebEngine preview and PDF"),
     "LGPL-3.0-only", "https://www.qt.io/licensing/open-source-lgpl-obligations"},
    {"Chromium (Qt WebEngine)", QT_TRANSLATE_NOOP("AboutDialog", "page rendering"), "BSD-3-Clause and others",
     "https://www.chromium.org/chromium-projects/"},
    {"SQLite", QT_TRANSLATE_NOOP("AboutDialog", "the article store"), "Public domain", "https://www.sqlite.org/copyright.html"},
    {"Gumbo", QT_TRANSLATE_NOOP("AboutDialog", "HTML parsing"), "Apache-2.0", "https://github.com/google/gumbo-parser"},
    {"cmark", QT_TRANSLATE_NOOP("AboutDialog", "Markdown import"), "BSD-2-Clause", "https://github.com/commonmark/cmark"},
    {"Exiv2", QT_TRANSLATE_NOOP("AboutDialog", "photo metadata (IPTC, XMP, Exif)"), "GPL-2.0-or-later",
     "https://exiv2.org/"},
    {"QuaZip", QT_TRANSLATE_NOOP("AboutDialog", "zip, .docx and .odt files"), "LGPL-2.1 with static linking exception",
     "https://github.com/stachenov/quazip"},
    {"Kainjow Mustache", QT_TRANSLATE_NOOP("AboutDialog", "page templates"), "BSL-1.0", "https://github.com/kainjow/Mustache"},
    {"OpenSSL", QT_TRANSLATE_NOOP("AboutDialog", "SHA-256 of photos"), "Apache-2.0", "https://www.openssl.org/source/license.html"},
    {"Noto CJK", QT_TRANSLATE_NOOP("AboutDialog", "Chinese fonts named by the page theme"), "OFL-1.1",
     "https://github.com/notofonts/noto-cjk"},
    {"IPTC NewsML-G2, NITF", QT_TRANSLATE_NOOP("AboutDialog", "news exchange formats"), "CC-BY-4.0",
     "https://iptc.org/standards/"},
};

} // namespace

QString AboutDialog::creditsHtml()
{
    QString rows;
    for (const Credit &credit : Credits) {
        rows += QStringLiteral("<tr><td><a href=\"%1\">%2</a></td><td>%3</td><td>%4</td></tr>")
                        .arg(QLatin1String(credit.url), QLatin1String(credit.name),
                             QCoreApplication::translate("AboutDialog", credit.use).toHtmlEscaped(),
                             QLatin1String(credit.licence));
    }
    return QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\"><tr><th align=\"left\">%1</th>"
                          "<th align=\"left\">%2</th><th align=\"left\">%3</th></tr>%4</table>")
            .arg(tr("Component"), tr("Used for"), tr("Licence"), rows);
}

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("About Copydesk"));
    auto *layout = new QVBoxLayout(this);

    auto *heading = new QLabel(this);
    heading->setObjectName(QStringLiteral("aboutHeading"));
    heading->setTextFormat(Qt::RichText);
    heading->setText(QStringLiteral("<h2>%1 %2</h2><p>%3</p><p>%4</p><p>%5</p>")
                             .arg(tr("Copydesk").toHtmlEscaped(), QCoreApplication::applicationVersion().toHtmlEscaped(),
                                  tr("The newsroom editor: write, check, preview and export news articles.").toHtmlEscaped(),
                                  tr("Built with Qt %1, running on Qt %2.").arg(QLatin1String(QT_VERSION_STR),
                                                                               QLatin1String(qVersion())),
                                  tr("Copydesk is free software under the GNU General Public License, "
                                     "version 2 or later.").toHtmlEscaped()));
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/copydesk.svg")).pixmap(64, 64));
    auto *top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addWidget(heading, 1);
    layout->addLayout(top);

    layout->addWidget(new QLabel(tr("Copydesk is built on these libraries and data:"), this));
    auto *credits = new QTextBrowser(this);
    credits->setObjectName(QStringLiteral("aboutCredits"));
    credits->setAccessibleName(tr("Credits"));
    credits->setOpenExternalLinks(true);
    credits->setHtml(creditsHtml());
    credits->setMinimumSize(560, 260);
    layout->addWidget(credits, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

} // namespace copydesk
