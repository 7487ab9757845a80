#include "cli.h"
#include "model/timestamp.h"

#include "environment/appenvironment.h"
#include "model/articlediff.h"
#include "store/backup.h"
#include "export/articleexporter.h"
#include "model/articlejson.h"
#include "media/decodedimage.h"
#include "export/exportformat.h"
#include "media/imagedecoder.h"
#include "text/safefilename.h"
#include "model/linkpolicy.h"
#include "store/store.h"
#include "store/storelock.h"
#include "text/textdiff.h"
#include "import/articleimporter.h"
#include "media/photobatch.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>
#include <functional>
#include <memory>

namespace copydesk {

namespace {

// A parsed command line: the command, its positional words and its --options.
struct CommandLine
{
    QString command;
    QStringList positional;
    QHash<QString, QString> options;
    QStringList flags;
};

// Options that take a value, and flags that do not, per command ("*" = every command).
const QHash<QString, QStringList> &valueOptions()
{
    static const QHash<QString, QStringList> options{
        {QStringLiteral("*"), {QStringLiteral("store")}},
        {QStringLiteral("new"), {QStringLiteral("title")}},
        {QStringLiteral("attach"), {QStringLiteral("caption"), QStringLiteral("credit"), QStringLiteral("alt")}},
        {QStringLiteral("export"), {QStringLiteral("format"), QStringLiteral("out")}},
        {QStringLiteral("search"), {QStringLiteral("limit")}},
        {QStringLiteral("backup"), {QStringLiteral("out")}},
        {QStringLiteral("recover"), {QStringLiteral("from")}},
    };
    return options;
}

const QHash<QString, QStringList> &flagOptions()
{
    static const QHash<QString, QStringList> flags{
        {QStringLiteral("*"), {QStringLiteral("help"), QStringLiteral("version")}},
        {QStringLiteral("list"), {QStringLiteral("json")}},
        {QStringLiteral("show"), {QStringLiteral("json")}},
        {QStringLiteral("export"), {QStringLiteral("force")}},
        {QStringLiteral("search"), {QStringLiteral("json")}},
        {QStringLiteral("revisions"), {QStringLiteral("json")}},
        {QStringLiteral("trash"), {QStringLiteral("json")}},
        {QStringLiteral("recover"), {QStringLiteral("force")}},
    };
    return flags;
}

const QStringList &commands()
{
    static const QStringList names{QStringLiteral("new"),    QStringLiteral("import"), QStringLiteral("list"),
                                   QStringLiteral("show"),   QStringLiteral("set"),    QStringLiteral("attach"),
                                   QStringLiteral("export"), QStringLiteral("check"),
                                   // the newsroom workflow
                                   QStringLiteral("search"), QStringLiteral("revisions"), QStringLiteral("restore"),
                                   QStringLiteral("diff"), QStringLiteral("delete"), QStringLiteral("trash"),
                                   QStringLiteral("untrash"), QStringLiteral("backup"), QStringLiteral("recover"),
                                   QStringLiteral("settings")};
    return names;
}

// Runs one command against an open store; reports through out/err.
class Session
{
public:
    Session(const CommandLine &line, QTextStream &out, QTextStream &err) : m_line(line), m_out(out), m_err(err) {}

    int run()
    {
        const QString storePath = m_line.options.value(QStringLiteral("store"),
                                                       Store::defaultPath());
        if (m_line.command == QLatin1String("check") && !QFileInfo::exists(storePath))
            return fail(Cli::tr("checking %1").arg(QDir::toNativeSeparators(storePath)),
                        Cli::tr("the store does not exist"));
        if (m_line.command == QLatin1String("recover"))
            return recover(storePath);
        QString error;
        bool opened = false;
        if (!readsOnly()) {
            opened = m_store.open(storePath, &error);
        } else if (QFileInfo::exists(storePath) || m_line.command == QLatin1String("backup")) {
            opened = m_store.openReadOnly(storePath, &error);
        } else {
            // A store not made yet reads as an empty one, and is not made by reading it.
            m_emptyStore = std::make_unique<QTemporaryDir>();
            opened = m_emptyStore->isValid()
                && m_store.open(m_emptyStore->filePath(QStringLiteral("empty.sqlite3")), &error);
        }
        if (!opened) {
            if (m_store.lastOpenProblem() == Store::OpenProblem::Damaged
                && !Backup::backupsOf(storePath).isEmpty())
                error += QLatin1Char(' ') + Cli::tr("“copydesk-cli recover” puts the newest good backup in its place.");
            return fail(Cli::tr("opening the store %1").arg(QDir::toNativeSeparators(storePath)), error);
        }

        const QString &c = m_line.command;
        if (c == QLatin1String("new"))
            return newArticle();
        if (c == QLatin1String("import"))
            return importFiles();
        if (c == QLatin1String("list"))
            return list();
        if (c == QLatin1String("show"))
            return show();
        if (c == QLatin1String("set"))
            return set();
        if (c == QLatin1String("attach"))
            return attach();
        if (c == QLatin1String("export"))
            return exportArticle();
        if (c == QLatin1String("check"))
            return check();
        return runWorkflowCommand();
    }

private:
    // Commands that change nothing open the store read-only: they never create, migrate or
    // checkpoint it, so they can run beside a Copydesk window at any time.
    bool readsOnly() const
    {
        static const QStringList readers{QStringLiteral("list"), QStringLiteral("show"),
                                         QStringLiteral("check"), QStringLiteral("search"),
                                         QStringLiteral("revisions"), QStringLiteral("diff"),
                                         QStringLiteral("trash"), QStringLiteral("backup")};
        return readers.contains(m_line.command)
            || (m_line.command == QLatin1String("settings") && m_line.positional.size() < 2);
    }

