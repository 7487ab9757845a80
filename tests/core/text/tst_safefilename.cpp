#include "text/safefilename.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace copydesk;

namespace {

bool isReservedOnWindows(const QString &name)
{
    static const QRegularExpression reserved(QStringLiteral("^(CON|PRN|AUX|NUL|COM[0-9¹²³]|LPT[0-9¹²³])$"),
                                             QRegularExpression::CaseInsensitiveOption);
    return reserved.match(name.section(QLatin1Char('.'), 0, 0).trimmed()).hasMatch();
}

bool hasLoneSurrogate(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        else if (text.at(i).isSurrogate())
            return true;
    }
    return false;
}

bool touch(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly);
}

} // namespace

class TstSafeFileName : public QObject
{
    Q_OBJECT

private slots:
    void fromTitle_data();
    void fromTitle();
    void isInside_data();
    void isInside();
    void uniqueChild_data();
    void uniqueChild();
};

void TstSafeFileName::fromTitle_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<int>("maxBytes");
    QTest::addColumn<QString>("expected"); // empty: only the invariants are checked

    const QString longCjk = QString(300, QChar(0x6c11)); // 民 × 300, 3 bytes each
    QTest::newRow("nominal: Chinese title")
        << QStringLiteral("大祥区妇联多举措全面推进民族团结进步示范创建工作") << 100
        << QStringLiteral("大祥区妇联多举措全面推进民族团结进步示范创建工作");
    QTest::newRow("nominal: Latin title") << QStringLiteral("Annual report 2022") << 100 << QStringLiteral("Annual report 2022");
    QTest::newRow("nominal: inner dots kept") << QStringLiteral("v1.2 发布") << 100 << QStringLiteral("v1.2 发布");
    QTest::newRow("robustness: CON") << QStringLiteral("CON") << 100 << QStringLiteral("_CON");
    QTest::newRow("robustness: lower-case con with extension") << QStringLiteral("con.txt") << 100 << QStringLiteral("_con.txt");
    QTest::newRow("robustness: PRN") << QStringLiteral("PRN") << 100 << QStringLiteral("_PRN");
    QTest::newRow("robustness: AUX with trailing dots") << QStringLiteral("AUX..") << 100 << QStringLiteral("_AUX");
    QTest::newRow("robustness: NUL with trailing space") << QStringLiteral("NUL ") << 100 << QStringLiteral("_NUL");
    QTest::newRow("robustness: COM1") << QStringLiteral("COM1") << 100 << QStringLiteral("_COM1");
    QTest::newRow("robustness: LPT9 with two extensions") << QStringLiteral("lpt9.tar.gz") << 100 << QStringLiteral("_lpt9.tar.gz");
    QTest::newRow("robustness: COM superscript digit") << QStringLiteral("COM¹") << 100 << QStringLiteral("_COM¹");
    QTest::newRow("nominal: CONSOLE is not reserved") << QStringLiteral("CONSOLE") << 100 << QStringLiteral("CONSOLE");
    QTest::newRow("nominal: COM10 is not reserved") << QStringLiteral("COM10") << 100 << QStringLiteral("COM10");
    QTest::newRow("robustness: slashes") << QStringLiteral("a/b\\c") << 100 << QStringLiteral("a_b_c");
    QTest::newRow("robustness: every Windows separator")
        << QStringLiteral("a:b*c?d\"e<f>g|h") << 100 << QStringLiteral("a_b_c_d_e_f_g_h");
    QTest::newRow("robustness: dot") << QStringLiteral(".") << 100 << QStringLiteral("article");
    QTest::newRow("robustness: dot dot") << QStringLiteral("..") << 100 << QStringLiteral("article");
    QTest::newRow("robustness: path traversal") << QStringLiteral("../../etc/passwd") << 100 << QStringLiteral("_.._etc_passwd");
    QTest::newRow("robustness: trailing dots and spaces") << QStringLiteral("  标题. . ") << 100 << QStringLiteral("标题");
    QTest::newRow("robustness: leading dot (hidden file)") << QStringLiteral(".bashrc") << 100 << QStringLiteral("bashrc");
    QTest::newRow("robustness: control characters")
        << (QStringLiteral("a") + QChar(1) + QStringLiteral("b\tc\nd") + QChar(0x7f) + QStringLiteral("e"))
        << 100 << QStringLiteral("a_b c d_e");
    QTest::newRow("robustness: NUL character") << (QStringLiteral("a") + QChar(0) + QStringLiteral("b")) << 100 << QStringLiteral("a_b");
    QTest::newRow("robustness: bidi override") << QStringLiteral("invoice\u202Egpj.exe") << 100 << QStringLiteral("invoice_gpj.exe");
    QTest::newRow("robustness: lone surrogate") << (QStringLiteral("a") + QChar(0xdc00) + QStringLiteral("b")) << 100 << QStringLiteral("ab");
    QTest::newRow("nominal: emoji kept") << QStringLiteral("庆祝😀🎉") << 100 << QStringLiteral("庆祝😀🎉");
    QTest::newRow("robustness: emoji cut on a character boundary") << QString(QStringLiteral("😀")).repeated(30) << 10
                                                                   << QStringLiteral("😀😀");
    QTest::newRow("robustness: ZWJ sequence not split")
        << QStringLiteral("👨‍👩‍👧👨‍👩‍👧") << 20 << QStringLiteral("👨‍👩‍👧");
    QTest::newRow("robustness: 300-character CJK title") << longCjk << 100 << QString(33, QChar(0x6c11));
    QTest::newRow("robustness: CJK title cut to 8 bytes") << longCjk << 8 << QString(2, QChar(0x6c11));
    QTest::newRow("robustness: cut leaves a trailing space")
        << (QString(33, QChar(0x6c11)) + QStringLiteral(" x")) << 100 << QString(33, QChar(0x6c11));
    QTest::newRow("robustness: tiny limit raised to 8") << QStringLiteral("abcdefghijkl") << 1 << QStringLiteral("abcdefgh");
    QTest::newRow("robustness: empty title") << QString() << 100 << QStringLiteral("article");
    QTest::newRow("robustness: only spaces") << QStringLiteral("   ") << 100 << QStringLiteral("article");
    QTest::newRow("robustness: only dots and spaces") << QStringLiteral(". . .") << 100 << QStringLiteral("article");
    QTest::newRow("robustness: reserved name cut by the limit")
        << QStringLiteral("CON.") + QString(200, QLatin1Char('x')) << 8 << QStringLiteral("_CON.xxx");
}

