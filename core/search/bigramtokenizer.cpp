#include "search/bigramtokenizer.h"
#include "text/script.h"

#include <QChar>
#include <QCoreApplication>
#include <QSet>

#include <sqlite3.h>

#include <string>

namespace copydesk {

namespace {

// Decodes one UTF-8 code point at text[i]; malformed bytes (overlong forms, surrogates, beyond
// U+10FFFF included) decode as U+FFFD of length 1, so that tokens are always valid UTF-8.
char32_t decodeUtf8(const unsigned char *text, int size, int i, int *length)
{
    const unsigned char b = text[i];
    if (b < 0x80) {
        *length = 1;
        return b;
    }
    int extra = 0;
    char32_t c = 0;
    if ((b & 0xE0) == 0xC0) {
        extra = 1;
        c = b & 0x1F;
    } else if ((b & 0xF0) == 0xE0) {
        extra = 2;
        c = b & 0x0F;
    } else if ((b & 0xF8) == 0xF0) {
        extra = 3;
        c = b & 0x07;
    } else {
        *length = 1;
        return 0xFFFD;
    }
    if (i + extra >= size) {
        *length = 1;
        return 0xFFFD;
    }
    for (int k = 1; k <= extra; ++k) {
        const unsigned char next = text[i + k];
        if ((next & 0xC0) != 0x80) {
            *length = 1;
            return 0xFFFD;
        }
        c = (c << 6) | (next & 0x3F);
    }
    static const char32_t smallest[] = {0, 0x80, 0x800, 0x10000};
    if (c < smallest[extra] || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) {
        *length = 1;
        return 0xFFFD;
    }
    *length = extra + 1;
    return c;
}

void appendUtf8(std::string *out, char32_t c)
{
    if (c < 0x80) {
        out->push_back(char(c));
    } else if (c < 0x800) {
        out->push_back(char(0xC0 | (c >> 6)));
        out->push_back(char(0x80 | (c & 0x3F)));
    } else if (c < 0x10000) {
        out->push_back(char(0xE0 | (c >> 12)));
        out->push_back(char(0x80 | ((c >> 6) & 0x3F)));
        out->push_back(char(0x80 | (c & 0x3F)));
    } else {
        out->push_back(char(0xF0 | (c >> 18)));
        out->push_back(char(0x80 | ((c >> 12) & 0x3F)));
        out->push_back(char(0x80 | ((c >> 6) & 0x3F)));
        out->push_back(char(0x80 | (c & 0x3F)));
    }
}

using TokenCallback = int (*)(void *, int, const char *, int, int, int);

int tokenize(Fts5Tokenizer *, void *context, int flags, const char *text, int size,
             TokenCallback emitToken)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(text);
    // In a query a CJK term's trailing unigram would demand that the term end a run.
    const bool query = (flags & FTS5_TOKENIZE_QUERY) != 0;
    std::string word;
    int wordStart = -1;
    int runLength = 0;
    int lastStart = 0;
    int lastEnd = 0;
    int rc = SQLITE_OK;

    const auto endWord = [&](int end) {
        if (wordStart >= 0 && rc == SQLITE_OK)
            rc = emitToken(context, 0, word.data(), int(word.size()), wordStart, end);
        wordStart = -1;
    };
    const auto endRun = [&] {
        if (runLength > 0 && rc == SQLITE_OK && (!query || runLength == 1))
            rc = emitToken(context, 0, text + lastStart, lastEnd - lastStart, lastStart, lastEnd);
        runLength = 0;
    };

    int i = 0;
    while (i < size && rc == SQLITE_OK) {
        int length = 1;
        const char32_t c = decodeUtf8(bytes, size, i, &length);
        const Script::CharClass kind = Script::classify(c);
        if (kind != Script::CharClass::Word)
            endWord(i);
        if (kind != Script::CharClass::Cjk)
            endRun();
        if (kind == Script::CharClass::Cjk) {
            if (runLength > 0 && rc == SQLITE_OK)
                rc = emitToken(context, 0, text + lastStart, i + length - lastStart, lastStart, i + length);
            lastStart = i;
            lastEnd = i + length;
            ++runLength;
        } else if (kind == Script::CharClass::Word) {
            if (wordStart < 0) {
                wordStart = i;
                word.clear();
            }
            appendUtf8(&word, BigramTokenizer::foldCase(c));
        }
        i += length;
    }
    endWord(size);
    endRun();
    return rc;
}

// The tokenizer keeps no state: every instance is this one object.
int createTokenizer(void *, const char **, int, Fts5Tokenizer **out)
{
    static char instance;
    *out = reinterpret_cast<Fts5Tokenizer *>(&instance);
    return SQLITE_OK;
}

void deleteTokenizer(Fts5Tokenizer *) {}

} // namespace

bool BigramTokenizer::registerWith(sqlite3 *db, QString *error)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &statement, nullptr) == SQLITE_OK) {
        sqlite3_bind_pointer(statement, 1, static_cast<void *>(&api), "fts5_api_ptr", nullptr);
        sqlite3_step(statement);
    }
    sqlite3_finalize(statement);
    if (!api || api->iVersion < 2) {
        if (error) {
            *error = QCoreApplication::translate(
                "BigramTokenizer", "the SQLite library in use has no full-text search (FTS5)");
        }
        return false;
    }
    static fts5_tokenizer tokenizer{createTokenizer, deleteTokenizer, tokenize};
    const int rc = api->xCreateTokenizer(api, Name, nullptr, &tokenizer, nullptr);
    if (rc != SQLITE_OK) {
        if (error) {
            *error = QCoreApplication::translate("BigramTokenizer",
                                                 "cannot register the search tokenizer: %1")
                         .arg(QString::fromUtf8(sqlite3_errstr(rc)));
        }
        return false;
    }
    return true;
}

char32_t BigramTokenizer::foldCase(char32_t c)
{
    if (c < 0x80)
        return (c >= u'A' && c <= u'Z') ? c + 32 : c;
    return QChar::toLower(c);
}

QStringList BigramTokenizer::terms(const QString &text)
{
    QStringList result;
    QSet<QString> seen;
    QString current;
    Script::CharClass currentKind = Script::CharClass::Separator;
    const auto flush = [&] {
        if (!current.isEmpty() && !seen.contains(current)) {
            seen.insert(current);
            result.append(current);
        }
        current.clear();
    };
    const QList<uint> codePoints = text.toUcs4();
    for (const uint value : codePoints) {
        const auto c = char32_t(value);
        const Script::CharClass kind = Script::classify(c);
        if (kind != currentKind)
            flush();
        currentKind = kind;
        if (kind == Script::CharClass::Separator)
            continue;
        const char32_t folded = kind == Script::CharClass::Word ? foldCase(c) : c;
        current += QString::fromUcs4(&folded, 1);
    }
    flush();
    return result;
}

bool BigramTokenizer::isCjkTerm(const QString &term)
{
    const QList<uint> codePoints = term.left(2).toUcs4();
    return !codePoints.isEmpty() && Script::classify(char32_t(codePoints.first())) == Script::CharClass::Cjk;
}

} // namespace copydesk
