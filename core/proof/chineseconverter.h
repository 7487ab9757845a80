#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

namespace copydesk {

// Simplified ⇄ traditional Chinese through OpenCC: a text at once (phrase by phrase), or one
// character alone (remembered, for the per-character checks).
class ChineseConverter
{
    Q_DECLARE_TR_FUNCTIONS(ChineseConverter)

public:
    // config: an OpenCC configuration such as s2t, t2s, s2tw, tw2s, s2twp, tw2sp, s2hk, hk2s.
    explicit ChineseConverter(const QString &config);
    ~ChineseConverter();
    ChineseConverter(const ChineseConverter &) = delete;
    ChineseConverter &operator=(const ChineseConverter &) = delete;

    static QStringList configurations();
    bool isValid() const { return m_handle != nullptr; }
    QString error() const { return m_error; }

    // The text converted; the text itself when the converter is not valid.
    QString convert(const QString &text) const;
    // The character converted alone; itself when unchanged or when it becomes several.
    char32_t convert(char32_t character) const;

private:
    void *m_handle = nullptr;
    QString m_error;
    mutable QHash<char32_t, char32_t> m_characters;
};

} // namespace copydesk