    // Exactly one line, whatever the reason holds.
    int fail(const QString &what, const QString &why)
    {
        QString line = why;
        line.replace(QLatin1Char('\n'), QStringLiteral("; "));
        m_err << "copydesk-cli: " << what << ": " << line.simplified() << Qt::endl;
        return Cli::Failure;
    }

    int usage(const QString &why)
    {
        m_err << "copydesk-cli: " << why << Qt::endl
              << Cli::tr("Try “copydesk-cli --help”.") << Qt::endl;
        return Cli::UsageError;
    }

    bool needPositional(int min, int max, const QString &synopsis, int *code)
    {
        const int count = int(m_line.positional.size());
        if (count < min || count > max) {
            *code = usage(Cli::tr("usage: copydesk-cli %1 %2").arg(m_line.command, synopsis));
            return false;
        }
        return true;
    }

    bool loadById(const QString &idText, Article *article, int *code)
    {
        bool ok = false;
        const qint64 id = idText.toLongLong(&ok);
        if (!ok || id <= 0) {
            *code = usage(Cli::tr("“%1” is not an article id (a positive number, as “list” shows)").arg(idText));
            return false;
        }
        QString error;
        if (!m_store.loadArticle(id, article, &error)) {
            *code = fail(Cli::tr("article %1").arg(id), error);
            return false;
        }
        return true;
    }

    int newArticle()
    {
        int code = 0;
        if (!needPositional(0, 0, QStringLiteral("[--title TITLE]"), &code))
            return code;
        Article article = Article::create(m_line.options.value(QStringLiteral("title")));
        article.section = m_store.siteSettings().defaultSection;
        QString error;
        if (!m_store.insertArticle(&article, &error))
            return fail(Cli::tr("creating an article"), error);
        m_out << article.id << Qt::endl;
        return Cli::Success;
    }

    int importFiles()
    {
        int code = 0;
        if (!needPositional(1, INT_MAX, QStringLiteral("FILE..."), &code))
            return code;
        // Import every file first, so a bad file in the batch adds nothing half-done.
        QList<ImportedArticle> imported;
        for (const QString &path : m_line.positional) {
            ImportedArticle one;
            QString error;
            if (!ArticleImporter::readFile(path, &one, &error))
                return fail(Cli::tr("importing %1").arg(QDir::toNativeSeparators(path)), error);
            imported.append(one);
        }
        for (qsizetype i = 0; i < imported.size(); ++i) {
            const QString name = QDir::toNativeSeparators(m_line.positional.at(i));
            Article &article = imported[i].article;
            QString error;
            if (!m_store.putMedia(imported.at(i).media, &error)
                || !m_store.insertArticle(&article, &error,
                                          Store::importedReason(m_line.positional.at(i))))
                return fail(Cli::tr("importing %1").arg(name), error);
            for (const QString &warning : std::as_const(imported.at(i).warnings))
                m_err << "copydesk-cli: " << Cli::tr("warning: %1: %2").arg(name, warning) << Qt::endl;
            m_out << article.id << Qt::endl;
        }
        return Cli::Success;
    }

    int list()
    {
        int code = 0;
        if (!needPositional(0, 0, QStringLiteral("[--json]"), &code))
            return code;
        QString error;
        const QList<ArticleSummary> articles = m_store.listArticles(&error);
        if (!error.isEmpty())
            return fail(Cli::tr("listing articles"), error);
        if (m_line.flags.contains(QStringLiteral("json"))) {
            QJsonArray array;
            for (const ArticleSummary &summary : articles) {
                array.append(QJsonObject{
                        {QStringLiteral("id"), summary.id},
                        {QStringLiteral("title"), summary.title},
                        {QStringLiteral("status"), Article::statusName(summary.status)},
                        {QStringLiteral("updated"), Timestamp::format(summary.updated)},
                        {QStringLiteral("words"), summary.words},
                });
            }
            m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
            return Cli::Success;
        }
        for (const ArticleSummary &summary : articles) {
            m_out << summary.id << '\t' << Article::statusDisplayName(summary.status) << '\t'
                  << summary.updated.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) << '\t'
                  << Cli::tr("%n word(s)", nullptr, summary.words) << '\t'
                  << (summary.title.isEmpty() ? Cli::tr("(untitled)") : summary.title) << Qt::endl;
        }
        return Cli::Success;
    }

