#include "fuzzenvironment.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>

namespace copydesk {

namespace {

// Photo decoders and qpdf warn about every damaged input; the harnesses judge results instead.
void quietMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtCriticalMsg || type == QtFatalMsg)
        fprintf(stderr, "%s\n", qPrintable(message));
}

QTemporaryDir &temporaryDir()
{
    static QTemporaryDir dir;
    return dir;
}

} // namespace

void FuzzEnvironment::initialize()
{
    if (QCoreApplication::instance())
        return;
    setenv("QT_QPA_PLATFORM", "offscreen", 0);
    qInstallMessageHandler(quietMessages);
    static int argc = 1;
    static char name[] = "copydesk-fuzz";
    static char *argv[] = {name, nullptr};
    // Never destroyed: worker threads of the importers may still run at exit.
    static QCoreApplication *app = new QCoreApplication(argc, argv);
    Q_UNUSED(app)
}

QString FuzzEnvironment::tempDir()
{
    return temporaryDir().path();
}

QString FuzzEnvironment::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = tempDir() + QLatin1Char('/') + name;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size()) {
        fprintf(stderr, "cannot write %s\n", qPrintable(path));
        abort();
    }
    return path;
}

QByteArray FuzzEnvironment::tinyPng()
{
    QImage image(8, 8, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QList<QByteArray> FuzzEnvironment::parts(const QByteArray &input)
{
    QList<QByteArray> out;
    qsizetype from = 0;
    const QByteArray separator(PartSeparator);
    for (;;) {
        const qsizetype at = input.indexOf(separator, from);
        out.append(input.mid(from, at < 0 ? -1 : at - from));
        if (at < 0)
            return out;
        from = at + separator.size();
    }
}

} // namespace copydesk
