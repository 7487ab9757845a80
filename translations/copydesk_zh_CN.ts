<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>application framework, Qt WebEngine preview and PDF</source>
        <translation>应用程序框架、Qt WebEngine 预览和 PDF</translation>
    </message>
    <message>
        <source>page rendering</source>
        <translation>网页渲染</translation>
    </message>
    <message>
        <source>the article store</source>
        <translation>稿库</translation>
    </message>
    <message>
        <source>HTML parsing</source>
        <translation>HTML 解析</translation>
    </message>
    <message>
        <source>Markdown import</source>
        <translation>Markdown 导入</translation>
    </message>
    <message>
        <source>photo metadata (IPTC, XMP, Exif)</source>
        <translation>图片元数据（IPTC、XMP、Exif）</translation>
    </message>
    <message>
        <source>zip, .docx and .odt files</source>
        <translation>zip、.docx 和 .odt 文件</translation>
    </message>
    <message>
        <source>page templates</source>
        <translation>页面模板</translation>
    </message>
    <message>
        <source>SHA-256 of photos</source>
        <translation>图片的 SHA-256 校验</translation>
    </message>
    <message>
        <source>Chinese fonts named by the page theme</source>
        <translation>页面主题指定的中文字体</translation>
    </message>
    <message>
        <source>news exchange formats</source>
        <translation>新闻交换格式</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Copydesk</source>
        <translation>采编台</translation>
    </message>
    <message>
        <source>Could not open the store %1.</source>
        <translation>无法打开稿库 %1。</translation>
    </message>
</context>
<context>
    <name>Article</name>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>待审</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已签发</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
</context>
<context>
    <name>ArticleDiff</name>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>副标题</translation>
    </message>
    <message>
        <source>Dateline</source>
        <translation>电头</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>栏目</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>责任编辑</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>网址别名</translation>
    </message>
    <message>
        <source>Embargo</source>
        <translation>禁发时间</translation>
    </message>
    <message>
        <source>Canonical URL</source>
        <translation>原文链接</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>Photo captions</source>
        <translation>图片说明</translation>
    </message>
</context>
<context>
    <name>ArticleExporter</name>
    <message>
        <source>Cannot export: the theme is not usable.</source>
        <translation>无法导出：主题不可用。</translation>
    </message>
    <message>
        <source>Cannot export article %1: %2</source>
        <translation>无法导出稿件 %1：%2</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
    <message>
        <source>Cannot export: %1</source>
        <translation>无法导出：%1</translation>
    </message>
    <message>
        <source>Cannot export to %1: this program was built without it.</source>
        <translation>无法导出为 %1：本程序构建时未包含此功能。</translation>
    </message>
    <message>
        <source>Cannot export: this format writes no single file.</source>
        <translation>无法导出：该格式不是单个文件。</translation>
    </message>
</context>
<context>
    <name>ArticleImporter</name>
    <message>
        <source>it is an old binary Office or WPS document (.doc, .wps); save it as .docx and import that</source>
        <translation>这是旧式二进制 Office 或 WPS 文档（.doc、.wps）；请另存为 .docx 后再导入</translation>
    </message>
    <message>
        <source>it is a PDF; copy its text or ask for the original document</source>
        <translation>这是 PDF 文件；请复制其中的文字，或索取原始文档</translation>
    </message>
    <message>
        <source>it is an RTF document; save it as .docx and import that</source>
        <translation>这是 RTF 文档；请另存为 .docx 后再导入</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB</source>
        <translation>文件大于 %1 MB</translation>
    </message>
    <message>
        <source>Articles (%1)</source>
        <translation>稿件 (%1)</translation>
    </message>
    <message>
        <source>Cannot import %1: %2</source>
        <translation>无法导入 %1：%2</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>这是一个文件夹</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>这不是普通文件</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>“.%1” files cannot be imported (supported: %2)</source>
        <translation>无法导入“.%1”文件（支持：%2）</translation>
    </message>
    <message>
        <source>it contains no text</source>
        <translation>其中没有文字</translation>
    </message>
</context>
<context>
    <name>ArticleJson</name>
    <message>
        <source>“%1” in %2 must be text</source>
        <translation>%2 中的“%1”必须是文本</translation>
    </message>
    <message>
        <source>“%1” in %2 must be a whole number</source>
        <translation>%2 中的“%1”必须是整数</translation>
    </message>
    <message>
        <source>the article</source>
        <translation>稿件</translation>
    </message>
    <message>
        <source>“%1” is not a valid date: %2</source>
        <translation>“%1”不是有效的日期：%2</translation>
    </message>
    <message>
        <source>the marks of %1 must be a list</source>
        <translation>%1 的格式标记必须是列表</translation>
    </message>
    <message>
        <source>unknown mark “%1” in %2</source>
        <translation>%2 中有未知的格式标记“%1”</translation>
    </message>
    <message>
        <source>block %1</source>
        <translation>第 %1 个内容块</translation>
    </message>
    <message>
        <source>%1 is not an object</source>
        <translation>%1 不是对象</translation>
    </message>
    <message>
        <source>%1 has an unknown type “%2”</source>
        <translation>%1 的类型“%2”无法识别</translation>
    </message>
    <message>
        <source>%1: heading level must be 2 or 3</source>
        <translation>%1：小标题级别必须为 2 或 3</translation>
    </message>
    <message>
        <source>%1: list items must be text</source>
        <translation>%1：列表项必须是文本</translation>
    </message>
    <message>
        <source>this is not a Copydesk article (format “%1”)</source>
        <translation>这不是采编台稿件（格式为“%1”）</translation>
    </message>
    <message>
        <source>the article was saved by a newer version of Copydesk (format version %1)</source>
        <translation>该稿件由更新版本的采编台保存（格式版本 %1）</translation>
    </message>
    <message>
        <source>“blocks” must be a list</source>
        <translation>“blocks”必须是列表</translation>
    </message>
    <message>
        <source>tags must be text</source>
        <translation>标签必须是文本</translation>
    </message>
    <message>
        <source>unknown status “%1”</source>
        <translation>未知状态“%1”</translation>
    </message>
    <message>
        <source>the JSON is malformed at byte %1: %2</source>
        <translation>JSON 格式错误（第 %1 字节处）：%2</translation>
    </message>
    <message>
        <source>the JSON does not hold an article object</source>
        <translation>该 JSON 中没有稿件对象</translation>
    </message>
    <message>
        <source>a mark in %1 lies outside its text</source>
        <translation>%1中有格式标记超出了文字范围</translation>
    </message>
    <message>
        <source>%1: rotation must be 0, 90, 180 or 270</source>
        <translation>%1：旋转角度只能是 0、90、180 或 270</translation>
    </message>
    <message>
        <source>%1: the crop must be four numbers within the photo</source>
        <translation>%1：裁切须为图片范围内的四个数</translation>
    </message>
</context>
<context>
    <name>AsciiQuoteRule</name>
    <message>
        <source>ASCII quotation marks around Chinese: use “%1” and “%2”.</source>
        <translation>中文外用了英文引号：请用“%1”和“%2”。</translation>
    </message>
    <message>
        <source>ASCII quotation mark in Chinese text: use “%1”.</source>
        <translation>中文里用了英文引号：应改为“%1”。</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>Cannot back up the store to “%1”: %2</source>
        <translation>无法将稿库备份到“%1”：%2</translation>
    </message>
    <message>
        <source>the store is not open</source>
        <translation>稿库未打开</translation>
    </message>
    <message>
        <source>the file already exists</source>
        <translation>文件已存在</translation>
    </message>
    <message>
        <source>the folder “%1” cannot be created</source>
        <translation>无法创建文件夹“%1”</translation>
    </message>
    <message>
        <source>“%1” does not exist</source>
        <translation>“%1”不存在</translation>
    </message>
    <message>
        <source>the file is damaged (%1)</source>
        <translation>文件已损坏（%1）</translation>
    </message>
    <message>
        <source>the file is not a Copydesk store</source>
        <translation>该文件不是采编台稿库</translation>
    </message>
    <message>
        <source>Cannot back up: no store is open.</source>
        <translation>无法备份：没有打开的稿库。</translation>
    </message>
    <message>
        <source>The store “%1” is damaged: its fresh backup copy fails the check (%2). The older backups were kept.</source>
        <translation>稿库“%1”已损坏：刚生成的备份未通过检查（%2）。较早的备份均已保留。</translation>
    </message>
    <message>
        <source>Cannot restore the store “%1” from the backup “%2”: %3</source>
        <translation>无法用备份“%2”恢复稿库“%1”：%3</translation>
    </message>
    <message>
        <source>it is the store itself</source>
        <translation>这就是稿库本身</translation>
    </message>
    <message>
        <source>the damaged store cannot be moved aside (%1)</source>
        <translation>无法移走已损坏的稿库（%1）</translation>
    </message>
</context>
<context>
    <name>BigramTokenizer</name>
    <message>
        <source>the SQLite library in use has no full-text search (FTS5)</source>
        <translation>所用的 SQLite 库不支持全文搜索（FTS5）</translation>
    </message>
    <message>
        <source>cannot register the search tokenizer: %1</source>
        <translation>无法注册搜索分词器：%1</translation>
    </message>
</context>
<context>
    <name>ChineseConversion</name>
    <message>
        <source>Simplified to &amp;Traditional</source>
        <translation>简体转繁体(&amp;T)</translation>
    </message>
    <message>
        <source>Traditional to &amp;Simplified</source>
        <translation>繁体转简体(&amp;S)</translation>
    </message>
    <message>
        <source>Simplified to Traditional (Taiwan, with &amp;phrases)</source>
        <translation>简体转台湾正体（含词汇）(&amp;P)</translation>
    </message>
    <message>
        <source>Traditional (Taiwan) to S&amp;implified</source>
        <translation>台湾正体转简体(&amp;I)</translation>
    </message>
    <message>
        <source>Could not convert: %1</source>
        <translation>无法转换：%1</translation>
    </message>
    <message>
        <source>Converted the selection.</source>
        <translation>已转换选中的文字。</translation>
    </message>
    <message>
        <source>Nothing in the selection to convert.</source>
        <translation>选中的文字无须转换。</translation>
    </message>
    <message>
        <source>Nothing in the article to convert.</source>
        <translation>文章无须转换。</translation>
    </message>
    <message>
        <source>Convert: %1</source>
        <translation>转换：%1</translation>
    </message>
    <message>
        <source>Converted the article.</source>
        <translation>已转换整篇文章。</translation>
    </message>
    <message>
        <source>This article is open read-only: nothing was converted.</source>
        <translation>这篇稿件以只读方式打开，未作任何转换。</translation>
    </message>
</context>
<context>
    <name>ChineseConverter</name>
    <message>
        <source>Unknown conversion “%1” (use %2).</source>
        <translation>未知的转换“%1”（可用：%2）。</translation>
    </message>
    <message>
        <source>Cannot load the OpenCC conversion “%1”: %2</source>
        <translation>无法载入 OpenCC 转换“%1”：%2</translation>
    </message>
</context>
<context>
    <name>CjkLatinSpaceRule</name>
    <message>
        <source>House style (print): no space between Chinese and Latin letters or digits.</source>
        <translation>本社体例（印刷）：中文与西文字母、数字之间不加空格。</translation>
    </message>
    <message>
        <source>House style (web): one space between Chinese and Latin letters or digits.</source>
        <translation>本社体例（网络）：中文与西文字母、数字之间加一个空格。</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>checking %1</source>
        <translation>检查 %1</translation>
    </message>
    <message>
        <source>the store does not exist</source>
        <translation>稿库不存在</translation>
    </message>
    <message>
        <source>opening the store %1</source>
        <translation>打开稿库 %1</translation>
    </message>
    <message>
        <source>Try “copydesk-cli --help”.</source>
        <translation>运行“copydesk-cli --help”查看用法。</translation>
    </message>
    <message>
        <source>usage: copydesk-cli %1 %2</source>
        <translation>用法：copydesk-cli %1 %2</translation>
    </message>
    <message>
        <source>“%1” is not an article id (a positive number, as “list” shows)</source>
        <translation>“%1”不是稿件编号（编号为正整数，可用“list”命令查看）</translation>
    </message>
    <message>
        <source>article %1</source>
        <translation>稿件 %1</translation>
    </message>
    <message>
        <source>creating an article</source>
        <translation>新建稿件</translation>
    </message>
    <message>
        <source>importing %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <source>listing articles</source>
        <translation>列出稿件</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n 字</numerusform>
        </translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>栏目</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>责任编辑</translation>
    </message>
    <message>
        <source>Canonical URL</source>
        <translation>原文链接</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>字数</translation>
    </message>
    <message>
        <source>[photo to come]</source>
        <translation>[待补图片]</translation>
    </message>
    <message>
        <source>[photo %1×%2]</source>
        <translation>[图片 %1×%2]</translation>
    </message>
    <message>
        <source>unknown status “%1” (use draft, review, approved, published, archived or 草稿, 待审, 已签发, 已发布, 已归档)</source>
        <translation>未知状态“%1”（可用：draft、review、approved、published、archived，或 草稿、待审、已签发、已发布、已归档）</translation>
    </message>
    <message>
        <source>the canonical URL must start with http:// or https://</source>
        <translation>原文链接必须以 http:// 或 https:// 开头</translation>
    </message>
    <message>
        <source>saving article %1</source>
        <translation>保存稿件 %1</translation>
    </message>
    <message>
        <source>attaching a photo to article %1</source>
        <translation>为稿件 %1 添加图片</translation>
    </message>
    <message>
        <source>storing %1</source>
        <translation>将 %1 存入稿库</translation>
    </message>
    <message>
        <source>export needs --out DIR</source>
        <translation>export 命令需要 --out DIR 参数</translation>
    </message>
    <message>
        <source>exporting article %1</source>
        <translation>导出稿件 %1</translation>
    </message>
    <message numerus="yes">
        <source>the store is damaged (%n problem(s))</source>
        <translation>
            <numerusform>稿库已损坏（%n 处问题）</numerusform>
        </translation>
    </message>
    <message>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>option --%1 needs a value</source>
        <translation>选项 --%1 需要一个值</translation>
    </message>
    <message>
        <source>unknown option --%1</source>
        <translation>未知选项 --%1</translation>
    </message>
    <message>
        <source>unknown option --%1 for “%2”</source>
        <translation>“%2”命令没有 --%1 选项</translation>
    </message>
    <message>
        <source>unknown command “%1”</source>
        <translation>未知命令“%1”</translation>
    </message>
    <message>
        <source>“copydesk-cli recover” puts the newest good backup in its place.</source>
        <translation>运行“copydesk-cli recover”可用最新的可用备份替换它。</translation>
    </message>
    <message>
        <source>warning: %1: %2</source>
        <translation>警告：%1：%2</translation>
    </message>
    <message>
        <source>unknown field “%1” (use title, subtitle, byline, source, section, tags, status, editor, canonical-url, dateline, slug or embargo)</source>
        <translation>未知字段“%1”（可用 title、subtitle、byline、source、section、tags、status、editor、canonical-url、dateline、slug 或 embargo）</translation>
    </message>
    <message>
        <source>a slug is lower-case letters and digits joined by single hyphens, such as daxiang-womens-federation</source>
        <translation>网址别名只能由小写字母和数字组成，以单个连字符相连，例如 daxiang-womens-federation</translation>
    </message>
    <message>
        <source>the embargo must be a date and time such as 2025-06-01T08:00 or 2025-06-01T08:00+08:00</source>
        <translation>禁发时间必须是日期和时间，例如 2025-06-01T08:00 或 2025-06-01T08:00+08:00</translation>
    </message>
    <message>
        <source>unknown export format “%1” (available: %2)</source>
        <translation>未知导出格式“%1”（可用：%2）</translation>
    </message>
    <message>
        <source>articles %1 and %2 would both be written to “%3”; export them separately</source>
        <translation>稿件 %1 和 %2 都会写入“%3”；请分别导出</translation>
    </message>
    <message>
        <source>“%1” is not %2 (a positive number)</source>
        <translation>“%1”不是%2（应为正整数）</translation>
    </message>
    <message>
        <source>--limit needs a positive number</source>
        <translation>--limit 需要一个正整数</translation>
    </message>
    <message>
        <source>searching for “%1”</source>
        <translation>搜索“%1”</translation>
    </message>
    <message>
        <source>listing the revisions of article %1</source>
        <translation>列出稿件 %1 的版本</translation>
    </message>
    <message>
        <source>an article id</source>
        <translation>稿件编号</translation>
    </message>
    <message>
        <source>a revision id</source>
        <translation>版本编号</translation>
    </message>
    <message>
        <source>restoring article %1</source>
        <translation>恢复稿件 %1</translation>
    </message>
    <message>
        <source>comparing revisions of article %1</source>
        <translation>比较稿件 %1 的版本</translation>
    </message>
    <message>
        <source>revision %1 belongs to article %2</source>
        <translation>版本 %1 属于稿件 %2</translation>
    </message>
    <message>
        <source>no differences</source>
        <translation>没有差异</translation>
    </message>
    <message>
        <source>deleting article %1</source>
        <translation>删除稿件 %1</translation>
    </message>
    <message>
        <source>listing the trash</source>
        <translation>列出回收站</translation>
    </message>
    <message>
        <source>taking article %1 out of the trash</source>
        <translation>从回收站取回稿件 %1</translation>
    </message>
    <message>
        <source>backup needs --out FILE</source>
        <translation>backup 命令需要 --out FILE 参数</translation>
    </message>
    <message>
        <source>backing up the store</source>
        <translation>备份稿库</translation>
    </message>
    <message>
        <source>recovering %1</source>
        <translation>恢复 %1</translation>
    </message>
    <message>
        <source>the store opens without problems; use --force to replace it by a backup anyway</source>
        <translation>稿库可以正常打开；如仍要用备份替换，请使用 --force</translation>
    </message>
    <message>
        <source>there is no good backup in %1</source>
        <translation>%1 中没有可用的备份</translation>
    </message>
    <message>
        <source>restored from %1</source>
        <translation>已从 %1 恢复</translation>
    </message>
    <message>
        <source>the damaged store was kept as %1</source>
        <translation>已损坏的稿库已保留为 %1</translation>
    </message>
    <message>
        <source>unknown setting “%1” (use %2)</source>
        <translation>未知设置项“%1”（可用：%2）</translation>
    </message>
    <message>
        <source>saving the setting %1</source>
        <translation>保存设置项 %1</translation>
    </message>
    <message>
        <source>append photos (files or folders, in shooting order)
