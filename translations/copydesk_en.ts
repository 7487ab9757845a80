<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>application framework, Qt WebEngine preview and PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page rendering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the article store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML parsing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>photo metadata (IPTC, XMP, Exif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zip, .docx and .odt files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 of photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese fonts named by the page theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>news exchange formats</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Copydesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the store %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Article</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleDiff</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dateline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Byline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embargo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canonical URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo captions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleExporter</name>
    <message>
        <source>Cannot export: the theme is not usable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export article %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export to %1: this program was built without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export: this format writes no single file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleImporter</name>
    <message>
        <source>it is an old binary Office or WPS document (.doc, .wps); save it as .docx and import that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a PDF; copy its text or ask for the original document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is an RTF document; save it as .docx and import that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is larger than %1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“.%1” files cannot be imported (supported: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it contains no text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleJson</name>
    <message>
        <source>“%1” in %2 must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” in %2 must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid date: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the marks of %1 must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown mark “%1” in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>block %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has an unknown type “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: heading level must be 2 or 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: list items must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a Copydesk article (format “%1”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the article was saved by a newer version of Copydesk (format version %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“blocks” must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown status “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JSON is malformed at byte %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JSON does not hold an article object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a mark in %1 lies outside its text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: rotation must be 0, 90, 180 or 270</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the crop must be four numbers within the photo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AsciiQuoteRule</name>
    <message>
        <source>ASCII quotation marks around Chinese: use “%1” and “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASCII quotation mark in Chinese text: use “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>Cannot back up the store to “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder “%1” cannot be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is damaged (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not a Copydesk store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot back up: no store is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store “%1” is damaged: its fresh backup copy fails the check (%2). The older backups were kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot restore the store “%1” from the backup “%2”: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is the store itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the damaged store cannot be moved aside (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BigramTokenizer</name>
    <message>
        <source>the SQLite library in use has no full-text search (FTS5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot register the search tokenizer: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChineseConversion</name>
    <message>
        <source>Simplified to &amp;Traditional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traditional to &amp;Simplified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simplified to Traditional (Taiwan, with &amp;phrases)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traditional (Taiwan) to S&amp;implified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not convert: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converted the selection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in the selection to convert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in the article to convert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converted the article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This article is open read-only: nothing was converted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChineseConverter</name>
    <message>
        <source>Unknown conversion “%1” (use %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot load the OpenCC conversion “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CjkLatinSpaceRule</name>
    <message>
        <source>House style (print): no space between Chinese and Latin letters or digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>House style (web): one space between Chinese and Latin letters or digits.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>checking %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opening the store %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try “copydesk-cli --help”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: copydesk-cli %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an article id (a positive number, as “list” shows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>article %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creating an article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>importing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Byline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canonical URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[photo to come]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[photo %1×%2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown status “%1” (use draft, review, approved, published, archived or 草稿, 待审, 已签发, 已发布, 已归档)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the canonical URL must start with http:// or https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving article %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attaching a photo to article %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export needs --out DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exporting article %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the store is damaged (%n problem(s))</source>
        <translation>
            <numerusform>the store is damaged (%n problem)</numerusform>
            <numerusform>the store is damaged (%n problems)</numerusform>
        </translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option --%1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option --%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option --%1 for “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“copydesk-cli recover” puts the newest good backup in its place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field “%1” (use title, subtitle, byline, source, section, tags, status, editor, canonical-url, dateline, slug or embargo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a slug is lower-case letters and digits joined by single hyphens, such as daxiang-womens-federation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the embargo must be a date and time such as 2025-06-01T08:00 or 2025-06-01T08:00+08:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown export format “%1” (available: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>articles %1 and %2 would both be written to “%3”; export them separately</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not %2 (a positive number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit needs a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>searching for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing the revisions of article %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an article id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a revision id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restoring article %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comparing revisions of article %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revision %1 belongs to article %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleting article %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taking article %1 out of the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup needs --out FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backing up the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recovering %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store opens without problems; use --force to replace it by a backup anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no good backup in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restored from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the damaged store was kept as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown setting “%1” (use %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the setting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>append photos (files or folders, in shooting order)
to an article; caption, credit and alt text come
from the photo&apos;s metadata unless given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write a consistent copy of the store to FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the store&apos;s integrity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store to use (default: $COPYDESK_STORE or %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show this help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show the version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: copydesk-cli [--store PATH] %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit status: 0 on success, 1 on failure, 2 on a usage error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move an article to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show what changed from REV_A to REV_B (or to now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the articles in the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create an article, print its id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replace a damaged store by its newest good backup
(the damaged file is kept beside it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make an earlier revision current (the current state
is kept as a revision first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the saved revisions of an article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full-text search, best first: every word must occur
(Chinese as written, Latin words by their start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set title, subtitle, byline, source, section, tags,
status, editor, canonical-url, dateline, slug or
embargo (an ISO date-time; a status change is recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print an article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the trash (emptied after 30 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>take an article out of the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>convert an article between simplified and traditional
Chinese (also s2tw, tw2s, tw2sp, s2hk, hk2s), as a revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>convert needs --to with one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>converting article %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>converted (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to convert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show, add to or remove from the user&apos;s English words
the spelling check accepts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: copydesk-cli %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proofread an article: punctuation, spacing, repeated
characters, confusable phrases, 繁简, word lists, English
spelling; --fix applies the suggestions as a revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown preset “%1” (use print or web)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown rule “%1” (use all or %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the word lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n finding</numerusform>
            <numerusform>%n findings</numerusform>
        </translation>
    </message>
    <message>
        <source>fixing article %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n fix(es) applied</source>
        <translation>
            <numerusform>%n fix applied</numerusform>
            <numerusform>%n fixes applied</numerusform>
        </translation>
    </message>
    <message>
        <source>the outlet&apos;s word lists for proofing: a text or CSV file
of term, preferred form, note (and kind: forbidden, caution
or standard); none is used until enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>word list %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown kind “%1” (use forbidden, caution or standard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 version %2: %n term(s)</source>
        <translation>
            <numerusform>%1 version %2: %n term</numerusform>
            <numerusform>%1 version %2: %n terms</numerusform>
        </translation>
    </message>
    <message>
        <source>listing the word lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n term(s)</source>
        <translation>
            <numerusform>%n term</numerusform>
            <numerusform>%n terms</numerusform>
        </translation>
    </message>
    <message>
        <source>export articles into DIR (made if missing), print one path per article;
FORMAT: html (a folder), zip, html-single, pdf, docx,
odt, md, json, nitf, newsml, wechat; the pre-export check&apos;s
problems are warnings on stderr, with --strict a refusal;
--paper: the PDF&apos;s paper (default a4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown paper “%1” (available: a4, letter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copydesk-cli: warning: article %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the pre-export check found %n problem(s); fix them or export without --strict</source>
        <translation>
            <numerusform>the pre-export check found %n problem; fix them or export without --strict</numerusform>
            <numerusform>the pre-export check found %n problems; fix them or export without --strict</numerusform>
        </translation>
    </message>
    <message>
        <source>exporting to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copydesk-cli: created the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import .docx, .odt, .html, .md, .txt or .json files,
print one id per file; --title-line N: the headline of
the .txt files is their line N, the lines above it dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--title-line needs a line number (1 or more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--title-line applies to plain-text files only, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show or set site-name, slogan, repost-notice,
default-section, canonical-base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who is editing which article on the newsroom server; take
an article&apos;s edit lease (--force: take it over, editors and
the chief only; --hold: keep renewing it until stopped) or
release it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing the leases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is editing it (until %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is editing it and your role may not take it over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taken until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renewing the lease of article %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lease was taken over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show, set or clear the newsroom server this store syncs
with (a PostgreSQL URL; the password comes from ~/.pgpass or
PGPASSWORD, never from the store)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the sync state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no newsroom server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep the password out of the URL (use ~/.pgpass or PGPASSWORD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting the newsroom server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clearing the newsroom server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set one with copydesk-cli remote set URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set up or update Copydesk&apos;s schema on a newsroom
PostgreSQL database (init also makes the roles reporter,
editor and chief); adduser makes a login with a role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server %1 needs --url URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adduser needs --role reporter, editor or chief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server adduser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the newsroom schema is up to date (version %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the newsroom schema is at version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>push this store&apos;s changes to the newsroom server and pull
the others&apos;; a change made on an older state is kept beside
the newer one as a conflict, never dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pushed %1, pulled %2, merged %3, conflicts %4, refused %5, waiting %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>syncing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copydesk-cli: refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the login, name and role the newsroom server knows you as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asking the newsroom server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not on the staff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has no line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it may no longer be changed by you</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfusableRule</name>
    <message>
        <source>“%1” is usually a slip for “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database statement failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prepare the statement “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement is not prepared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot bind a parameter of “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (in “%2”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the computer is out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk could not be read or written (input/output error)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store has become read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another program is writing to the store right now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocxImporter</name>
    <message>
        <source>its text is damaged (%1 at line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a Word document (a zip file without word/document.xml)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DoubledMarkRule</name>
    <message>
        <source>“%1” repeated: one is enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” beside “%2”: one mark is enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full stop after a quotation that already ends with “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EllipsisDashRule</name>
    <message>
        <source>Ellipsis in Chinese text: use “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dash in Chinese text: use “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDocument</name>
    <message>
        <source>unexpected failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export article %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export: photo %1 (%2) is missing from the store: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export: photo %1 (%2) cannot be converted: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportFiles</name>
    <message>
        <source>Cannot export: the folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export: %1 is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export: the folder %1 is read-only. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export: %1 would lie outside %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists in %2. Choose another folder or allow overwriting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not overwriting %1: it is not a plain file. Move it away or choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export the photos: %1 is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export: no folder was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1: %2 is a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1: permission denied or the disk is full.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportFormat</name>
    <message>
        <source>HTML folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML folder as .zip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single HTML file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word document (.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenDocument text (.odt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown with images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copydesk JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NITF 3.6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NewsML-G2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat rich text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exported to HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (A4 or Letter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportPreflight</name>
    <message>
        <source>The article has no title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source (来源) is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo %1 (“%2”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a placeholder: the photo is still to come.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no caption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no credit (photographer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article is embargoed until %1: do not publish it before then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Proofing (校对) has %n open finding(s): see the Proofing panel.</source>
        <translation>
            <numerusform>Proofing (校对) has %n open finding: see the Proofing panel.</numerusform>
            <numerusform>Proofing (校对) has %n open findings: see the Proofing panel.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FullwidthAlnumRule</name>
    <message>
        <source>Full-width letters or digits: write “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HalfwidthPunctuationRule</name>
    <message>
        <source>Half-width “%1” in Chinese text: use the full-width “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HtmlConverter</name>
    <message>
        <source>the HTML nests elements %1 levels deep (at most %2 are read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A picture embedded in the HTML is not an image and was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lies outside the document&apos;s folder and was not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file %1 is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the picture is larger than %1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A picture was left as a placeholder: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HtmlExporter</name>
    <message>
        <source>Cannot export: the folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export: %1 is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export: the folder %1 is read-only. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export article %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export: the theme is not usable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export: %1 would lie outside %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder named “%1” already exists in %2. Choose another folder or allow overwriting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not overwriting %1: it holds more than a previous export. Move it away or choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a folder in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export: photo %1 (%2) is missing from the store: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export: photo %1 (%2) cannot be converted: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not overwriting %1: it changed during the export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot replace %1: it cannot be moved aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: renaming the finished export failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageDecoder</name>
    <message>
        <source>(unnamed image)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>file name: what is wrong with it</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is too large (%1 MB; the limit is %2 MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot make the thumbnail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the requested size %1 is not positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an image in a supported format (JPEG, PNG, GIF, WebP, TIFF or BMP), whatever the file name says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 images cannot be read here (the Qt image plugin is missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is truncated (incomplete download?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is damaged (invalid %1 structure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is damaged (its %1 header cannot be read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image claims %1 × %2 pixels, more than the %3 megapixels accepted (a decompression bomb?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image data cannot be decoded (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no image to encode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1 images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 encoder failed (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageRendition</name>
    <message>
        <source>Cannot make a web rendition: invalid options (long edge %1 px, JPEG quality %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make a web rendition: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobProgress</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarkdownImporter</name>
    <message>
        <source>the file is larger than %1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a text file (it contains binary data)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewsroomServer</name>
    <message>
        <source>the database holds no Copydesk newsroom (run copydesk-cli server init)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s schema (version %1) is newer than this Copydesk knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission denied: your role may not change this article (%1, owner %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server holds no photo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server answered %1 of %2 pushed articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission denied (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission denied: your role may not move this article to or from the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission denied: you are not a member of this newsroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission denied: your role may not make this change to the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s schema (version %1) is older than this Copydesk needs (%2): run copydesk-cli server migrate on it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OdtImporter</name>
    <message>
        <source>its text is damaged (%1 at line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is an OpenDocument file of another kind (%1), not a text document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not an OpenDocument text (a zip file without content.xml)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageNumberFont</name>
    <message>
        <source>cannot read the font %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a TrueType font</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no glyph for “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot cut down the font %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfExporter</name>
    <message>
        <source>Cannot make the PDF: it needs the graphical application (QApplication).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make the PDF: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make the PDF: cannot write a temporary file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfHandOff</name>
    <message>
        <source>copydesk-cli: cannot write the PDF: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its writer copydesk-pdf is not installed beside copydesk-cli (looked in %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not start: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stopped unexpectedly</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPageNumbers</name>
    <message>
        <source>the PDF has no pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1 has resources that are not understood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1 has no page size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfRewrite</name>
    <message>
        <source>the PDF is encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgConnection</name>
    <message>
        <source>out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot connect to the newsroom server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected to the newsroom server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgResult</name>
    <message>
        <source>the connection to the server was lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another writer got in the way; try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server refused inconsistent data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s Copydesk schema is missing or too old (run copydesk-cli server migrate)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoBatch</name>
    <message>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1 holds no photos</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoMetadata</name>
    <message>
        <source>not an image format exiv2 knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the photo&apos;s metadata: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the photo&apos;s metadata: no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the photo&apos;s metadata: not a file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoOverlay</name>
    <message>
        <source>Add a caption</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreflightPrompt</name>
    <message>
        <source>Before it leaves the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check these first:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProofEngine</name>
    <message>
        <source>Half-width punctuation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Straight quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpaired marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doubled marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ellipsis and dash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full-width letters and digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stray spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space between Chinese and Latin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeated characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confusable phrases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traditional and simplified mixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlet word lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English spelling</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Renderer</name>
    <message>
        <source>the theme has no template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot render the page with theme “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RepeatedCharacterRule</name>
    <message>
        <source>“%1” typed %2 times in a row.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScriptMixRule</name>
    <message>
        <source>Traditional characters in simplified text: “%1” is “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simplified characters in traditional text: “%1” is “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchIndex</name>
    <message>
        <source>article %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>article %1 is gone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerAudit</name>
    <message>
        <source>reading the audit trail: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerBoard</name>
    <message>
        <source>reading who edits what: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerLeases</name>
    <message>
        <source>taking the lease: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taking the lease: the server has no article %1 (sync it first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>releasing the lease: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is %1&apos;s, and a reporter changes only their own drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has been handed in (%1): the editors have it now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is %1: only the chief editor changes it now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your login has no role in this newsroom</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerSchema</name>
    <message>
        <source>the database already holds a Copydesk newsroom (schema version %1); use server migrate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creating the newsroom&apos;s roles: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s schema (version %1) is newer than this Copydesk knows (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migration %1 of the server schema failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding the user %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SiteSettings</name>
    <message>
        <source>本文来自{site}，转载请注明出处：{url}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpellingRule</name>
    <message>
        <source>“%1” is not in the English dictionary.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>There is no article %1 in the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the store “%1”: it is an SQLite database of another application, not a Copydesk store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the store “%1”: it was created by a newer version of Copydesk (store version %2; this version reads up to %3). Update Copydesk to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the store “%1”: another program (or another Copydesk window) is writing to it right now. Close it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the store: no file was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the store “%1”: the folder “%2” cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the store “%1”: the folder “%2” is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the store “%1”: it is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the store “%1”: the file cannot be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the store “%1”: the file is not a Copydesk store (it is not an SQLite database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the store “%1”: the file is damaged (its SQLite header is cut short).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the store “%1”: the file is read-only. Copydesk saves continuously and must be able to write to it; make it writable or choose another store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the store “%1”: its folder “%2” is read-only, and Copydesk must create its journal files beside the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the store “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the store “%1”: the file is damaged (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot update the store “%1” to version %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot set up the store “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the store “%1”: the store is damaged (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No store is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store the article “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cannot store %n article(s); none was stored: %1</source>
        <translation>
            <numerusform>Cannot store %n article: %1</numerusform>
            <numerusform>Cannot store %n articles; none was stored: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot save the article “%1”: it is not in the store yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the article “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot load article %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article %1 in the store cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot list the articles: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete article %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot restore article %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot keep a revision of article %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot list the revisions of article %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no revision %1 in the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot load revision %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1 in the store cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store the media “%1”: it is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store the media “%1”: its SHA-256 is %2, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store the media “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no media %1 in the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read media %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the site settings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the setting “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot check the store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 of table %2 refers to a missing row of table %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot update the store “%1”: no backup could be made first (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot count the articles: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot list the sections: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot list the tags: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot search for “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot empty the trash: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not in the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete article %1 for good: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot restore revision %1 of article %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a revision of article %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status changed to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before deletion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autosave checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before restoring an earlier version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the status history of article %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the store “%1”: the file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the store “%1”: the file is empty, not a Copydesk store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the store “%1”: it must first be updated to this version of Copydesk; open it once in Copydesk or with a command that writes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read what changed in the store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed elsewhere (kept when both sides edited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import the word list “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change the word list “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no word list “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove the word list “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converted (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before proofing fixes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proofing fixes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot update the search index: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot list the articles in conflict: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cannot store %n article(s) from elsewhere; none was stored: %1</source>
        <translation>
            <numerusform>Cannot store %n article from elsewhere; none was stored: %1</numerusform>
            <numerusform>Cannot store %n articles from elsewhere; none was stored: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot make a thumbnail of media %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store the thumbnails: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The edits of article %1 in the store cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an edit replaces blocks the article does not have</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreLock</name>
    <message>
        <source>Cannot lock the store: no file was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot lock the store “%1”: the folder “%2” cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copydesk is already open on the store “%1” (process %2). Switch to that window, or close it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copydesk is already open on the store “%1” (process %2 on host %3). Switch to that window, or close it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copydesk is already open on the store “%1” (process %2 on host %3). Close it there first; if Copydesk no longer runs on %3, delete the lock file “%4”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the store “%1”: another Copydesk is opening it right now, or its lock file “%2” is damaged. Try again in a moment; if this keeps happening and no other Copydesk is running, delete the lock file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot lock the store “%1”: the lock file “%2” cannot be created there (permission denied).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot lock the store “%1”: the lock file “%2” cannot be created (is the disk full, or is there a folder of that name?).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreRecovery</name>
    <message>
        <source>Copydesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 is damaged, and there is no good backup of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copydesk looked for backups in %1. Keep the damaged file: it may still be repaired with SQLite tools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the newest good backup, made %1, instead? Changes made after it are not in it. The damaged file is kept, renamed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not put the backup in place of the store %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the backup now in place of the store %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copydesk opened the backup made %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The damaged store was moved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreUpdate</name>
    <message>
        <source>Updating the store “%1” for this version of Copydesk: a copy of it is kept first. A large store takes a minute or two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the Store</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StraySpaceRule</name>
    <message>
        <source>Space between Chinese characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space next to a full-width punctuation mark.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>reading article %1 from the server: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the newsroom server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>untitled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SystemKeychain</name>
    <message>
        <source>the system keychain cannot be used (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextImporter</name>
    <message>
        <source>Cannot import %1: it is a folder, not a text file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import %1: it is not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import %1: the file is larger than %2 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import %1: the file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import %1: it is not a plain-text file (it contains binary data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import %1: it is not UTF-8 and this system has no GB18030 decoder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import %1: the file contains no text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>%1 is not a JSON object: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the top level is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs an &quot;id&quot; of 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a &quot;name&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large (more than %2 KiB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses partials or changes delimiters, which themes may not do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid template: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid template.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnbalancedPairRule</name>
    <message>
        <source>“%1” without its “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WordListFile</name>
    <message>
        <source>the file %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file %1 is larger than %2 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no terms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WordListRule</name>
    <message>
        <source>“%1” is a forbidden term.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is to be used with care.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: use the standard wording.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZipPackage</name>
    <message>
        <source>it is not a zip package (the file is damaged, truncated or of another kind)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds more than %1 files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its table of contents is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it would unpack to more than %1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its entry %1 is compressed %2 times, as only zip bombs are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no part %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its part %1 is encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its part %1 cannot be found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its part %1 cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its part %1 is damaged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZipWriter</name>
    <message>
        <source>cannot start the archive (zip error %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot add %1 to the archive (zip error %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1 into the archive: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1 into the archive (zip error %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot finish the archive (zip error %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>copydesk::AboutDialog</name>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Copydesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copydesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newsroom editor: write, check, preview and export news articles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copydesk is free software under the GNU General Public License, version 2 or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copydesk is built on these libraries and data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>copydesk::ArticleEditor</name>
    <message>
        <source>Headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtitle (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-head &amp;2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-head &amp;3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;ulleted List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Numbered List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eplace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link address (http, https or mailto):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a web or e-mail address. Links must start with http://, https:// or mailto:.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embargoed until %1 — do not publish before then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Photo &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Photo Do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>copydesk::ArticleFileImporter</name>
    <message>
        <source>Import Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing articles…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>copydesk::ArticleListModel</name>
    <message numerus="yes">
        <source>%n photo(s) without a caption</source>
        <translation>
            <numerusform>%n photo without a caption</numerusform>
            <numerusform>%n photos without a caption</numerusform>
        </translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last Edited By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In conflict: the other version is kept in the History</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>copydesk::ArticleListPane</name>
    <message>
        <source>Search articles (title, text, captions…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing captions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) found</source>
        <translation>
            <numerusform>%n article found</numerusform>
            <numerusform>%n articles found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>copydesk::ArticleSession</name>
    <message>
        <source>This article was changed by another program; the window shows the new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes made by another program were merged with yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version restored. Edit ▸ Undo brings back the text it replaced, which is also kept in the history.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>copydesk::AuditTrail</name>
    <message>
        <source>Newsroom audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the newsroom server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 put it on the server as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 approved it for publication (revision %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 moved it from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 took over editing from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 took over editing after %2&apos;s lease expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s edit was kept beside a newer one (revision %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 moved it to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 took it out of the trash</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>copydesk::Autosaver</name>
    <message>
        <source>Autosave already writes to the store “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the article “%1”: it is not in the store yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>copydesk::BackupScheduler</name>
    <message>
        <source>Cannot back up the store “%1”: the file is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>copydesk::BodyEdit</name>
    <message>
        <source>Article body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the article here…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo to come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo without a caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>copydesk::ConnectDialog</name>
    <message>
        <source>reporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chief editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not on the staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to Newsroom Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the server&apos;s address first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected as %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected: this store no longer syncs with a newsroom server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>copydesk::CropDialog</name>
    <message>
        <source>Crop and Turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crop preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aspect ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn &amp;Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn &amp;Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Aspect:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;eft:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Top:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo is not available; the crop still applies.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>copydesk::EditLease</name>
    <message>
        <source>%1 is editing this article. You see their changes as they arrive; it opens for you when they close it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is editing this article; %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take Over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot change this article: %1. You see its changes as they arrive.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>copydesk::ExportDialog</name>
    <message>
        <source>Export Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Export %n Articles</source>
        <translation>
            <numerusform>Export %n Article</numerusform>
            <numerusform>Export %n Articles</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the folder when done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo &amp;long edge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JPEG &amp;quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo long edge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JPEG quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems found before export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before you export, check these:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already exists. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled. Nothing half-written was left behind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some articles could not be exported:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n article(s).</source>
        <translation>
            <numerusform>Exported %n article.</numerusform>
            <numerusform>Exported %n articles.</numerusform>
        </translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF &amp;paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder to export into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 was created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>copydesk::FindBar</name>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n replaced</numerusform>
            <numerusform>%n replaced</numerusform>
        </translation>
    </message>
    <message>
        <source>In a photo credit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>copydesk::GuiCommandLine</name>
    <message>
        <source>Open the store at PATH (default: $COPYDESK_STORE or %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copydesk, the newsroom editor: write, check, preview and export news articles. Files given are imported as new articles (.docx, .odt, .html, .md, .txt, .json); photos go into the open article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[FILE...]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>copydesk::HistoryPanel</name>
    <message>
        <source>%1 (unchanged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version is the same as the article now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore This Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an article to see its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the version of %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article as it is now is kept in its history first, so you can go back to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No status changes yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No earlier versions yet. Copydesk keeps one every few minutes while you edit, and before each restore or deletion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a version to compare it with the article now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>copydesk::ImageInspector</name>
    <message>
        <source>Photo thumbnail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the photo shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photographer or agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For readers who cannot see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;redit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;lt text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;place…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo to come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a photo in the article to edit its caption and credit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placeholder: replace it with the photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placeholder for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 × %3 px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption and credit come from the photo&apos;s metadata: check them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hecked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caption and credit are right: stop asking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cr&amp;op and Turn…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>copydesk::ImportPreviewDialog</name>
    <message>
        <source>Import without a preview from now on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Preview – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Byline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dateline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import All as Recognised (%n more)</source>
        <translation>
            <numerusform>Import All as Recognised (%n more)</numerusform>
            <numerusform>Import All as Recognised (%n more)</numerusform>
        </translation>
    </message>
    <message>
        <source>Headline (lines the import skipped as the site&apos;s masthead are greyed):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (site masthead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more block(s) are imported as recognised.</source>
        <translation>
            <numerusform>%n more block is imported as recognised.</numerusform>
            <numerusform>%n more blocks are imported as recognised.</numerusform>
        </translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>copydesk::MainWindow</name>
    <message>
        <source>Copydesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duplicate Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Sample Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo &amp;Delete Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Desktop Width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone Width (375 px)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the articles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Copydesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your latest edits could not be saved. They are kept in this window; Copydesk keeps trying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create an article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add the sample article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not duplicate the article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete the article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article moved to the trash. Edit ▸ Undo Delete Article brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not restore the article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save a revision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision saved at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported.</source>
        <translation>
            <numerusform>%n file could not be imported.</numerusform>
            <numerusform>%n files could not be imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your latest edits are not saved. Quit anyway and lose them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site &amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy for &amp;WeChat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste as &amp;Plain Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos from &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not copy the article for WeChat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied for WeChat: paste it into the official account editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not paste this copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your latest edits are not saved yet: %1. They stay in this window, and Copydesk keeps trying every few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This article was also changed by another program while you edited it. Your version is saved; the other one is kept in the History as “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Copydesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Proofing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert &amp;Chinese (Selection or Article)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Word Lists and Dictionary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo &amp;Desk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to &amp;Newsroom Server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This article is open read-only: nothing was added to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No thumbnail could be made for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was moved to the trash by another program. What you typed in it is kept there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take It Out of the Trash</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>copydesk::MetadataPanel</name>
    <message>
        <source>&amp;Byline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporter and photographer names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the copy comes from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;atus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Editor in charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The editor who signs off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canonical &amp;URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embargo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dateline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the paper&apos;s or agency&apos;s dateline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sl&amp;ug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower-case-words-for-the-url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;mbargo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>copydesk::NewsroomDesk</name>
    <message>
        <source>Waiting for &amp;Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve for Publication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the chief editor sets this status.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>copydesk::NewsroomLink</name>
    <message>
        <source>keep the password out of the address: type it in the password field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is not kept: %1. Put it in ~/.pgpass or PGPASSWORD to connect without typing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newsroom server could not be cleared: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n to push</source>
        <translation>
            <numerusform>%n to push</numerusform>
            <numerusform>%n to push</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in conflict</source>
        <translation>
            <numerusform>%n in conflict</numerusform>
            <numerusform>%n in conflict</numerusform>
        </translation>
    </message>
    <message>
        <source>The password comes from ~/.pgpass or PGPASSWORD: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>copydesk::NoticeBar</name>
    <message>
        <source>Close this message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>copydesk::PdfRenderer</name>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write a temporary file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page did not load.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>printing the page failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>printing took too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page took too long to load.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>copydesk::PhotoDesk</name>
    <message>
        <source>Photo Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos of the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo to come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type captions, credits and alt text straight into the table; Tab goes to the next field. Drag a photo, or use Alt+Up and Alt+Down, to move it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>copydesk::PhotoImportJob</name>
    <message>
        <source>Pasted picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pasted picture could not be encoded: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>copydesk::PhotoInserter</name>
    <message>
        <source>Photos (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert Photos from Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add the photos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) could not be added.</source>
        <translation>
            <numerusform>%n photo could not be added.</numerusform>
            <numerusform>%n photos could not be added.</numerusform>
        </translation>
    </message>
    <message>
        <source>Adding photos cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new photo carries its own caption, credit or alt text. Replace the text you typed with it?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>copydesk::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Font size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copydesk shows the new language when it starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a &amp;preview before importing a file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>copydesk::PreviewView</name>
    <message>
        <source>Page preview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>copydesk::ProofDock</name>
    <message>
        <source>Proofing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply A&amp;ll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the suggestion in the text (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put in every suggestion of this rule, as one undo step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show I&amp;gnored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print style: 使用iPhone手机</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web style: 使用 iPhone 手机</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>House style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desk&apos;s house style: no space between Chinese and Latin letters or digits in print, one space on the web</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proofing findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop flagging this text for this rule in this article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag again what was ignored in this article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The house style could not be kept for next time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply All: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignored for now, but not remembered for this article: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show I&amp;gnored (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to &amp;Dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept this English word everywhere from now on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was not added to your dictionary: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>copydesk::SiteSettingsDialog</name>
    <message>
        <source>Site Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is replaced by the site name and %2 by the article’s canonical URL. The notice appears under articles that have a canonical URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Slogan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repost notice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default s&amp;ection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New articles start in this section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the site name: previews, exports and the repost notice show it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repost notice has an unknown placeholder %1: only %2 and %3 are filled in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repost notice has an unmatched brace: write the placeholders as %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No repost notice is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Canonical URL base:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An article without its own canonical URL is published at this base followed by its slug.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome: Your Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which site do you publish on? Exports and previews name it in the masthead, the footer and the repost notice. Until it is set, they name no site. You can change this later in Settings ▸ Site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The canonical URL base must be a web address starting with https:// or http://.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>copydesk::StatusLine</name>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without caption</source>
        <translation>
            <numerusform>%n without caption</numerusform>
            <numerusform>%n without caption</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n placeholder(s)</source>
        <translation>
            <numerusform>%n placeholder</numerusform>
            <numerusform>%n placeholders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>copydesk::SyncWorker</name>
    <message>
        <source>the newsroom server closed the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newsroom server refused a change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server refused the take-over: your role may not take over a lease before it expires</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>copydesk::ThumbnailJob</name>
    <message>
        <source>%1: %2</source>
        <comment>file name: why it has no thumbnail</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>copydesk::TrashDialog</name>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Forever…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Empty Trash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted for good on</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Articles stay in the trash for %n day(s) after they were deleted; then they are deleted for good.</source>
        <translation>
            <numerusform>Articles stay in the trash for %n day after they were deleted; then they are deleted for good.</numerusform>
            <numerusform>Articles stay in the trash for %n days after they were deleted; then they are deleted for good.</numerusform>
        </translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n article(s) forever?</source>
        <translation>
            <numerusform>Delete %n article forever?</numerusform>
            <numerusform>Delete %n articles forever?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete “%1” forever?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Forever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be undone: deleted articles are removed from the store with all their earlier versions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>copydesk::WelcomePage</name>
    <message>
        <source>&lt;h2&gt;Welcome to Copydesk&lt;/h2&gt;&lt;p&gt;Write a new article, or open a real one to see how Copydesk shapes copy into a page.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;Sample Article</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>copydesk::WordListsDialog</name>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word Lists and Dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List (tick to use it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>慎用词 (use with care)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>禁用词 (forbidden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>规范表述 (standard wording)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English words the spelling check should accept, one a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outlet&apos;s 禁用词, 慎用词 and 规范表述 from a CSV file (term, preferred, note, kind) or a text file (one term a line). Importing a list again makes a new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms without a &amp;kind are:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Word Lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;Dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The word lists could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Word List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word lists (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Word List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the word list “%1” with all its versions?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The word list “%1” was not removed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The word list “%1” was not switched on: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The word list “%1” was not switched off: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your dictionary was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
