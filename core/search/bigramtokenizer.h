#pragma once

#include <QString>
#include <QStringList>

struct sqlite3;

namespace copydesk {

// The FTS5 tokenizer "copydesk_bigram": overlapping CJK bigrams, lower-cased Latin words.
//
// Documents: each run of CJK characters c1..cn gives the bigrams c1c2 .. c(n-1)cn and then the
// unigram cn (a lone character gives only its unigram); each run of other letters and digits
// gives one lower-cased word. Everything else separates. Queries (see SearchIndex) use quoted
// terms that never mix scripts: a CJK term of two or more characters gives its bigrams only (a
// phrase, so it matches exactly where the term is a substring), a one-character term or a word is
// queried as a prefix (so "民"* finds 民族 and a run-final 民, "cop"* finds copydesk).
class BigramTokenizer
{
public:
    static constexpr const char *Name = "copydesk_bigram";

    // Registers the tokenizer on the connection; needed before any use of a table built with it.
    static bool registerWith(sqlite3 *db, QString *error);

    // The simple (one code point) lower case that the index applies to words.
    static char32_t foldCase(char32_t codePoint);

    // The query terms of user input: split at separators and where CJK meets other letters;
    // lower-cased; repeated terms dropped.
    static QStringList terms(const QString &text);
    static bool isCjkTerm(const QString &term);
};

} // namespace copydesk