    int show()
    {
        int code = 0;
        if (!needPositional(1, 1, QStringLiteral("ID [--json]"), &code))
            return code;
        Article article;
        if (!loadById(m_line.positional.at(0), &article, &code))
            return code;
        if (m_line.flags.contains(QStringLiteral("json"))) {
            m_out << QString::fromUtf8(ArticleJson::toJson(article));
            return Cli::Success;
        }
        m_out << article.title << Qt::endl;
        if (!article.subtitle.isEmpty())
            m_out << article.subtitle << Qt::endl;
        const QList<QPair<QString, QString>> fields{
                {Cli::tr("Byline"), article.byline},
                {Cli::tr("Source"), article.source},
                {Cli::tr("Section"), article.section},
                {Cli::tr("Tags"), article.tags.join(QStringLiteral(", "))},
                {Cli::tr("Status"), Article::statusDisplayName(article.status)},
                {Cli::tr("Editor"), article.editor},
                {Cli::tr("Canonical URL"), article.canonicalUrl},
                {Cli::tr("Words"), QString::number(article.wordCount())},
        };
        for (const auto &field : fields) {
            if (!field.second.isEmpty())
                m_out << field.first << ": " << field.second << Qt::endl;
        }
        for (const Block &block : std::as_const(article.blocks)) {
            m_out << Qt::endl;
            switch (block.type) {
            case Block::Type::Heading:
                m_out << QString(block.level, QLatin1Char('#')) << ' ' << block.text.text << Qt::endl;
                break;
            case Block::Type::Quote:
                m_out << "> " << block.text.text << Qt::endl;
                break;
            case Block::Type::List:
                for (qsizetype i = 0; i < block.items.size(); ++i)
                    m_out << (block.ordered ? QString::number(i + 1) + QLatin1Char('.') : QStringLiteral("-"))
                          << ' ' << block.items.at(i).text << Qt::endl;
                break;
            case Block::Type::Image:
                m_out << (block.isPlaceholder() ? Cli::tr("[photo to come]")
                                                : Cli::tr("[photo %1×%2]").arg(block.width).arg(block.height));
                if (!block.caption.isEmpty())
                    m_out << ' ' << block.caption;
                if (!block.credit.isEmpty())
                    m_out << " (" << block.credit << ')';
                m_out << Qt::endl;
                break;
            case Block::Type::Paragraph:
                m_out << block.text.text << Qt::endl;
                break;
            }
        }
        return Cli::Success;
    }

    int set()
    {
        int code = 0;
        if (!needPositional(3, 3, QStringLiteral("ID FIELD VALUE"), &code))
            return code;
        static const QStringList fields{QStringLiteral("title"),  QStringLiteral("subtitle"), QStringLiteral("byline"),
                                        QStringLiteral("source"), QStringLiteral("section"),  QStringLiteral("tags"),
                                        QStringLiteral("status"), QStringLiteral("editor"),   QStringLiteral("canonical-url"),
                                        QStringLiteral("dateline"), QStringLiteral("slug"),   QStringLiteral("embargo")};
        if (!fields.contains(m_line.positional.at(1)))
            return usage(Cli::tr("unknown field “%1” (use title, subtitle, byline, source, section, tags, "
                                 "status, editor, canonical-url, dateline, slug or embargo)").arg(m_line.positional.at(1)));
        bool ok = false;
        const qint64 id = m_line.positional.at(0).toLongLong(&ok);
        if (!ok || id <= 0)
            return usage(Cli::tr("“%1” is not an article id (a positive number, as “list” shows)")
                             .arg(m_line.positional.at(0)));
        const QString field = m_line.positional.at(1);
        const QString value = m_line.positional.at(2);
        // The value is checked once on a scratch article (a usage error), then applied to the
        // stored article in one write transaction, so nothing written meanwhile is overwritten.
        Article scratch;
        QString problem;
        if (!setField(&scratch, field, value, &problem))
            return usage(problem);
        QString error;
        if (!m_store.updateArticle(id, [&](Article *article, QString *) {
                return setField(article, field, value, nullptr);
            }, &error))
            return fail(Cli::tr("saving article %1").arg(id), error);
        return Cli::Success;
    }

