#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// The Debian package as a user gets it: built with CPack from this build, checked by the
// validators Debian and freedesktop.org use, unpacked into a scratch root and run from there.
class TstPackaging : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int code = -1; // -1: did not start or finish
        QString out;
        QString err;
    };

    QTemporaryDir m_dir;
    QString m_deb;
    QString m_root;

    static Run run(const QString &program, const QStringList &arguments, const QProcessEnvironment &env,
                   int timeoutMs = 60000)
    {
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(program, arguments);
        Run result;
        if (!process.waitForStarted() || !process.waitForFinished(timeoutMs)) {
            process.kill();
            process.waitForFinished();
            return result;
        }
        result.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

    static Run run(const QString &program, const QStringList &arguments)
    {
        return run(program, arguments, QProcessEnvironment::systemEnvironment());
    }

    static QString tool(const char *name)
    {
        return QStandardPaths::findExecutable(QLatin1String(name));
    }

    QString installed(const QString &relative) const { return QDir(m_root).filePath(relative); }

    // The installed programs' environment: nothing pointing into the build or source tree.
    QProcessEnvironment installedEnvironment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("home/.config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("home/.local/share")));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.remove(QStringLiteral("COPYDESK_STORE"));
        env.remove(QStringLiteral("COPYDESK_LANG"));
        return env;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        for (const char *name : {"dpkg-deb", "dpkg-shlibdeps"}) {
            if (tool(name).isEmpty())
                QSKIP(qPrintable(QStringLiteral("%1 is not installed").arg(QLatin1String(name))));
        }
        const QString out = m_dir.filePath(QStringLiteral("package"));
        const Run cpack = run(QStringLiteral(COPYDESK_CPACK_PATH),
                              {QStringLiteral("-G"), QStringLiteral("DEB"), QStringLiteral("--config"),
                               QStringLiteral(COPYDESK_BUILD_DIR "/CPackConfig.cmake"), QStringLiteral("-B"), out},
                              QProcessEnvironment::systemEnvironment(), 120000);
        QVERIFY2(cpack.code == 0, qPrintable(cpack.out + cpack.err));
        m_deb = QDir(out).filePath(QStringLiteral("copydesk_" COPYDESK_VERSION "_amd64.deb"));
        QVERIFY2(QFile::exists(m_deb), qPrintable(cpack.out));
        QVERIFY(QFileInfo(m_deb).size() < 20 * 1024 * 1024); // stripped
        m_root = m_dir.filePath(QStringLiteral("root"));
        const Run extract = run(tool("dpkg-deb"), {QStringLiteral("-x"), m_deb, m_root});
        QVERIFY2(extract.code == 0, qPrintable(extract.err));
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("home"))));
    }

    void contents_data()
    {
        QTest::addColumn<QString>("path");
        const QString id = QStringLiteral(COPYDESK_APP_ID);
        QTest::newRow("nominal: window program") << QStringLiteral("usr/bin/copydesk");
        QTest::newRow("nominal: command-line program") << QStringLiteral("usr/bin/copydesk-cli");
        QTest::newRow("nominal: its PDF writer") << QStringLiteral("usr/libexec/copydesk/copydesk-pdf");
        QTest::newRow("nominal: desktop entry") << QStringLiteral("usr/share/applications/%1.desktop").arg(id);
        QTest::newRow("nominal: AppStream metainfo") << QStringLiteral("usr/share/metainfo/%1.metainfo.xml").arg(id);
        QTest::newRow("nominal: scalable icon") << QStringLiteral("usr/share/icons/hicolor/scalable/apps/%1.svg").arg(id);
        for (const int size : {16, 32, 48, 256}) {
            QTest::addRow("nominal: %dpx icon", size)
                    << QStringLiteral("usr/share/icons/hicolor/%1x%1/apps/%2.png").arg(size).arg(id);
        }
        QTest::newRow("nominal: copydesk man page") << QStringLiteral("usr/share/man/man1/copydesk.1.gz");
        QTest::newRow("nominal: copydesk-cli man page") << QStringLiteral("usr/share/man/man1/copydesk-cli.1.gz");
        QTest::newRow("nominal: copyright") << QStringLiteral("usr/share/doc/copydesk/copyright");
    }

    void contents()
    {
        QFETCH(QString, path);
        QVERIFY2(QFileInfo(installed(path)).size() > 0, qPrintable(path));
    }

    void noBuildTreePaths()
    {
        const QByteArray buildDir = QByteArrayLiteral(COPYDESK_BUILD_DIR);
        QDirIterator it(m_root, QDir::Files, QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(buildDir), qPrintable(file.fileName()));
            ++files;
        }
        QVERIFY(files > 10);
    }

    void validators_data()
    {
        QTest::addColumn<QString>("validator");
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("file"); // relative to the scratch root; empty: the .deb
        QTest::addColumn<bool>("valid");

        const QString id = QStringLiteral(COPYDESK_APP_ID);
        const QString desktop = QStringLiteral("usr/share/applications/%1.desktop").arg(id);
        QTest::newRow("nominal: desktop-file-validate") << QStringLiteral("desktop-file-validate") << QStringList()
                                                        << desktop << true;
        QTest::newRow("nominal: appstreamcli validate")
                << QStringLiteral("appstreamcli")
                << QStringList{QStringLiteral("validate"), QStringLiteral("--explain"), QStringLiteral("--no-net")}
                << QStringLiteral("usr/share/metainfo/%1.metainfo.xml").arg(id) << true;
        QTest::newRow("nominal: lintian, no errors")
                << QStringLiteral("lintian")
                << QStringList{QStringLiteral("--fail-on"), QStringLiteral("error"), QStringLiteral("--allow-root")}
                << QString() << true;
        QTest::newRow("robustness: a desktop entry without Type is refused")
                << QStringLiteral("desktop-file-validate") << QStringList() << QStringLiteral("broken.desktop") << false;
        QTest::newRow("robustness: metainfo without a summary is refused")
                << QStringLiteral("appstreamcli")
                << QStringList{QStringLiteral("validate"), QStringLiteral("--explain"), QStringLiteral("--no-net")}
                << QStringLiteral("broken.metainfo.xml") << false;
    }

    void validators()
    {
        QFETCH(QString, validator);
        QFETCH(QStringList, arguments);
        QFETCH(QString, file);
        QFETCH(bool, valid);
        const QString program = tool(validator.toUtf8().constData());
        if (program.isEmpty())
            QSKIP(qPrintable(validator + QStringLiteral(" is not installed")));
        QString target = file.isEmpty() ? m_deb : installed(file);
        if (file.startsWith(QLatin1String("broken."))) {
            // A damaged copy of the shipped file: the validator must notice.
            const QString id = QStringLiteral(COPYDESK_APP_ID);
            const bool isDesktop = file.endsWith(QLatin1String(".desktop"));
            QFile original(installed(isDesktop ? QStringLiteral("usr/share/applications/%1.desktop").arg(id)
                                               : QStringLiteral("usr/share/metainfo/%1.metainfo.xml").arg(id)));
            QVERIFY(original.open(QIODevice::ReadOnly));
            QString text = QString::fromUtf8(original.readAll());
            static const QRegularExpression type(QStringLiteral("^Type=.*$"), QRegularExpression::MultilineOption);
            static const QRegularExpression summary(QStringLiteral("<summary[^>]*>[^<]*</summary>"));
            text.remove(isDesktop ? type : summary);
            target = m_dir.filePath(isDesktop ? QStringLiteral("%1.desktop").arg(id) : QStringLiteral("%1.metainfo.xml").arg(id));
            QFile copy(target);
            QVERIFY(copy.open(QIODevice::WriteOnly | QIODevice::Truncate));
            copy.write(text.toUtf8());
        }
        const Run result = run(program, arguments << target, QProcessEnvironment::systemEnvironment(), 90000);
        const QString output = result.out + result.err;
        if (valid) {
            QVERIFY2(result.code == 0, qPrintable(output));
            if (validator == QLatin1String("appstreamcli"))
                QVERIFY2(!output.contains(QLatin1String("warnings:")) && !output.contains(QLatin1String("errors:")), qPrintable(output));
            if (validator == QLatin1String("lintian")) {
                static const QRegularExpression error(QStringLiteral("^E: "), QRegularExpression::MultilineOption);
                QVERIFY2(!output.contains(error), qPrintable(output));
                qInfo("lintian: %s", qPrintable(output.trimmed().isEmpty() ? QStringLiteral("clean") : output.trimmed()));
            }
        } else {
            QVERIFY2(result.code != 0, qPrintable(output));
        }
    }

    void installedPrograms_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("expected"); // on stdout

        QTest::newRow("nominal: copydesk-cli --version") << QStringLiteral("copydesk-cli") << QStringList{QStringLiteral("--version")}
                                                         << QString() << 0 << QStringLiteral("copydesk-cli " COPYDESK_VERSION "\n");
        QTest::newRow("nominal: copydesk --version without a display")
                << QStringLiteral("copydesk") << QStringList{QStringLiteral("--version")} << QString() << 0
                << QStringLiteral("copydesk " COPYDESK_VERSION "\n");
        QTest::newRow("nominal: copydesk --help in Chinese finds its translations")
                << QStringLiteral("copydesk") << QStringList{QStringLiteral("--help")} << QStringLiteral("zh_CN") << 0
                << QStringLiteral("采编台");
        QTest::newRow("nominal: copydesk-cli --help in Chinese")
                << QStringLiteral("copydesk-cli") << QStringList{QStringLiteral("--help")} << QStringLiteral("zh_CN") << 0
                << QStringLiteral("用法");
        QTest::newRow("robustness: copydesk-cli with an unknown command")
                << QStringLiteral("copydesk-cli") << QStringList{QStringLiteral("frobnicate")} << QString() << 2 << QString();
    }

    void installedPrograms()
    {
        QFETCH(QString, program);
        QFETCH(QStringList, arguments);
        QFETCH(QString, language);
        QFETCH(int, code);
        QFETCH(QString, expected);
        QProcessEnvironment env = installedEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        if (!language.isEmpty())
            env.insert(QStringLiteral("COPYDESK_LANG"), language);
        const Run result = run(installed(QStringLiteral("usr/bin/") + program), arguments, env);
        QVERIFY2(result.code == code, qPrintable(result.err));
        if (expected.endsWith(QLatin1Char('\n')))
            QCOMPARE(result.out, expected);
        else
            QVERIFY2(result.out.contains(expected), qPrintable(result.out));
    }

    // The Windows installer's NSIS script, with its file associations, as makensis compiles it
    // (here around the Linux programs: what it ships on Windows is packaging/windows/build.ps1's).
    void windowsInstallerScript()
    {
        if (tool("makensis").isEmpty())
            QSKIP("makensis (nsis) is not installed");
        const QString out = m_dir.filePath(QStringLiteral("nsis"));
        const Run cpack = run(QStringLiteral(COPYDESK_CPACK_PATH),
                              {QStringLiteral("-G"), QStringLiteral("NSIS"), QStringLiteral("-D"),
                               QStringLiteral("CPACK_NSIS_COMPRESSOR=zlib"), QStringLiteral("--config"),
                               QStringLiteral(COPYDESK_BUILD_DIR "/CPackConfig.cmake"), QStringLiteral("-B"), out},
                              QProcessEnvironment::systemEnvironment(), 120000);
        QVERIFY2(cpack.code == 0, qPrintable(cpack.out + cpack.err));
        QDirIterator scripts(out, {QStringLiteral("project.nsi")}, QDir::Files, QDirIterator::Subdirectories);
        QVERIFY(scripts.hasNext());
        QFile script(scripts.next());
        QVERIFY(script.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(script.readAll());
        QVERIFY2(text.contains(QLatin1String(R"(WriteRegStr SHCTX 'Software\Classes\Copydesk.Article\shell\open\command' '' `"$INSTDIR\bin\copydesk.exe" "%1"`)")),
                 qPrintable(text));
        for (const char *extension : {".docx", ".odt", ".md", ".txt", ".html"}) {
            QVERIFY2(text.contains(QStringLiteral(R"(WriteRegStr SHCTX 'Software\Classes\%1\OpenWithProgids' 'Copydesk.Article' '')")
                                           .arg(QLatin1String(extension))),
                     extension);
        }
    }

    // The window from the installed tree opens a file given on its command line (as "Open
    // with" does): the article is imported and the page preview renders it with the built-in theme.
    void installedWindowOpensAFile()
    {
        const QString store = m_dir.filePath(QStringLiteral("open-with.sqlite3"));
        QProcessEnvironment env = installedEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("COPYDESK_REPORT_STARTUP"), QStringLiteral("1"));
        env.insert(QStringLiteral("COPYDESK_LANG"), QStringLiteral("zh_CN"));
        QProcess gui;
        gui.setProcessEnvironment(env);
        gui.start(installed(QStringLiteral("usr/bin/copydesk")),
                  {QStringLiteral("--store"), store,
                   QStringLiteral(COPYDESK_SOURCE_DIR "/resources/samples/daxiang-womens-federation.txt")});
        QVERIFY(gui.waitForStarted());
        QString err;
        QTRY_VERIFY2_WITH_TIMEOUT((err += QString::fromUtf8(gui.readAllStandardError())).contains(QLatin1String("preview rendered"))
                                          || gui.state() == QProcess::NotRunning,
                                  qPrintable(err), 60000);
        const bool rendered = err.contains(QLatin1String("preview rendered"));
        const Run list = run(installed(QStringLiteral("usr/bin/copydesk-cli")), {QStringLiteral("--store"), store, QStringLiteral("list")},
                             installedEnvironment());
        gui.terminate();
        if (!gui.waitForFinished(10000)) {
            gui.kill();
            gui.waitForFinished();
        }
        QVERIFY2(rendered, qPrintable(err));
        QVERIFY2(list.code == 0, qPrintable(list.err));
        QVERIFY2(list.out.contains(QStringLiteral("大祥区妇联")), qPrintable(list.out));
    }

    // The installed copydesk-cli finds its PDF writer in libexec and makes the PDF headless.
    void installedCliWritesAPdf()
    {
        const QString store = m_dir.filePath(QStringLiteral("pdf.sqlite3"));
        QProcessEnvironment env = installedEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        const Run made = run(installed(QStringLiteral("usr/bin/copydesk-cli")),
                             {QStringLiteral("--store"), store, QStringLiteral("new"), QStringLiteral("--title"), QStringLiteral("PDF")}, env);
        QVERIFY2(made.code == 0, qPrintable(made.err));
        const QString out = m_dir.filePath(QStringLiteral("pdf-out"));
        const Run pdf = run(installed(QStringLiteral("usr/bin/copydesk-cli")),
                            {QStringLiteral("--store"), store, QStringLiteral("export"), made.out.trimmed(),
                             QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"), out}, env);
        QVERIFY2(pdf.code == 0, qPrintable(pdf.err));
        QFile file(QDir(out).filePath(QStringLiteral("PDF.pdf")));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(pdf.out + pdf.err));
        QVERIFY(file.read(5) == "%PDF-");
    }
};

QTEST_GUILESS_MAIN(TstPackaging)

#include "tst_packaging.moc"