to an article; caption, credit and alt text come
from the photo&apos;s metadata unless given</source>
        <translation>为稿件追加图片（文件或文件夹，按拍摄顺序）；
未指定时，图片说明、署名和替代文字
取自图片的元数据</translation>
    </message>
    <message>
        <source>write a consistent copy of the store to FILE</source>
        <translation>将稿库的一致副本写入 FILE</translation>
    </message>
    <message>
        <source>check the store&apos;s integrity</source>
        <translation>检查稿库的完整性</translation>
    </message>
    <message>
        <source>the store to use (default: $COPYDESK_STORE or %1)</source>
        <translation>要使用的稿库（默认：$COPYDESK_STORE 或 %1）</translation>
    </message>
    <message>
        <source>show this help</source>
        <translation>显示本帮助</translation>
    </message>
    <message>
        <source>show the version</source>
        <translation>显示版本号</translation>
    </message>
    <message>
        <source>Usage: copydesk-cli [--store PATH] %1</source>
        <translation>用法：copydesk-cli [--store PATH] %1</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>选项：</translation>
    </message>
    <message>
        <source>Exit status: 0 on success, 1 on failure, 2 on a usage error.</source>
        <translation>退出状态：成功为 0，失败为 1，用法错误为 2。</translation>
    </message>
    <message>
        <source>move an article to the trash</source>
        <translation>将稿件移到回收站</translation>
    </message>
    <message>
        <source>show what changed from REV_A to REV_B (or to now)</source>
        <translation>显示从 REV_A 到 REV_B（或到当前）的改动</translation>
    </message>
    <message>
        <source>list the articles in the store</source>
        <translation>列出稿库中的稿件</translation>
    </message>
    <message>
        <source>create an article, print its id</source>
        <translation>新建一篇稿件，输出其编号</translation>
    </message>
    <message>
        <source>replace a damaged store by its newest good backup
(the damaged file is kept beside it)</source>
        <translation>用最新的可用备份替换已损坏的稿库
（已损坏的文件保留在旁边）</translation>
    </message>
    <message>
        <source>make an earlier revision current (the current state
is kept as a revision first)</source>
        <translation>将某个早期版本恢复为当前版本（当前状态
会先保存为一个版本）</translation>
    </message>
    <message>
        <source>list the saved revisions of an article</source>
        <translation>列出稿件已保存的版本</translation>
    </message>
    <message>
        <source>full-text search, best first: every word must occur
(Chinese as written, Latin words by their start)</source>
        <translation>全文搜索，最相关的排在前面：每个词都必须出现
（中文按原文匹配，拉丁文单词按词首匹配）</translation>
    </message>
    <message>
        <source>set title, subtitle, byline, source, section, tags,
status, editor, canonical-url, dateline, slug or
embargo (an ISO date-time; a status change is recorded)</source>
        <translation>设置 title（标题）、subtitle（副标题）、byline（作者）、
source（来源）、section（栏目）、tags（标签）、
status（状态）、editor（责任编辑）、canonical-url（原文链接）、
dateline（电头）、slug（网址别名）或
embargo（禁发时间，ISO 日期时间格式；状态变更会被记录）</translation>
    </message>
    <message>
        <source>print an article</source>
        <translation>显示一篇稿件</translation>
    </message>
    <message>
        <source>list the trash (emptied after 30 days)</source>
        <translation>列出回收站中的稿件（30 天后清空）</translation>
    </message>
    <message>
        <source>take an article out of the trash</source>
        <translation>从回收站取回稿件</translation>
    </message>
    <message>
        <source>convert an article between simplified and traditional
Chinese (also s2tw, tw2s, tw2sp, s2hk, hk2s), as a revision</source>
        <translation>稿件简繁转换（另有 s2tw、tw2s、tw2sp、s2hk、hk2s），
保存为一个版本</translation>
    </message>
    <message>
        <source>convert needs --to with one of %1</source>
        <translation>convert 命令需要 --to 参数，取值之一：%1</translation>
    </message>
    <message>
        <source>converting article %1</source>
        <translation>转换稿件 %1</translation>
    </message>
    <message>
        <source>converted (%1)</source>
        <translation>已转换（%1）</translation>
    </message>
    <message>
        <source>nothing to convert</source>
        <translation>没有需要转换的内容</translation>
    </message>
    <message>
        <source>show, add to or remove from the user&apos;s English words
the spelling check accepts</source>
        <translation>显示、添加或删除用户词典中的英文单词
（拼写检查视为正确）</translation>
    </message>
    <message>
        <source>usage: copydesk-cli %1</source>
        <translation>用法：copydesk-cli %1</translation>
    </message>
    <message>
        <source>saving the dictionary</source>
        <translation>保存用户词典</translation>
    </message>
    <message>
        <source>proofread an article: punctuation, spacing, repeated
characters, confusable phrases, 繁简, word lists, English
spelling; --fix applies the suggestions as a revision</source>
        <translation>校对稿件：标点、空格、重复字、易错词、繁简、
词表、英文拼写；--fix 采纳修改建议并保存为
一个版本</translation>
    </message>
    <message>
        <source>unknown preset “%1” (use print or web)</source>
        <translation>未知体例“%1”（可用 print 或 web）</translation>
    </message>
    <message>
        <source>unknown rule “%1” (use all or %2)</source>
        <translation>未知规则“%1”（可用 all 或 %2）</translation>
    </message>
    <message>
        <source>reading the word lists</source>
        <translation>读取词表</translation>
    </message>
    <message>
        <source>→ “%1”</source>
        <translation>→ “%1”</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n 处问题</numerusform>
        </translation>
    </message>
    <message>
        <source>fixing article %1</source>
        <translation>修改稿件 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n fix(es) applied</source>
        <translation>
            <numerusform>已修改 %n 处</numerusform>
        </translation>
    </message>
    <message>
        <source>the outlet&apos;s word lists for proofing: a text or CSV file
of term, preferred form, note (and kind: forbidden, caution
or standard); none is used until enabled</source>
        <translation>本社校对词表：文本或 CSV 文件，每行为词语、
推荐用法、说明（及类别：forbidden 禁用、caution 慎用
或 standard 规范表述）；启用后才生效</translation>
    </message>
    <message>
        <source>word list %1</source>
        <translation>词表 %1</translation>
    </message>
    <message>
        <source>unknown kind “%1” (use forbidden, caution or standard)</source>
        <translation>未知类别“%1”（可用 forbidden、caution 或 standard）</translation>
    </message>
    <message numerus="yes">
        <source>%1 version %2: %n term(s)</source>
        <translation>
            <numerusform>%1 第 %2 版：%n 个词条</numerusform>
        </translation>
    </message>
    <message>
        <source>listing the word lists</source>
        <translation>列出词表</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>第 %1 版</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>未启用</translation>
    </message>
    <message numerus="yes">
        <source>%n term(s)</source>
        <translation>
            <numerusform>%n 个词条</numerusform>
        </translation>
    </message>
    <message>
        <source>export articles into DIR (made if missing), print one path per article;
FORMAT: html (a folder), zip, html-single, pdf, docx,
odt, md, json, nitf, newsml, wechat; the pre-export check&apos;s
problems are warnings on stderr, with --strict a refusal;
--paper: the PDF&apos;s paper (default a4)</source>
        <translation>将稿件导出到 DIR（不存在则创建），每篇输出一行路径；
FORMAT：html（文件夹）、zip、html-single、pdf、docx、
odt、md、json、nitf、newsml、wechat；导出前检查发现的
问题作为警告写到标准错误，加 --strict 则拒绝导出；
--paper：PDF 纸张（默认 a4）</translation>
    </message>
    <message>
        <source>unknown paper “%1” (available: a4, letter)</source>
        <translation>未知纸张“%1”（可选：a4、letter）</translation>
    </message>
    <message>
        <source>copydesk-cli: warning: article %1: %2</source>
        <translation>copydesk-cli：警告：稿件 %1：%2</translation>
    </message>
    <message>
        <source>exporting</source>
        <translation>导出</translation>
    </message>
    <message numerus="yes">
        <source>the pre-export check found %n problem(s); fix them or export without --strict</source>
        <translation>
            <numerusform>导出前检查发现 %n 个问题；请先处理，或不加 --strict 导出</numerusform>
        </translation>
    </message>
    <message>
        <source>exporting to %1</source>
        <translation>导出到 %1</translation>
    </message>
    <message>
        <source>copydesk-cli: created the folder %1</source>
        <translation>copydesk-cli：已创建文件夹 %1</translation>
    </message>
    <message>
        <source>import .docx, .odt, .html, .md, .txt or .json files,
print one id per file; --title-line N: the headline of
the .txt files is their line N, the lines above it dropped</source>
        <translation>导入 .docx、.odt、.html、.md、.txt 或 .json 文件，
每个文件输出一行编号；--title-line N：.txt 文件的标题
是第 N 行，其上各行舍弃</translation>
    </message>
    <message>
        <source>--title-line needs a line number (1 or more)</source>
        <translation>--title-line 需要一个行号（1 或更大）</translation>
    </message>
    <message>
        <source>--title-line applies to plain-text files only, not “%1”</source>
        <translation>--title-line 只适用于纯文本文件，不适用于“%1”</translation>
    </message>
    <message>
        <source>show or set site-name, slogan, repost-notice,
default-section, canonical-base</source>
        <translation>查看或设置 site-name、slogan、repost-notice、
default-section、canonical-base</translation>
    </message>
    <message>
        <source>who is editing which article on the newsroom server; take
an article&apos;s edit lease (--force: take it over, editors and
the chief only; --hold: keep renewing it until stopped) or
release it</source>
        <translation>编辑部服务器上谁在编辑哪篇稿件；获取稿件的编辑锁
（--force：接管，仅限编辑和总编；--hold：持续续期直到停止）
或释放编辑锁</translation>
    </message>
    <message>
        <source>listing the leases</source>
        <translation>列出编辑锁</translation>
    </message>
    <message>
        <source>%1 is editing it (until %2)</source>
        <translation>%1 正在编辑（至 %2）</translation>
    </message>
    <message>
        <source>%1 is editing it and your role may not take it over</source>
        <translation>%1 正在编辑，你的角色不能接管</translation>
    </message>
    <message>
        <source>taken until %1</source>
        <translation>已锁定至 %1</translation>
    </message>
    <message>
        <source>renewing the lease of article %1</source>
        <translation>续期稿件 %1 的编辑锁</translation>
    </message>
    <message>
        <source>the lease was taken over</source>
        <translation>编辑锁已被接管</translation>
    </message>
    <message>
        <source>show, set or clear the newsroom server this store syncs
with (a PostgreSQL URL; the password comes from ~/.pgpass or
PGPASSWORD, never from the store)</source>
        <translation>显示、设置或清除本库同步的编辑部服务器
（PostgreSQL URL；密码取自 ~/.pgpass 或
PGPASSWORD，从不存入库中）</translation>
    </message>
    <message>
        <source>reading the sync state</source>
        <translation>读取同步状态</translation>
    </message>
    <message>
        <source>no newsroom server</source>
        <translation>未设置编辑部服务器</translation>
    </message>
    <message>
        <source>keep the password out of the URL (use ~/.pgpass or PGPASSWORD)</source>
        <translation>请勿把密码写入 URL（请用 ~/.pgpass 或 PGPASSWORD）</translation>
    </message>
    <message>
        <source>setting the newsroom server</source>
        <translation>设置编辑部服务器</translation>
    </message>
    <message>
        <source>clearing the newsroom server</source>
        <translation>清除编辑部服务器</translation>
    </message>
    <message>
        <source>set one with copydesk-cli remote set URL</source>
        <translation>请用 copydesk-cli remote set URL 设置</translation>
    </message>
    <message>
        <source>connecting to %1</source>
        <translation>连接 %1</translation>
    </message>
    <message>
        <source>set up or update Copydesk&apos;s schema on a newsroom
PostgreSQL database (init also makes the roles reporter,
editor and chief); adduser makes a login with a role</source>
        <translation>在编辑部 PostgreSQL 数据库上建立或更新采编台结构
（init 同时创建记者、编辑和总编角色）；adduser 创建带角色的登录名</translation>
    </message>
    <message>
        <source>server %1 needs --url URL</source>
        <translation>server %1 需要 --url URL</translation>
    </message>
    <message>
        <source>server %1</source>
        <translation>server %1</translation>
    </message>
    <message>
        <source>adduser needs --role reporter, editor or chief</source>
        <translation>adduser 需要 --role reporter、editor 或 chief</translation>
    </message>
    <message>
        <source>server adduser</source>
        <translation>server adduser</translation>
    </message>
    <message>
        <source>the newsroom schema is up to date (version %1)</source>
        <translation>编辑部结构已是最新（版本 %1）</translation>
    </message>
    <message>
        <source>the newsroom schema is at version %1</source>
        <translation>编辑部结构版本为 %1</translation>
    </message>
    <message>
        <source>push this store&apos;s changes to the newsroom server and pull
the others&apos;; a change made on an older state is kept beside
the newer one as a conflict, never dropped</source>
        <translation>把本库的修改推送到编辑部服务器并拉取他人的修改；