    // Sets one field from its command-line text; false with a usage problem for a bad value.
    static bool setField(Article *article, const QString &field, const QString &value, QString *problem)
    {
        const auto bad = [problem](const QString &why) {
            if (problem)
                *problem = why;
            return false;
        };
        if (field == QLatin1String("title"))
            article->title = value;
        else if (field == QLatin1String("subtitle"))
            article->subtitle = value;
        else if (field == QLatin1String("byline"))
            article->byline = value;
        else if (field == QLatin1String("source"))
            article->source = value;
        else if (field == QLatin1String("section"))
            article->section = value;
        else if (field == QLatin1String("tags")) {
            article->tags = Article::splitTags(value);
        } else if (field == QLatin1String("status")) {
            if (!Article::statusFromName(value, &article->status))
                return bad(Cli::tr("unknown status “%1” (use draft, review, approved, published, archived "
                                   "or 草稿, 待审, 已签发, 已发布, 已归档)").arg(value));
        } else if (field == QLatin1String("editor")) {
            article->editor = value;
        } else if (field == QLatin1String("dateline")) {
            article->dateline = value.trimmed();
        } else if (field == QLatin1String("slug")) {
            static const QRegularExpression slug(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
            if (!value.isEmpty() && !slug.match(value).hasMatch())
                return bad(Cli::tr("a slug is lower-case letters and digits joined by single hyphens, "
                                   "such as daxiang-womens-federation"));
            article->slug = value;
        } else if (field == QLatin1String("embargo")) {
            // An ISO date and time; without a zone it is local time.
            const QDateTime time = QDateTime::fromString(value.trimmed(), Qt::ISODate);
            if (!value.trimmed().isEmpty() && !time.isValid())
                return bad(Cli::tr("the embargo must be a date and time such as 2025-06-01T08:00 or "
                                   "2025-06-01T08:00+08:00"));
            article->embargo = value.trimmed().isEmpty() ? QDateTime() : time.toUTC();
        } else {
            const QString url = value.trimmed();
            if (!url.isEmpty() && !LinkPolicy::isAllowedPageUrl(url))
                return bad(Cli::tr("the canonical URL must start with http:// or https://"));
            article->canonicalUrl = url;
        }
        return true;
    }

    int attach()
    {
        int code = 0;
        if (!needPositional(2, INT_MAX, QStringLiteral("ID IMAGE... [--caption T] [--credit T] [--alt T]"), &code))
            return code;
        Article article;
        if (!loadById(m_line.positional.at(0), &article, &code))
            return code;
        QStringList files;
        QString error;
        if (!PhotoBatch::collect(m_line.positional.mid(1), &files, &error))
            return fail(Cli::tr("attaching a photo to article %1").arg(article.id), error);
        QList<Block> blocks;
        // Caption, credit and alt text from the photo's own metadata unless given explicitly.
        QString storeFailed;
        const auto attachOne = [&](const PhotoBatch::Photo &photo, QString *why) {
            const DecodedImage &image = photo.image;
            if (!m_store.putMedia({image}, why)) {
                storeFailed = photo.path;
                return false;
            }
            Block block = Block::image(image.sha256, image.size.width(), image.size.height(),
                                       m_line.options.value(QStringLiteral("caption")),
                                       m_line.options.value(QStringLiteral("credit")),
                                       m_line.options.value(QStringLiteral("alt")));
            PhotoMetadata metadata = photo.metadata;
            if (m_line.options.contains(QStringLiteral("caption")))
                metadata.caption.clear();
            if (m_line.options.contains(QStringLiteral("credit")))
                metadata.credit = metadata.byline = QString();
            if (m_line.options.contains(QStringLiteral("alt")))
                metadata.alt.clear();
            metadata.fillBlock(&block);
            blocks.append(block);
            return true;
        };
        if (!PhotoBatch::decode(files, attachOne, &error))
            return fail(storeFailed.isEmpty() ? Cli::tr("attaching a photo to article %1").arg(article.id)
                                              : Cli::tr("storing %1").arg(QDir::toNativeSeparators(storeFailed)),
                        error);
        // Appended to the article as stored at this moment, whatever was written meanwhile.
        if (!m_store.updateArticle(article.id, [&](Article *stored, QString *) {
                stored->blocks += blocks;
                return true;
            }, &error))
            return fail(Cli::tr("saving article %1").arg(article.id), error);
        return Cli::Success;
    }

    int exportArticle()
    {
        int code = 0;
        if (!needPositional(1, INT_MAX, QStringLiteral("ID... --format FORMAT --out DIR [--force]"), &code))
            return code;
        const QString formatName = m_line.options.value(QStringLiteral("format"), QStringLiteral("html"));
        ExportFormat::Id format = ExportFormat::Html;
        if (!ExportFormat::fromName(formatName, &format)) {
            QStringList names;
            for (const ExportFormat::Id id : ExportFormat::all())
                names << ExportFormat::name(id);
            return usage(Cli::tr("unknown export format “%1” (available: %2)")
                                 .arg(formatName, names.join(QStringLiteral(", "))));
        }
        const QString out = m_line.options.value(QStringLiteral("out"));
        if (out.isEmpty())
            return usage(Cli::tr("export needs --out DIR"));
        // Every id is checked before anything is written, and no two articles may share an
        // output name (with --force the second would replace the first).
        QList<Article> articles;
        QHash<QString, qint64> names;
        for (const QString &id : std::as_const(m_line.positional)) {
            Article article;
            if (!loadById(id, &article, &code))
                return code;
            const QString name = ExportFormat::outputName(format, SafeFileName::fromTitle(article.title));
            const qint64 other = names.value(name.toCaseFolded());
            if (other != 0)
                return fail(Cli::tr("exporting article %1").arg(article.id),
                            Cli::tr("articles %1 and %2 would both be written to “%3”; export them separately")
                                    .arg(other)
                                    .arg(article.id)
                                    .arg(name));
            names.insert(name.toCaseFolded(), article.id);
            articles.append(article);
        }
        ArticleExporter::Options options;
        options.overwrite = m_line.flags.contains(QStringLiteral("force"));
        for (const Article &article : std::as_const(articles)) {
            QString path;
            QString error;
            if (!ArticleExporter().exportArticle(&m_store, article.id, format, out, options, &path, &error))
                return fail(Cli::tr("exporting article %1").arg(article.id), error);
            m_out << QDir::toNativeSeparators(path) << Qt::endl;
        }
        return Cli::Success;
    }

    int check()
    {
        int code = 0;
        if (!needPositional(0, 0, QString(), &code))
            return code;
        QStringList problems;
        QString error;
        if (!m_store.checkIntegrity(&problems, &error))
            return fail(Cli::tr("checking %1").arg(QDir::toNativeSeparators(m_store.path())), error);
        if (!problems.isEmpty()) {
            for (const QString &problem : std::as_const(problems))
                m_out << problem << Qt::endl;
            return fail(Cli::tr("checking %1").arg(QDir::toNativeSeparators(m_store.path())),
                        Cli::tr("the store is damaged (%n problem(s))", nullptr, int(problems.size())));
        }
        m_out << Cli::tr("ok") << Qt::endl;
        return Cli::Success;
    }

    // The newsroom workflow commands: search, revisions, trash, backups, settings.
    int runWorkflowCommand()
    {
        const QString &c = m_line.command;
        if (c == QLatin1String("search"))
            return search();
        if (c == QLatin1String("revisions"))
            return revisions();
        if (c == QLatin1String("restore"))
            return restoreRevision();
        if (c == QLatin1String("diff"))
            return diff();
        if (c == QLatin1String("delete"))
            return deleteArticle();
        if (c == QLatin1String("trash"))
            return trash();
        if (c == QLatin1String("untrash"))
            return untrash();
        if (c == QLatin1String("backup"))
            return backup();
        return settings();
    }

    bool parseId(const QString &text, const QString &what, qint64 *id, int *code)
    {
        bool ok = false;
        *id = text.toLongLong(&ok);
        if (!ok || *id <= 0) {
            *code = usage(Cli::tr("“%1” is not %2 (a positive number)").arg(text, what));
            return false;
        }
        return true;
    }

    static QString htmlMarked(const SearchHit &hit)
    {
        QString result;
        int at = 0;
        for (const auto &highlight : hit.highlights) {
            result += hit.snippet.mid(at, highlight.first - at).toHtmlEscaped() + QStringLiteral("<mark>")
                + hit.snippet.mid(highlight.first, highlight.second).toHtmlEscaped() + QStringLiteral("</mark>");
            at = highlight.first + highlight.second;
        }
        return result + hit.snippet.mid(at).toHtmlEscaped();
    }

    int search()
    {
        int code = 0;
        if (!needPositional(1, 1, QStringLiteral("QUERY [--json] [--limit N]"), &code))
            return code;
        bool ok = true;
        const int limit = m_line.options.value(QStringLiteral("limit"), QStringLiteral("20")).toInt(&ok);
        if (!ok || limit <= 0)
            return usage(Cli::tr("--limit needs a positive number"));
        const QString query = m_line.positional.at(0);
        QList<SearchHit> hits;
        QString error;
        if (!m_store.search(query, 0, limit, &hits, nullptr, &error))
            return fail(Cli::tr("searching for “%1”").arg(query), error);
        if (m_line.flags.contains(QStringLiteral("json"))) {
            QJsonArray array;
            for (const SearchHit &hit : std::as_const(hits)) {
                array.append(QJsonObject{{QStringLiteral("id"), hit.id},
                                         {QStringLiteral("title"), hit.title},
                                         {QStringLiteral("snippet"), htmlMarked(hit)},
                                         {QStringLiteral("rank"), hit.rank}});
            }
            m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
            return Cli::Success;
        }
        for (const SearchHit &hit : std::as_const(hits)) {
            m_out << hit.id << '\t' << (hit.title.isEmpty() ? Cli::tr("(untitled)") : hit.title) << '\t'
                  << hit.markedSnippet(QStringLiteral("["), QStringLiteral("]")) << Qt::endl;
        }
        return Cli::Success;
    }

    int revisions()
    {
        int code = 0;
        if (!needPositional(1, 1, QStringLiteral("ID [--json]"), &code))
            return code;
        Article article;
        if (!loadById(m_line.positional.at(0), &article, &code))
            return code;
        QString error;
        const QList<RevisionInfo> list = m_store.revisions(article.id, &error);
        if (!error.isEmpty())
            return fail(Cli::tr("listing the revisions of article %1").arg(article.id), error);
        if (m_line.flags.contains(QStringLiteral("json"))) {
            QJsonArray array;
            for (const RevisionInfo &revision : list) {
                array.append(QJsonObject{{QStringLiteral("id"), revision.id},
                                         {QStringLiteral("created"), Timestamp::format(revision.created)},
                                         {QStringLiteral("reason"), revision.reason}});
            }
            m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
            return Cli::Success;
        }
        for (const RevisionInfo &revision : list) {
            m_out << revision.id << '\t'
                  << revision.created.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) << '\t'
                  << Store::revisionReasonName(revision.reason) << Qt::endl;
        }
        return Cli::Success;
    }

