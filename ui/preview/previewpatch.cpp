#include "preview/previewpatch.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

namespace copydesk {

namespace {

const QLatin1String BlockMark("<!--copydesk-block-->");
const QLatin1String EndMark("<!--copydesk-end-->");
const QLatin1String BlocksSlot("<!--copydesk-blocks-->");

// Collects the markers of the page's body in order: m[i] starts block i, the last one ends them.
const QLatin1String MarksFunction(
        "function marks(){var r=[],w=document.createTreeWalker(document.body,NodeFilter.SHOW_COMMENT),n;"
        "while((n=w.nextNode()))if(n.data==='copydesk-block'||n.data==='copydesk-end')r.push(n);return r;}");

} // namespace

QString PreviewPatch::markedPage(const Renderer::Parts &parts)
{
    QString page = parts.before;
    for (const QString &block : parts.blocks)
        page += BlockMark + block;
    return page + EndMark + parts.after;
}

QString PreviewPatch::script(const Renderer::Parts &from, const Renderer::Parts &to)
{
    const qsizetype oldCount = from.blocks.size();
    const qsizetype newCount = to.blocks.size();
    qsizetype same = 0;
    while (same < oldCount && same < newCount && from.blocks.at(same) == to.blocks.at(same))
        ++same;
    qsizetype sameEnd = 0;
    while (sameEnd < oldCount - same && sameEnd < newCount - same
           && from.blocks.at(oldCount - 1 - sameEnd) == to.blocks.at(newCount - 1 - sameEnd))
        ++sameEnd;
    const bool frameChanged = from.before != to.before || from.after != to.after;
    if (!frameChanged && same == oldCount && same == newCount)
        return {};
    QString blocks;
    for (qsizetype i = same; i < newCount - sameEnd; ++i)
        blocks += BlockMark + to.blocks.at(i);
    const QJsonArray arguments{frameChanged ? QJsonValue(to.before + BlocksSlot + to.after) : QJsonValue(),
                               blocks};
    // The page around the blocks: parsed alone (it is small), its body imported with the old
    // blocks' nodes moved into the slot where the blocks go, its head taking the old head's place;
    // the scroll position is put back only then (blocks replaced in place keep it, and setting it
    // would force a layout of the whole page at once).
    return QStringLiteral(
                   "(function(a,count,p,k){%1var m=marks();if(m.length!==count+1)return false;"
                   "var x=window.scrollX,y=window.scrollY;"
                   "if(a[0]!==null){var f=m[0],l=m[m.length-1];if(f.parentNode!==l.parentNode)return false;"
                   "var d=new DOMParser().parseFromString(a[0],'text/html');var body=document.importNode(d.body,true);"
                   "var w=document.createTreeWalker(body,NodeFilter.SHOW_COMMENT),n,slot=null;"
                   "while((n=w.nextNode()))if(n.data==='copydesk-blocks'){slot=n;break;}if(!slot)return false;"
                   "var r=document.createRange();r.setStartBefore(f);r.setEndAfter(l);slot.replaceWith(r.extractContents());"
                   "document.head.replaceWith(document.importNode(d.head,true));document.body.replaceWith(body);m=marks();}"
                   "var s=m[p],e=m[p+k];if(!s||!e||s.parentNode!==e.parentNode)return false;"
                   "var t=document.createElement('template');t.innerHTML=a[1];var parent=s.parentNode;"
                   "while(s!==e){var next=s.nextSibling;parent.removeChild(s);s=next;}"
                   "parent.insertBefore(t.content,e);if(a[0]!==null)window.scrollTo(x,y);return true;})(%2,%3,%4,%5)")
            .arg(MarksFunction, QString::fromUtf8(QJsonDocument(arguments).toJson(QJsonDocument::Compact)),
                 QString::number(oldCount), QString::number(same), QString::number(oldCount - sameEnd - same));
}

QString PreviewPatch::scrollScript(int index)
{
    return QStringLiteral(
                   "(function(i){%1var m=marks(),s=m[i];if(!s||i>=m.length-1)return;"
                   "for(var e=s.nextSibling;e&&e!==m[i+1];e=e.nextSibling){if(e.nodeType===1){"
                   "var r=e.getBoundingClientRect();"
                   "if(r.top<0||r.bottom>window.innerHeight)e.scrollIntoView({block:'center'});return;}}})(%2)")
            .arg(MarksFunction)
            .arg(index);
}

} // namespace copydesk
