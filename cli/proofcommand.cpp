#include "proofcommand.h"

#include "cli.h"
#include "invocation.h"
#include "proof/proofengine.h"
#include "proof/prooffixer.h"
#include "proof/proofsetup.h"

#include <QJsonObject>
#include <QTextStream>

namespace copydesk {

ProofCommand::ProofCommand()
    : Command(QStringLiteral("proof"), QStringLiteral("ID [--json] [--preset print|web] [--fix RULE|all]"),
              QT_TRANSLATE_NOOP("Cli", "proofread an article: punctuation, spacing, repeated\n"
                                "characters, confusable phrases, 繁简, word lists, English\n"
                                "spelling; --fix applies the suggestions as a revision"),
              1, 1, StoreUse::Read, {option("json"), option("preset", "print|web"), option("fix", "RULE|all")})
{
}

QJsonArray ProofCommand::toJson(const Article &article, const QList<ProofFinding> &findings)
{
    QJsonArray array;
    for (const ProofFinding &finding : findings) {
        const QString text = ProofIgnores::fieldText(article, finding);
        array.append(QJsonObject{
                {QStringLiteral("field"), ProofFinding::fieldName(finding.field)},
                {QStringLiteral("block"), finding.block >= 0 ? QJsonValue(finding.block) : QJsonValue()},
                {QStringLiteral("start"), ProofFinding::codePointOffset(text, finding.start)},
                {QStringLiteral("end"), ProofFinding::codePointOffset(text, finding.end)},
                {QStringLiteral("rule"), finding.rule},
                {QStringLiteral("severity"), ProofFinding::severityName(finding.severity)},
                {QStringLiteral("message"), finding.message},
                {QStringLiteral("suggestion"), finding.suggestion ? QJsonValue(*finding.suggestion) : QJsonValue()},
        });
    }
    return array;
}

int ProofCommand::execute(Invocation &invocation) const
{
    ProofOptions options;
    const bool presetGiven = invocation.isSet(QStringLiteral("preset"));
    if (presetGiven && !ProofOptions::presetFromName(invocation.value(QStringLiteral("preset")), &options.preset))
        return invocation.usage(Cli::tr("unknown preset “%1” (use print or web)")
                                        .arg(invocation.value(QStringLiteral("preset"))));
    const QString rule = invocation.value(QStringLiteral("fix"));
    const bool fixing = invocation.isSet(QStringLiteral("fix"));
    if (fixing && rule != QLatin1String("all") && !ProofEngine::ruleIds().contains(rule))
        return invocation.usage(Cli::tr("unknown rule “%1” (use all or %2)")
                                        .arg(rule, ProofEngine::ruleIds().join(QStringLiteral(", "))));
    qint64 id = 0;
    int code = Cli::Success;
    if (!invocation.articleId(invocation.argument(0), &id, &code)
        || (fixing && !invocation.openStore(StoreUse::Write, &code)))
        return code;
    Store &store = invocation.store();
    QString error;
    // The desk's word lists, dictionary and house style (--preset overrides the style).
    const ProofSetup setup = ProofSetup::read(store, QString(), &error);
    if (!error.isEmpty())
        return invocation.fail(Cli::tr("reading the word lists"), error);
    const ProofOptions::Preset preset = options.preset;
    options = setup.options;
    if (presetGiven)
        options.preset = preset;
    const ProofEngine engine(options);
    if (fixing)
        return fix(invocation, engine, id, rule == QLatin1String("all") ? QString() : rule);

    Article article;
    if (!invocation.loadArticle(invocation.argument(0), &article, &code))
        return code;
    // Findings the editor chose to ignore in this article stay ignored here too.
    const QList<ProofFinding> findings =
            ProofSetup::read(store, article.uuid).ignores.filter(article, engine.checkArticle(article));
    if (invocation.isSet(QStringLiteral("json"))) {
        invocation.printJson(toJson(article, findings));
        return Cli::Success;
    }
    QTextStream &out = invocation.out();
    for (const ProofFinding &finding : findings) {
        const QString text = ProofIgnores::fieldText(article, finding);
        QString place = ProofFinding::fieldName(finding.field);
        if (finding.block >= 0)
            place += QStringLiteral("[%1]").arg(finding.block);
        out << place << ' ' << ProofFinding::codePointOffset(text, finding.start) << '-'
            << ProofFinding::codePointOffset(text, finding.end) << '\t' << finding.rule << '\t'
            << finding.message;
        if (finding.suggestion)
            out << '\t' << Cli::tr("→ “%1”").arg(*finding.suggestion);
        out << Qt::endl;
    }
    out << Cli::tr("%n finding(s)", nullptr, int(findings.size())) << Qt::endl;
    return Cli::Success;
}

int ProofCommand::fix(Invocation &invocation, const ProofEngine &engine, qint64 id, const QString &rule)
{
    Store &store = invocation.store();
    QString error;
    int applied = 0;
    // The fixes are worked out on the article as the write transaction reads it.
    if (!store.addRevision(id, QString::fromUtf8(Store::BeforeProofingReason), nullptr, &error)
        || !store.updateArticle(id, [&](Article *article, QString *) {
               const ProofIgnores ignores = ProofSetup::read(store, article->uuid).ignores;
               applied = ProofFixer::apply(article, ignores.filter(*article, engine.checkArticle(*article)), rule);
               return true;
           }, &error)
        || !store.addRevision(id, QString::fromUtf8(Store::ProofedReason), nullptr, &error))
        return invocation.fail(Cli::tr("fixing article %1").arg(id), error);
    invocation.out() << Cli::tr("%n fix(es) applied", nullptr, applied) << Qt::endl;
    return Cli::Success;
}

} // namespace copydesk
