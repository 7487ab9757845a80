#pragma once

#include "import/importedarticle.h"
#include "model/article.h"

#include <QString>

namespace copydesk {

// What every door into the model must guarantee, checked by the fuzz harnesses on whatever they
// produced. A broken invariant prints what broke and aborts (libFuzzer keeps the input).
class FuzzInvariants
{
public:
    [[noreturn]] static void fail(const char *what, const QString &detail = {});

    // Links are http, https or mailto and pass LinkPolicy; marks lie inside their text; the
    // canonical URL is a web address; a photo's source is a web address or a local file.
    static void checkArticle(const Article &article);
    // checkArticle(), and each image block's photo is among the decoded media.
    static void checkImported(const ImportedArticle &imported);
    // No text field holds '<': for inputs that cannot spell one as text (no character
    // references, no CDATA), a '<' in the model would be markup that leaked through.
    static void checkNoMarkup(const Article &article);
    // ArticleJson::toJson → fromJson gives the same article.
    static void checkJsonRoundTrip(const Article &article);
    // The page the renderer makes of the article (as the preview asks for it) has no active
    // content: only the theme's elements and attributes, no event handlers, no script but the
    // JSON-LD (which must still parse as JSON), and links and sources only of allowed schemes.
    static void checkRendered(const Article &article);
    static void checkPage(const QString &html);
    // All of the above that hold for any importer's result (not checkNoMarkup).
    static void checkAll(const ImportedArticle &imported);
};

} // namespace copydesk
