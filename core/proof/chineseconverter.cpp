#include "proof/chineseconverter.h"

#include <QFileInfo>

#include <opencc/opencc.h>

namespace copydesk {

namespace {

opencc_t handleOf(void *handle)
{
    return static_cast<opencc_t>(handle);
}

} // namespace

ChineseConverter::ChineseConverter(const QString &config)
{
    if (!configurations().contains(config)) {
        m_error = tr("Unknown conversion “%1” (use %2).").arg(config, configurations().join(QStringLiteral(", ")));
        return;
    }
    // OpenCC finds its configurations in its data folder; the path is tried too, for builds
    // whose library looks elsewhere.
    const QString file = config + QStringLiteral(".json");
    const QStringList candidates{file, QStringLiteral(OPENCC_DATA_DIR "/") + file};
    for (const QString &candidate : candidates) {
        opencc_t handle = opencc_open(candidate.toUtf8().constData());
        if (handle != reinterpret_cast<opencc_t>(-1)) {
            m_handle = handle;
            return;
        }
    }
    m_error = tr("Cannot load the OpenCC conversion “%1”: %2").arg(config, QString::fromUtf8(opencc_error()));
}

ChineseConverter::~ChineseConverter()
{
    if (m_handle)
        opencc_close(handleOf(m_handle));
}

QStringList ChineseConverter::configurations()
{
    return {QStringLiteral("s2t"),  QStringLiteral("t2s"),   QStringLiteral("s2tw"),
            QStringLiteral("tw2s"), QStringLiteral("s2twp"), QStringLiteral("tw2sp"),
            QStringLiteral("s2hk"), QStringLiteral("hk2s")};
}

QString ChineseConverter::convert(const QString &text) const
{
    if (!m_handle || text.isEmpty())
        return text;
    const QByteArray utf8 = text.toUtf8();
    char *converted = opencc_convert_utf8(handleOf(m_handle), utf8.constData(), size_t(utf8.size()));
    if (!converted)
        return text;
    const QString result = QString::fromUtf8(converted);
    opencc_convert_utf8_free(converted);
    return result;
}

char32_t ChineseConverter::convert(char32_t character) const
{
    const auto known = m_characters.constFind(character);
    if (known != m_characters.constEnd())
        return *known;
    const QString converted = convert(QString::fromUcs4(&character, 1));
    const QList<uint> points = converted.toUcs4();
    const char32_t result = points.size() == 1 ? char32_t(points.first()) : character;
    m_characters.insert(character, result);
    return result;
}

} // namespace copydesk
