#pragma once

#include "model/article.h"
#include "proof/proofsetup.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace copydesk {

class Store;

// Problems worth a look before an article leaves the desk, the one check every export path runs
// (the export dialog, Copy for WeChat, copydesk-cli export). None of them blocks an export by
// itself: the GUI lists them with "Export anyway", the CLI warns (and refuses with --strict).
class ExportPreflight
{
    Q_DECLARE_TR_FUNCTIONS(ExportPreflight)

public:
    struct Problem
    {
        enum class Kind {
            EmptyTitle,
            MissingSource,
            Embargoed,
            PhotoWithoutCaption,
            PhotoWithoutCredit,
            PlaceholderWithoutPhoto,
            OpenProofFindings
        };
        Kind kind = Kind::EmptyTitle;
        int blockIndex = -1; // index into Article::blocks, or -1 for the article's metadata
        QString message;     // translated, names the block by its photo number and caption
    };

    struct Options
    {
        // An embargo later than this is reported.
        QDateTime now = QDateTime::currentDateTimeUtc();
        // Run the proofing rules (校对) and report their open findings as one problem.
        bool proofing = true;
        // The desk's word lists, dictionary, house style and the article's ignores
        // (ProofSetup::read): the findings the Proofing panel shows are the ones counted.
        ProofSetup proof;
    };

    // In article order: title, source and embargo first, then per block, then proofing.
    static QList<Problem> check(const Article &article) { return check(article, Options()); }
    static QList<Problem> check(const Article &article, const Options &options);
    // The check as the desk runs it: proofing under the store's setup and the article's ignores.
    static QList<Problem> check(const Article &article, const Store &store);
    // The proofing findings of the article still open: what the proofing rules find under the
    // desk's setup, less those the editor ignored in this article.
    static int openProofFindings(const Article &article, const ProofSetup &setup = {});
};

} // namespace copydesk
