#pragma once

#include "model/article.h"

#include <QUndoCommand>

#include <functional>

namespace copydesk {

// An edit of the article's details (byline, 来源, 栏目, tags, status, …) as one undo step.
class ChangeDetailsCommand : public QUndoCommand
{
public:
    static constexpr int Id = 0x6465; // 'de'
    using Show = std::function<void(const Article &details)>;

    // show puts a state of the details into the panel. field names the edited field: typing
    // in the same field again joins this step; an empty field never joins. With applied the
    // panel already shows after and the first redo() does nothing.
    ChangeDetailsCommand(const Article &before, const Article &after, const QString &field, bool applied,
                         Show show, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    Article m_before;
    Article m_after;
    QString m_field;
    Show m_show;
    bool m_skipRedo;
};

} // namespace copydesk
