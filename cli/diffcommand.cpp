#include "diffcommand.h"

#include "cli.h"
#include "invocation.h"
#include "model/articlediff.h"
#include "text/textdiff.h"

#include <QTextStream>

namespace copydesk {

DiffCommand::DiffCommand()
    : Command(QStringLiteral("diff"), QStringLiteral("ID REV_A [REV_B]"),
              QT_TRANSLATE_NOOP("Cli", "show what changed from REV_A to REV_B (or to now)"),
              2, 3, StoreUse::Read)
{
}

int DiffCommand::execute(Invocation &invocation) const
{
    Article current;
    int code = Cli::Success;
    if (!invocation.loadArticle(invocation.argument(0), &current, &code))
        return code;
    const QString what = Cli::tr("comparing revisions of article %1").arg(current.id);
    Article versions[2];
    for (int i = 0; i < 2; ++i) {
        if (i + 1 >= int(invocation.arguments().size())) {
            versions[i] = current;
            continue;
        }
        qint64 revision = 0;
        if (!invocation.positiveId(invocation.argument(i + 1), Cli::tr("a revision id"), &revision, &code))
            return code;
        QString error;
        if (!invocation.store().loadRevision(revision, &versions[i], &error))
            return invocation.fail(what, error);
        if (versions[i].id != current.id)
            return invocation.fail(what, Cli::tr("revision %1 belongs to article %2").arg(revision).arg(versions[i].id));
    }
    QTextStream &out = invocation.out();
    bool any = false;
    for (const ArticleDiff::Field &field : ArticleDiff::compare(versions[0], versions[1])) {
        if (!field.changed())
            continue;
        any = true;
        out << "@@ " << field.label << Qt::endl;
        for (const TextDiff::Segment &segment : field.segments) {
            switch (segment.kind) {
            case TextDiff::Segment::Kind::Equal:
                out << segment.text;
                break;
            case TextDiff::Segment::Kind::Deleted:
                out << "[-" << segment.text << "-]";
                break;
            case TextDiff::Segment::Kind::Inserted:
                out << "{+" << segment.text << "+}";
                break;
            }
        }
        out << Qt::endl;
    }
    if (!any)
        out << Cli::tr("no differences") << Qt::endl;
    return Cli::Success;
}

} // namespace copydesk
