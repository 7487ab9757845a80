#pragma once

#include <QString>

namespace copydesk::bench {

class ArticleGenerator;
class BenchReport;

// What a sync after one typed character costs, whole against incremental, at 20k and 200k
// characters: the body read back from the editor's document (DocumentMapper::fromDocument against
// MappedDocument) and the preview's page rendered (Renderer::render against renderParts from the
// previous parts). No window: the document and the renderer alone.
class EditBench
{
public:
    EditBench(const ArticleGenerator &generator, bool quick, BenchReport *report);
    bool run(QString *error);

private:
    void runSize(int characters);

    const ArticleGenerator &m_generator;
    bool m_quick;
    BenchReport *m_report;
};

} // namespace copydesk::bench