基于旧版本的修改作为冲突与新版本并存，绝不丢弃</translation>
    </message>
    <message>
        <source>pushed %1, pulled %2, merged %3, conflicts %4, refused %5, waiting %6</source>
        <translation>上传 %1，下载 %2，合并 %3，冲突 %4，被拒 %5，待同步 %6</translation>
    </message>
    <message>
        <source>syncing</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>copydesk-cli: refused: %1</source>
        <translation>copydesk-cli：被拒绝：%1</translation>
    </message>
    <message>
        <source>the login, name and role the newsroom server knows you as</source>
        <translation>编辑部服务器上你的登录名、姓名和角色</translation>
    </message>
    <message>
        <source>asking the newsroom server</source>
        <translation>询问编辑部服务器</translation>
    </message>
    <message>
        <source>(not on the staff)</source>
        <translation>（不在编辑部名单中）</translation>
    </message>
    <message>
        <source>the file has no line %1</source>
        <translation>文件没有第 %1 行</translation>
    </message>
    <message>
        <source>it may no longer be changed by you</source>
        <translation>你已不能再修改它</translation>
    </message>
</context>
<context>
    <name>ConfusableRule</name>
    <message>
        <source>“%1” is usually a slip for “%2”.</source>
        <translation>“%1”应为“%2”。</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>无法打开数据库 %1：%2</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>数据库未打开。</translation>
    </message>
    <message>
        <source>Database statement failed: %1</source>
        <translation>数据库语句执行失败：%1</translation>
    </message>
    <message>
        <source>Cannot prepare the statement “%1”: %2</source>
        <translation>无法准备语句“%1”：%2</translation>
    </message>
    <message>
        <source>The statement is not prepared.</source>
        <translation>语句尚未准备。</translation>
    </message>
    <message>
        <source>Cannot bind a parameter of “%1”.</source>
        <translation>无法绑定语句“%1”的参数。</translation>
    </message>
    <message>
        <source>%1 (in “%2”)</source>
        <translation>%1（语句：“%2”）</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>the computer is out of memory</source>
        <translation>内存不足</translation>
    </message>
    <message>
        <source>the disk could not be read or written (input/output error)</source>
        <translation>磁盘无法读写（输入/输出错误）</translation>
    </message>
    <message>
        <source>the store has become read-only</source>
        <translation>稿库已变为只读</translation>
    </message>
    <message>
        <source>the file cannot be opened</source>
        <translation>无法打开文件</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>没有权限</translation>
    </message>
    <message>
        <source>the store is damaged</source>
        <translation>稿库已损坏</translation>
    </message>
    <message>
        <source>another program is writing to the store right now</source>
        <translation>另一个程序正在写入稿库</translation>
    </message>
</context>
<context>
    <name>DocxImporter</name>
    <message>
        <source>its text is damaged (%1 at line %2)</source>
        <translation>其文字内容已损坏（第 %2 行：%1）</translation>
    </message>
    <message>
        <source>it is not a Word document (a zip file without word/document.xml)</source>
        <translation>这不是 Word 文档（zip 文件中没有 word/document.xml）</translation>
    </message>
</context>
<context>
    <name>DoubledMarkRule</name>
    <message>
        <source>“%1” repeated: one is enough.</source>
        <translation>“%1”重复，保留一个即可。</translation>
    </message>
    <message>
        <source>“%1” beside “%2”: one mark is enough.</source>
        <translation>“%1”和“%2”连用：只需一个标点。</translation>
    </message>
    <message>
        <source>Full stop after a quotation that already ends with “%1”.</source>
        <translation>引号内已有“%1”，引号后不再加句号。</translation>
    </message>
</context>
<context>
    <name>EllipsisDashRule</name>
    <message>
        <source>Ellipsis in Chinese text: use “%1”.</source>
        <translation>中文省略号应为“%1”。</translation>
    </message>
    <message>
        <source>Dash in Chinese text: use “%1”.</source>
        <translation>中文破折号应为“%1”。</translation>
    </message>
</context>
<context>
    <name>ExportDocument</name>
    <message>
        <source>unexpected failure</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <source>Cannot export article %1: %2</source>
        <translation>无法导出稿件 %1：%2</translation>
    </message>
    <message>
        <source>Cannot export: photo %1 (%2) is missing from the store: %3</source>
        <translation>无法导出：稿库中缺少图片 %1（%2）：%3</translation>
    </message>
    <message>
        <source>Cannot export: photo %1 (%2) cannot be converted: %3</source>
        <translation>无法导出：图片 %1（%2）无法转换：%3</translation>
    </message>
    <message>
        <source>unsupported format</source>
        <translation>不支持的格式</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
</context>
<context>
    <name>ExportFiles</name>
    <message>
        <source>Cannot export: the folder %1 does not exist.</source>
        <translation>无法导出：文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>Cannot export: %1 is not a folder.</source>
        <translation>无法导出：%1 不是文件夹。</translation>
    </message>
    <message>
        <source>Cannot export: the folder %1 is read-only. Choose another folder.</source>
        <translation>无法导出：文件夹 %1 是只读的。请选择其他文件夹。</translation>
    </message>
    <message>
        <source>Cannot export: %1 would lie outside %2.</source>
        <translation>无法导出：%1 会位于 %2 之外。</translation>
    </message>
    <message>
        <source>%1 already exists in %2. Choose another folder or allow overwriting.</source>
        <translation>%2 中已有 %1。请选择其他文件夹，或允许覆盖。</translation>
    </message>
    <message>
        <source>Not overwriting %1: it is not a plain file. Move it away or choose another folder.</source>
        <translation>未覆盖 %1：它不是普通文件。请将其移走，或选择其他文件夹。</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot export the photos: %1 is not a folder.</source>
        <translation>无法导出图片：%1 不是文件夹。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot export: no folder was given.</source>
        <translation>无法导出：没有指定文件夹。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1: %2 is a file.</source>
        <translation>无法创建文件夹 %1：%2 是一个文件。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1: permission denied or the disk is full.</source>
        <translation>无法创建文件夹 %1：没有权限或磁盘已满。</translation>
    </message>
</context>
<context>
    <name>ExportFormat</name>
    <message>
        <source>HTML folder</source>
        <translation>HTML 文件夹</translation>
    </message>
    <message>
        <source>HTML folder as .zip</source>
        <translation>HTML 文件夹（.zip 压缩包）</translation>
    </message>
    <message>
        <source>Single HTML file</source>
        <translation>单个 HTML 文件</translation>
    </message>
    <message>
        <source>Word document (.docx)</source>
        <translation>Word 文档（.docx）</translation>
    </message>
    <message>
        <source>OpenDocument text (.odt)</source>
        <translation>OpenDocument 文本（.odt）</translation>
    </message>
    <message>
        <source>Markdown with images</source>
        <translation>Markdown（含图片）</translation>
    </message>
    <message>
        <source>Copydesk JSON</source>
        <translation>采编台 JSON</translation>
    </message>
    <message>
        <source>NITF 3.6</source>
        <translation>NITF 3.6</translation>
    </message>
    <message>
        <source>NewsML-G2</source>
        <translation>NewsML-G2</translation>
    </message>
    <message>
        <source>WeChat rich text</source>
        <translation>微信富文本</translation>
    </message>
    <message>
        <source>exported to HTML</source>
        <translation>已导出为 HTML</translation>
    </message>
    <message>
        <source>exported to %1</source>
        <translation>已导出为 %1</translation>
    </message>
    <message>
        <source>PDF (A4 or Letter)</source>
        <translation>PDF（A4 或 Letter）</translation>
    </message>
</context>
<context>
    <name>ExportPreflight</name>
    <message>
        <source>The article has no title.</source>
        <translation>稿件没有标题。</translation>
    </message>
    <message>
        <source>The source (来源) is missing.</source>
        <translation>缺少来源。</translation>
    </message>
    <message>
        <source>Photo %1</source>
        <translation>图片 %1</translation>
    </message>
    <message>
        <source>Photo %1 (“%2”)</source>
        <translation>图片 %1（“%2”）</translation>
    </message>
    <message>
        <source>%1 is a placeholder: the photo is still to come.</source>
        <translation>%1 是占位图：图片尚未到位。</translation>
    </message>
    <message>
        <source>%1 has no caption.</source>
        <translation>%1 没有图片说明。</translation>
    </message>
    <message>
        <source>%1 has no credit (photographer).</source>
        <translation>%1 没有署名（摄影者）。</translation>
    </message>
    <message>
        <source>The article is embargoed until %1: do not publish it before then.</source>
        <translation>稿件禁发至 %1：此前请勿发布。</translation>
    </message>
    <message numerus="yes">
        <source>Proofing (校对) has %n open finding(s): see the Proofing panel.</source>
        <translation>
            <numerusform>校对还有 %n 处问题未处理：请查看校对面板。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FullwidthAlnumRule</name>
    <message>
        <source>Full-width letters or digits: write “%1”.</source>
        <translation>全角字母或数字，应写作“%1”。</translation>
    </message>
</context>
<context>
    <name>HalfwidthPunctuationRule</name>
    <message>
        <source>Half-width “%1” in Chinese text: use the full-width “%2”.</source>
        <translation>中文中用了半角“%1”，应为全角“%2”。</translation>
    </message>
</context>
<context>
    <name>HtmlConverter</name>
    <message>
        <source>the HTML nests elements %1 levels deep (at most %2 are read)</source>
        <translation>HTML 元素嵌套了 %1 层（最多只读取 %2 层）</translation>
    </message>
    <message>
        <source>A picture embedded in the HTML is not an image and was left out.</source>
        <translation>HTML 中嵌入的一张图片不是图像，已略去。</translation>
    </message>
    <message>
        <source>%1 lies outside the document&apos;s folder and was not read</source>
        <translation>%1 位于文档所在文件夹之外，未读取</translation>
    </message>
    <message>
        <source>the file %1 does not exist</source>
        <translation>文件 %1 不存在</translation>
    </message>
    <message>
        <source>the file %1 is too large</source>
        <translation>文件 %1 过大</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>the picture is larger than %1 MB</source>
        <translation>图片大于 %1 MB</translation>
    </message>
    <message>
        <source>A picture was left as a placeholder: %1</source>
        <translation>有一张图片保留为占位图：%1</translation>
    </message>
</context>
<context>
    <name>HtmlExporter</name>
    <message>
        <source>Cannot export: the folder %1 does not exist.</source>
        <translation>无法导出：文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>Cannot export: %1 is not a folder.</source>
        <translation>无法导出：%1 不是文件夹。</translation>
    </message>
    <message>
        <source>Cannot export: the folder %1 is read-only. Choose another folder.</source>
        <translation>无法导出：文件夹 %1 是只读的。请选择其他文件夹。</translation>
    </message>
    <message>
        <source>Cannot export article %1: %2</source>
        <translation>无法导出稿件 %1：%2</translation>
    </message>
    <message>
        <source>Cannot export: the theme is not usable.</source>
        <translation>无法导出：主题不可用。</translation>
    </message>
    <message>
        <source>Cannot export: %1 would lie outside %2.</source>
        <translation>无法导出：%1 会位于 %2 之外。</translation>
    </message>
    <message>
        <source>A folder named “%1” already exists in %2. Choose another folder or allow overwriting.</source>
        <translation>%2 中已有名为“%1”的文件夹。请选择其他文件夹，或允许覆盖。</translation>
    </message>
    <message>
        <source>Not overwriting %1: it holds more than a previous export. Move it away or choose another folder.</source>
        <translation>未覆盖 %1：其中除了之前导出的内容还有其他文件。请将其移走，或选择其他文件夹。</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
    <message>
        <source>Cannot create a folder in %1: %2</source>
        <translation>无法在 %1 中创建文件夹：%2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot export: photo %1 (%2) is missing from the store: %3</source>
        <translation>无法导出：稿库中缺少图片 %1（%2）：%3</translation>
    </message>
    <message>
        <source>Cannot export: photo %1 (%2) cannot be converted: %3</source>
        <translation>无法导出：图片 %1（%2）无法转换：%3</translation>
    </message>
    <message>
        <source>unsupported format</source>
        <translation>不支持的格式</translation>
    </message>
    <message>
        <source>Cannot export: %1</source>
        <translation>无法导出：%1</translation>
    </message>
    <message>
        <source>Not overwriting %1: it changed during the export.</source>
        <translation>未覆盖 %1：导出期间它已被修改。</translation>
    </message>
    <message>
        <source>Cannot replace %1: it cannot be moved aside.</source>
        <translation>无法替换 %1：无法将其移开。</translation>
    </message>
    <message>
        <source>Cannot create %1: renaming the finished export failed.</source>
        <translation>无法创建 %1：导出完成后重命名失败。</translation>
    </message>
    <message>
        <source>unexpected failure</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>ImageDecoder</name>
    <message>
        <source>(unnamed image)</source>
        <translation>（未命名图片）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>file name: what is wrong with it</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>the file is too large (%1 MB; the limit is %2 MB)</source>
        <translation>文件过大（%1 MB，上限为 %2 MB）</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>not a file</source>
        <translation>不是文件</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>无法打开文件：%1</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>cannot make the thumbnail: %1</source>
        <translation>无法生成缩略图：%1</translation>
    </message>
    <message>
        <source>the requested size %1 is not positive</source>
        <translation>请求的尺寸 %1 不是正数</translation>
    </message>
    <message>
        <source>not an image in a supported format (JPEG, PNG, GIF, WebP, TIFF or BMP), whatever the file name says</source>
        <translation>文件内容不是受支持格式（JPEG、PNG、GIF、WebP、TIFF 或 BMP）的图片，与文件扩展名无关</translation>
    </message>
    <message>
        <source>%1 images cannot be read here (the Qt image plugin is missing)</source>
        <translation>本机无法读取 %1 格式的图片（缺少相应的 Qt 图像插件）</translation>
    </message>
    <message>
        <source>the file is truncated (incomplete download?)</source>
        <translation>文件不完整（可能未下载完？）</translation>
    </message>
    <message>
        <source>the file is damaged (invalid %1 structure)</source>
        <translation>文件已损坏（%1 结构无效）</translation>
    </message>
    <message>
        <source>the file is damaged (its %1 header cannot be read)</source>
        <translation>文件已损坏（无法读取 %1 文件头）</translation>
    </message>
    <message>
        <source>the image claims %1 × %2 pixels, more than the %3 megapixels accepted (a decompression bomb?)</source>
        <translation>图片声明的尺寸为 %1 × %2 像素，超过允许的 %3 百万像素（可能是解压炸弹？）</translation>
    </message>
    <message>
        <source>the image data cannot be decoded (%1)</source>
        <translation>无法解码图片数据（%1）</translation>
    </message>
    <message>
        <source>there is no image to encode</source>
        <translation>没有可编码的图片</translation>
    </message>
    <message>
        <source>cannot write %1 images</source>
        <translation>无法写入 %1 格式的图片</translation>
    </message>
    <message>
        <source>the %1 encoder failed (%2)</source>
        <translation>%1 编码器出错（%2）</translation>
    </message>
</context>
<context>
    <name>ImageRendition</name>
    <message>
        <source>Cannot make a web rendition: invalid options (long edge %1 px, JPEG quality %2)</source>
        <translation>无法生成网页用图：选项无效（长边 %1 px，JPEG 质量 %2）</translation>
    </message>
    <message>
        <source>Cannot make a web rendition: %1</source>
        <translation>无法生成网页用图：%1</translation>
    </message>
</context>
<context>
    <name>JobProgress</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>MarkdownImporter</name>
    <message>
        <source>the file is larger than %1 MB</source>
        <translation>文件大于 %1 MB</translation>
    </message>
    <message>
        <source>it is not a text file (it contains binary data)</source>
        <translation>这不是文本文件（其中含有二进制数据）</translation>
    </message>
