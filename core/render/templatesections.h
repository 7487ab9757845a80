#pragma once

#include <QString>

namespace copydesk {

// A theme template cut around its one {{#blocks}}…{{/blocks}} section, so the renderer can
// render the body one block at a time (memory bounded by one block, not the article). The cuts
// fall at line starts when both tags stand alone on their lines, as Mustache then drops those
// lines: rendering before, the section per block and after in turn gives the same page.
class TemplateSections
{
public:
    QString before;
    QString blocks; // "{{#blocks}}…{{/blocks}}" with the tags' own lines
    QString after;

    // False when the template names blocks other than in exactly one section, or a section tag
    // shares its line with other text: the whole template is then rendered at once.
    static bool split(const QString &text, TemplateSections *sections);
};

} // namespace copydesk
