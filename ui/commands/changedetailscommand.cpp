#include "commands/changedetailscommand.h"

#include <utility>

namespace copydesk {

ChangeDetailsCommand::ChangeDetailsCommand(const Article &before, const Article &after, const QString &field,
                                           bool applied, Show show, QUndoCommand *parent)
    : QUndoCommand(parent), m_before(before), m_after(after), m_field(field), m_show(std::move(show)),
      m_skipRedo(applied)
{
}

void ChangeDetailsCommand::undo()
{
    m_show(m_before);
}

void ChangeDetailsCommand::redo()
{
    if (std::exchange(m_skipRedo, false))
        return;
    m_show(m_after);
}

int ChangeDetailsCommand::id() const
{
    return m_field.isEmpty() ? -1 : Id;
}

bool ChangeDetailsCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const ChangeDetailsCommand *>(other);
    if (next->m_field != m_field)
        return false;
    m_after = next->m_after;
    return true;
}

} // namespace copydesk