void TstSafeFileName::fromTitle()
{
    QFETCH(QString, title);
    QFETCH(int, maxBytes);
    QFETCH(QString, expected);
    const QString name = SafeFileName::fromTitle(title, maxBytes);
    if (!expected.isEmpty())
        QCOMPARE(name, expected);

    QVERIFY(!name.isEmpty());
    QVERIFY(name != QLatin1String(".") && name != QLatin1String(".."));
    QVERIFY(name.toUtf8().size() <= qMax(maxBytes, 8));
    static const QRegularExpression forbidden(QStringLiteral("[<>:\"/\\\\|?*\\x00-\\x1f\\x7f]"));
    QVERIFY2(!forbidden.match(name).hasMatch(), qPrintable(name));
    QVERIFY(!hasLoneSurrogate(name));
    QVERIFY(!name.startsWith(QLatin1Char('.')) && !name.endsWith(QLatin1Char('.')));
    QVERIFY(!name.startsWith(QLatin1Char(' ')) && !name.endsWith(QLatin1Char(' ')));
    QVERIFY2(!isReservedOnWindows(name), qPrintable(name));
    QCOMPARE(QString::fromUtf8(name.toUtf8()), name);

    // The name really works as a folder name.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkdir(name));
    const QString created = QDir(dir.path()).filePath(name);
    QVERIFY(QFileInfo(created).isDir());
    QVERIFY(SafeFileName::isInside(dir.path(), created));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot), QStringList{name});
}

