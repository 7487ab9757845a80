<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Application</name>
    <message>
        <source>Copydesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copydesk, the newsroom editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the store at PATH (default: $COPYDESK_STORE or %1).</source>
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
        <source>“.%1” files cannot be imported yet (supported: .txt, .json)</source>
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
        <source>unknown field “%1” (use title, subtitle, byline, source, section, tags, status, editor or canonical-url)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown status “%1” (use draft, review, approved, published, archived or 草稿, 待审, 已签发, 已发布, 已归档)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status changed to %1</source>
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
        <source>recording the status change of article %1</source>
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
        <source>unknown export format “%1” (available: html)</source>
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
    <message>
        <source>exported to HTML</source>
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
        <source>Usage: copydesk-cli [--store PATH] COMMAND [ARGS]

Commands:
  new [--title TITLE]            create an article, print its id
  import FILE...                 import .txt or .json files, print one id per file
  list [--json]                  list the articles in the store
  show ID [--json]               print an article
  set ID FIELD VALUE             set title, subtitle, byline, source, section, tags,
                                 status, editor or canonical-url
  attach ID IMAGE [--caption T] [--credit T] [--alt T]
                                 append a photo to an article
  export ID --format html --out DIR [--force]
                                 export an article into a new folder inside DIR
  check                          check the store&apos;s integrity

Options:
  --store PATH                   the store to use (default: $COPYDESK_STORE or %1)
  --help                         show this help
  --version                      show the version

Exit status: 0 on success, 1 on failure, 2 on a usage error.
</source>
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
    <name>SiteSettings</name>
    <message>
        <source>采编台</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本文来自{site},转载请注明出处:{url}</source>
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
    <name>copydesk</name>
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
        <source>Add a caption</source>
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
</context>
<context>
    <name>copydesk::HtmlExporter</name>
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
</context>
<context>
    <name>copydesk::MainWindow</name>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.webp *.gif *.tif *.tiff *.bmp *.heic);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copydesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
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
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
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
        <source>All changes saved</source>
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
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
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
        <source>Saved by the editor</source>
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
    <message>
        <source>Import Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles (*.txt *.json);;All files (*)</source>
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
        <source>Insert Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>The new language takes effect when Copydesk starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your latest edits are not saved. Quit anyway and lose them?</source>
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
    <name>copydesk::PreviewView</name>
    <message>
        <source>Page preview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>copydesk::Theme</name>
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
</context>
</TS>