    int restoreRevision()
    {
        int code = 0;
        if (!needPositional(2, 2, QStringLiteral("ID REVISION"), &code))
            return code;
        qint64 id = 0;
        qint64 revision = 0;
        if (!parseId(m_line.positional.at(0), Cli::tr("an article id"), &id, &code)
            || !parseId(m_line.positional.at(1), Cli::tr("a revision id"), &revision, &code))
            return code;
        QString error;
        if (!m_store.restoreRevision(id, revision, nullptr, &error))
            return fail(Cli::tr("restoring article %1").arg(id), error);
        return Cli::Success;
    }

    int diff()
    {
        int code = 0;
        if (!needPositional(2, 3, QStringLiteral("ID REV_A [REV_B]"), &code))
            return code;
        Article current;
        if (!loadById(m_line.positional.at(0), &current, &code))
            return code;
        Article versions[2];
        for (int i = 0; i < 2; ++i) {
            if (i + 1 >= int(m_line.positional.size())) {
                versions[i] = current;
                continue;
            }
            qint64 revision = 0;
            if (!parseId(m_line.positional.at(i + 1), Cli::tr("a revision id"), &revision, &code))
                return code;
            QString error;
            if (!m_store.loadRevision(revision, &versions[i], &error))
                return fail(Cli::tr("comparing revisions of article %1").arg(current.id), error);
            if (versions[i].id != current.id)
                return fail(Cli::tr("comparing revisions of article %1").arg(current.id),
                            Cli::tr("revision %1 belongs to article %2").arg(revision).arg(versions[i].id));
        }
        bool any = false;
        for (const ArticleDiff::Field &field : ArticleDiff::compare(versions[0], versions[1])) {
            if (!field.changed())
                continue;
            any = true;
            m_out << "@@ " << field.label << Qt::endl;
            for (const TextDiff::Segment &segment : field.segments) {
                switch (segment.kind) {
                case TextDiff::Segment::Kind::Equal:
                    m_out << segment.text;
                    break;
                case TextDiff::Segment::Kind::Deleted:
                    m_out << "[-" << segment.text << "-]";
                    break;
                case TextDiff::Segment::Kind::Inserted:
                    m_out << "{+" << segment.text << "+}";
                    break;
                }
            }
            m_out << Qt::endl;
        }
        if (!any)
            m_out << Cli::tr("no differences") << Qt::endl;
        return Cli::Success;
    }