</context>
<context>
    <name>NewsroomServer</name>
    <message>
        <source>the database holds no Copydesk newsroom (run copydesk-cli server init)</source>
        <translation>该数据库没有采编台编辑部（请运行 copydesk-cli server init）</translation>
    </message>
    <message>
        <source>the server&apos;s schema (version %1) is newer than this Copydesk knows</source>
        <translation>服务器结构（版本 %1）比本采编台新</translation>
    </message>
    <message>
        <source>permission denied: your role may not change this article (%1, owner %2)</source>
        <translation>权限不足：你的角色不能修改这篇稿件（%1，作者 %2）</translation>
    </message>
    <message>
        <source>the server holds no photo %1</source>
        <translation>服务器上没有图片 %1</translation>
    </message>
    <message>
        <source>the server answered %1 of %2 pushed articles</source>
        <translation>服务器只答复了推送的 %2 篇稿件中的 %1 篇</translation>
    </message>
    <message>
        <source>permission denied (%1)</source>
        <translation>没有权限（%1）</translation>
    </message>
    <message>
        <source>permission denied: your role may not move this article to or from the trash</source>
        <translation>权限不足：你的角色不能把这篇稿件移入或移出回收站</translation>
    </message>
    <message>
        <source>permission denied: you are not a member of this newsroom</source>
        <translation>权限不足：你不是这个编辑部的成员</translation>
    </message>
    <message>
        <source>permission denied: your role may not make this change to the article</source>
        <translation>权限不足：你的角色不能对这篇稿件做这项修改</translation>
    </message>
    <message>
        <source>the server&apos;s schema (version %1) is older than this Copydesk needs (%2): run copydesk-cli server migrate on it</source>
        <translation>服务器的数据库结构（版本 %1）比本版采编台所需的（%2）旧：请在服务器上运行 copydesk-cli server migrate</translation>
    </message>
</context>
<context>
    <name>OdtImporter</name>
    <message>
        <source>its text is damaged (%1 at line %2)</source>
        <translation>其文字内容已损坏（第 %2 行：%1）</translation>
    </message>
    <message>
        <source>it is an OpenDocument file of another kind (%1), not a text document</source>
        <translation>这是其他类型的 OpenDocument 文件（%1），不是文本文档</translation>
    </message>
    <message>
        <source>it is not an OpenDocument text (a zip file without content.xml)</source>
        <translation>这不是 OpenDocument 文本文档（zip 文件中没有 content.xml）</translation>
    </message>
</context>
<context>
    <name>PageNumberFont</name>
    <message>
        <source>cannot read the font %1: %2</source>
        <translation>无法读取字体 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a TrueType font</source>
        <translation>%1 不是 TrueType 字体</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>内存不足</translation>
    </message>
    <message>
        <source>%1 has no glyph for “%2”</source>
        <translation>%1 没有“%2”的字形</translation>
    </message>
    <message>
        <source>cannot cut down the font %1</source>
        <translation>无法裁剪字体 %1</translation>
    </message>
</context>
<context>
    <name>PdfExporter</name>
    <message>
        <source>Cannot make the PDF: it needs the graphical application (QApplication).</source>
        <translation>无法生成 PDF：需要在图形界面程序（QApplication）中运行。</translation>
    </message>
    <message>
        <source>Cannot make the PDF: %1</source>
        <translation>无法生成 PDF：%1</translation>
    </message>
    <message>
        <source>Cannot make the PDF: cannot write a temporary file: %1</source>
        <translation>无法生成 PDF：无法写入临时文件：%1</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
</context>
<context>
    <name>PdfHandOff</name>
    <message>
        <source>copydesk-cli: cannot write the PDF: %1</source>
        <translation>copydesk-cli：无法生成 PDF：%1</translation>
    </message>
    <message>
        <source>its writer copydesk-pdf is not installed beside copydesk-cli (looked in %1)</source>
        <translation>PDF 生成程序 copydesk-pdf 没有与 copydesk-cli 一起安装（查找位置：%1）</translation>
    </message>
    <message>
        <source>%1 did not start: %2</source>
        <translation>%1 无法启动：%2</translation>
    </message>
    <message>
        <source>%1 stopped unexpectedly</source>
        <translation>%1 意外退出</translation>
    </message>
</context>
<context>
    <name>PdfPageNumbers</name>
    <message>
        <source>the PDF has no pages</source>
        <translation>该 PDF 没有页面</translation>
    </message>
    <message>
        <source>page %1 has resources that are not understood</source>
        <translation>无法解析第 %1 页的资源</translation>
    </message>
    <message>
        <source>page %1 has no page size</source>
        <translation>第 %1 页没有页面尺寸</translation>
    </message>
</context>
<context>
    <name>PdfRewrite</name>
    <message>
        <source>the PDF is encrypted</source>
        <translation>该 PDF 已加密</translation>
    </message>
    <message>
        <source>the PDF cannot be read: %1</source>
        <translation>无法读取该 PDF：%1</translation>
    </message>
    <message>
        <source>the PDF cannot be read</source>
        <translation>无法读取该 PDF</translation>
    </message>
</context>
<context>
    <name>PgConnection</name>
    <message>
        <source>out of memory</source>
        <translation>内存不足</translation>
    </message>
    <message>
        <source>cannot connect to the newsroom server: %1</source>
        <translation>无法连接编辑部服务器：%1</translation>
    </message>
    <message>
        <source>not connected to the newsroom server</source>
        <translation>未连接编辑部服务器</translation>
    </message>
</context>
<context>
    <name>PgResult</name>
    <message>
        <source>the connection to the server was lost</source>
        <translation>与服务器的连接已断开</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>权限不足</translation>
    </message>
    <message>
        <source>another writer got in the way; try again</source>
        <translation>另一写入方同时写入，请重试</translation>
    </message>
    <message>
        <source>the server refused inconsistent data</source>
        <translation>服务器拒绝了不一致的数据</translation>
    </message>
    <message>
        <source>the server&apos;s Copydesk schema is missing or too old (run copydesk-cli server migrate)</source>
        <translation>服务器上的采编台结构缺失或过旧（请运行 copydesk-cli server migrate）</translation>
    </message>
</context>
<context>
    <name>PhotoBatch</name>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 不存在</translation>
    </message>
    <message>
        <source>the folder %1 holds no photos</source>
        <translation>文件夹 %1 中没有图片</translation>
    </message>
</context>
<context>
    <name>PhotoMetadata</name>
    <message>
        <source>not an image format exiv2 knows</source>
        <translation>不是 exiv2 能识别的图像格式</translation>
    </message>
    <message>
        <source>unreadable metadata</source>
        <translation>元数据无法读取</translation>
    </message>
    <message>
        <source>cannot read the photo&apos;s metadata: %1</source>
        <translation>无法读取图片的元数据：%1</translation>
    </message>
    <message>
        <source>cannot read the photo&apos;s metadata: no data</source>
        <translation>无法读取图片的元数据：没有数据</translation>
    </message>
    <message>
        <source>cannot read the photo&apos;s metadata: not a file</source>
        <translation>无法读取图片的元数据：不是文件</translation>
    </message>
</context>
<context>
    <name>PhotoOverlay</name>
    <message>
        <source>Add a caption</source>
        <translation>添加图片说明</translation>
    </message>
</context>
<context>
    <name>PreflightPrompt</name>
    <message>
        <source>Before it leaves the desk</source>
        <translation>稿件发出之前</translation>
    </message>
    <message>
        <source>Check these first:</source>
        <translation>请先核对以下各项：</translation>
    </message>
</context>
<context>
    <name>ProofEngine</name>
    <message>
        <source>Half-width punctuation</source>
        <translation>半角标点</translation>
    </message>
    <message>
        <source>Straight quotes</source>
        <translation>英文引号</translation>
    </message>
    <message>
        <source>Unpaired marks</source>
        <translation>标点不成对</translation>
    </message>
    <message>
        <source>Doubled marks</source>
        <translation>标点重复</translation>
    </message>
    <message>
        <source>Ellipsis and dash</source>
        <translation>省略号与破折号</translation>
    </message>
    <message>
        <source>Full-width letters and digits</source>
        <translation>全角字母数字</translation>
    </message>
    <message>
        <source>Stray spaces</source>
        <translation>多余空格</translation>
    </message>
    <message>
        <source>Space between Chinese and Latin</source>
        <translation>中西文间空格</translation>
    </message>
    <message>
        <source>Repeated characters</source>
        <translation>重复字</translation>
    </message>
    <message>
        <source>Confusable phrases</source>
        <translation>易错词语</translation>
    </message>
    <message>
        <source>Traditional and simplified mixed</source>
        <translation>繁简混用</translation>
    </message>
    <message>
        <source>Outlet word lists</source>
        <translation>本社用词表</translation>
    </message>
    <message>
        <source>English spelling</source>
        <translation>英文拼写</translation>
    </message>
</context>
<context>
    <name>Renderer</name>
    <message>
        <source>the theme has no template</source>
        <translation>主题没有模板</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <source>Cannot render the page with theme “%1”: %2</source>
        <translation>无法用主题“%1”生成页面：%2</translation>
    </message>
</context>
<context>
    <name>RepeatedCharacterRule</name>
    <message>
        <source>“%1” typed %2 times in a row.</source>
        <translation>“%1”连续出现 %2 次。</translation>
    </message>
</context>
<context>
    <name>ScriptMixRule</name>
    <message>
        <source>Traditional characters in simplified text: “%1” is “%2”.</source>
        <translation>简体文本中有繁体字：“%1”应为“%2”。</translation>
    </message>
    <message>
        <source>Simplified characters in traditional text: “%1” is “%2”.</source>
        <translation>繁体文本中有简体字：“%1”应为“%2”。</translation>
    </message>
</context>
<context>
    <name>SearchIndex</name>
    <message>
        <source>article %1 cannot be read: %2</source>
        <translation>无法读取稿件 %1：%2</translation>
    </message>
    <message>
        <source>article %1 is gone</source>
        <translation>第 %1 篇稿件已不存在</translation>
    </message>
</context>
<context>
    <name>ServerAudit</name>
    <message>
        <source>reading the audit trail: %1</source>
        <translation>读取审计记录：%1</translation>
    </message>
</context>
<context>
    <name>ServerBoard</name>
    <message>
        <source>reading who edits what: %1</source>
        <translation>读取编辑状态：%1</translation>
    </message>
</context>
<context>
    <name>ServerLeases</name>
    <message>
        <source>taking the lease: %1</source>
        <translation>获取编辑锁：%1</translation>
    </message>
    <message>
        <source>taking the lease: the server has no article %1 (sync it first)</source>
        <translation>获取编辑锁：服务器上没有稿件 %1（请先同步）</translation>
    </message>
    <message>
        <source>releasing the lease: %1</source>
        <translation>释放编辑锁：%1</translation>
    </message>
    <message>
        <source>it is %1&apos;s, and a reporter changes only their own drafts</source>
        <translation>这是%1的稿件，记者只能修改自己的草稿</translation>
    </message>
    <message>
        <source>it has been handed in (%1): the editors have it now</source>
        <translation>稿件已交（%1），现由编辑处理</translation>
    </message>
    <message>
        <source>it is %1: only the chief editor changes it now</source>
        <translation>稿件%1，现在只有总编辑可以修改</translation>
    </message>
    <message>
        <source>your login has no role in this newsroom</source>
        <translation>你的账号在本编辑部没有角色</translation>
    </message>
</context>
<context>
    <name>ServerSchema</name>
    <message>
        <source>the database already holds a Copydesk newsroom (schema version %1); use server migrate</source>
        <translation>该数据库已有采编台编辑部（结构版本 %1）；请用 server migrate</translation>
    </message>
    <message>
        <source>creating the newsroom&apos;s roles: %1</source>
        <translation>创建编辑部角色：%1</translation>
    </message>
    <message>
        <source>the server&apos;s schema (version %1) is newer than this Copydesk knows (%2)</source>
        <translation>服务器结构（版本 %1）比本采编台所知（%2）新</translation>
    </message>
    <message>
        <source>migration %1 of the server schema failed: %2</source>
        <translation>服务器结构第 %1 步迁移失败：%2</translation>
    </message>
    <message>
        <source>adding the user %1: %2</source>
        <translation>添加用户 %1：%2</translation>
    </message>
</context>
<context>
    <name>SiteSettings</name>
    <message>
        <source>本文来自{site}，转载请注明出处：{url}</source>
        <translation>本文来自{site}，转载请注明出处：{url}</translation>
    </message>
