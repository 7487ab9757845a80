// The search tokenizer on any bytes, as document and as query: tokens lie inside the text and
// are whole UTF-8; and an article is found by any words of its own text (an FTS5 table in
// memory, queried with SearchIndex's match expression).
#include "fuzz/fuzzenvironment.h"
#include "fuzz/fuzzinvariants.h"
#include "search/bigramtokenizer.h"
#include "search/searchindex.h"

#include <sqlite3.h>

#include <cstdint>

using namespace copydesk;

namespace {

struct Tokenized
{
    int size = 0;
    int count = 0;
};

int onToken(void *context, int, const char *token, int length, int start, int end)
{
    auto *tokenized = static_cast<Tokenized *>(context);
    if (length <= 0 || start < 0 || start >= end || end > tokenized->size)
        FuzzInvariants::fail("a token outside its text");
    const QByteArray bytes(token, length);
    if (QString::fromUtf8(bytes).toUtf8() != bytes)
        FuzzInvariants::fail("a token that is not whole UTF-8", QString::fromUtf8(bytes));
    ++tokenized->count;
    return SQLITE_OK;
}

sqlite3 *database()
{
    static sqlite3 *db = [] {
        sqlite3 *opened = nullptr;
        QString error;
        if (sqlite3_open(":memory:", &opened) != SQLITE_OK || !BigramTokenizer::registerWith(opened, &error)
            || sqlite3_exec(opened, "CREATE VIRTUAL TABLE t USING fts5(body, tokenize='copydesk_bigram')",
                            nullptr, nullptr, nullptr) != SQLITE_OK)
            FuzzInvariants::fail("cannot set up the index", error);
        return opened;
    }();
    return db;
}

fts5_tokenizer tokenizerOf(sqlite3 *db, void **userData)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *statement = nullptr;
    sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &statement, nullptr);
    sqlite3_bind_pointer(statement, 1, static_cast<void *>(&api), "fts5_api_ptr", nullptr);
    sqlite3_step(statement);
    sqlite3_finalize(statement);
    fts5_tokenizer tokenizer{};
    if (!api || api->xFindTokenizer(api, BigramTokenizer::Name, userData, &tokenizer) != SQLITE_OK)
        FuzzInvariants::fail("the tokenizer is not registered");
    return tokenizer;
}

bool matches(sqlite3 *db, const QString &expression)
{
    sqlite3_stmt *statement = nullptr;
    sqlite3_prepare_v2(db, "SELECT count(*) FROM t WHERE t MATCH ?1", -1, &statement, nullptr);
    const QByteArray utf8 = expression.toUtf8();
    sqlite3_bind_text(statement, 1, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    const int rc = sqlite3_step(statement);
    const bool found = rc == SQLITE_ROW && sqlite3_column_int(statement, 0) == 1;
    if (rc != SQLITE_ROW)
        FuzzInvariants::fail("a match expression FTS5 refuses", expression + QLatin1String(": ")
                                                                   + QString::fromUtf8(sqlite3_errmsg(db)));
    sqlite3_finalize(statement);
    return found;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzEnvironment::initialize();
    sqlite3 *db = database();
    static void *userData = nullptr;
    static const fts5_tokenizer tokenizer = tokenizerOf(db, &userData);
    Fts5Tokenizer *instance = nullptr;
    tokenizer.xCreate(userData, nullptr, 0, &instance);
    for (const int flags : {FTS5_TOKENIZE_DOCUMENT, FTS5_TOKENIZE_QUERY}) {
        Tokenized tokenized{int(size), 0};
        tokenizer.xTokenize(instance, &tokenized, flags, reinterpret_cast<const char *>(data), int(size), onToken);
    }
    tokenizer.xDelete(instance);

    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QStringList terms = BigramTokenizer::terms(text);
    for (const QString &term : terms) {
        if (term.isEmpty() || SearchIndex::occurrences(text, term).isEmpty())
            FuzzInvariants::fail("a query term not found in its own text", term);
    }
    const QString expression = SearchIndex::matchExpression(text);
    if (expression.isEmpty())
        return 0;
    const QByteArray utf8 = text.toUtf8();
    sqlite3_stmt *insert = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO t(rowid, body) VALUES (1, ?1)", -1, &insert, nullptr);
    sqlite3_bind_text(insert, 1, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    sqlite3_step(insert);
    sqlite3_finalize(insert);
    const bool found = matches(db, expression);
    sqlite3_exec(db, "DELETE FROM t", nullptr, nullptr, nullptr);
    if (!found)
        FuzzInvariants::fail("an article not found by its own text", text);
    return 0;
}