    // A command whose only argument is an article id, applied by one store call; what names
    // the action with %1 for the id.
    int articleAction(const QString &what, const std::function<bool(qint64, QString *)> &action)
    {
        int code = 0;
        if (!needPositional(1, 1, QStringLiteral("ID"), &code))
            return code;
        qint64 id = 0;
        if (!parseId(m_line.positional.at(0), Cli::tr("an article id"), &id, &code))
            return code;
        QString error;
        if (!action(id, &error))
            return fail(what.arg(id), error);
        return Cli::Success;
    }

    int deleteArticle()
    {
        return articleAction(Cli::tr("deleting article %1"),
                             [this](qint64 id, QString *error) { return m_store.deleteArticle(id, error); });
    }

    int trash()
    {
        int code = 0;
        if (!needPositional(0, 0, QStringLiteral("[--json]"), &code))
            return code;
        QString error;
        const QList<ArticleSummary> articles = m_store.listTrash(&error);
        if (!error.isEmpty())
            return fail(Cli::tr("listing the trash"), error);
        if (m_line.flags.contains(QStringLiteral("json"))) {
            QJsonArray array;
            for (const ArticleSummary &summary : articles) {
                array.append(QJsonObject{{QStringLiteral("id"), summary.id},
                                         {QStringLiteral("title"), summary.title},
                                         {QStringLiteral("status"), Article::statusName(summary.status)},
                                         {QStringLiteral("deleted"), Timestamp::format(summary.deleted)},
                                         {QStringLiteral("words"), summary.words}});
            }
            m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
            return Cli::Success;
        }
        for (const ArticleSummary &summary : articles) {
            m_out << summary.id << '\t'
                  << summary.deleted.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) << '\t'
                  << (summary.title.isEmpty() ? Cli::tr("(untitled)") : summary.title) << Qt::endl;
        }
        return Cli::Success;
    }

