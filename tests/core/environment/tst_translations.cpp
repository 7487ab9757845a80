#include "export/htmlexporter.h"
#include "import/html/htmlconverter.h"
#include "proof/halfwidthpunctuationrule.h"
#include "proof/wordlistrule.h"
#include "render/theme.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

#include <functional>

using namespace copydesk;

Q_DECLARE_METATYPE(std::function<QString()>)

// The compiled-in Chinese translation reaches each class under the context its code asks for
// (a context lupdate names differently from the runtime leaves the message in English).
class TstTranslations : public QObject
{
    Q_OBJECT

private:
    QTranslator m_translator;

private slots:
    void initTestCase()
    {
        QVERIFY(m_translator.load(QStringLiteral("copydesk_zh_CN"), QStringLiteral(":/i18n")));
        QVERIFY(QCoreApplication::installTranslator(&m_translator));
    }

    void translated_data()
    {
        QTest::addColumn<std::function<QString()>>("message");
        QTest::addColumn<QString>("chinese");
        QTest::addRow("nominal: the store") << std::function<QString()>([] { return Store::tr("Created"); })
                                            << QStringLiteral("新建");
        QTest::addRow("nominal: a theme problem")
            << std::function<QString()>([] { return Theme::tr("%1 is empty."); }) << QStringLiteral("%1 为空。");
        QTest::addRow("nominal: the HTML export")
            << std::function<QString()>([] { return HtmlExporter::tr("Cannot export: %1 is not a folder."); })
            << QStringLiteral("无法导出：%1 不是文件夹。");
        QTest::addRow("nominal: the HTML converter")
            << std::function<QString()>([] { return HtmlConverter::tr("the file %1 does not exist"); })
            << QStringLiteral("文件 %1 不存在");
        QTest::addRow("nominal: a proofing rule")
            << std::function<QString()>([] {
                   return HalfwidthPunctuationRule::tr("Half-width “%1” in Chinese text: use the full-width “%2”.");
               })
            << QStringLiteral("中文中用了半角“%1”，应为全角“%2”。");
        QTest::addRow("nominal: the word lists")
            << std::function<QString()>([] { return WordListRule::tr("“%1” is a forbidden term."); })
            << QStringLiteral("“%1”是禁用词。");
    }

    void translated()
    {
        QFETCH(std::function<QString()>, message);
        QFETCH(QString, chinese);
        QCOMPARE(message(), chinese);
    }
};

QTEST_GUILESS_MAIN(TstTranslations)
#include "tst_translations.moc"
