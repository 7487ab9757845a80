<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Application</name>
    <message>
        <source>Copydesk</source>
        <translation>采编台</translation>
    </message>
    <message>
        <source>Copydesk, the newsroom editor</source>
        <translation>采编台：新闻稿件编辑器</translation>
    </message>
    <message>
        <source>Open the store at PATH (default: $COPYDESK_STORE or %1).</source>
        <translation>打开位于 PATH 的稿库（默认：$COPYDESK_STORE 或 %1）。</translation>
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
        <source>“.%1” files cannot be imported yet (supported: .txt, .json)</source>
        <translation>暂不支持导入“.%1”文件（支持 .txt 和 .json）</translation>
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
        <source>unknown field “%1” (use title, subtitle, byline, source, section, tags, status, editor or canonical-url)</source>
        <translation>未知字段“%1”（可用：title、subtitle、byline、source、section、tags、status、editor 或 canonical-url）</translation>
    </message>
    <message>
        <source>unknown status “%1” (use draft, review, approved, published, archived or 草稿, 待审, 已签发, 已发布, 已归档)</source>
        <translation>未知状态“%1”（可用：draft、review、approved、published、archived，或 草稿、待审、已签发、已发布、已归档）</translation>
    </message>
    <message>
        <source>status changed to %1</source>
        <translation>状态改为%1</translation>
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
        <source>recording the status change of article %1</source>
        <translation>记录稿件 %1 的状态变更</translation>
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
        <source>unknown export format “%1” (available: html)</source>
        <translation>未知的导出格式“%1”（可用：html）</translation>
    </message>
    <message>
        <source>export needs --out DIR</source>
        <translation>export 命令需要 --out DIR 参数</translation>
    </message>
    <message>
        <source>exporting article %1</source>
        <translation>导出稿件 %1</translation>
    </message>
    <message>
        <source>exported to HTML</source>
        <translation>已导出为 HTML</translation>
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
        <translation>用法：copydesk-cli [--store PATH] COMMAND [ARGS]

命令：
  new [--title TITLE]            新建一篇稿件，输出其编号
  import FILE...                 导入 .txt 或 .json 文件，每个文件输出一个编号
  list [--json]                  列出稿库中的稿件
  show ID [--json]               显示一篇稿件
  set ID FIELD VALUE             设置 title（标题）、subtitle（副标题）、byline（作者）、
                                 source（来源）、section（栏目）、tags（标签）、
                                 status（状态）、editor（责任编辑）或 canonical-url（原文链接）
  attach ID IMAGE [--caption T] [--credit T] [--alt T]
                                 为稿件追加一张图片（图片说明、署名、替代文字）
  export ID --format html --out DIR [--force]
                                 将稿件导出到 DIR 中新建的文件夹
  check                          检查稿库的完整性

选项：
  --store PATH                   要使用的稿库（默认：$COPYDESK_STORE 或 %1）
  --help                         显示本帮助
  --version                      显示版本号

退出状态：成功为 0，失败为 1，用法错误为 2。
</translation>
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
    <name>SiteSettings</name>
    <message>
        <source>采编台</source>
        <translation>采编台</translation>
    </message>
    <message>
        <source>本文来自{site},转载请注明出处:{url}</source>
        <translation>本文来自{site}，转载请注明出处：{url}</translation>
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
    <name>copydesk</name>
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
        <source>Add a caption</source>
        <translation>添加图片说明</translation>
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
</context>
<context>
    <name>copydesk::HtmlExporter</name>
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
</context>
<context>
    <name>copydesk::MainWindow</name>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.webp *.gif *.tif *.tiff *.bmp *.heic);;All files (*)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.webp *.gif *.tif *.tiff *.bmp *.heic);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Copydesk</source>
        <translation>采编台</translation>
    </message>
    <message>
        <source>Filter articles</source>
        <translation>筛选稿件</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>稿件</translation>
    </message>
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
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
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
        <source>All changes saved</source>
        <translation>所有更改均已保存</translation>
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
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n 字</numerusform>
        </translation>
    </message>
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
        <source>Saved by the editor</source>
        <translation>在编辑器中手动保存</translation>
    </message>
    <message>
        <source>Could not save a revision.</source>
        <translation>无法保存版本。</translation>
    </message>
    <message>
        <source>Revision saved at %1.</source>
        <translation>已于 %1 保存版本。</translation>
    </message>
    <message>
        <source>Import Articles</source>
        <translation>导入稿件</translation>
    </message>
    <message>
        <source>Articles (*.txt *.json);;All files (*)</source>
        <translation>稿件 (*.txt *.json);;所有文件 (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported.</source>
        <translation>
            <numerusform>有 %n 个文件无法导入。</numerusform>
        </translation>
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
        <source>Adding photos…</source>
        <translation>正在添加图片…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
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
        <source>The new language takes effect when Copydesk starts again.</source>
        <translation>新语言将在采编台重新启动后生效。</translation>
    </message>
    <message>
        <source>Your latest edits are not saved. Quit anyway and lose them?</source>
        <translation>最近的修改尚未保存。仍要退出并丢弃这些修改吗？</translation>
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
    <name>copydesk::PreviewView</name>
    <message>
        <source>Page preview</source>
        <translation>页面预览</translation>
    </message>
</context>
<context>
    <name>copydesk::Theme</name>
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
</context>
</TS>