    int untrash()
    {
        return articleAction(Cli::tr("taking article %1 out of the trash"),
                             [this](qint64 id, QString *error) { return m_store.restoreArticle(id, error); });
    }

    int backup()
    {
        int code = 0;
        if (!needPositional(0, 0, QStringLiteral("--out FILE"), &code))
            return code;
        const QString out = m_line.options.value(QStringLiteral("out"));
        if (out.isEmpty())
            return usage(Cli::tr("backup needs --out FILE"));
        QString error;
        if (!m_store.backupTo(out, &error))
            return fail(Cli::tr("backing up the store"), error);
        m_out << QDir::toNativeSeparators(QFileInfo(out).absoluteFilePath()) << Qt::endl;
        return Cli::Success;
    }

    int recover(const QString &storePath)
    {
        int code = 0;
        if (!needPositional(0, 0, QStringLiteral("[--from BACKUP] [--force]"), &code))
            return code;
        const QString what = Cli::tr("recovering %1").arg(QDir::toNativeSeparators(storePath));
        // A store a Copydesk window has open is never replaced under it.
        StoreLock lock(storePath);
        QString lockError;
        if (!lock.tryLock(&lockError))
            return fail(what, lockError);
        if (QFileInfo::exists(storePath) && !m_line.flags.contains(QStringLiteral("force"))) {
            QString error;
            Store probe;
            if (probe.open(storePath, &error))
                return fail(what, Cli::tr("the store opens without problems; use --force to replace it by a backup anyway"));
            if (probe.lastOpenProblem() != Store::OpenProblem::Damaged)
                return fail(what, error);
        }
        QString from = m_line.options.value(QStringLiteral("from"));
        if (from.isEmpty())
            from = Backup::newestGoodBackup(storePath);
        if (from.isEmpty())
            return fail(what, Cli::tr("there is no good backup in %1")
                                  .arg(QDir::toNativeSeparators(Backup::folderFor(storePath))));
        QString aside;
        QString error;
        if (!Backup::restore(from, storePath, &aside, &error))
            return fail(what, error);
        m_out << Cli::tr("restored from %1").arg(QDir::toNativeSeparators(from)) << Qt::endl;
        if (!aside.isEmpty())
            m_out << Cli::tr("the damaged store was kept as %1").arg(QDir::toNativeSeparators(aside)) << Qt::endl;
        return Cli::Success;
    }

    int settings()
    {
        int code = 0;
        if (!needPositional(0, 2, QStringLiteral("[KEY [VALUE]]"), &code))
            return code;
        const QStringList keys{QStringLiteral("site-name"), QStringLiteral("slogan"),
                               QStringLiteral("repost-notice"), QStringLiteral("default-section")};
        SiteSettings settings = m_store.siteSettings();
        QString *values[] = {&settings.siteName, &settings.slogan, &settings.repostNotice,
                             &settings.defaultSection};
        if (m_line.positional.isEmpty()) {
            for (qsizetype i = 0; i < keys.size(); ++i)
                m_out << keys.at(i) << '\t' << *values[i] << Qt::endl;
            return Cli::Success;
        }
        const qsizetype index = keys.indexOf(m_line.positional.at(0));
        if (index < 0)
            return usage(Cli::tr("unknown setting “%1” (use %2)").arg(m_line.positional.at(0), keys.join(QStringLiteral(", "))));
        if (m_line.positional.size() == 1) {
            m_out << *values[index] << Qt::endl;
            return Cli::Success;
        }
        *values[index] = m_line.positional.at(1);
        QString error;
        if (!m_store.setSiteSettings(settings, &error))
            return fail(Cli::tr("saving the setting %1").arg(keys.at(index)), error);
        return Cli::Success;
    }

    const CommandLine &m_line;
    QTextStream &m_out;
    QTextStream &m_err;
    std::unique_ptr<QTemporaryDir> m_emptyStore; // destroyed after m_store
    Store m_store;
};

} // namespace

