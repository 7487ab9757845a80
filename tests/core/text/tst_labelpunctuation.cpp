#include "text/labelpunctuation.h"

#include <QTest>

using namespace copydesk;

// Labels and notices the program writes: GB/T 15834 marks in Chinese, English marks in English.
class TstLabelPunctuation : public QObject
{
    Q_OBJECT

private slots:
    void label_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("expected");
        QTest::newRow("nominal: half-width colon in Chinese") << QStringLiteral("来源:") << QStringLiteral("zh-CN") << QStringLiteral("来源：");
        QTest::newRow("nominal: colon and space in Chinese") << QStringLiteral("责任编辑: ") << QStringLiteral("zh") << QStringLiteral("责任编辑：");
        QTest::newRow("nominal: already full-width") << QStringLiteral("来源：") << QStringLiteral("zh-Hans") << QStringLiteral("来源：");
        QTest::newRow("nominal: full-width colon in English") << QStringLiteral("Source：") << QStringLiteral("en") << QStringLiteral("Source: ");
        QTest::newRow("nominal: English colon gets its space") << QStringLiteral("Editor:") << QStringLiteral("en-US") << QStringLiteral("Editor: ");
        QTest::newRow("nominal: a Latin label in a Chinese page keeps its colon")
            << QStringLiteral("Source: ") << QStringLiteral("zh-CN") << QStringLiteral("Source: ");
        QTest::newRow("robustness: no colon, unchanged") << QStringLiteral("图片待补") << QStringLiteral("zh-CN") << QStringLiteral("图片待补");
        QTest::newRow("robustness: empty") << QString() << QStringLiteral("en") << QString();
        QTest::newRow("robustness: a colon alone in English") << QStringLiteral(":") << QStringLiteral("en") << QStringLiteral(": ");
    }

    void label()
    {
        QFETCH(QString, text);
        QFETCH(QString, language);
        QFETCH(QString, expected);
        QCOMPARE(LabelPunctuation::label(text, language), expected);
    }

    void chinese_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("nominal: the repost notice")
            << QStringLiteral("本文来自{site},转载请注明出处:{url}") << QStringLiteral("本文来自{site}，转载请注明出处：{url}");
        QTest::newRow("nominal: space after a mark goes") << QStringLiteral("来源: 新华社") << QStringLiteral("来源：新华社");
        QTest::newRow("nominal: question and exclamation") << QStringLiteral("真的?好!") << QStringLiteral("真的？好！");
        QTest::newRow("robustness: times and URLs are Latin") << QStringLiteral("10:30 https://a.cn/x,y")
                                                            << QStringLiteral("10:30 https://a.cn/x,y");
        QTest::newRow("robustness: a plane 2 ideograph before the mark")
            << (QString::fromUcs4(U"\U00020000") + QStringLiteral(":")) << (QString::fromUcs4(U"\U00020000") + QChar(0xFF1A));
        QTest::newRow("nominal: a mark before Chinese") << QStringLiteral(":开头") << QStringLiteral("：开头");
        QTest::newRow("robustness: a mark alone") << QStringLiteral(":") << QStringLiteral(":");
    }

    void chinese()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(LabelPunctuation::chinese(text), expected);
    }

    void isChinese_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("expected");
        QTest::newRow("nominal: zh-CN") << QStringLiteral("zh-CN") << true;
        QTest::newRow("nominal: zh-Hant-TW") << QStringLiteral("zh-Hant-TW") << true;
        QTest::newRow("nominal: en") << QStringLiteral("en") << false;
        QTest::newRow("robustness: empty is the product's Chinese") << QString() << true;
        QTest::newRow("robustness: zhx is not Chinese") << QStringLiteral("zhx") << false;
    }

    void isChinese()
    {
        QFETCH(QString, language);
        QFETCH(bool, expected);
        QCOMPARE(LabelPunctuation::isChinese(language), expected);
    }
};

QTEST_GUILESS_MAIN(TstLabelPunctuation)
#include "tst_labelpunctuation.moc"
