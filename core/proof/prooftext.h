#pragma once

#include <QBitArray>
#include <QString>

namespace copydesk {

// A text being proofed, with the spans no rule may touch worked out once: URLs, e-mail
// addresses, domain names, and numbers written with their own punctuation (3.5万, 10:30, 2.1%,
// 1,000).
class ProofText
{
public:
    explicit ProofText(const QString &text);

    const QString &text() const { return m_text; }
    int size() const { return int(m_text.size()); }
    char16_t at(int i) const { return i >= 0 && i < size() ? m_text.at(i).unicode() : u'\0'; }
    bool isProtected(int i) const { return i >= 0 && i < size() && m_protected.testBit(i); }
    bool anyProtected(int start, int end) const;

    // Whether the character at i is CJK (a low surrogate counts with its high one).
    bool isCjkAt(int i) const;
    // ASCII letters; ASCII letters and digits.
    static bool isLatinLetter(char16_t c) { return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z'); }
    static bool isLatinOrDigit(char16_t c);
    static bool isSpace(char16_t c) { return c == u' ' || c == u'\t' || c == u'\u3000' || c == u'\u00A0'; }
    // Full-width (Chinese) punctuation marks.
    static bool isFullwidthPunctuation(char16_t c);
    // The index of the nearest character before i (after i) that is not a space; -1 (size()) if none.
    int previousNonSpace(int i) const;
    int nextNonSpace(int i) const;

private:
    void protectSpans();
    int urlEnd(int start) const;
    int tokenEnd(int start, bool *joined) const;

    QString m_text;
    QBitArray m_protected;
};

} // namespace copydesk