QString Cli::usage()
{
    return tr("Usage: copydesk-cli [--store PATH] COMMAND [ARGS]\n"
              "\n"
              "Commands:\n"
              "  new [--title TITLE]            create an article, print its id\n"
              "  import FILE...                 import .docx, .odt, .html, .md, .txt or .json files,\n"
              "                                 print one id per file\n"
              "  list [--json]                  list the articles in the store\n"
              "  show ID [--json]               print an article\n"
              "  set ID FIELD VALUE             set title, subtitle, byline, source, section, tags,\n"
              "                                 status, editor, canonical-url, dateline, slug or\n"
              "                                 embargo (an ISO date-time; a status change is recorded)\n"
              "  attach ID IMAGE... [--caption T] [--credit T] [--alt T]\n"
              "                                 append photos (files or folders, in shooting order)\n"
              "                                 to an article; caption, credit and alt text come\n"
              "                                 from the photo's metadata unless given\n"
              "  export ID... --format FORMAT --out DIR [--force]\n"
              "                                 export articles into DIR, print one path per article;\n"
              "                                 FORMAT: html (a folder), zip, html-single, pdf, docx,\n"
              "                                 odt, md, json, nitf, newsml, wechat\n"
              "  check                          check the store's integrity\n"
              "  search QUERY [--json] [--limit N]\n"
              "                                 full-text search, best first: every word must occur\n"
              "                                 (Chinese as written, Latin words by their start)\n"
              "  revisions ID [--json]          list the saved revisions of an article\n"
              "  restore ID REVISION            make an earlier revision current (the current state\n"
              "                                 is kept as a revision first)\n"
              "  diff ID REV_A [REV_B]          show what changed from REV_A to REV_B (or to now)\n"
              "  delete ID                      move an article to the trash\n"
              "  trash [--json]                 list the trash (emptied after 30 days)\n"
              "  untrash ID                     take an article out of the trash\n"
              "  backup --out FILE              write a consistent copy of the store to FILE\n"
              "  recover [--from BACKUP] [--force]\n"
              "                                 replace a damaged store by its newest good backup\n"
              "                                 (the damaged file is kept beside it)\n"
              "  settings [KEY [VALUE]]         show or set site-name, slogan, repost-notice,\n"
              "                                 default-section"
              "\n"
              "Options:\n"
              "  --store PATH                   the store to use (default: $COPYDESK_STORE or %1)\n"
              "  --help                         show this help\n"
              "  --version                      show the version\n"
              "\n"
              "Exit status: 0 on success, 1 on failure, 2 on a usage error.\n")
            .arg(QDir::toNativeSeparators(Store::defaultPath()));
}

int Cli::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandLine line;
    bool optionsEnded = false;
    QString pendingOption;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (!pendingOption.isEmpty()) {
            line.options.insert(pendingOption, argument);
            pendingOption.clear();
            continue;
        }
        if (!optionsEnded && argument == QLatin1String("--")) {
            optionsEnded = true;
            continue;
        }
        if (!optionsEnded && argument.startsWith(QLatin1String("--"))) {
            QString name = argument.mid(2);
            QString value;
            const qsizetype equals = name.indexOf(QLatin1Char('='));
            const bool hasValue = equals >= 0;
            if (hasValue) {
                value = name.mid(equals + 1);
                name.truncate(equals);
            }
            const QStringList allowedValues = valueOptions().value(QStringLiteral("*"))
                    + valueOptions().value(line.command);
            const QStringList allowedFlags = flagOptions().value(QStringLiteral("*"))
                    + flagOptions().value(line.command);
            if (allowedValues.contains(name)) {
                if (hasValue)
                    line.options.insert(name, value);
                else if (i + 1 < arguments.size())
                    pendingOption = name;
                else {
                    err << "copydesk-cli: " << tr("option --%1 needs a value").arg(name) << Qt::endl;
                    return UsageError;
                }
            } else if (allowedFlags.contains(name) && !hasValue) {
                line.flags.append(name);
            } else {
                err << "copydesk-cli: "
                    << (line.command.isEmpty() ? tr("unknown option --%1").arg(name)
                                               : tr("unknown option --%1 for “%2”").arg(name, line.command))
                    << Qt::endl
                    << tr("Try “copydesk-cli --help”.") << Qt::endl;
                return UsageError;
            }
            continue;
        }
        if (line.command.isEmpty()) {
            line.command = argument;
            if (!commands().contains(line.command)) {
                err << "copydesk-cli: " << tr("unknown command “%1”").arg(line.command) << Qt::endl
                    << tr("Try “copydesk-cli --help”.") << Qt::endl;
                return UsageError;
            }
        } else {
            line.positional.append(argument);
        }
    }
    if (line.flags.contains(QStringLiteral("help"))) {
        out << usage();
        return Success;
    }
    if (line.flags.contains(QStringLiteral("version"))) {
        out << "copydesk-cli " << QStringLiteral(COPYDESK_VERSION) << Qt::endl;
        return Success;
    }
    if (line.command.isEmpty()) {
        err << usage();
        return UsageError;
    }
    return Session(line, out, err).run();
}

void Cli::silenceLibraryMessages()
{
    if (!qEnvironmentVariableIsEmpty("COPYDESK_DEBUG"))
        return;
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &message) {
        if (type == QtCriticalMsg || type == QtFatalMsg)
            std::fprintf(stderr, "copydesk-cli: %s\n", qUtf8Printable(message.simplified()));
    });
}

int Cli::main(const QStringList &arguments)
{
    AppEnvironment::initialize(QCoreApplication::instance());
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = run(arguments, out, err);
    out.flush();
    err.flush();
    return code;
}

} // namespace copydesk
