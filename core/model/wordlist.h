#pragma once

#include "model/wordlistentry.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace copydesk {

// One version of an outlet's word list as the store keeps it: a name, the version (each
// import of the same name adds one), when and from which file it came, whether proofing uses
// it, and its terms (left empty by listings, which give termCount).
struct WordList
{
    QString name;
    int version = 0;
    QDateTime imported; // UTC
    QString sourceFile;
    bool enabled = false;
    int termCount = 0;
    QList<WordListEntry> entries;
};

} // namespace copydesk