</context>
<context>
    <name>SpellingRule</name>
    <message>
        <source>“%1” is not in the English dictionary.</source>
        <translation>英文词典中没有“%1”。</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>There is no article %1 in the store.</source>
        <translation>稿库中没有稿件 %1。</translation>
    </message>
    <message>
        <source>Cannot open the store “%1”: it is an SQLite database of another application, not a Copydesk store.</source>
        <translation>无法打开稿库“%1”：这是其他应用程序的 SQLite 数据库，不是采编台稿库。</translation>
    </message>
    <message>
        <source>Cannot open the store “%1”: it was created by a newer version of Copydesk (store version %2; this version reads up to %3). Update Copydesk to open it.</source>
        <translation>无法打开稿库“%1”：它由更新版本的采编台创建（稿库版本 %2，当前版本最高只能读取版本 %3）。请更新采编台后再打开。</translation>
    </message>
    <message>
        <source>Cannot open the store “%1”: another program (or another Copydesk window) is writing to it right now. Close it and try again.</source>
        <translation>无法打开稿库“%1”：另一个程序（或另一个采编台窗口）正在写入该稿库。请将其关闭后重试。</translation>
    </message>
    <message>
        <source>Cannot open the store: no file was given.</source>
        <translation>无法打开稿库：未指定文件。</translation>
    </message>
    <message>
        <source>Cannot create the store “%1”: the folder “%2” cannot be created.</source>
        <translation>无法创建稿库“%1”：无法创建文件夹“%2”。</translation>
    </message>
    <message>
        <source>Cannot create the store “%1”: the folder “%2” is read-only.</source>
        <translation>无法创建稿库“%1”：文件夹“%2”是只读的。</translation>
    </message>
    <message>
        <source>Cannot open the store “%1”: it is a folder, not a file.</source>
        <translation>无法打开稿库“%1”：这是一个文件夹，不是文件。</translation>
    </message>
    <message>
        <source>Cannot open the store “%1”: the file cannot be read (%2).</source>
        <translation>无法打开稿库“%1”：无法读取该文件（%2）。</translation>
    </message>
    <message>
        <source>Cannot open the store “%1”: the file is not a Copydesk store (it is not an SQLite database).</source>
        <translation>无法打开稿库“%1”：该文件不是采编台稿库（不是 SQLite 数据库）。</translation>
    </message>
    <message>
        <source>Cannot open the store “%1”: the file is damaged (its SQLite header is cut short).</source>
        <translation>无法打开稿库“%1”：文件已损坏（SQLite 文件头不完整）。</translation>
    </message>
    <message>
        <source>Cannot open the store “%1”: the file is read-only. Copydesk saves continuously and must be able to write to it; make it writable or choose another store.</source>
        <translation>无法打开稿库“%1”：文件是只读的。采编台会持续自动保存，必须能写入该文件；请将其设为可写，或选择其他稿库。</translation>
    </message>
    <message>
        <source>Cannot open the store “%1”: its folder “%2” is read-only, and Copydesk must create its journal files beside the store.</source>
        <translation>无法打开稿库“%1”：所在文件夹“%2”是只读的，而采编台需要在稿库旁边创建日志文件。</translation>
    </message>
    <message>
        <source>Cannot open the store “%1”: %2</source>
        <translation>无法打开稿库“%1”：%2</translation>
    </message>
    <message>
        <source>Cannot open the store “%1”: the file is damaged (%2).</source>
        <translation>无法打开稿库“%1”：文件已损坏（%2）。</translation>
    </message>
    <message>
        <source>Cannot update the store “%1” to version %2: %3</source>
        <translation>无法将稿库“%1”升级到版本 %2：%3</translation>
    </message>
    <message>
        <source>Cannot set up the store “%1”: %2</source>
        <translation>无法初始化稿库“%1”：%2</translation>
    </message>
    <message>
        <source>Cannot open the store “%1”: the store is damaged (%2).</source>
        <translation>无法打开稿库“%1”：稿库已损坏（%2）。</translation>
    </message>
    <message>
        <source>No store is open.</source>
        <translation>未打开任何稿库。</translation>
    </message>
    <message>
        <source>Cannot store the article “%1”: %2</source>
        <translation>无法将稿件“%1”存入稿库：%2</translation>
    </message>
    <message numerus="yes">
        <source>Cannot store %n article(s); none was stored: %1</source>
        <translation>
            <numerusform>无法将 %n 篇稿件存入稿库，本次未存入任何稿件：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot save the article “%1”: it is not in the store yet.</source>
        <translation>无法保存稿件“%1”：该稿件尚未存入稿库。</translation>
    </message>
    <message>
        <source>Cannot save the article “%1”: %2</source>
        <translation>无法保存稿件“%1”：%2</translation>
    </message>
    <message>
        <source>Cannot load article %1: %2</source>
        <translation>无法载入稿件 %1：%2</translation>
    </message>
    <message>
        <source>Article %1 in the store cannot be read: %2</source>
        <translation>无法读取稿库中的稿件 %1：%2</translation>
    </message>
    <message>
        <source>Cannot list the articles: %1</source>
        <translation>无法列出稿件：%1</translation>
    </message>
    <message>
        <source>Cannot delete article %1: %2</source>
        <translation>无法删除稿件 %1：%2</translation>
    </message>
    <message>
        <source>Cannot restore article %1: %2</source>
        <translation>无法恢复稿件 %1：%2</translation>
    </message>
    <message>
        <source>Cannot keep a revision of article %1: %2</source>
        <translation>无法保存稿件 %1 的版本：%2</translation>
    </message>
    <message>
        <source>Cannot list the revisions of article %1: %2</source>
        <translation>无法列出稿件 %1 的历史版本：%2</translation>
    </message>
    <message>
        <source>There is no revision %1 in the store.</source>
        <translation>稿库中没有版本 %1。</translation>
    </message>
    <message>
        <source>Cannot load revision %1: %2</source>
        <translation>无法载入版本 %1：%2</translation>
    </message>
    <message>
        <source>Revision %1 in the store cannot be read: %2</source>
        <translation>无法读取稿库中的版本 %1：%2</translation>
    </message>
    <message>
        <source>Cannot store the media “%1”: it is empty.</source>
        <translation>无法存入媒体文件“%1”：文件为空。</translation>
    </message>
    <message>
        <source>Cannot store the media “%1”: its SHA-256 is %2, not %3.</source>
        <translation>无法存入媒体文件“%1”：其 SHA-256 为 %2，而不是预期的 %3。</translation>
    </message>
    <message>
        <source>Cannot store the media “%1”: %2</source>
        <translation>无法存入媒体文件“%1”：%2</translation>
    </message>
    <message>
        <source>There is no media %1 in the store.</source>
        <translation>稿库中没有媒体文件 %1。</translation>
    </message>
    <message>
        <source>Cannot read media %1: %2</source>
        <translation>无法读取媒体文件 %1：%2</translation>
    </message>
    <message>
        <source>Cannot save the site settings: %1</source>
        <translation>无法保存站点设置：%1</translation>
    </message>
    <message>
        <source>Cannot save the setting “%1”: %2</source>
        <translation>无法保存设置项“%1”：%2</translation>
    </message>
    <message>
        <source>Cannot check the store: %1</source>
        <translation>无法检查稿库：%1</translation>
    </message>
    <message>
        <source>Row %1 of table %2 refers to a missing row of table %3.</source>
        <translation>表 %2 的第 %1 行引用了表 %3 中不存在的行。</translation>
    </message>
    <message>
        <source>Cannot update the store “%1”: no backup could be made first (%2).</source>
        <translation>无法更新稿库“%1”：未能事先备份（%2）。</translation>
    </message>
    <message>
        <source>Cannot count the articles: %1</source>
        <translation>无法统计稿件数量：%1</translation>
    </message>
    <message>
        <source>Cannot list the sections: %1</source>
        <translation>无法列出栏目：%1</translation>
    </message>
    <message>
        <source>Cannot list the tags: %1</source>
        <translation>无法列出标签：%1</translation>
    </message>
    <message>
        <source>Cannot search for “%1”: %2</source>
        <translation>无法搜索“%1”：%2</translation>
    </message>
    <message>
        <source>Cannot empty the trash: %1</source>
        <translation>无法清空回收站：%1</translation>
    </message>
    <message>
        <source>it is not in the trash</source>
        <translation>它不在回收站中</translation>
    </message>
    <message>
        <source>Cannot delete article %1 for good: %2</source>
        <translation>无法永久删除稿件 %1：%2</translation>
    </message>
    <message>
        <source>Cannot restore revision %1 of article %2: %3</source>
        <translation>无法恢复稿件 %2 的版本 %1：%3</translation>
    </message>
    <message>
        <source>it is a revision of article %1</source>
        <translation>它是稿件 %1 的版本</translation>
    </message>
    <message>
        <source>Status changed to %1</source>
        <translation>状态改为%1</translation>
    </message>
    <message>
        <source>Before deletion</source>
        <translation>删除前</translation>
    </message>
    <message>
        <source>Autosave checkpoint</source>
        <translation>自动保存</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>已导出</translation>
    </message>
    <message>
        <source>Before restoring an earlier version</source>
        <translation>恢复早期版本前</translation>
    </message>
    <message>
        <source>Before import</source>
        <translation>导入前</translation>
    </message>
    <message>
        <source>Cannot read the status history of article %1: %2</source>
        <translation>无法读取稿件 %1 的状态变更记录：%2</translation>
    </message>
    <message>
        <source>Cannot open the store “%1”: the file does not exist.</source>
        <translation>无法打开稿库“%1”：文件不存在。</translation>
    </message>
    <message>
        <source>Cannot open the store “%1”: the file is empty, not a Copydesk store.</source>
        <translation>无法打开稿库“%1”：文件为空，不是采编台稿库。</translation>
    </message>
    <message>
        <source>Cannot read the store “%1”: it must first be updated to this version of Copydesk; open it once in Copydesk or with a command that writes.</source>
        <translation>无法读取稿库“%1”：需先升级到当前版本的采编台；请用采编台或会写入的命令打开一次。</translation>
    </message>
    <message>
        <source>Cannot read what changed in the store: %1</source>
        <translation>无法读取稿库中的变更：%1</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>导入自 %1</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Changed elsewhere (kept when both sides edited)</source>
        <translation>他处修改（双方同时修改时保留）</translation>
    </message>
    <message>
        <source>Cannot import the word list “%1”: %2</source>
        <translation>无法导入词表“%1”：%2</translation>
    </message>
    <message>
        <source>the list has no name</source>
        <translation>词表没有名称</translation>
    </message>
    <message>
        <source>Cannot change the word list “%1”: %2</source>
        <translation>无法修改词表“%1”：%2</translation>
    </message>
    <message>
        <source>There is no word list “%1”.</source>
        <translation>没有词表“%1”。</translation>
    </message>
    <message>
        <source>Cannot remove the word list “%1”: %2</source>
        <translation>无法删除词表“%1”：%2</translation>
    </message>
    <message>
        <source>Converted (%1)</source>
        <translation>已转换（%1）</translation>
    </message>
    <message>
        <source>Before proofing fixes</source>
        <translation>校对修改前</translation>
    </message>
    <message>
        <source>Proofing fixes</source>
        <translation>校对修改</translation>
    </message>
    <message>
        <source>Before conversion</source>
        <translation>转换前</translation>
    </message>
    <message>
        <source>Cannot update the search index: %1</source>
        <translation>无法更新搜索索引：%1</translation>
    </message>
    <message>
        <source>Cannot list the articles in conflict: %1</source>
        <translation>无法列出有冲突的稿件：%1</translation>
    </message>
    <message numerus="yes">
        <source>Cannot store %n article(s) from elsewhere; none was stored: %1</source>
        <translation>
            <numerusform>无法存入来自别处的 %n 篇稿件，一篇也未存入：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot make a thumbnail of media %1: %2</source>
        <translation>无法为媒体 %1 生成缩略图：%2</translation>
    </message>
    <message>
        <source>Cannot store the thumbnails: %1</source>
        <translation>无法保存缩略图：%1</translation>
    </message>
    <message>
        <source>The edits of article %1 in the store cannot be read: %2</source>
        <translation>稿库中稿件 %1 的编辑记录无法读取：%2</translation>
    </message>
    <message>
        <source>an edit replaces blocks the article does not have</source>
        <translation>一条编辑记录要替换的段落在稿件中不存在</translation>
    </message>
</context>
<context>
    <name>StoreLock</name>
    <message>
        <source>Cannot lock the store: no file was given.</source>
        <translation>无法锁定稿库：未指定文件。</translation>
    </message>
    <message>
        <source>Cannot lock the store “%1”: the folder “%2” cannot be created.</source>
        <translation>无法锁定稿库“%1”：无法创建文件夹“%2”。</translation>
    </message>
    <message>
        <source>Copydesk is already open on the store “%1” (process %2). Switch to that window, or close it first.</source>
        <translation>采编台已打开稿库“%1”（进程 %2）。请切换到那个窗口，或先将其关闭。</translation>
    </message>
    <message>
        <source>Copydesk is already open on the store “%1” (process %2 on host %3). Switch to that window, or close it first.</source>
        <translation>采编台已打开稿库“%1”（主机 %3 上的进程 %2）。请切换到那个窗口，或先将其关闭。</translation>
    </message>
    <message>
        <source>Copydesk is already open on the store “%1” (process %2 on host %3). Close it there first; if Copydesk no longer runs on %3, delete the lock file “%4”.</source>
        <translation>采编台已打开稿库“%1”（主机 %3 上的进程 %2）。请先在那台主机上将其关闭；如果 %3 上已不再运行采编台，请删除锁文件“%4”。</translation>
    </message>
    <message>
        <source>Cannot open the store “%1”: another Copydesk is opening it right now, or its lock file “%2” is damaged. Try again in a moment; if this keeps happening and no other Copydesk is running, delete the lock file.</source>
        <translation>无法打开稿库“%1”：另一个采编台正在打开该稿库，或其锁文件“%2”已损坏。请稍后重试；如果此问题反复出现，且没有其他采编台在运行，请删除该锁文件。</translation>
    </message>
    <message>
        <source>Cannot lock the store “%1”: the lock file “%2” cannot be created there (permission denied).</source>
        <translation>无法锁定稿库“%1”：无法在该位置创建锁文件“%2”（权限不足）。</translation>
    </message>
    <message>
        <source>Cannot lock the store “%1”: the lock file “%2” cannot be created (is the disk full, or is there a folder of that name?).</source>
        <translation>无法锁定稿库“%1”：无法创建锁文件“%2”（磁盘是否已满，或是否已有同名文件夹？）。</translation>
    </message>
</context>
<context>
    <name>StoreRecovery</name>
    <message>
        <source>Copydesk</source>
        <translation>采编台</translation>
    </message>
    <message>
        <source>The store %1 is damaged, and there is no good backup of it.</source>
        <translation>稿库 %1 已损坏，且没有可用的备份。</translation>
    </message>
    <message>
        <source>Copydesk looked for backups in %1. Keep the damaged file: it may still be repaired with SQLite tools.</source>
        <translation>采编台已在 %1 中查找备份。请保留已损坏的文件：也许还能用 SQLite 工具修复。</translation>
    </message>
    <message>
        <source>The store %1 is damaged.</source>
        <translation>稿库 %1 已损坏。</translation>
    </message>
    <message>
        <source>Open the newest good backup, made %1, instead? Changes made after it are not in it. The damaged file is kept, renamed.</source>
        <translation>是否改为打开最新的可用备份（备份于 %1）？此后所做的修改不在该备份中。已损坏的文件会改名保留。</translation>
    </message>
    <message>
        <source>Open the Backup</source>
        <translation>打开备份</translation>
    </message>
    <message>
        <source>Could not put the backup in place of the store %1.</source>
        <translation>无法用备份替换稿库 %1。</translation>
    </message>
    <message>
        <source>Could not open the backup now in place of the store %1.</source>
        <translation>备份已放到稿库 %1 的位置，但无法打开。</translation>
    </message>
    <message>
        <source>Copydesk opened the backup made %1.</source>
        <translation>采编台已打开 %1 的备份。</translation>
    </message>
    <message>
        <source>The damaged store was moved to %1.</source>
        <translation>已损坏的稿库已移至 %1。</translation>
    </message>
</context>
<context>
    <name>StoreUpdate</name>
    <message>
        <source>Updating the store “%1” for this version of Copydesk: a copy of it is kept first. A large store takes a minute or two.</source>
        <translation>正在为此版本的采编台更新稿库“%1”：更新前先保留一份副本。较大的稿库需要一两分钟。</translation>
    </message>
    <message>
        <source>Updating the Store</source>
        <translation>正在更新稿库</translation>
    </message>
</context>
<context>
    <name>StraySpaceRule</name>
    <message>
        <source>Space between Chinese characters.</source>
        <translation>汉字之间有空格。</translation>
    </message>
    <message>
        <source>Space next to a full-width punctuation mark.</source>
        <translation>全角标点旁有空格。</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>reading article %1 from the server: %2</source>
        <translation>从服务器读取稿件 %1：%2</translation>
    </message>
    <message>
        <source>from the newsroom server</source>
        <translation>来自编辑部服务器</translation>
    </message>
    <message>
        <source>“%1” (%2): %3</source>
        <translation>“%1”（%2）：%3</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>无标题</translation>
    </message>
</context>
<context>
    <name>SystemKeychain</name>
    <message>
        <source>the system keychain cannot be used (%1)</source>
        <translation>无法使用系统钥匙串（%1）</translation>
    </message>
</context>
<context>
    <name>TextImporter</name>
    <message>
        <source>Cannot import %1: it is a folder, not a text file.</source>
        <translation>无法导入 %1：这是一个文件夹，不是文本文件。</translation>
    </message>
    <message>
        <source>Cannot import %1: it is not a regular file.</source>
        <translation>无法导入 %1：这不是普通文件。</translation>
    </message>
    <message>
        <source>Cannot import %1: the file is larger than %2 MB.</source>
        <translation>无法导入 %1：文件超过 %2 MB。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Cannot import %1: the file is empty.</source>
        <translation>无法导入 %1：文件为空。</translation>
    </message>
    <message>
        <source>Cannot import %1: it is not a plain-text file (it contains binary data).</source>
        <translation>无法导入 %1：这不是纯文本文件（含有二进制数据）。</translation>
    </message>
    <message>
        <source>Cannot import %1: it is not UTF-8 and this system has no GB18030 decoder.</source>
        <translation>无法导入 %1：文件不是 UTF-8 编码，且本系统没有 GB18030 解码器。</translation>
    </message>
    <message>
        <source>Cannot import %1: the file contains no text.</source>
        <translation>无法导入 %1：文件中没有文字。</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>%1 is not a JSON object: %2</source>
        <translation>%1 不是 JSON 对象：%2</translation>
    </message>
    <message>
        <source>the top level is not an object</source>
        <translation>顶层不是对象</translation>
    </message>
    <message>
        <source>%1 needs an &quot;id&quot; of 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>%1 必须有 &quot;id&quot; 字段，由 1 至 64 个字母、数字、&apos;.&apos;、&apos;_&apos; 或 &apos;-&apos; 组成。</translation>
    </message>
    <message>
        <source>%1 needs a &quot;name&quot;.</source>
        <translation>%1 必须有 &quot;name&quot; 字段。</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 为空。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is too large (more than %2 KiB).</source>
        <translation>%1 过大（超过 %2 KiB）。</translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8 text.</source>
        <translation>%1 不是有效的 UTF-8 文本。</translation>
    </message>
    <message>
        <source>%1 uses partials or changes delimiters, which themes may not do.</source>
        <translation>%1 使用了局部模板（partial）或更改了分隔符，主题中不允许这样做。</translation>
    </message>
    <message>
        <source>%1 is not a valid template: %2</source>
        <translation>%1 不是有效的模板：%2</translation>
    </message>
    <message>
        <source>%1 is not a valid template.</source>
        <translation>%1 不是有效的模板。</translation>
    </message>