void TstSafeFileName::isInside_data()
{
    QTest::addColumn<QString>("dir");  // relative to a temporary root
    QTest::addColumn<QString>("path"); // relative to the temporary root
    QTest::addColumn<bool>("inside");
    QTest::newRow("nominal: the folder itself") << QStringLiteral("base") << QStringLiteral("base") << true;
    QTest::newRow("nominal: trailing slash") << QStringLiteral("base/") << QStringLiteral("base/sub/") << true;
    QTest::newRow("nominal: existing subfolder") << QStringLiteral("base") << QStringLiteral("base/sub") << true;
    QTest::newRow("nominal: file to be created") << QStringLiteral("base") << QStringLiteral("base/new/file.txt") << true;
    QTest::newRow("nominal: dot components") << QStringLiteral("base") << QStringLiteral("base/./sub/.") << true;
    QTest::newRow("nominal: dot-dot staying inside") << QStringLiteral("base") << QStringLiteral("base/sub/../sub2") << true;
    QTest::newRow("nominal: symlink to a folder inside") << QStringLiteral("base") << QStringLiteral("base/link-in/x") << true;
    QTest::newRow("robustness: dot-dot leaving") << QStringLiteral("base") << QStringLiteral("base/../outside") << false;
    QTest::newRow("robustness: deep dot-dot leaving") << QStringLiteral("base") << QStringLiteral("base/sub/../../outside/x") << false;
    QTest::newRow("robustness: dot-dot past a missing folder") << QStringLiteral("base") << QStringLiteral("base/missing/../../outside") << false;
    QTest::newRow("robustness: sibling folder") << QStringLiteral("base") << QStringLiteral("outside") << false;
    QTest::newRow("robustness: sibling sharing the prefix") << QStringLiteral("base") << QStringLiteral("base2/x") << false;
    QTest::newRow("robustness: parent") << QStringLiteral("base") << QStringLiteral(".") << false;
    QTest::newRow("robustness: symlink leading outside") << QStringLiteral("base") << QStringLiteral("base/link-out/x") << false;
    QTest::newRow("robustness: symlink to the parent") << QStringLiteral("base") << QStringLiteral("base/link-up/outside") << false;
    QTest::newRow("robustness: dangling symlink") << QStringLiteral("base") << QStringLiteral("base/dangling") << false;
    QTest::newRow("robustness: missing folder") << QStringLiteral("missing") << QStringLiteral("missing/x") << false;
    QTest::newRow("nominal: folder reached through a symlink") << QStringLiteral("base/link-in") << QStringLiteral("base/sub/x") << true;
}

void TstSafeFileName::isInside()
{
    QFETCH(QString, dir);
    QFETCH(QString, path);
    QFETCH(bool, inside);
    QTemporaryDir root;
    QVERIFY(root.isValid());
    const QDir r(root.path());
    for (const char *folder : {"base/sub", "base/sub2", "base2", "outside"})
        QVERIFY(r.mkpath(QLatin1String(folder)));
    QVERIFY(touch(r.filePath(QStringLiteral("outside/x"))));
    QVERIFY(QFile::link(r.filePath(QStringLiteral("outside")), r.filePath(QStringLiteral("base/link-out"))));
    QVERIFY(QFile::link(r.filePath(QStringLiteral("base/sub")), r.filePath(QStringLiteral("base/link-in"))));
    QVERIFY(QFile::link(r.path(), r.filePath(QStringLiteral("base/link-up"))));
    QVERIFY(QFile::link(r.filePath(QStringLiteral("outside/missing/y")), r.filePath(QStringLiteral("base/dangling"))));
    QCOMPARE(SafeFileName::isInside(r.filePath(dir), r.filePath(path)), inside);
}

void TstSafeFileName::uniqueChild_data()
{
    QTest::addColumn<QStringList>("existing");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("nominal: free name") << QStringList() << QStringLiteral("报道") << QStringLiteral("报道");
    QTest::newRow("nominal: taken once") << QStringList{QStringLiteral("报道")} << QStringLiteral("报道") << QStringLiteral("报道 (2)");
    QTest::newRow("nominal: taken twice") << QStringList{QStringLiteral("a"), QStringLiteral("a (2)")} << QStringLiteral("a")
                                          << QStringLiteral("a (3)");
    QTest::newRow("robustness: taken by a file") << QStringList{QStringLiteral("file:a")} << QStringLiteral("a") << QStringLiteral("a (2)");
    QTest::newRow("robustness: taken by a dangling symlink") << QStringList{QStringLiteral("link:a")} << QStringLiteral("a")
                                                             << QStringLiteral("a (2)");
}

void TstSafeFileName::uniqueChild()
{
    QFETCH(QStringList, existing);
    QFETCH(QString, name);
    QFETCH(QString, expected);
    QTemporaryDir root;
    QVERIFY(root.isValid());
    const QDir r(root.path());
    for (const QString &entry : existing) {
        if (entry.startsWith(QLatin1String("file:")))
            QVERIFY(touch(r.filePath(entry.mid(5))));
        else if (entry.startsWith(QLatin1String("link:")))
            QVERIFY(QFile::link(r.filePath(QStringLiteral("nowhere/at/all")), r.filePath(entry.mid(5))));
        else
            QVERIFY(r.mkdir(entry));
    }
    const QString unique = SafeFileName::uniqueChild(root.path(), name);
    QCOMPARE(unique, expected);
    QVERIFY(r.mkdir(unique));
}

QTEST_GUILESS_MAIN(TstSafeFileName)
#include "tst_safefilename.moc"