</context>
<context>
    <name>UnbalancedPairRule</name>
    <message>
        <source>“%1” without its “%2”.</source>
        <translation>“%1”缺少配对的“%2”。</translation>
    </message>
</context>
<context>
    <name>WordListFile</name>
    <message>
        <source>the file %1 does not exist</source>
        <translation>文件 %1 不存在</translation>
    </message>
    <message>
        <source>the file %1 is larger than %2 MB</source>
        <translation>文件 %1 超过 %2 MB</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 holds no terms</source>
        <translation>%1 中没有词条</translation>
    </message>
</context>
<context>
    <name>WordListRule</name>
    <message>
        <source>“%1” is a forbidden term.</source>
        <translation>“%1”是禁用词。</translation>
    </message>
    <message>
        <source>“%1” is to be used with care.</source>
        <translation>“%1”是慎用词。</translation>
    </message>
    <message>
        <source>“%1”: use the standard wording.</source>
        <translation>“%1”：请使用规范表述。</translation>
    </message>
    <message>
        <source>Write “%1”.</source>
        <translation>应写作“%1”。</translation>
    </message>
</context>
<context>
    <name>ZipPackage</name>
    <message>
        <source>it is not a zip package (the file is damaged, truncated or of another kind)</source>
        <translation>这不是 zip 包（文件已损坏、不完整或属于其他类型）</translation>
    </message>
    <message>
        <source>it holds more than %1 files</source>
        <translation>其中的文件超过 %1 个</translation>
    </message>
    <message>
        <source>its table of contents is damaged</source>
        <translation>其目录已损坏</translation>
    </message>
    <message>
        <source>it would unpack to more than %1 MB</source>
        <translation>解压后会超过 %1 MB</translation>
    </message>
    <message>
        <source>its entry %1 is compressed %2 times, as only zip bombs are</source>
        <translation>其中的条目 %1 压缩了 %2 倍，只有压缩炸弹才会这样</translation>
    </message>
    <message>
        <source>it has no part %1</source>
        <translation>其中没有 %1 部分</translation>
    </message>
    <message>
        <source>its part %1 is encrypted</source>
        <translation>其中的 %1 部分已加密</translation>
    </message>
    <message>
        <source>its part %1 cannot be found</source>
        <translation>找不到其中的 %1 部分</translation>
    </message>
    <message>
        <source>its part %1 cannot be opened</source>
        <translation>无法打开其中的 %1 部分</translation>
    </message>
    <message>
        <source>its part %1 is damaged</source>
        <translation>其中的 %1 部分已损坏</translation>
    </message>
</context>
<context>
    <name>ZipWriter</name>
    <message>
        <source>cannot start the archive (zip error %1)</source>
        <translation>无法创建压缩包（zip 错误 %1）</translation>
    </message>
    <message>
        <source>cannot add %1 to the archive (zip error %2)</source>
        <translation>无法将 %1 添加到压缩包（zip 错误 %2）</translation>
    </message>
    <message>
        <source>cannot write %1 into the archive: %2</source>
        <translation>无法将 %1 写入压缩包：%2</translation>
    </message>
    <message>
        <source>cannot write %1 into the archive (zip error %2)</source>
        <translation>无法将 %1 写入压缩包（zip 错误 %2）</translation>
    </message>
    <message>
        <source>cannot finish the archive (zip error %1)</source>
        <translation>无法完成压缩包（zip 错误 %1）</translation>
    </message>
</context>
<context>
    <name>copydesk::AboutDialog</name>
    <message>
        <source>Component</source>
        <translation>组件</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>About Copydesk</source>
        <translation>关于采编台</translation>
    </message>
    <message>
        <source>Copydesk</source>
        <translation>采编台</translation>
    </message>
    <message>
        <source>The newsroom editor: write, check, preview and export news articles.</source>
        <translation>新闻稿件编辑器：撰写、核对、预览和导出新闻稿件。</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>基于 Qt %1 构建，运行于 Qt %2。</translation>
    </message>
    <message>
        <source>Copydesk is free software under the GNU General Public License, version 2 or later.</source>
        <translation>采编台是自由软件，依照 GNU 通用公共许可证第 2 版或更新版本发布。</translation>
    </message>
    <message>
        <source>Copydesk is built on these libraries and data:</source>
        <translation>采编台使用了以下程序库和数据：</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>致谢</translation>
    </message>
</context>
<context>
    <name>copydesk::ArticleEditor</name>
    <message>
        <source>Headline</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Subtitle (optional)</source>
        <translation>副标题（选填）</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>副标题</translation>
    </message>
    <message>
        <source>&amp;Bold</source>
        <translation>粗体(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation>斜体(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Link…</source>
        <translation>链接(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Paragraph</source>
        <translation>段落(&amp;P)</translation>
    </message>
    <message>
        <source>Sub-head &amp;2</source>
        <translation>二级小标题(&amp;2)</translation>
    </message>
    <message>
        <source>Sub-head &amp;3</source>
        <translation>三级小标题(&amp;3)</translation>
    </message>
    <message>
        <source>&amp;Quote</source>
        <translation>引用(&amp;Q)</translation>
    </message>
    <message>
        <source>B&amp;ulleted List</source>
        <translation>项目符号列表(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Numbered List</source>
        <translation>编号列表(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>R&amp;eplace…</source>
        <translation>替换(&amp;E)…</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>Link address (http, https or mailto):</source>
        <translation>链接地址（http、https 或 mailto）：</translation>
    </message>
    <message>
        <source>“%1” is not a web or e-mail address. Links must start with http://, https:// or mailto:.</source>
        <translation>“%1”不是网址或电子邮件地址。链接必须以 http://、https:// 或 mailto: 开头。</translation>
    </message>
    <message>
        <source>Embargoed until %1 — do not publish before then.</source>
        <translation>禁发时间：%1——在此之前不得发布。</translation>
    </message>
    <message>
        <source>Move Photo &amp;Up</source>
        <translation>图片上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move Photo Do&amp;wn</source>
        <translation>图片下移(&amp;W)</translation>
    </message>
</context>
<context>
    <name>copydesk::ArticleFileImporter</name>
    <message>
        <source>Import Articles</source>
        <translation>导入稿件</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Importing articles…</source>
        <translation>正在导入稿件…</translation>
    </message>
</context>
<context>
    <name>copydesk::ArticleListModel</name>
    <message numerus="yes">
        <source>%n photo(s) without a caption</source>
        <translation>
            <numerusform>%n 张图片缺少图片说明</numerusform>
        </translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>字数</translation>
    </message>
    <message>
        <source>Editing</source>
        <translation>正在编辑</translation>
    </message>
    <message>
        <source>Last Edited By</source>
        <translation>最后编辑</translation>
    </message>
    <message>
        <source>In conflict: the other version is kept in the History</source>
        <translation>有冲突：另一版本保存在“历史版本”中</translation>
    </message>
</context>
<context>
    <name>copydesk::ArticleListPane</name>
    <message>
        <source>Search articles (title, text, captions…)</source>
        <translation>搜索稿件（标题、正文、图片说明…）</translation>
    </message>
    <message>
        <source>Search articles</source>
        <translation>搜索稿件</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>按状态筛选</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <source>Section filter</source>
        <translation>按栏目筛选</translation>
    </message>
    <message>
        <source>Tag filter</source>
        <translation>按标签筛选</translation>
    </message>
    <message>
        <source>Date filter</source>
        <translation>按日期筛选</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>不限时间</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>Missing captions</source>
        <translation>缺少图片说明</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>稿件</translation>
    </message>
    <message>
        <source>All sections</source>
        <translation>所有栏目</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>所有标签</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n 篇稿件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) found</source>
        <translation>
            <numerusform>找到 %n 篇稿件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>copydesk::ArticleSession</name>
    <message>
        <source>This article was changed by another program; the window shows the new version.</source>
        <translation>此稿件已被另一个程序修改，窗口中显示的是新版本。</translation>
    </message>
    <message>
        <source>Changes made by another program were merged with yours.</source>
        <translation>另一个程序所做的修改已与您的修改合并。</translation>
    </message>
    <message>
        <source>Restore Version</source>
        <translation>恢复版本</translation>
    </message>
    <message>
        <source>Version restored. Edit ▸ Undo brings back the text it replaced, which is also kept in the history.</source>
        <translation>已恢复该版本。编辑 ▸ 撤销可找回被替换的文字，它也保存在历史记录中。</translation>
    </message>
</context>
<context>
    <name>copydesk::AuditTrail</name>
    <message>
        <source>Newsroom audit trail</source>
        <translation>编辑部审计记录</translation>
    </message>
    <message>
        <source>On the newsroom server</source>
        <translation>编辑部服务器上的记录</translation>
    </message>
    <message>
        <source>%1 put it on the server as %2</source>
        <translation>%1 将稿件提交到服务器，状态为%2</translation>
    </message>
    <message>
        <source>%1 approved it for publication (revision %2)</source>
        <translation>%1 签发（版本 %2）</translation>
    </message>
    <message>
        <source>%1 moved it from %2 to %3</source>
        <translation>%1 将状态从%2改为%3</translation>
    </message>
    <message>
        <source>%1 took over editing from %2</source>
        <translation>%1 从 %2 手中接管编辑</translation>
    </message>
    <message>
        <source>%1 took over editing after %2&apos;s lease expired</source>
        <translation>%2 的编辑权到期后，%1 接管编辑</translation>
    </message>
    <message>
        <source>%1&apos;s edit was kept beside a newer one (revision %2)</source>
        <translation>%1 的修改与更新的版本冲突，已另存（版本 %2）</translation>
    </message>
    <message>
        <source>%1 moved it to the trash</source>
        <translation>%1 将其移到回收站</translation>
    </message>
    <message>
        <source>%1 took it out of the trash</source>
        <translation>%1 将其从回收站取回</translation>
    </message>
</context>
<context>
    <name>copydesk::Autosaver</name>
    <message>
        <source>Autosave already writes to the store “%1”.</source>
        <translation>自动保存已在使用稿库“%1”。</translation>
    </message>
    <message>
        <source>Cannot save the article “%1”: it is not in the store yet.</source>
        <translation>无法保存稿件“%1”：该稿件尚未存入稿库。</translation>
    </message>
</context>
<context>
    <name>copydesk::BackupScheduler</name>
    <message>
        <source>Cannot back up the store “%1”: the file is gone.</source>
        <translation>无法备份稿库“%1”：文件已不存在。</translation>
    </message>
    <message>
        <source>Automatic backup failed: %1</source>
        <translation>自动备份失败：%1</translation>
    </message>
</context>
<context>
    <name>copydesk::BodyEdit</name>
    <message>
        <source>Article body</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>Write the article here…</source>
        <translation>在此撰写正文…</translation>
    </message>
    <message>
        <source>Photo to come</source>
        <translation>待补图片</translation>
    </message>
    <message>
        <source>Photo without a caption</source>
        <translation>图片（无图说）</translation>
    </message>
    <message>
        <source>Photo: %1</source>
        <translation>图片：%1</translation>
    </message>
</context>
<context>
    <name>copydesk::ConnectDialog</name>
    <message>
        <source>reporter</source>
        <translation>记者</translation>
    </message>
    <message>
        <source>editor</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>chief editor</source>
        <translation>总编辑</translation>
    </message>
    <message>
        <source>not on the staff</source>
        <translation>不在编辑部名单中</translation>
    </message>
    <message>
        <source>Connect to Newsroom Server</source>
        <translation>连接编辑部服务器</translation>
    </message>
    <message>
        <source>kept in the system keychain</source>
        <translation>保存在系统钥匙串中</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>测试(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>断开(&amp;D)</translation>
    </message>
    <message>
        <source>Type the server&apos;s address first.</source>
        <translation>请先填写服务器地址。</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Connected as %1 (%2).</source>
        <translation>已连接，身份：%1（%2）。</translation>
    </message>
    <message>
        <source>Disconnected: this store no longer syncs with a newsroom server.</source>
        <translation>已断开：此稿库不再与编辑部服务器同步。</translation>
    </message>
</context>
<context>
    <name>copydesk::CropDialog</name>
    <message>
        <source>Crop and Turn</source>
        <translation>裁切与旋转</translation>
    </message>
    <message>
        <source>Crop preview</source>
        <translation>裁切预览</translation>
    </message>
    <message>
        <source>Aspect ratio</source>
        <translation>长宽比</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>自由</translation>
    </message>
    <message>
        <source>Turn &amp;Left</source>
        <translation>向左旋转(&amp;L)</translation>
    </message>
    <message>
        <source>Turn &amp;Right</source>
        <translation>向右旋转(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;set</source>
        <translation>复原(&amp;S)</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>左</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>上</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>宽</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>高</translation>
    </message>
    <message>
        <source>&amp;Aspect:</source>
        <translation>长宽比(&amp;A)：</translation>
    </message>
    <message>
        <source>L&amp;eft:</source>
        <translation>左(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Top:</source>
        <translation>上(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>宽(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>高(&amp;H)：</translation>
    </message>
    <message>
        <source>The photo is not available; the crop still applies.</source>
        <translation>图片暂不可用；裁切设置仍然有效。</translation>
    </message>
</context>
<context>
    <name>copydesk::EditLease</name>
    <message>
        <source>%1 is editing this article. You see their changes as they arrive; it opens for you when they close it.</source>
        <translation>%1 正在编辑。对方的修改会随时显示；对方关闭后即可由你编辑。</translation>
    </message>
    <message>
        <source>%1 is editing this article; %2.</source>
        <translation>%1 正在编辑；%2。</translation>
    </message>
    <message>
        <source>Take Over</source>
        <translation>接管</translation>
    </message>
    <message>
        <source>You cannot change this article: %1. You see its changes as they arrive.</source>
        <translation>你不能修改这篇稿件：%1。稿件的改动会随时显示。</translation>
    </message>
</context>
<context>
    <name>copydesk::ExportDialog</name>
    <message>
        <source>Export Article</source>
        <translation>导出稿件</translation>
    </message>
    <message numerus="yes">
        <source>Export %n Articles</source>
        <translation>
            <numerusform>导出 %n 篇稿件</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Open the folder when done</source>
        <translation>完成后打开文件夹</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>格式(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Save in</source>
        <translation>保存位置(&amp;S)</translation>
    </message>
    <message>
        <source>Photo &amp;long edge</source>
        <translation>图片长边(&amp;L)</translation>
    </message>
    <message>
        <source>JPEG &amp;quality</source>
        <translation>JPEG 质量(&amp;Q)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Save in</source>
        <translation>保存位置</translation>
    </message>
    <message>
        <source>Photo long edge</source>
        <translation>图片长边</translation>
    </message>
    <message>
        <source>JPEG quality</source>
        <translation>JPEG 质量</translation>
    </message>
    <message>
        <source>Problems found before export</source>
        <translation>导出前检查发现的问题</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <source>Before you export, check these:</source>
        <translation>导出前请检查以下各项：</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>未发现问题。</translation>
    </message>
    <message>
        <source>&amp;Export Anyway</source>
        <translation>仍然导出(&amp;E)</translation>
    </message>
    <message>
        <source>Export To</source>
        <translation>导出到</translation>
    </message>
    <message>
        <source>“%1” already exists. Replace it?</source>
        <translation>“%1”已存在。要替换吗？</translation>
    </message>
    <message>
        <source>Exporting “%1”…</source>
        <translation>正在导出“%1”…</translation>
    </message>
    <message>
        <source>Export cancelled. Nothing half-written was left behind.</source>
        <translation>导出已取消，没有留下写了一半的文件。</translation>
    </message>
    <message>
        <source>Some articles could not be exported:
%1</source>
        <translation>部分稿件无法导出：
%1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n article(s).</source>
        <translation>
            <numerusform>已导出 %n 篇稿件。</numerusform>
        </translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>PDF &amp;paper</source>
        <translation>PDF 纸张(&amp;P)</translation>
    </message>
    <message>
        <source>PDF paper</source>
        <translation>PDF 纸张</translation>
    </message>
    <message>
        <source>Choose a folder to export into.</source>
        <translation>请选择导出的文件夹。</translation>
    </message>
    <message>
        <source>The folder %1 was created.</source>
        <translation>已创建文件夹 %1。</translation>
    </message>
</context>
<context>
    <name>copydesk::FindBar</name>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一个</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一个</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>关闭查找栏</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>替换为</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation>全部替换</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>已替换 %n 处</numerusform>
        </translation>
    </message>
    <message>
        <source>In a photo credit</source>
        <translation>在图片署名中</translation>
    </message>
</context>
<context>
    <name>copydesk::GuiCommandLine</name>
    <message>
        <source>Open the store at PATH (default: $COPYDESK_STORE or %1).</source>
        <translation>打开位于 PATH 的稿库（默认：$COPYDESK_STORE 或 %1）。</translation>
    </message>
    <message>
        <source>Copydesk, the newsroom editor: write, check, preview and export news articles. Files given are imported as new articles (.docx, .odt, .html, .md, .txt, .json); photos go into the open article.</source>
        <translation>采编台，新闻稿件编辑器：撰写、核对、预览和导出新闻稿件。给出的文件将作为新稿件导入（.docx、.odt、.html、.md、.txt、.json）；图片插入当前打开的稿件。</translation>
    </message>
    <message>
        <source>Files to open.</source>
        <translation>要打开的文件。</translation>
    </message>
    <message>
        <source>[FILE...]</source>
        <translation>[文件...]</translation>
    </message>
</context>
<context>
    <name>copydesk::HistoryPanel</name>
    <message>
        <source>%1 (unchanged)</source>
        <translation>%1（未改动）</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>This version is the same as the article now.</source>
        <translation>此版本与当前稿件相同。</translation>
    </message>
    <message>
        <source>Restore This Version</source>
        <translation>恢复此版本</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Status changes</source>
        <translation>状态变更</translation>
    </message>
    <message>
        <source>This version</source>
        <translation>此版本</translation>
    </message>
    <message>
        <source>The article now</source>
        <translation>当前稿件</translation>
    </message>
    <message>
        <source>&amp;Versions</source>
        <translation>版本(&amp;V)</translation>
    </message>
    <message>
        <source>Open an article to see its history.</source>
        <translation>打开一篇稿件以查看其历史版本。</translation>
    </message>
    <message>
        <source>Restore the version of %1?</source>
        <translation>要恢复 %1 的版本吗？</translation>
    </message>
    <message>
        <source>The article as it is now is kept in its history first, so you can go back to it.</source>
        <translation>当前的稿件会先保存到历史版本中，以便日后找回。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>%1  %2 → %3</source>
        <translation>%1  %2 → %3</translation>
    </message>
    <message>
        <source>No status changes yet.</source>
        <translation>尚无状态变更。</translation>
    </message>
    <message>
        <source>No earlier versions yet. Copydesk keeps one every few minutes while you edit, and before each restore or deletion.</source>
        <translation>尚无早期版本。编辑时采编台每隔几分钟保存一个版本，每次恢复或删除之前也会保存。</translation>
    </message>
    <message>
        <source>Select a version to compare it with the article now.</source>
        <translation>选择一个版本，与当前稿件进行比较。</translation>
    </message>
    <message>
        <source>Version of %1</source>
        <translation>%1 的版本</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>当前</translation>
    </message>
</context>
<context>
    <name>copydesk::ImageInspector</name>
    <message>
        <source>Photo thumbnail</source>
        <translation>图片缩略图</translation>
    </message>
    <message>
        <source>What the photo shows</source>
        <translation>图片所示内容</translation>
    </message>
    <message>
        <source>Photographer or agency</source>
        <translation>摄影者或图片机构</translation>
    </message>
    <message>
        <source>For readers who cannot see it</source>
        <translation>供无法看到图片的读者阅读</translation>
    </message>
    <message>
        <source>&amp;Caption</source>
        <translation>图片说明(&amp;C)</translation>
    </message>
    <message>
        <source>C&amp;redit</source>
        <translation>署名(&amp;R)</translation>
    </message>
    <message>
        <source>A&amp;lt text</source>
        <translation>替代文字(&amp;L)</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>图片说明</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>署名</translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation>替代文字</translation>
    </message>
    <message>
        <source>Re&amp;place…</source>
        <translation>替换(&amp;P)…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>移除(&amp;M)</translation>
    </message>
    <message>
        <source>Photo to come</source>
        <translation>待补图片</translation>
    </message>
    <message>
        <source>Click a photo in the article to edit its caption and credit.</source>
        <translation>点击稿件中的图片，即可编辑其图片说明和署名。</translation>
    </message>
    <message>
        <source>Placeholder: replace it with the photo.</source>
        <translation>占位图：请替换为实际图片。</translation>
    </message>
    <message>
        <source>Placeholder for %1</source>
        <translation>占位图，原图：%1</translation>
    </message>
    <message>
        <source>%1 · %2 × %3 px</source>
        <translation>%1 · %2 × %3 px</translation>
    </message>
    <message>
        <source>Caption and credit come from the photo&apos;s metadata: check them.</source>
        <translation>图片说明和署名取自图片的元数据，请核对。</translation>
    </message>
    <message>
        <source>C&amp;hecked</source>
        <translation>已核对(&amp;H)</translation>
    </message>
    <message>
        <source>The caption and credit are right: stop asking</source>
        <translation>图说和署名无误，不再提示</translation>
    </message>
    <message>
        <source>Cr&amp;op and Turn…</source>
        <translation>裁切与旋转(&amp;O)…</translation>
    </message>
</context>
<context>
    <name>copydesk::ImportPreviewDialog</name>
    <message>
        <source>Import without a preview from now on</source>
        <translation>以后导入不再预览</translation>
    </message>
    <message>
        <source>Import Preview – %1</source>
        <translation>导入预览 – %1</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>Byline:</source>
        <translation>作者：</translation>
    </message>
    <message>
        <source>Dateline:</source>
        <translation>电头：</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message numerus="yes">
        <source>Import All as Recognised (%n more)</source>
        <translation>
            <numerusform>其余按识别结果全部导入（另 %n 篇）</numerusform>
        </translation>
    </message>
    <message>
        <source>Headline (lines the import skipped as the site&apos;s masthead are greyed):</source>
        <translation>标题（灰色为识别为网站刊头而跳过的行）：</translation>
    </message>
    <message>
        <source>Body:</source>
        <translation>正文：</translation>
    </message>
    <message>
        <source>%1 (site masthead)</source>
        <translation>%1（网站刊头）</translation>
    </message>
    <message numerus="yes">
        <source>%n more block(s) are imported as recognised.</source>
        <translation>
            <numerusform>其余 %n 段按识别结果导入。</numerusform>
        </translation>
    </message>
    <message>
        <source>Body</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>Sub-head</source>
        <translation>小标题</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>导语</translation>
    </message>
    <message>
        <source>Photo place</source>
        <translation>图片位置</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>List</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>引文</translation>
    </message>
</context>
<context>
    <name>copydesk::MainWindow</name>
    <message>
        <source>Copydesk</source>
        <translation>采编台</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>稿件</translation>
    </message>
    <message>
        <source>&amp;New Article</source>
        <translation>新建稿件(&amp;N)</translation>
    </message>
    <message>
        <source>Article Details</source>
        <translation>稿件信息</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Duplicate Article</source>
        <translation>复制稿件(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Delete Article</source>
        <translation>删除稿件(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Save Revision</source>
        <translation>保存版本(&amp;S)</translation>
    </message>
    <message>
        <source>Open the Sample Article</source>
        <translation>打开示例稿件</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Undo &amp;Delete Article</source>
        <translation>撤销删除稿件(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>插入(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Photos…</source>
        <translation>图片(&amp;P)…</translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation>格式(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>预览(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Desktop Width</source>
        <translation>桌面宽度(&amp;D)</translation>
    </message>
    <message>
        <source>P&amp;hone Width (375 px)</source>
        <translation>手机宽度（375 px）(&amp;H)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Could not list the articles.</source>
        <translation>无法列出稿件。</translation>
    </message>
    <message>
        <source>Could not open the article.</source>
        <translation>无法打开稿件。</translation>
    </message>
    <message>
        <source>%1 — Copydesk</source>
        <translation>%1 — 采编台</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <source>Your latest edits could not be saved. They are kept in this window; Copydesk keeps trying.</source>
        <translation>最近的修改未能保存。这些修改仍保留在此窗口中，采编台会继续尝试保存。</translation>
    </message>
    <message>
        <source>Could not create an article.</source>
        <translation>无法新建稿件。</translation>
    </message>
    <message>
        <source>Could not add the sample article.</source>
        <translation>无法添加示例稿件。</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <source>Could not duplicate the article.</source>
        <translation>无法复制稿件。</translation>
    </message>
    <message>
        <source>Could not delete the article.</source>
        <translation>无法删除稿件。</translation>
    </message>
    <message>
        <source>Article moved to the trash. Edit ▸ Undo Delete Article brings it back.</source>
        <translation>稿件已移到回收站。选择“编辑 ▸ 撤销删除稿件”可将其恢复。</translation>
    </message>
    <message>
        <source>Could not restore the article.</source>
        <translation>无法恢复稿件。</translation>
    </message>
    <message>
        <source>Could not save a revision.</source>
        <translation>无法保存版本。</translation>
    </message>
    <message>
        <source>Revision saved at %1.</source>
        <translation>已于 %1 保存版本。</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported.</source>
        <translation>
            <numerusform>有 %n 个文件无法导入。</numerusform>
        </translation>
    </message>
    <message>
        <source>Your latest edits are not saved. Quit anyway and lose them?</source>
        <translation>最近的修改尚未保存。仍要退出并丢弃这些修改吗？</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史版本</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Trash…</source>
        <translation>回收站(&amp;T)…</translation>
    </message>
    <message>
        <source>Site &amp;Settings…</source>
        <translation>网站设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Copy for &amp;WeChat</source>
        <translation>复制到微信(&amp;W)</translation>
    </message>
    <message>
        <source>Paste as &amp;Plain Text</source>
        <translation>粘贴为纯文本(&amp;P)</translation>
    </message>
    <message>
        <source>Photos from &amp;Folder…</source>
        <translation>文件夹中的图片(&amp;F)…</translation>
    </message>
    <message>
        <source>Could not copy the article for WeChat.</source>
        <translation>无法复制稿件用于微信。</translation>
    </message>
    <message>
        <source>Copied for WeChat: paste it into the official account editor.</source>
        <translation>已复制为微信格式：请粘贴到公众号编辑器中。</translation>
    </message>
    <message>
        <source>Could not paste this copy.</source>
        <translation>无法粘贴这段内容。</translation>
    </message>
    <message>
        <source>Your latest edits are not saved yet: %1. They stay in this window, and Copydesk keeps trying every few seconds.</source>
        <translation>最近的修改尚未保存：%1。修改仍保留在此窗口中，采编台每隔几秒会重试保存。</translation>
    </message>
    <message>
        <source>This article was also changed by another program while you edited it. Your version is saved; the other one is kept in the History as “%1”.</source>
        <translation>您编辑期间，此稿件也被另一个程序修改。您的版本已保存；另一版本保存在历史版本中，标为“%1”。</translation>
    </message>
    <message>
        <source>Show History</source>
        <translation>查看历史版本</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Copydesk</source>
        <translation>关于采编台(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Proofing</source>
        <translation>校对(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Check Article</source>
        <translation>校对本文(&amp;C)</translation>
    </message>
    <message>
        <source>Convert &amp;Chinese (Selection or Article)</source>
        <translation>繁简转换（选中文字或全文）(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Word Lists and Dictionary…</source>
        <translation>词表与词典(&amp;W)…</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <source>Photo &amp;Desk…</source>
        <translation>图片台(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Copy Anyway</source>
        <translation>仍然复制(&amp;C)</translation>
    </message>
    <message>
        <source>Connect to &amp;Newsroom Server…</source>
        <translation>连接编辑部服务器(&amp;N)…</translation>
    </message>
    <message>
        <source>This article is open read-only: nothing was added to it.</source>
        <translation>这篇稿件以只读方式打开，未添加任何内容。</translation>
    </message>
    <message>
        <source>No thumbnail could be made for: %1</source>
        <translation>以下照片无法生成缩略图：%1</translation>
    </message>
    <message>
        <source>“%1” was moved to the trash by another program. What you typed in it is kept there.</source>
        <translation>“%1”已被其他程序移到回收站。您在其中输入的内容随稿件保存在那里。</translation>
    </message>
    <message>
        <source>Take It Out of the Trash</source>
        <translation>从回收站中还原</translation>
    </message>
</context>
<context>
    <name>copydesk::MetadataPanel</name>
    <message>
        <source>&amp;Byline</source>
        <translation>作者(&amp;B)</translation>
    </message>
    <message>
        <source>Reporter and photographer names</source>
        <translation>记者、摄影者姓名</translation>
    </message>
    <message>
        <source>S&amp;ource</source>
        <translation>来源(&amp;O)</translation>
    </message>
    <message>
        <source>Where the copy comes from</source>
        <translation>稿件出处</translation>
    </message>
    <message>
        <source>Se&amp;ction</source>
        <translation>栏目(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>标签(&amp;T)</translation>
    </message>
    <message>
        <source>Separated by commas</source>
        <translation>用逗号或顿号分隔</translation>
    </message>
    <message>
        <source>St&amp;atus</source>
        <translation>状态(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Editor in charge</source>
        <translation>责任编辑(&amp;E)</translation>
    </message>
    <message>
        <source>The editor who signs off</source>
        <translation>负责签发的编辑</translation>
    </message>
    <message>
        <source>Canonical &amp;URL</source>
        <translation>原文链接(&amp;U)</translation>
    </message>
    <message>
        <source>The site section</source>
        <translation>网站栏目</translation>
    </message>
    <message>
        <source>Not before</source>
        <translation>禁发至</translation>
    </message>
    <message>
        <source>Embargo</source>
        <translation>禁发时间</translation>
    </message>
    <message>
        <source>&amp;Dateline</source>
        <translation>电头(&amp;D)</translation>
    </message>
    <message>
        <source>e.g. the paper&apos;s or agency&apos;s dateline</source>
        <translation>例如报社或通讯社的电头</translation>
    </message>
    <message>
        <source>Sl&amp;ug</source>
        <translation>网址别名(&amp;U)</translation>
    </message>
    <message>
        <source>lower-case-words-for-the-url</source>
        <translation>lower-case-words-for-the-url</translation>
    </message>
    <message>
        <source>E&amp;mbargo</source>
        <translation>禁发时间(&amp;M)</translation>
    </message>
    <message>
        <source>Edit Details</source>
        <translation>编辑稿件信息</translation>
    </message>
</context>
<context>
    <name>copydesk::NewsroomDesk</name>
    <message>
        <source>Waiting for &amp;Review</source>
        <translation>待审稿件(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Approve for Publication</source>
        <translation>签发(&amp;A)</translation>
    </message>
    <message>
        <source>Only the chief editor sets this status.</source>
        <translation>只有总编辑可以设置这个状态。</translation>
    </message>
</context>
<context>
    <name>copydesk::NewsroomLink</name>
    <message>
        <source>keep the password out of the address: type it in the password field</source>
        <translation>地址中不要包含密码：请填在密码栏</translation>
    </message>
    <message>
        <source>The password is not kept: %1. Put it in ~/.pgpass or PGPASSWORD to connect without typing it.</source>
        <translation>密码未保存：%1。可写入 ~/.pgpass 或 PGPASSWORD，以后连接无须再输入。</translation>
    </message>
    <message>
        <source>The newsroom server could not be cleared: %1</source>
        <translation>无法清除编辑部服务器设置：%1</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>同步中</translation>
    </message>
    <message numerus="yes">
        <source>%n to push</source>
        <translation>
            <numerusform>%n 篇待推送</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in conflict</source>
        <translation>
            <numerusform>%n 篇有冲突</numerusform>
        </translation>
    </message>
    <message>
        <source>The password comes from ~/.pgpass or PGPASSWORD: %1.</source>
        <translation>密码从 ~/.pgpass 或 PGPASSWORD 读取：%1。</translation>
    </message>
</context>
<context>
    <name>copydesk::NoticeBar</name>
    <message>
        <source>Close this message</source>
        <translation>关闭此消息</translation>
    </message>
</context>
<context>
    <name>copydesk::PdfRenderer</name>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>cannot write a temporary file: %1</source>
        <translation>无法写入临时文件：%1</translation>
    </message>
    <message>
        <source>the page did not load.</source>
        <translation>页面未能加载。</translation>
    </message>
    <message>
        <source>printing the page failed.</source>
        <translation>页面打印失败。</translation>
    </message>
    <message>
        <source>printing took too long.</source>
        <translation>打印超时。</translation>
    </message>
    <message>
        <source>the page took too long to load.</source>
        <translation>页面加载超时。</translation>
    </message>
</context>
<context>
    <name>copydesk::PhotoDesk</name>
    <message>
        <source>Photo Desk</source>
        <translation>图片台</translation>
    </message>
    <message>
        <source>Photos of the article</source>
        <translation>本文图片</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>图片说明</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>署名</translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation>替代文字</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>待办</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <source>Photo %1</source>
        <translation>图片 %1</translation>
    </message>
    <message>
        <source>Photo to come</source>
        <translation>待补图片</translation>
    </message>
    <message>
        <source>No caption</source>
        <translation>缺图说</translation>
    </message>
    <message>
        <source>Check metadata</source>
        <translation>待核对元数据</translation>
    </message>
    <message>
        <source>Type captions, credits and alt text straight into the table; Tab goes to the next field. Drag a photo, or use Alt+Up and Alt+Down, to move it.</source>
        <translation>直接在表格中输入图说、署名和替代文字；Tab 键转到下一栏。拖动图片，或按 Alt+↑ 和 Alt+↓，可移动图片。</translation>
    </message>
</context>
<context>
    <name>copydesk::PhotoImportJob</name>
    <message>
        <source>Pasted picture</source>
        <translation>粘贴的图片</translation>
    </message>
    <message>
        <source>the pasted picture could not be encoded: %1</source>
        <translation>无法编码粘贴的图片：%1</translation>
    </message>
</context>
<context>
    <name>copydesk::PhotoInserter</name>
    <message>
        <source>Photos (%1)</source>
        <translation>图片 (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Insert Photos</source>
        <translation>插入图片</translation>
    </message>
    <message>
        <source>Replace Photo</source>
        <translation>替换图片</translation>
    </message>
    <message>
        <source>Insert Photos from Folder</source>
        <translation>从文件夹插入图片</translation>
    </message>
    <message>
        <source>Could not add the photos.</source>
        <translation>无法添加图片。</translation>
    </message>
    <message>
        <source>Adding photos…</source>
        <translation>正在添加图片…</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) could not be added.</source>
        <translation>
            <numerusform>有 %n 张图片无法添加。</numerusform>
        </translation>
    </message>
    <message>
        <source>Adding photos cancelled.</source>
        <translation>已取消添加图片。</translation>
    </message>
    <message>
        <source>The new photo carries its own caption, credit or alt text. Replace the text you typed with it?</source>
        <translation>新图片自带图说、署名或替代文字。要用它替换您输入的文字吗？</translation>
    </message>
</context>
<context>
    <name>copydesk::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>&amp;Colours</source>
        <translation>配色(&amp;C)</translation>
    </message>
    <message>
        <source>System size</source>
        <translation>系统字号</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> 磅</translation>
    </message>
    <message>
        <source>&amp;Font size</source>
        <translation>字号(&amp;F)</translation>
    </message>
    <message>
        <source>Copydesk shows the new language when it starts again.</source>
        <translation>采编台下次启动时改用新的语言。</translation>
    </message>
    <message>
        <source>Show a &amp;preview before importing a file</source>
        <translation>导入文件前先预览(&amp;P)</translation>
    </message>
</context>
<context>
    <name>copydesk::PreviewView</name>
    <message>
        <source>Page preview</source>
        <translation>页面预览</translation>
    </message>
</context>
<context>
    <name>copydesk::ProofDock</name>
    <message>
        <source>Proofing</source>
        <translation>校对</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>采纳(&amp;A)</translation>
    </message>
    <message>
        <source>Apply A&amp;ll</source>
        <translation>全部采纳(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Ignore</source>
        <translation>忽略(&amp;I)</translation>
    </message>
    <message>
        <source>Put the suggestion in the text (Enter)</source>
        <translation>将建议写入正文（回车）</translation>
    </message>
    <message>
        <source>Put in every suggestion of this rule, as one undo step</source>
        <translation>写入本规则的全部建议（一步即可撤销）</translation>
    </message>
    <message>
        <source>(space)</source>
        <translation>（空格）</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>副标题</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>图片说明</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>署名</translation>
    </message>
    <message>
        <source>Show I&amp;gnored</source>
        <translation>显示已忽略(&amp;G)</translation>
    </message>
    <message>
        <source>Print style: 使用iPhone手机</source>
        <translation>印刷体例：使用iPhone手机</translation>
    </message>
    <message>
        <source>Web style: 使用 iPhone 手机</source>
        <translation>网络体例：使用 iPhone 手机</translation>
    </message>
    <message>
        <source>House style</source>
        <translation>体例</translation>
    </message>
    <message>
        <source>The desk&apos;s house style: no space between Chinese and Latin letters or digits in print, one space on the web</source>
        <translation>本编辑部的体例：印刷稿中文与英文字母、数字之间不加空格，网络稿加一个空格</translation>
    </message>
    <message>
        <source>Proofing findings</source>
        <translation>校对结果</translation>
    </message>
    <message>
        <source>Stop flagging this text for this rule in this article</source>
        <translation>本文不再按此规则标出这段文字</translation>
    </message>
    <message>
        <source>Flag again what was ignored in this article</source>
        <translation>重新标出本文中已忽略的问题</translation>
    </message>
    <message>
        <source>The house style could not be kept for next time: %1</source>
        <translation>体例未能保存，下次仍用原设置：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Apply All: %1</source>
        <translation>全部应用：%1</translation>
    </message>
    <message>
        <source>Ignored for now, but not remembered for this article: %1</source>
        <translation>已暂时忽略，但未能为本文记住：%1</translation>
    </message>
    <message>
        <source>Show I&amp;gnored (%1)</source>
        <translation>显示已忽略（%1）(&amp;G)</translation>
    </message>
    <message>
        <source>Add to &amp;Dictionary</source>
        <translation>加入词典(&amp;D)</translation>
    </message>
    <message>
        <source>Accept this English word everywhere from now on</source>
        <translation>从此在所有文章中接受这个英文单词</translation>
    </message>
    <message>
        <source>“%1” was not added to your dictionary: %2</source>
        <translation>“%1”未能加入词典：%2</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>校对结果</translation>
    </message>
</context>
<context>
    <name>copydesk::SiteSettingsDialog</name>
    <message>
        <source>Site Settings</source>
        <translation>网站设置</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 is replaced by the site name and %2 by the article’s canonical URL. The notice appears under articles that have a canonical URL.</source>
        <translation>%1 会替换为网站名称，%2 会替换为稿件的原文链接。有原文链接的稿件末尾会显示这段转载声明。</translation>
    </message>
    <message>
        <source>Site &amp;name:</source>
        <translation>网站名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Slogan:</source>
        <translation>口号(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Repost notice:</source>
        <translation>转载声明(&amp;R)：</translation>
    </message>
    <message>
        <source>Default s&amp;ection:</source>
        <translation>默认栏目(&amp;E)：</translation>
    </message>
    <message>
        <source>New articles start in this section.</source>
        <translation>新建稿件默认归入此栏目。</translation>
    </message>
    <message>
        <source>Enter the site name: previews, exports and the repost notice show it.</source>
        <translation>请输入网站名称：预览、导出和转载声明中都会显示。</translation>
    </message>
    <message>
        <source>The repost notice has an unknown placeholder %1: only %2 and %3 are filled in.</source>
        <translation>转载声明中有未知的占位符 %1：只有 %2 和 %3 会被填入。</translation>
    </message>
    <message>
        <source>The repost notice has an unmatched brace: write the placeholders as %1 and %2.</source>
        <translation>转载声明中有不成对的花括号：占位符请写作 %1 和 %2。</translation>
    </message>
    <message>
        <source>No repost notice is shown.</source>
        <translation>不显示转载声明。</translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation>预览：%1</translation>
    </message>
    <message>
        <source>&amp;Canonical URL base:</source>
        <translation>规范网址前缀(&amp;C)：</translation>
    </message>
    <message>
        <source>An article without its own canonical URL is published at this base followed by its slug.</source>
        <translation>没有自己规范网址的稿件，发布在此前缀加上其网址别名处。</translation>
    </message>
    <message>
        <source>Welcome: Your Site</source>
        <translation>欢迎：您的网站</translation>
    </message>
    <message>
        <source>Which site do you publish on? Exports and previews name it in the masthead, the footer and the repost notice. Until it is set, they name no site. You can change this later in Settings ▸ Site.</source>
        <translation>您在哪个网站发稿？导出和预览会在报头、页脚和转载声明中写上它的名称。设置之前不写任何网站名称。以后可在“设置 ▸ 网站”中修改。</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>跳过(&amp;K)</translation>
    </message>
    <message>
        <source>The canonical URL base must be a web address starting with https:// or http://.</source>
        <translation>规范网址前缀须是以 https:// 或 http:// 开头的网址。</translation>
    </message>
</context>
<context>
    <name>copydesk::StatusLine</name>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n 张图片</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without caption</source>
        <translation>
            <numerusform>%n 张缺少说明</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>所有更改均已保存</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n 字</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message numerus="yes">
        <source>%n placeholder(s)</source>
        <translation>
            <numerusform>%n 处待补图片</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>copydesk::SyncWorker</name>
    <message>
        <source>the newsroom server closed the connection</source>
        <translation>编辑部服务器断开了连接</translation>
    </message>
    <message>
        <source>The sync stopped: %1</source>
        <translation>同步中断：%1</translation>
    </message>
    <message>
        <source>The newsroom server refused a change: %1</source>
        <translation>编辑部服务器拒绝了一处修改：%1</translation>
    </message>
    <message>
        <source>the server refused the take-over: your role may not take over a lease before it expires</source>
        <translation>服务器拒绝接管：你的角色不能在编辑权到期前接管</translation>
    </message>
</context>
<context>
    <name>copydesk::ThumbnailJob</name>
    <message>
        <source>%1: %2</source>
        <comment>file name: why it has no thumbnail</comment>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>copydesk::TrashDialog</name>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Delete Forever…</source>
        <translation>永久删除(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Empty Trash…</source>
        <translation>清空回收站(&amp;E)…</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>回收站</translation>
    </message>
    <message>
        <source>Deleted articles</source>
        <translation>已删除的稿件</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>删除时间</translation>
    </message>
    <message>
        <source>Deleted for good on</source>
        <translation>永久删除日期</translation>
    </message>
    <message numerus="yes">
        <source>Articles stay in the trash for %n day(s) after they were deleted; then they are deleted for good.</source>
        <translation>
            <numerusform>稿件删除后会在回收站中保留 %n 天，之后将被永久删除。</numerusform>
        </translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n article(s) forever?</source>
        <translation>
            <numerusform>要永久删除 %n 篇稿件吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete “%1” forever?</source>
        <translation>要永久删除“%1”吗？</translation>
    </message>
    <message>
        <source>Delete Forever</source>
        <translation>永久删除</translation>
    </message>
    <message>
        <source>This cannot be undone: deleted articles are removed from the store with all their earlier versions.</source>
        <translation>此操作无法撤销：稿件及其所有早期版本都将从稿库中删除。</translation>
    </message>
</context>
<context>
    <name>copydesk::WelcomePage</name>
    <message>
        <source>&lt;h2&gt;Welcome to Copydesk&lt;/h2&gt;&lt;p&gt;Write a new article, or open a real one to see how Copydesk shapes copy into a page.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;欢迎使用采编台&lt;/h2&gt;&lt;p&gt;新建一篇稿件，或打开一篇真实稿件，看看采编台如何把稿件排成页面。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;New Article</source>
        <translation>新建稿件(&amp;N)</translation>
    </message>
    <message>
        <source>Open the &amp;Sample Article</source>
        <translation>打开示例稿件(&amp;S)</translation>
    </message>
</context>
<context>
    <name>copydesk::WordListsDialog</name>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Word Lists and Dictionary</source>
        <translation>词表与词典</translation>
    </message>
    <message>
        <source>Word lists</source>
        <translation>词表</translation>
    </message>
    <message>
        <source>List (tick to use it)</source>
        <translation>词表（勾选即启用）</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>词条</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入时间</translation>
    </message>
    <message>
        <source>慎用词 (use with care)</source>
        <translation>慎用词</translation>
    </message>
    <message>
        <source>禁用词 (forbidden)</source>
        <translation>禁用词</translation>
    </message>
    <message>
        <source>规范表述 (standard wording)</source>
        <translation>规范表述</translation>
    </message>
    <message>
        <source>Your dictionary</source>
        <translation>我的词典</translation>
    </message>
    <message>
        <source>English words the spelling check should accept, one a line</source>
        <translation>拼写检查应接受的英文单词，每行一个</translation>
    </message>
    <message>
        <source>The outlet&apos;s 禁用词, 慎用词 and 规范表述 from a CSV file (term, preferred, note, kind) or a text file (one term a line). Importing a list again makes a new version.</source>
        <translation>本单位的禁用词、慎用词和规范表述，可从 CSV 文件（词条、推荐用法、说明、类别）或文本文件（每行一个词条）导入。再次导入同名词表即生成新版本。</translation>
    </message>
    <message>
        <source>Terms without a &amp;kind are:</source>
        <translation>未注明类别的词条视为(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Word Lists</source>
        <translation>词表(&amp;W)</translation>
    </message>
    <message>
        <source>Your &amp;Dictionary</source>
        <translation>我的词典(&amp;D)</translation>
    </message>
    <message>
        <source>The word lists could not be read: %1</source>
        <translation>无法读取词表：%1</translation>
    </message>
    <message>
        <source>Import Word List</source>
        <translation>导入词表</translation>
    </message>
    <message>
        <source>Word lists (*.csv *.txt);;All files (*)</source>
        <translation>词表 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 未能导入：%2</translation>
    </message>
    <message>
        <source>Remove Word List</source>
        <translation>删除词表</translation>
    </message>
    <message>
        <source>Remove the word list “%1” with all its versions?</source>
        <translation>删除词表“%1”及其所有版本？</translation>
    </message>
    <message>
        <source>The word list “%1” was not removed: %2</source>
        <translation>词表“%1”未能删除：%2</translation>
    </message>
    <message>
        <source>The word list “%1” was not switched on: %2</source>
        <translation>词表“%1”未能启用：%2</translation>
    </message>
    <message>
        <source>The word list “%1” was not switched off: %2</source>
        <translation>词表“%1”未能停用：%2</translation>
    </message>
    <message>
        <source>Your dictionary was not saved: %1</source>
        <translation>我的词典未能保存：%1</translation>
    </message>
</context>
</TS>
